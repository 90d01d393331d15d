"""Mutation testing of the portal's money rules: do the tests notice when the code is wrong?

mutmut skips decorated functions, so it cannot judge route handlers; this does. Each target file
is parsed with ``ast``; small changes ("mutants") are made one at a time — a comparison flipped
(``<`` → ``<=``), ``+`` ↔ ``-``, ``and`` ↔ ``or``, ``not x`` → ``x``, ``max`` ↔ ``min``, a number
moved by one, ``True`` ↔ ``False``, a raise/continue/return guard made ``False``, a call statement
deleted, ``return x`` → ``return None`` — and the chosen tests run against each. A mutant the tests
fail on is *killed*; one they pass on *survived*: a rule nothing checks.

Only the changed expression or statement is rewritten, the rest of the file stays byte for byte.
Docstrings, type annotations, f-strings and logging calls are never mutated.

By default the project is copied to a temporary folder and the mutants are written there, so a
shared checkout (other people's test runs, an editor) never sees a mutant; ``--in-place`` mutates
the checkout itself. Either way the original is restored in a ``finally`` (also on Ctrl-C and
SIGTERM), and a backup next to the file (``*.mutation-orig``) restores it after a hard kill on the
next start.

    .venv/bin/python scripts/mutation_check.py                    # every target, default tests
    .venv/bin/python scripts/mutation_check.py --list             # the mutants, numbered
    .venv/bin/python scripts/mutation_check.py --only 12 --show   # one mutant, with its diff
    .venv/bin/python scripts/mutation_check.py --files portal/cards.py --json /tmp/cards.json
"""

from __future__ import annotations

import argparse
import ast
import copy
import difflib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
BACKUP_SUFFIX = ".mutation-orig"

_UNIT_PORTAL = [
    "tests/unit/portal/test_money_rules.py",
    "tests/unit/portal/test_cards.py",
    "tests/unit/portal/test_idempotency_rules.py",
    "tests/unit/portal/test_idempotency.py",
]
_ROUTES = [
    "tests/unit/portal/test_openapi.py",  # a route's declared status codes and models
    "tests/integration/test_money_routes.py",
    "tests/integration/test_billing.py",
    "tests/integration/test_service_changes.py",
    "tests/integration/test_domains.py",
    "tests/integration/test_auto_debit.py",
    "tests/integration/test_access_rules.py",
]

# Each target and the tests that exercise it, fastest first (``-x`` stops at the first failure).
# A test file that does not exist (yet) is left out.
TARGETS: dict[str, list[str]] = {
    "portal/billing.py": [*_UNIT_PORTAL, *_ROUTES],
    "portal/idempotency.py": [*_UNIT_PORTAL, *_ROUTES],
    "portal/cards.py": [
        "tests/unit/portal/test_cards.py",
        "tests/integration/test_money_routes.py",
        "tests/integration/test_auto_debit.py",
        "tests/integration/test_billing.py",
    ],
    "portal/routes/billing.py": [
        "tests/unit/portal/test_openapi.py",
        "tests/integration/test_money_routes.py",
        "tests/integration/test_billing.py",
        "tests/integration/test_domains.py",
        "tests/integration/test_access_rules.py",
    ],
    "portal/routes/service_changes.py": [
        "tests/unit/portal/test_openapi.py",
        "tests/integration/test_money_routes.py",
        "tests/integration/test_service_changes.py",
        "tests/integration/test_access_rules.py",
    ],
}

_COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
_BINOP_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
}
_SYMBOLS: dict[type[ast.AST], str] = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.And: "and",
    ast.Or: "or",
}
_LOGGERS = {"log", "logger", "logging"}


@dataclass(frozen=True)
class Mutant:
    number: int  # 1-based, across all the files of the run
    path: str  # relative to the project root
    line: int
    col: int
    end_line: int
    end_col: int
    replacement: str
    description: str

    def apply(self, source: str) -> str:
        lines = source.splitlines(keepends=True)
        start = _offset(lines, self.line, self.col)
        end = _offset(lines, self.end_line, self.end_col)
        return source[:start] + self.replacement + source[end:]


@dataclass
class Outcome:
    mutant: Mutant
    status: str  # killed, survived, timeout
    seconds: float


def _offset(lines: list[str], line: int, col: int) -> int:
    """Character offset of an ast (line, UTF-8 byte column) position."""
    before = sum(len(text) for text in lines[: line - 1])
    return before + len(lines[line - 1].encode()[:col].decode())


