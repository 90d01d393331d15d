"""The arrows of DESIGN.md: entry -> ui -> app -> api_client <- portal (and app -> portal only to
start the demo); app knows no widgets; no module reaches itself through its imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "ui", "api_client", "portal")
# the one module of app/ that may start the portal: the embedded demo (DESIGN.md)
STARTS_THE_DEMO = ROOT / "app" / "demo.py"


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


def roots(path: Path) -> set[str]:
    return {m.split(".")[0] for m in imported_modules(path)}


@pytest.mark.parametrize("path", files("ui"), ids=lambda p: p.name)
def test_ui_reaches_neither_the_client_nor_the_portal(path: Path) -> None:
    assert not roots(path) & {"api_client", "portal"}


@pytest.mark.parametrize("path", files("app"), ids=lambda p: p.name)
def test_app_reaches_the_portal_only_to_start_the_demo(path: Path) -> None:
    if path != STARTS_THE_DEMO:
        assert "portal" not in roots(path)


@pytest.mark.parametrize("path", files("api_client"), ids=lambda p: p.name)
def test_api_client_imports_neither_qt_nor_the_app(path: Path) -> None:
    assert not roots(path) & {"PySide6", "qasync", "app", "ui", "portal"}


@pytest.mark.parametrize("path", files("portal"), ids=lambda p: p.name)
def test_portal_knows_no_qt_and_no_desktop_code(path: Path) -> None:
    assert not roots(path) & {"PySide6", "qasync", "app", "ui"}


@pytest.mark.parametrize(
    "path",
    [p for p in files("app") if p.name not in ("launcher.py", "__main__.py")],
    ids=lambda p: p.name,
)
def test_app_knows_no_widgets(path: Path) -> None:
    modules = imported_modules(path)
    assert not any(m.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "ui")) for m in modules)


# ---- no circles ---------------------------------------------------------------------------------


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_imports(path: Path, modules: set[str]) -> set[str]:
    """The project's modules ``path`` imports, relative imports resolved, at any depth (a lazy
    import or one under TYPE_CHECKING still ties the two modules together)."""

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(m for a in node.names if (m := known(a.name)))
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            source = ".".join([*base, *([node.module] if node.module else [])])
            submodules = {f"{source}.{a.name}" for a in node.names} & modules
            if submodules:
                found |= submodules
            elif module := known(source):
                found.add(module)
    # importing a.b.c first runs the packages a and a.b: those are imported too (but a module's
    # own packages are already running when it is)
    own = {".".join(here[:i]) for i in range(1, len(here))}
    found |= {
        ".".join(parts[:i]) for m in found if (parts := m.split(".")) for i in range(1, len(parts))
    } - own
    found.discard(module_name(path))
    return found


def import_circles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    paths = {module_name(p): p for package in PACKAGES for p in files(package)}
    graph = {m: sorted(project_imports(p, set(paths))) for m, p in paths.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(graph[nxt])))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        circles.append(sorted(group))
    return circles


def test_no_module_imports_itself_through_others() -> None:
    assert import_circles() == []
