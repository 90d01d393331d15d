"""How ``ui.columns`` shares a table's width between its columns."""

from __future__ import annotations

from ui.columns import MAIN_FLOOR_CHARS, OTHER_FLOOR_CHARS, widths

CHAR = 7


def test_room_to_spare_goes_to_the_main_column() -> None:
    assert widths({0: 100, 1: 50, 2: 60}, 0, 400, CHAR) == {0: 290, 1: 50, 2: 60}


def test_the_main_column_gives_first_when_room_runs_out() -> None:
    assert widths({0: 300, 1: 50, 2: 60}, 0, 300, CHAR) == {0: 190, 1: 50, 2: 60}


def test_then_the_others_give_in_proportion_and_the_columns_fill_the_room() -> None:
    needs = {0: 300, 1: 200, 2: 100}
    fitted = widths(needs, 0, 300, CHAR)
    assert sum(fitted.values()) == 300
    assert fitted[0] == MAIN_FLOOR_CHARS * CHAR
    assert all(fitted[c] <= needs[c] for c in needs)
    assert all(fitted[c] >= OTHER_FLOOR_CHARS * CHAR for c in (1, 2))
    # what each gave is in proportion to what it could give
    assert (needs[1] - fitted[1]) > (needs[2] - fitted[2])


def test_no_column_goes_below_its_floor_when_nothing_fits() -> None:
    fitted = widths({0: 300, 1: 200}, 0, 50, CHAR)
    assert fitted == {0: MAIN_FLOOR_CHARS * CHAR, 1: OTHER_FLOOR_CHARS * CHAR}