def _short(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


# ---- finding mutants ------------------------------------------------------------------------


def _skipped_nodes(tree: ast.Module) -> set[int]:
    """ids of nodes never mutated: docstrings, annotations, f-strings, logging calls."""
    skipped: set[int] = set()

    def skip(node: ast.AST | None) -> None:
        if node is not None:
            skipped.update(id(child) for child in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skip(body[0])
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            skip(node.returns)
        elif isinstance(node, ast.arg | ast.AnnAssign):
            skip(node.annotation)
        elif isinstance(node, ast.JoinedStr):
            skip(node)  # positions inside f-strings are not reliable before Python 3.12
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in _LOGGERS
        ):
            skip(node)
    return skipped


def _guard_kind(node: ast.If) -> str | None:
    if node.orelse or len(node.body) != 1:
        return None
    only = node.body[0]
    if isinstance(only, ast.Raise):
        return "raise"
    if isinstance(only, ast.Continue):
        return "continue"
    if isinstance(only, ast.Return):
        return "return"
    return None


def _expression_mutants(node: ast.AST, source: str) -> Iterator[tuple[ast.AST, str, str]]:
    """(node replaced, replacement text, description) for one expression node."""
    original = ast.get_source_segment(source, node) or ast.unparse(node)
    if isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            swap = _COMPARE_SWAPS.get(type(op))
            if swap is None:
                continue
            changed = copy.deepcopy(node)
            changed.ops[index] = swap()
            yield (
                node,
                f"({ast.unparse(changed)})",
                f"`{_SYMBOLS[type(op)]}` → `{_SYMBOLS[swap]}` in `{_short(original)}`",
            )
    elif isinstance(node, ast.BinOp):
        binop_swap = _BINOP_SWAPS.get(type(node.op))
        if binop_swap is not None:
            changed_binop = copy.deepcopy(node)
            changed_binop.op = binop_swap()
            yield (
                node,
                f"({ast.unparse(changed_binop)})",
                f"`{_SYMBOLS[type(node.op)]}` → `{_SYMBOLS[binop_swap]}` in `{_short(original)}`",
            )
    elif isinstance(node, ast.BoolOp):
        other: ast.boolop = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        changed_bool = copy.deepcopy(node)
        changed_bool.op = other
        yield (
            node,
            f"({ast.unparse(changed_bool)})",
            f"`{_SYMBOLS[type(node.op)]}` → `{_SYMBOLS[type(other)]}` in `{_short(original)}`",
        )
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield (
            node,
            f"({ast.unparse(node.operand)})",
            f"`not x` → `x` in `{_short(original)}`",
        )
    elif isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            yield node, repr(not value), f"`{value}` → `{not value}`"
        elif isinstance(value, int | float):
            yield node, repr(value + 1), f"constant {value!r} → {value + 1!r}"
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("max", "min")
    ):
        other_name = "min" if node.func.id == "max" else "max"
        changed_call = copy.deepcopy(node)
        changed_call.func = ast.Name(id=other_name, ctx=ast.Load())
        yield (
            node,
            f"({ast.unparse(changed_call)})",
            f"`{node.func.id}` → `{other_name}` in `{_short(original)}`",
        )


def _statement_mutants(node: ast.AST, source: str) -> Iterator[tuple[ast.AST, str, str]]:
    if isinstance(node, ast.If):
        kind = _guard_kind(node)
        if kind is not None:
            test = ast.get_source_segment(source, node.test) or ast.unparse(node.test)
            yield node.test, "False", f"{kind} guard `if {_short(test)}` never taken"
    elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call | ast.Await):
        text = ast.get_source_segment(source, node) or ast.unparse(node)
        yield node, "pass", f"call deleted: `{_short(text)}`"
    elif (
        isinstance(node, ast.Return)
        and node.value is not None
        and not (isinstance(node.value, ast.Constant) and node.value.value is None)
    ):
        text = ast.get_source_segment(source, node.value) or ast.unparse(node.value)
        yield node, "return None", f"`return {_short(text)}` → `return None`"


