"""How ``ui.columns`` shares a table's width between its columns."""

from __future__ import annotations

from ui.columns import MAIN_FLOOR_CHARS, OTHER_FLOOR_CHARS, widths

CHAR = 7


def test_room_to_spare_goes_to_the_main_column() -> None:
    assert widths({0: 100, 1: 50, 2: 60}, 0, 400, CHAR) == {0: 290, 1: 50, 2: 60}


def test_the_main_column_gives_first_when_room_runs_out() -> None:
    assert widths({0: 300, 1: 50, 2: 60}, 0, 300, CHAR) == {0: 190, 1: 50, 2: 60}


def test_then_the_widest_of_the_others_gives_and_the_columns_fill_the_room() -> None:
    needs = {0: 300, 1: 200, 2: 100}
    fitted = widths(needs, 0, 300, CHAR)
    assert sum(fitted.values()) == 300
    assert fitted[0] == MAIN_FLOOR_CHARS * CHAR
    assert fitted[2] == needs[2], "the narrow column keeps its whole text"
    assert fitted[1] == 300 - MAIN_FLOOR_CHARS * CHAR - needs[2]


def test_columns_wider_than_the_room_share_it_evenly_down_to_their_floors() -> None:
    needs = {0: 300, 1: 400, 2: 380, 3: 90}
    fitted = widths(needs, 0, 500, CHAR)
    assert sum(fitted.values()) == 500
    assert fitted[3] == 90
    assert abs(fitted[1] - fitted[2]) <= 1
    assert all(fitted[c] <= needs[c] for c in needs)


def test_no_column_goes_below_its_floor_when_nothing_fits() -> None:
    fitted = widths({0: 300, 1: 200}, 0, 50, CHAR)
    assert fitted == {0: MAIN_FLOOR_CHARS * CHAR, 1: OTHER_FLOOR_CHARS * CHAR}
