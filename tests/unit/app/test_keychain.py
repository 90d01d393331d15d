"""The keychain wrapper (app.keychain) on each OS's backend, and without one.

The Windows and macOS backends are keyring's own classes, run here on Linux with the layer under
them replaced: a dictionary for Windows' Credential Manager (``win32cred``), and a fake of
keyring's macOS Security-framework module (``api``). The backend the running OS actually picks is
checked in a fresh process: Linux here, Windows and macOS on the hosted runs
(.github/workflows/ci.yml).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import keyring
import keyring.backends.macOS as macos_backend
import keyring.backends.Windows as windows_backend
import pytest
from keyring.backends import fail

from app import keychain
from tests.conftest import MemoryKeyring

URL = "https://portal.example.com.ar"
OTHER_URL = "https://otro.example.com.ar"


@pytest.fixture
def backend() -> Iterator[Any]:
    """Use the backend the test sets with ``use()``; the memory keychain comes back after."""
    previous = keyring.get_keyring()

    def use(chosen: Any) -> Any:
        keyring.set_keyring(chosen)
        return chosen

    yield use
    keyring.set_keyring(previous)


# ---- any backend ------------------------------------------------------------------------------


async def test_a_token_is_kept_per_portal_and_email(memory_keyring: MemoryKeyring) -> None:
    await keychain.store_refresh_token(URL, " Laura@GimenezDiseno.com.ar ", "r-1")
    assert memory_keyring.secrets == {("Clientdesk", f"{URL}|laura@gimenezdiseno.com.ar"): "r-1"}
    assert await keychain.load_refresh_token(URL, "laura@gimenezdiseno.com.ar") == "r-1"
    assert await keychain.load_refresh_token(OTHER_URL, "laura@gimenezdiseno.com.ar") is None
    await keychain.forget_refresh_token(URL, "LAURA@gimenezdiseno.com.ar")
    assert memory_keyring.secrets == {}
    await keychain.forget_refresh_token(URL, "laura@gimenezdiseno.com.ar")  # nothing left: quiet


async def test_no_keychain_at_all(backend: Any) -> None:
    """fail.Keyring is what keyring falls back to on a Linux without Secret Service: every call
    raises NoKeyringError. Storing says so (the sign-in then says it cannot remember); loading
    finds nothing; forgetting is quiet."""
    backend(fail.Keyring())
    with pytest.raises(keychain.KeychainUnavailableError, match="No recommended backend"):
        await keychain.store_refresh_token(URL, "laura@gimenezdiseno.com.ar", "r-1")
    assert await keychain.load_refresh_token(URL, "laura@gimenezdiseno.com.ar") is None
    await keychain.forget_refresh_token(URL, "laura@gimenezdiseno.com.ar")


# ---- Windows: Credential Manager --------------------------------------------------------------


class WinError(Exception):
    """The shape of ``pywintypes.error`` (win32ctypes and pywin32): a plain Exception, not one of
    keyring's errors, with the win32 error number and the function that failed."""

    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


NOT_FOUND = 1168
NO_LOGON_SESSION = 1312


class CredentialManager:
    """``win32cred`` on a dictionary: one generic credential per target name, as Windows has."""

    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_ENTERPRISE = 3

    def __init__(self) -> None:
        self.targets: dict[str, dict[str, Any]] = {}
        self.refusing: int | None = None  # a win32 error number every call fails with

    def _check(self, funcname: str) -> None:
        if self.refusing is not None:
            raise WinError(self.refusing, funcname, "refused")

    def CredRead(self, Type: int, TargetName: str) -> dict[str, Any]:
        self._check("CredRead")
        if TargetName not in self.targets:
            raise WinError(NOT_FOUND, "CredRead", "Element not found.")
        return dict(self.targets[TargetName])

    def CredWrite(self, credential: dict[str, Any], flags: int) -> None:
        self._check("CredWrite")
        stored = dict(credential, CredentialBlob=credential["CredentialBlob"].encode("utf-16-le"))
        self.targets[credential["TargetName"]] = stored

    def CredDelete(self, Type: int, TargetName: str) -> None:
        self._check("CredDelete")
        if self.targets.pop(TargetName, None) is None:
            raise WinError(NOT_FOUND, "CredDelete", "Element not found.")