def find_mutants(root: Path, paths: Sequence[str], first_number: int = 1) -> list[Mutant]:
    mutants: list[Mutant] = []
    number = first_number
    for path in paths:
        source = (root / path).read_text(encoding="utf-8")
        tree = ast.parse(source)
        original_dump = ast.dump(tree)
        skipped = _skipped_nodes(tree)
        seen: set[str] = set()
        candidates: list[tuple[ast.AST, str, str]] = []
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            candidates.extend(_statement_mutants(node, source))
            candidates.extend(_expression_mutants(node, source))
        candidates.sort(key=lambda c: (c[0].lineno, c[0].col_offset))  # type: ignore[attr-defined]
        for node, replacement, description in candidates:
            mutant = Mutant(
                number=number,
                path=path,
                line=node.lineno,  # type: ignore[attr-defined]
                col=node.col_offset,  # type: ignore[attr-defined]
                end_line=node.end_lineno,  # type: ignore[attr-defined]
                end_col=node.end_col_offset,  # type: ignore[attr-defined]
                replacement=replacement,
                description=description,
            )
            mutated = mutant.apply(source)
            try:
                mutated_dump = ast.dump(ast.parse(mutated))
            except SyntaxError:
                print(f"skipped (not valid Python): {path}:{mutant.line} {description}")
                continue
            if mutated_dump == original_dump or mutated_dump in seen:
                continue  # changes nothing, or the same change as another mutant
            seen.add(mutated_dump)
            mutants.append(mutant)
            number += 1
    return mutants


# ---- running them ---------------------------------------------------------------------------


def _sandbox(root: Path) -> Path:
    """A copy of the project (no .git, no virtualenv, no caches) to mutate freely."""
    target = Path(tempfile.mkdtemp(prefix="mutation-")) / root.name
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "venv", "__pycache__", "*.egg-info", "build", "dist", ".*_cache"
    )
    shutil.copytree(root, target, ignore=ignore, symlinks=True)
    return target


def _restore_leftovers(root: Path, paths: Sequence[str]) -> None:
    for path in paths:
        backup = root / (path + BACKUP_SUFFIX)
        if backup.exists():
            print(f"restoring {path} from a backup left by an interrupted run")
            (root / path).write_bytes(backup.read_bytes())
            backup.unlink()


def _drop_bytecode(file: Path) -> None:
    # a mutant of the same size written within the same second would pass a stale .pyc's check
    for cached in (file.parent / "__pycache__").glob(f"{file.stem}.*.pyc"):
        cached.unlink(missing_ok=True)


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_API", "pyside6")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_tests(root: Path, tests: Sequence[str], timeout: float) -> tuple[str, float, str]:
    """("passed" | "failed" | "timeout", seconds, output) of one pytest run in ``root``."""
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=root,
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # Ctrl-C reaches us, and we end the whole run
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        return "timeout", time.monotonic() - started, output
    except BaseException:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise
    status = "passed" if process.returncode == 0 else "failed"
    return status, time.monotonic() - started, output


