"""The committed OpenAPI document: ``python -m portal.openapi`` rewrites it from the code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .app import create_app

DOCUMENT = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"


def current_document() -> str:
    app = create_app("sqlite://")
    try:
        schema = app.openapi()
        schema["info"]["version"] = "see-package-version"
        return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    finally:
        app.state.database.dispose()


def main() -> int:
    DOCUMENT.write_text(current_document(), encoding="utf-8")
    print(f"wrote {DOCUMENT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