@pytest.fixture
def credential_manager(backend: Any, monkeypatch: pytest.MonkeyPatch) -> CredentialManager:
    manager = CredentialManager()
    monkeypatch.setattr(windows_backend, "win32cred", manager, raising=False)
    monkeypatch.setattr(
        windows_backend, "pywintypes", SimpleNamespace(error=WinError), raising=False
    )
    backend(windows_backend.WinVaultKeyring())
    return manager


async def test_windows_keeps_two_sign_ins_apart(credential_manager: CredentialManager) -> None:
    """Credential Manager holds one credential per target, and keyring's target is the service
    ("Clientdesk"): a second sign-in moves the first to "<user>@Clientdesk". Both are still found,
    and forgetting one leaves the other (saved sign-ins of a reseller)."""
    await keychain.store_refresh_token(URL, "laura@gimenezdiseno.com.ar", "r-laura")
    await keychain.store_refresh_token(URL, "martin@estudiopereyra.com.ar", "r-martin")
    assert set(credential_manager.targets) == {
        "Clientdesk",
        f"{URL}|laura@gimenezdiseno.com.ar@Clientdesk",
    }
    assert await keychain.load_refresh_token(URL, "laura@gimenezdiseno.com.ar") == "r-laura"
    assert await keychain.load_refresh_token(URL, "martin@estudiopereyra.com.ar") == "r-martin"
    assert await keychain.load_refresh_token(OTHER_URL, "laura@gimenezdiseno.com.ar") is None

    await keychain.forget_refresh_token(URL, "laura@gimenezdiseno.com.ar")
    assert await keychain.load_refresh_token(URL, "laura@gimenezdiseno.com.ar") is None
    assert await keychain.load_refresh_token(URL, "martin@estudiopereyra.com.ar") == "r-martin"
    await keychain.forget_refresh_token(URL, "laura@gimenezdiseno.com.ar")  # already gone: quiet


async def test_windows_refusing_is_no_keychain(credential_manager: CredentialManager) -> None:
    """Over SSH or in a service Credential Manager fails with 1312 (no logon session), and keyring
    lets that win32 error through unwrapped. It must read as "no keychain", not end the sign-in."""
    credential_manager.refusing = NO_LOGON_SESSION
    with pytest.raises(keychain.KeychainUnavailableError):
        await keychain.store_refresh_token(URL, "laura@gimenezdiseno.com.ar", "r-1")
    assert await keychain.load_refresh_token(URL, "laura@gimenezdiseno.com.ar") is None
    await keychain.forget_refresh_token(URL, "laura@gimenezdiseno.com.ar")


# ---- macOS: Keychain --------------------------------------------------------------------------


def security_api(denied: bool) -> ModuleType:
    """keyring.backends.macOS.api (the Security framework through ctypes) on a dictionary; with
    ``denied`` every call fails as when the user refuses Keychain access."""

    class Error(Exception):
        pass

    class NotFound(Error):
        pass

    class KeychainDenied(Error):
        pass

    items: dict[tuple[str, str], str] = {}

    def check() -> None:
        if denied:
            raise KeychainDenied("User interaction is not allowed.")

    def set_generic_password(name: str | None, service: str, username: str, password: str) -> None:
        check()
        items[(service, username)] = password

    def find_generic_password(name: str | None, service: str, username: str) -> str:
        check()
        if (service, username) not in items:
            raise NotFound()
        return items[(service, username)]

    def delete_generic_password(name: str | None, service: str, username: str) -> None:
        check()
        if items.pop((service, username), None) is None:
            raise NotFound()

    api = ModuleType("keyring.backends.macOS.api")
    api.Error, api.NotFound, api.KeychainDenied = Error, NotFound, KeychainDenied  # type: ignore[attr-defined]
    api.set_generic_password = set_generic_password  # type: ignore[attr-defined]
    api.find_generic_password = find_generic_password  # type: ignore[attr-defined]
    api.delete_generic_password = delete_generic_password  # type: ignore[attr-defined]
    return api


