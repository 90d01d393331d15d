"""What a screen reader meets in Clientdesk, read over AT-SPI (the bus Orca reads).

Runs with the system's Python (``python3-pyatspi`` is a Debian package, not a wheel) inside an X
server and a D-Bus session, and starts the app itself:

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        /usr/bin/python3 tests/accessibility/atspi_probe.py --python .venv/bin/python --lang es

It walks the welcome screen, opens the demo portal from it, then visits every view (each tab, and each tab inside a tab) and writes
one JSON report on standard output: for each view the focusable controls without a name, the
unnamed containers, where Tab went from the view's tab (did it come back, which controls it never
reached), and the announcements seen when a status message and a form's error are shown.
tests/accessibility/test_screen_reader.py runs it and judges the report.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi
from gi.repository import GLib

# roles reached through their container (a table's cells, a list's items), never by Tab
ITEM_ROLES = {"table cell", "list item", "menu item", "tree item", "column header", "row header"}
# containers that only group: named or not, nobody lands on them unless they take focus
CONTAINER_ROLES = {"scroll pane", "page tab list", "split pane"}


class Events:
    """Focus changes and announcements, as a screen reader receives them."""

    def __init__(self) -> None:
        self.focused: list[Any] = []
        self.announcements: list[str] = []
        pyatspi.Registry.registerEventListener(self._focus, "object:state-changed:focused")
        pyatspi.Registry.registerEventListener(self._announce, "object:announcement")

    def _focus(self, event: Any) -> None:
        if event.detail1:
            self.focused.append(event.source)

    def _announce(self, event: Any) -> None:
        self.announcements.append(str(event.any_data))

    @staticmethod
    def pump(seconds: float = 0.0) -> None:
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while True:
            while context.pending():
                context.iteration(False)
            if time.monotonic() >= deadline:
                return
            time.sleep(0.01)

    def said_since(self, before: int, limit: float = 10.0) -> list[str]:
        """The announcements after the first ``before``, once none has come for a second."""
        deadline = time.monotonic() + limit
        count, quiet_since = len(self.announcements), time.monotonic()
        while time.monotonic() < deadline:
            self.pump(0.05)
            if len(self.announcements) != count:
                count, quiet_since = len(self.announcements), time.monotonic()
            elif count > before and time.monotonic() - quiet_since > 1.0:
                break
        return self.announcements[before:]

    def wait(self, condition: Callable[[], bool], limit: float = 10.0) -> bool:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            self.pump()
            if condition():
                return True
            time.sleep(0.02)
        return condition()


def press(keys: str) -> None:
    """Keys typed on the X server (XTEST), as from a keyboard: "Tab", "shift+Tab", "F5"."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True)


def focus_window(title_part: str) -> None:
    """Give the window the keyboard. There is no window manager under Xvfb to do it."""
    subprocess.run(
        ["xdotool", "search", "--sync", "--limit", "1", "--name", title_part, "windowfocus"],
        check=True,
        timeout=30,
    )


def states(node: Any) -> Any:
    return node.getState()


def showing(node: Any) -> bool:
    try:
        return bool(states(node).contains(pyatspi.STATE_SHOWING))
    except Exception:
        return False


def describe(node: Any) -> str:
    try:
        return f"{node.getRoleName()} {node.name!r}"
    except Exception:
        return "(gone)"


def children(node: Any) -> Iterator[Any]:
    try:
        count = node.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            yield child


