"""The arrows of DESIGN.md: entry -> ui -> app -> api_client <- portal; app knows no widgets."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", files("ui"), ids=lambda p: p.name)
def test_ui_never_imports_api_client(path: Path) -> None:
    assert not any(m.split(".")[0] == "api_client" for m in imported_modules(path))


@pytest.mark.parametrize("path", files("api_client"), ids=lambda p: p.name)
def test_api_client_imports_neither_qt_nor_the_app(path: Path) -> None:
    roots = {m.split(".")[0] for m in imported_modules(path)}
    assert not roots & {"PySide6", "qasync", "app", "ui", "portal"}


@pytest.mark.parametrize("path", files("portal"), ids=lambda p: p.name)
def test_portal_knows_no_qt_and_no_desktop_code(path: Path) -> None:
    roots = {m.split(".")[0] for m in imported_modules(path)}
    assert not roots & {"PySide6", "qasync", "app", "ui"}


@pytest.mark.parametrize(
    "path",
    [p for p in files("app") if p.name not in ("launcher.py", "__main__.py")],
    ids=lambda p: p.name,
)
def test_app_knows_no_widgets(path: Path) -> None:
    modules = imported_modules(path)
    assert not any(m.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "ui")) for m in modules)
