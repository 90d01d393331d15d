"""The bundle's names and per-OS pieces, for Linux, Windows and macOS, checked on any OS.

``build.spec`` is run here with PyInstaller's build steps (Analysis, PYZ, EXE, COLLECT, BUNDLE)
replaced by recorders and ``sys.platform`` set to each OS, so its platform branches run without
building; what it asks PyInstaller for must land where ``scripts/build_bundle.py`` looks for the
program and where the README says it is. The icons are rendered for real: the .ico and the .icns
are made on Linux as well. Building and starting the bundle on each OS is the hosted workflow's
job (.github/workflows/ci.yml); on Linux tests/packaging/test_bundle.py does it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path, PurePath, PureWindowsPath
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "clientdesk.svg"
SYSTEMS = {"Linux": "linux", "Windows": "win32", "macOS": "darwin"}
with (ROOT / "pyproject.toml").open("rb") as f:
    VERSION = tomllib.load(f)["project"]["version"]


def load_script(name: str) -> ModuleType:
    """scripts/<name>.py as the module ``name`` (build.spec imports bundle_assets by that name)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build_bundle = load_script("build_bundle")
bundle_assets = load_script("bundle_assets")


def relative(path: Path) -> PurePath:
    return PurePath(path.relative_to(ROOT))


# ---- build.spec on each OS --------------------------------------------------------------------