def shown_nodes(root: Any) -> Iterator[Any]:
    """Every showing node under root, not entering tables, lists or combo boxes (their items
    are reached through them)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if not showing(node):
            continue
        yield node
        try:
            role = node.getRoleName()
        except Exception:
            continue
        if role in {"table", "list", "combo box", "tree table", "tree"}:
            continue
        stack.extend(reversed(list(children(node))))


def focusable(node: Any) -> bool:
    try:
        s = states(node)
        return bool(
            s.contains(pyatspi.STATE_FOCUSABLE)
            and s.contains(pyatspi.STATE_SENSITIVE)
            and node.getRoleName() not in ITEM_ROLES
        )
    except Exception:
        return False


def key(node: Any) -> str:
    """A stable identity for a node across calls: its bus name and object path."""
    try:
        return f"{node.get_bus_name()}{node.get_path()}"
    except Exception:
        return describe(node)


def role_of(node: Any) -> str:
    try:
        return str(node.getRoleName())
    except Exception:  # gone while we looked (a view refilled)
        return ""


def stop(node: Any) -> str:
    """The Tab stop a focused node stands for: a tab stands for its tab list."""
    if node is None:
        return ""
    if role_of(node) == "page tab":
        return key(node.parent)
    return key(node)


def find(root: Any, role: str, predicate: Callable[[Any], bool] = lambda n: True) -> list[Any]:
    return [n for n in shown_nodes(root) if role_of(n) == role and predicate(n)]


def keybinding(node: Any) -> str:
    try:
        action = node.queryAction()
    except Exception:
        return ""
    try:
        return str(action.getKeyBinding(0) or "")
    except Exception:
        return ""


class Probe:
    def __init__(self, events: Events, frame: Any) -> None:
        self.events = events
        self.frame = frame

    def view_report(self, name: str, start: Any) -> dict[str, Any]:
        nodes = list(shown_nodes(self.frame))
        unnamed = [describe(n) for n in nodes if focusable(n) and not (n.name or "").strip()]
        containers = [
            describe(n)
            for n in nodes
            if n.getRoleName() in CONTAINER_ROLES and not (n.name or "").strip()
        ]
        # what Tab must reach: every focusable control but a tab list's tabs (the list is one
        # stop; its arrows move between tabs) and labels (selectable by mouse, read in review)
        expected = {
            key(n): describe(n)
            for n in nodes
            if focusable(n) and n.getRoleName() not in {"page tab", "label"}
        }
        tab_walk = self.tab_walk(expected, start)
        bindings: dict[str, list[str]] = {}
        for node in nodes:
            binding = keybinding(node)
            for part in binding.split(";"):
                part = part.strip().lower()
                if part.startswith("<alt>") and len(part) == 6:
                    bindings.setdefault(part, []).append(describe(node))
        return {
            "view": name,
            "focusable": len(expected),
            "unnamed_focusable": unnamed,
            "unnamed_containers": containers,
            "mnemonic_clashes": {k: v for k, v in bindings.items() if len(v) > 1},
            **tab_walk,
        }

    def tab_walk(self, expected: dict[str, str], start: Any) -> dict[str, Any]:
        """Tab from ``start`` (the view's tab, or the first field) until focus comes back to
        it; what it visited and what it never did. A tab list is one stop, whether its list or
        its current tab reports the focus."""
        if role_of(start) == "page tab":
            start = start.parent  # the tab bar itself takes the focus
        before = len(self.events.focused)
        start.queryComponent().grabFocus()
        self.events.wait(lambda: len(self.events.focused) > before, 1.5)
        home = stop(self.current_focus() or start)
        visited: dict[str, str] = {}
        self.trail: list[str] = []
        came_back = False
        stuck = 0
        presses = 0
        limit = len(expected) * 2 + 20
        previous = home
        while presses < limit:
            before = len(self.events.focused)
            press("Tab")
            presses += 1
            moved = self.events.wait(lambda n=before: len(self.events.focused) > n, 1.5)
            node = self.current_focus()
            here = stop(node)
            if not moved or here == previous:
                stuck += 1
                if stuck >= 3:
                    break
                continue
            stuck = 0
            previous = here
            if start is not None and here == home:
                came_back = True
                break
            visited[here] = describe(node)
            self.trail.append(describe(node))
        never = sorted(v for k, v in expected.items() if k not in visited and k != home)
        return {
            "tab_presses": presses,
            "tab_came_back": came_back,
            "tab_stuck_at": describe(self.current_focus()) if stuck >= 3 else "",
            "tab_visited": len(visited),
            "tab_never_reached": never,
            "tab_trail": self.trail,
        }

    def current_focus(self) -> Any:
        return self.events.focused[-1] if self.events.focused else None


def start_app(python: str, lang: str, home: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(
        HOME=home,
        XDG_DATA_HOME=os.path.join(home, "data"),
        XDG_CONFIG_HOME=os.path.join(home, "config"),
        XDG_CACHE_HOME=os.path.join(home, "cache"),
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_QPA_PLATFORM="xcb",
        QT_ACCESSIBILITY="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        LANG="es_AR.UTF-8" if lang == "es" else "en_US.UTF-8",
    )
    log = open(os.path.join(home, "app.log"), "wb")  # noqa: SIM115 - kept for the process
    return subprocess.Popen([python, "-m", "app", "--lang", lang], env=env, stdout=log, stderr=log)


OPEN_DEMO = {"Abrir el portal de demostración", "Open the demo portal"}


def welcome(events: Events, limit: float = 60.0) -> tuple[Any, dict[str, Any]]:
    """The first thing anyone sees: the welcome screen, walked like a view; then its "Open the
    demo portal" is pressed."""
    found: list[Any] = []

    def ready() -> bool:
        for app in children(pyatspi.Registry.getDesktop(0)):
            if (app.name or "").lower() != "clientdesk":
                continue
            for frame in children(app):
                if role_of(frame) == "frame" and [
                    b for b in find(frame, "push button") if (b.name or "") in OPEN_DEMO
                ]:
                    found[:] = [frame]
                    return True
        return False

    if not events.wait(ready, limit):
        raise SystemExit("the welcome screen did not show over AT-SPI")
    frame = found[0]
    focus_window("Clientdesk")
    first = next(n for n in find(frame, "text") if focusable(n))  # the portal's address
    report = Probe(events, frame).view_report("welcome", first)
    press_button(events, frame, OPEN_DEMO)
    return frame, report


def find_frame(events: Events, limit: float = 90.0) -> Any:
    """The app's main window once its tabs show (the demo data has arrived)."""
    found: list[Any] = []

    def ready() -> bool:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if (app.name or "").lower() != "clientdesk":
                continue
            for frame in children(app):
                if frame.getRoleName() != "frame":
                    continue
                for tab_list in find(frame, "page tab list"):
                    if len(find(tab_list, "page tab")) >= 5:
                        found[:] = [frame]
                        return True
        return False

    if not events.wait(ready, limit):
        raise SystemExit("the app's window did not show its tabs over AT-SPI")
    return found[0]


def select_tab(events: Events, tab: Any) -> None:
    """Move to a page tab as a keyboard user would: focus it (its tab list takes Left/Right)."""
    tab.queryComponent().grabFocus()
    action = tab.queryAction()
    for index in range(action.nActions):
        if action.getName(index).lower() in {"press", "click", "activate"}:
            action.doAction(index)
            break

    def selected() -> bool:
        try:
            return bool(tab.getState().contains(pyatspi.STATE_SELECTED))
        except Exception:
            return False

    events.wait(selected, 10.0)


def main_tab_list(frame: Any) -> Any:
    """The account's tabs: the showing tab list with the most tabs."""
    return max(find(frame, "page tab list"), key=lambda n: len(find(n, "page tab")))


def visit_views(events: Events, frame: Any) -> list[dict[str, Any]]:
    probe = Probe(events, frame)
    reports = []
    outer = main_tab_list(frame)
    for tab in [c for c in children(outer) if c.getRoleName() == "page tab"]:
        select_tab(events, tab)
        inner_lists = [n for n in find(frame, "page tab list") if key(n) != key(outer)]
        inner_tabs = [
            c for lst in inner_lists for c in children(lst) if c.getRoleName() == "page tab"
        ]
        if not inner_tabs:
            select_tab(events, tab)
            reports.append(probe.view_report(tab.name, tab))
            continue
        for inner in inner_tabs:
            select_tab(events, inner)
            reports.append(probe.view_report(f"{tab.name} › {inner.name}", inner))
    return reports


ALL_ACCOUNTS = {"Todas las cuentas", "All accounts"}
THIS_ACCOUNT = {"Esta cuenta", "This account"}


def press_button(events: Events, frame: Any, names: set[str]) -> str:
    """Press the first showing button named one of ``names``; its name, or "" if none."""
    buttons = [
        b
        for role in ("push button", "toggle button", "check box")
        for b in find(frame, role)
        if (b.name or "") in names
    ]
    if not buttons:
        return ""
    action = buttons[0].queryAction()
    names_of = [action.getName(i).lower() for i in range(action.nActions)]
    action.doAction(names_of.index("press") if "press" in names_of else 0)  # a click, not Toggle
    return str(buttons[0].name)


def visit_all_accounts(events: Events, frame: Any) -> list[dict[str, Any]]:
    """The all-accounts view of a person who reaches several accounts, each of its tabs."""
    before = {key(n) for n in find(frame, "page tab list")}
    desk = press_button(events, frame, ALL_ACCOUNTS)
    if not desk:
        return []
    probe = Probe(events, frame)
    reports = []

    def desk_tabs() -> list[Any]:
        return [n for n in find(frame, "page tab list") if key(n) not in before]

    events.wait(lambda: bool(desk_tabs()), 15.0)
    for tab_list in desk_tabs():
        for tab in [c for c in children(tab_list) if role_of(c) == "page tab"]:
            select_tab(events, tab)
            reports.append(probe.view_report(f"{desk} › {tab.name}", tab))
    press_button(events, frame, THIS_ACCOUNT)
    events.wait(
        lambda: any(len(find(t, "page tab")) >= 5 for t in find(frame, "page tab list")), 15.0
    )
    return reports


def announcements(events: Events, frame: Any) -> dict[str, list[str]]:
    """What is announced when a form is sent with its fields empty (Support › New ticket:
    the field errors) and when it is sent filled in (the status line: "Ticket #N sent.")."""
    seen: dict[str, list[str]] = {"form_error": [], "status": []}
    outer = main_tab_list(frame)
    support = [c for c in children(outer) if c.getRoleName() == "page tab"][-1]
    select_tab(events, support)
    inner = [n for n in find(frame, "page tab list") if key(n) != key(outer)]
    tabs = [c for lst in inner for c in children(lst) if c.getRoleName() == "page tab"]
    if len(tabs) < 2:
        return seen
    select_tab(events, tabs[1])  # New ticket
    send = [b for b in find(frame, "push button") if (b.name or "") in SEND_TICKET]
    if not send:
        return seen
    before = len(events.announcements)
    send[0].queryAction().doAction(0)
    seen["form_error"] = events.said_since(before)
    fields = {
        n.name: n for n in find(frame, "text") if n.name in SUBJECT | MESSAGE and focusable(n)
    }
    for name, node in fields.items():
        node.queryEditableText().setTextContents(
            "Probe" if name in SUBJECT else "A message typed by the probe."
        )
    events.wait(lambda: all(n.queryText().characterCount > 0 for n in fields.values()), 5.0)
    before = len(events.announcements)
    send[0].queryAction().doAction(0)
    seen["status"] = events.said_since(before)
    return seen


SEND_TICKET = {"Enviar ticket", "Send ticket"}
SUBJECT = {"Asunto", "Subject"}
MESSAGE = {"Mensaje", "Message"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", required=True, help="the Python that has Clientdesk")
    parser.add_argument("--lang", choices=("es", "en"), default="es")
    args = parser.parse_args()
    launcher = "/usr/libexec/at-spi-bus-launcher"
    bus = subprocess.Popen([launcher, "--launch-immediately"]) if os.path.exists(launcher) else None
    home = tempfile.mkdtemp(prefix="clientdesk-atspi-")
    app = start_app(args.python, args.lang, home)
    try:
        events = Events()
        _, first = welcome(events)
        frame = find_frame(events)
        views = [first, *visit_views(events, frame)]
        views += visit_all_accounts(events, frame)
        report = {"lang": args.lang, "views": views}
        report["announcements"] = announcements(events, frame)
        report["announcements"]["all"] = list(events.announcements)  # from the start on
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        return 0
    finally:
        app.terminate()
        try:
            app.wait(15)
        except subprocess.TimeoutExpired:
            app.kill()
        if bus is not None:
            bus.terminate()
        with open(os.path.join(home, "app.log"), encoding="utf-8", errors="replace") as log:
            tail = log.read()[-4000:]
        if app.returncode not in (0, -15):
            print(tail, file=sys.stderr)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