@pytest.mark.parametrize("denied", [False, True], ids=["allowed", "denied"])
async def test_macos_keychain(backend: Any, monkeypatch: pytest.MonkeyPatch, denied: bool) -> None:
    monkeypatch.setattr(macos_backend, "api", security_api(denied), raising=False)
    monkeypatch.setattr(macos_backend.Keyring, "keychain", None)
    backend(macos_backend.Keyring())
    email = "laura@gimenezdiseno.com.ar"
    if denied:  # keyring raises KeyringLocked: the sign-in says it cannot remember
        with pytest.raises(keychain.KeychainUnavailableError, match="Can't store password"):
            await keychain.store_refresh_token(URL, email, "r-1")
        assert await keychain.load_refresh_token(URL, email) is None
        await keychain.forget_refresh_token(URL, email)
        return
    await keychain.store_refresh_token(URL, email, "r-1")
    assert await keychain.load_refresh_token(URL, email) == "r-1"
    await keychain.forget_refresh_token(URL, email)
    assert await keychain.load_refresh_token(URL, email) is None
    await keychain.forget_refresh_token(URL, email)  # not found: quiet


# ---- the backend this OS picks ----------------------------------------------------------------

# What the README says the keychain is on each OS, and keyring's backend class for it.
README_BACKENDS = {
    "linux": ("Secret Service on Linux", "keyring.backends.SecretService.Keyring"),
    "win32": ("Credential Manager on Windows", "keyring.backends.Windows.WinVaultKeyring"),
    "darwin": ("Keychain on macOS", "keyring.backends.macOS.Keyring"),
}
README = " ".join((Path(__file__).resolve().parents[3] / "README.md").read_text("utf-8").split())

PROBE = """
import json, sys
import keyring
from app import keychain

chosen = keyring.get_keyring()
members = getattr(chosen, "backends", None) or [chosen]
names = [f"{type(b).__module__}.{type(b).__qualname__}" for b in members]
result = {"backends": names}
if sys.argv[1] == "try":
    try:
        keychain._set("https://portal.example.com.ar", "laura@example.com", "r-1")
        result["stored"] = True
    except keychain.KeychainUnavailableError:
        result["stored"] = False
    result["loaded"] = keychain._get("https://portal.example.com.ar", "laura@example.com")
    keychain._delete("https://portal.example.com.ar", "laura@example.com")
print(json.dumps(result))
"""


def test_this_os_picks_the_keychain_the_readme_names(tmp_path: Path) -> None:
    """A fresh process with nothing of this user's: on Linux with no session bus (so no Secret
    Service), keyring must fall back to failing, never to a plain-text file (keyrings.alt), and
    the wrapper must report that; on Windows and macOS the system keychain is picked."""
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    if system not in README_BACKENDS:
        pytest.skip(f"the README names no keychain for {sys.platform}")
    said, backend_class = README_BACKENDS[system]
    named = README.split("Sign-in tokens go to the system keychain (", 1)[1].split(")", 1)
    assert said in named[0].split(", ")
    assert named[1].startswith("; without one, the app still works but cannot remember you.")
    env = dict(os.environ)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    if system == "linux":
        home = tmp_path / "home"
        for sub in ("config", "data", "runtime"):
            (home / sub).mkdir(parents=True)
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
            DBUS_SESSION_BUS_ADDRESS="disabled:",
        )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "try" if system == "linux" else "look"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    if system == "linux":
        assert result == {
            "backends": ["keyring.backends.fail.Keyring"],
            "stored": False,
            "loaded": None,
        }
        written = [p for p in home.rglob("*") if p.is_file()]
        assert written == [], "nothing of a secret may land in a file"
    else:
        assert backend_class in result["backends"]