def _check_imports(root: Path, paths: Sequence[str]) -> None:
    """The tests must import the files of ``root``, not an installed copy."""
    modules = [p.removesuffix(".py").replace("/", ".") for p in paths]
    code = "import importlib, sys; print('\\n'.join(importlib.import_module(m).__file__ or '' for m in sys.argv[1:]))"
    found = subprocess.run(
        [sys.executable, "-c", code, *modules],
        cwd=root,
        env=_environment(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for module, file in zip(modules, found, strict=True):
        if Path(file).resolve() != (root / module.replace(".", "/")).with_suffix(".py").resolve():
            raise SystemExit(f"{module} is imported from {file}, not from {root}")


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run_mutants(
    root: Path, mutants: Sequence[Mutant], tests_for: dict[str, list[str]], timeout: float
) -> list[Outcome]:
    outcomes: list[Outcome] = []
    # SIGINT too: a run started in the background ignores it unless told otherwise
    previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for mutant in mutants:
            file = root / mutant.path
            backup = root / (mutant.path + BACKUP_SUFFIX)
            original = file.read_bytes()
            backup.write_bytes(original)
            try:
                file.write_text(mutant.apply(original.decode()), encoding="utf-8")
                _drop_bytecode(file)
                status, seconds, _ = run_tests(root, tests_for[mutant.path], timeout)
            finally:
                file.write_bytes(original)
                _drop_bytecode(file)
                backup.unlink()
            result = {"passed": "survived", "failed": "killed"}.get(status, status)
            outcomes.append(Outcome(mutant, result, seconds))
            mark = "SURVIVED" if result == "survived" else result
            print(
                f"[{len(outcomes)}/{len(mutants)}] #{mutant.number} {mark:8} {seconds:5.1f}s "
                f"{mutant.path}:{mutant.line} {mutant.description}",
                flush=True,
            )
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return outcomes


# ---- reporting ------------------------------------------------------------------------------


def summary(outcomes: Sequence[Outcome], paths: Sequence[str]) -> str:
    rows = ["| file | mutants | killed | survived | killed % |", "|---|---:|---:|---:|---:|"]
    total = killed = 0
    for path in paths:
        mine = [o for o in outcomes if o.mutant.path == path]
        if not mine:
            continue
        dead = sum(o.status != "survived" for o in mine)
        total += len(mine)
        killed += dead
        rows.append(
            f"| {path} | {len(mine)} | {dead} | {len(mine) - dead} | {100 * dead / len(mine):.1f} |"
        )
    if total:
        rows.append(
            f"| **all** | {total} | {killed} | {total - killed} | **{100 * killed / total:.1f}** |"
        )
    survivors = [o for o in outcomes if o.status == "survived"]
    lines = [*rows, "", f"Survivors ({len(survivors)}):"]
    lines += [
        f"- #{o.mutant.number} {o.mutant.path}:{o.mutant.line} {o.mutant.description}"
        for o in survivors
    ]
    return "\n".join(lines)


def _diff(root: Path, mutant: Mutant) -> str:
    source = (root / mutant.path).read_text(encoding="utf-8")
    return "".join(
        difflib.unified_diff(
            source.splitlines(keepends=True),
            mutant.apply(source).splitlines(keepends=True),
            fromfile=mutant.path,
            tofile=f"{mutant.path} (mutant #{mutant.number})",
            n=1,
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", nargs="+", default=list(TARGETS), help="files to mutate")
    parser.add_argument(
        "--tests", nargs="+", help="pytest files for every mutant (default: per file, see TARGETS)"
    )
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    parser.add_argument(
        "--only", type=int, action="append", metavar="N", help="run mutant N only (repeatable)"
    )
    parser.add_argument("--show", action="store_true", help="print each mutant's diff")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the outcomes as JSON")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per mutant")
    parser.add_argument(
        "--in-place", action="store_true", help="mutate this checkout instead of a copy of it"
    )
    args = parser.parse_args(argv)

    paths: list[str] = [Path(p).as_posix() for p in args.files]
    _restore_leftovers(ROOT, paths)
    mutants = find_mutants(ROOT, paths)
    if args.only:
        mutants = [m for m in mutants if m.number in set(args.only)]
    if args.list or args.show:
        for mutant in mutants:
            print(f"#{mutant.number} {mutant.path}:{mutant.line} {mutant.description}")
            if args.show:
                print(_diff(ROOT, mutant))
        if args.list:
            print(f"{len(mutants)} mutants")
            return 0

    tests_for = {
        path: list(args.tests)
        if args.tests
        else [t for t in TARGETS.get(path, []) if (ROOT / t).exists()]
        for path in paths
    }
    for path, tests in tests_for.items():
        if not tests:
            parser.error(f"no tests known for {path}: give --tests")

    root = ROOT if args.in_place else _sandbox(ROOT)
    try:
        _check_imports(root, paths)
        print(f"mutating {root}; checking that the tests pass unmutated first", flush=True)
        for selection in {tuple(t) for t in tests_for.values()}:
            status, seconds, output = run_tests(root, selection, args.timeout * 3)
            if status != "passed":
                print(output[-3000:])
                print(f"the tests do not pass on the unmutated code ({status}): fix them first")
                return 2
            print(f"baseline passed in {seconds:.0f}s: {' '.join(selection)}", flush=True)
        outcomes = run_mutants(root, mutants, tests_for, args.timeout)
    except KeyboardInterrupt:
        print("interrupted: every mutated file is back to its original")
        return 130
    finally:
        if not args.in_place:
            shutil.rmtree(root.parent, ignore_errors=True)

    report = summary(outcomes, paths)
    print()
    print(report)
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {**asdict(o.mutant), "status": o.status, "seconds": round(o.seconds, 1)}
                    for o in outcomes
                ],
                indent=1,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    return 0 if all(o.status != "survived" for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
