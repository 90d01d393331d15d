from portal.openapi import DOCUMENT, current_document


def test_committed_openapi_matches_the_code() -> None:
    assert DOCUMENT.read_text(encoding="utf-8") == current_document(), (
        "The portal's API changed: run `python -m portal.openapi` and commit docs/openapi.json"
    )