def run_spec(system: str, monkeypatch: pytest.MonkeyPatch, work: Path) -> dict[str, list[Any]]:
    """Execute build.spec as PyInstaller would on ``system``; return the build steps it asked for."""
    calls: dict[str, list[Any]] = {}

    def step(kind: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> Any:
            made = SimpleNamespace(args=args, kwargs=kwargs, pure=[], binaries=[], datas=[])
            made.scripts = []  # Analysis's results, which the spec filters and passes on
            calls.setdefault(kind, []).append(made)
            return made

        return record

    monkeypatch.setattr(bundle_assets, "write_ico", lambda svg, out: out / f"{svg.stem}.ico")
    monkeypatch.setattr(bundle_assets, "write_icns", lambda svg, out: out / f"{svg.stem}.icns")
    # the real one needs PyInstaller's Windows modules; its content is checked below when present
    monkeypatch.setattr(bundle_assets, "windows_version_info", lambda *args: ("version", *args))
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds scripts/ to it
    for name in ("CLIENTDESK_BUNDLE_STRIP", "CLIENTDESK_BUNDLE_SLIM"):
        monkeypatch.delenv(name, raising=False)
    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "SPECPATH": str(ROOT),
        "workpath": str(work),
        "DISTPATH": str(work / "dist"),
        **{kind: step(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    code = compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec")
    with monkeypatch.context() as patched:
        patched.setattr(sys, "platform", system)
        exec(code, namespace)
    return calls


@pytest.fixture(scope="module")
def specs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[Any]]]:
    ran = {}
    with pytest.MonkeyPatch.context() as monkeypatch:
        for system in SYSTEMS.values():
            ran[system] = run_spec(system, monkeypatch, tmp_path_factory.mktemp(system))
    return ran


def built_program(system: str, calls: dict[str, list[Any]]) -> Path:
    """Where PyInstaller puts the program for these build steps: COLLECT makes dist/<name>/ with
    the EXE in it, to which Windows adds ".exe"; on macOS BUNDLE moves it into
    dist/<bundle name>/Contents/MacOS/."""
    (exe,), (collect,) = calls["EXE"], calls["COLLECT"]
    name = exe.kwargs["name"]
    if system == "darwin":
        (bundle,) = calls["BUNDLE"]
        return build_bundle.DIST / bundle.kwargs["name"] / "Contents" / "MacOS" / name
    return (
        build_bundle.DIST / collect.kwargs["name"] / (f"{name}.exe" if system == "win32" else name)
    )


@pytest.mark.parametrize("system", list(SYSTEMS.values()))
def test_the_smoke_check_runs_the_program_the_spec_builds(
    system: str, specs: dict[str, dict[str, list[Any]]]
) -> None:
    calls = specs[system]
    assert build_bundle.executable(system) == built_program(system, calls)
    shipped = calls["BUNDLE" if system == "darwin" else "COLLECT"][0].kwargs["name"]
    assert build_bundle.bundle_dir(system) == build_bundle.DIST / shipped


def test_windows_gets_an_ico_and_a_version_resource(specs: dict[str, dict[str, list[Any]]]) -> None:
    calls = specs["win32"]
    (exe,) = calls["EXE"]
    assert [Path(p).name for p in exe.kwargs["icon"]] == ["clientdesk.ico"]
    assert exe.kwargs["version"] == ("version", "Clientdesk", VERSION)
    assert exe.kwargs["console"] is False  # a GUI program: no console window opens with it
    assert exe.kwargs["strip"] is False
    assert "BUNDLE" not in calls


def test_macos_gets_an_app_with_icns_and_version(specs: dict[str, dict[str, list[Any]]]) -> None:
    calls = specs["darwin"]
    (exe,), (bundle,) = calls["EXE"], calls["BUNDLE"]
    assert bundle.args == (calls["COLLECT"][0],)
    assert bundle.kwargs["name"] == "Clientdesk.app"
    assert Path(bundle.kwargs["icon"]).name == "clientdesk.icns"
    assert [Path(p).name for p in exe.kwargs["icon"]] == ["clientdesk.icns"]
    assert exe.kwargs["version"] is None
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == VERSION
    assert bundle.kwargs["version"] == VERSION
    assert plist["CFBundleName"] == "Clientdesk"
    assert exe.kwargs["strip"] is False  # stripping would break the signature


def test_linux_gets_no_icon_file_and_stripped_libraries(
    specs: dict[str, dict[str, list[Any]]],
) -> None:
    calls = specs["linux"]
    (exe,), (collect,) = calls["EXE"], calls["COLLECT"]
    assert exe.kwargs["icon"] is None  # the .desktop entry names the SVG
    assert exe.kwargs["version"] is None
    assert exe.kwargs["strip"] is collect.kwargs["strip"] is True
    assert "BUNDLE" not in calls


# ---- the README ---------------------------------------------------------------------------------


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def readme_bundle_table() -> dict[str, list[str]]:
    """The code spans of each row of the README's table of what the build makes."""
    rows = re.findall(r"^\| (Linux|Windows|macOS) \| (.+) \|$", readme(), re.MULTILINE)
    table = {SYSTEMS[system]: re.findall(r"`([^`]+)`", cells) for system, cells in rows}
    assert set(table) == set(SYSTEMS.values()), table
    return table


def parts(text: str) -> tuple[str, ...]:
    return PureWindowsPath(text).parts  # takes / and \ alike


@pytest.mark.parametrize("system", list(SYSTEMS.values()))
def test_readme_names_the_bundle_and_program(system: str) -> None:
    spans = readme_bundle_table()[system]
    folder, program = build_bundle.bundle_dir(system), build_bundle.executable(system)
    assert parts(spans[0]) == relative(folder).parts
    if system == "linux":  # `dist/Clientdesk/` — run `dist/Clientdesk/Clientdesk`
        assert parts(spans[1]) == relative(program).parts
    elif system == "win32":  # `dist\Clientdesk\` — run `Clientdesk.exe`
        assert relative(folder / spans[1]).parts == relative(program).parts
    else:  # `dist/Clientdesk.app` (and `dist/Clientdesk/`), the program inside the .app
        assert folder in program.parents
        assert parts(spans[1]) == relative(build_bundle.bundle_dir("linux")).parts


def test_readme_install_steps_name_the_same_files() -> None:
    text = " ".join(readme().split())
    windows = re.search(r"start `([^`]+\.exe)`", text)
    assert windows is not None
    program = build_bundle.executable("win32").relative_to(build_bundle.DIST)
    assert parts(windows.group(1)) == PurePath(program).parts
    assert f"copy `{build_bundle.bundle_dir('darwin').name}` (the bundle" in text


# ---- the smoke check's per-OS steps -------------------------------------------------------------


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_hiding_python_is_not_tried_off_linux(system: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no os.geteuid: the platform must be asked first."""
    monkeypatch.delattr(os, "geteuid", raising=False)
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: pytest.fail("looked for unshare"))
    assert build_bundle.can_hide_python(system) is False


@pytest.mark.parametrize("system", list(SYSTEMS.values()))
def test_bundle_contents_are_looked_for_where_each_os_keeps_them(
    system: str, tmp_path: Path
) -> None:
    """PyInstaller keeps data files in _internal/ beside the program, and in Contents/Resources/
    of a macOS .app."""
    folder = tmp_path / build_bundle.bundle_dir(system).name
    internal = folder / ("Contents/Resources" if system == "darwin" else "_internal")
    for source in (ROOT / "resources").rglob("*"):
        if source.suffix in (".svg", ".desktop", ".ts"):
            shipped = internal / "resources" / source.relative_to(ROOT / "resources")
            shipped = shipped.with_suffix(".qm") if source.suffix == ".ts" else shipped
            shipped.parent.mkdir(parents=True, exist_ok=True)
            shipped.write_bytes(b"")
    build_bundle.check_contents(folder, build_bundle.Report(), system)

    (internal / "keyrings").mkdir()  # keyrings.alt, a plain-text secret store
    with pytest.raises(build_bundle.Failure, match="holds what it must not"):
        build_bundle.check_contents(folder, build_bundle.Report(), system)


@pytest.mark.parametrize("system", list(SYSTEMS.values()))
def test_the_demo_database_is_looked_for_only_on_linux(system: str, tmp_path: Path) -> None:
    """Qt asks Windows and macOS for their folders (the smoke run's environment cannot move them),
    so only on Linux does the smoke check know where the database must be."""
    home, cwd = tmp_path / "home", tmp_path / "cwd"
    cwd.mkdir()
    if system != "linux":
        report = build_bundle.Report()
        build_bundle.check_data(home, cwd, report, system)
        assert "data-folder check skipped: it runs on Linux only" in report.checks
        return
    with pytest.raises(build_bundle.Failure, match="no SQLite database"):
        build_bundle.check_data(home, cwd, build_bundle.Report(), system)
    database = build_bundle.data_folder(home) / "demo-portal.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(build_bundle.SQLITE_MAGIC + bytes(100))
    report = build_bundle.Report()
    build_bundle.check_data(home, cwd, report, system)
    assert report.data_files == [str(database.relative_to(home))]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_the_smoke_check_looks_where_the_app_writes(tmp_path: Path) -> None:
    """In the smoke run's environment (build_bundle.quiet_env) the app's data folder, as Qt
    computes it, is the folder build_bundle.check_data() looks in."""
    home = tmp_path / "home"
    env = {**build_bundle.quiet_env(home), "QT_API": "pyside6"}
    probe = (
        "from app.launcher import identify; from app.demo import data_folder; "
        "identify(); print(data_folder())"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == build_bundle.data_folder(home)


# ---- the icons and the version resource ---------------------------------------------------------


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_windows_icon_is_an_ico_of_pngs(qapp: Any, tmp_path: Path) -> None:
    data = bundle_assets.write_ico(SVG, tmp_path).read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(bundle_assets.ICO_SIZES))
    end = 6 + 16 * count
    for index, size in enumerate(bundle_assets.ICO_SIZES):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (width or 256, height or 256, planes, bits) == (size, size, 1, 32)
        assert offset == end  # images follow each other, in the order of the directory
        assert png_size(data[offset : offset + length]) == (size, size)
        end = offset + length
    assert end == len(data)
    assert {16, 32, 48, 256} <= set(bundle_assets.ICO_SIZES)  # what Explorer asks for


# Apple's icon types (OSType: pixels) that a modern .icns holds; the @2x types are retina.
ICNS_PIXELS = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,  # 512@2x
    b"ic11": 32,  # 16@2x
    b"ic12": 64,  # 32@2x
    b"ic13": 256,  # 128@2x
    b"ic14": 512,  # 256@2x
}


def test_macos_icon_is_an_icns_of_pngs(qapp: Any, tmp_path: Path) -> None:
    data = bundle_assets.write_icns(SVG, tmp_path).read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    position, found = 8, {}
    while position < len(data):
        ostype = data[position : position + 4]
        (length,) = struct.unpack(">I", data[position + 4 : position + 8])
        found[ostype] = png_size(data[position + 8 : position + length])
        position += length
    assert position == len(data)
    assert found == {ostype: (pixels, pixels) for ostype, pixels in ICNS_PIXELS.items()}


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("2", (2, 0, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
    ],
)
def test_windows_version_numbers(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert bundle_assets.version_tuple(version) == numbers


def test_windows_version_resource_names_the_program() -> None:
    """Runs where PyInstaller's Windows modules import (they need pefile): on Windows."""
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo")
    info = bundle_assets.windows_version_info("Clientdesk", VERSION)
    assert isinstance(info, versioninfo.VSVersionInfo)
    (table,) = info.kids[0].kids
    strings = {entry.name: entry.val for entry in table.kids}
    assert strings["OriginalFilename"] == build_bundle.executable("win32").name
    assert strings["ProductVersion"] == strings["FileVersion"] == VERSION
