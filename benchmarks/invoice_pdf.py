"""How long the portal takes to render an invoice PDF: this checkout's `portal/pdf.py` against the
one of an earlier revision (by default the hand-drawn cp1252 writer that fpdf2 replaced).

    .venv/bin/python benchmarks/invoice_pdf.py [--items 20] [--runs 15] [--before REV]

Both are timed in the same process, interleaved run by run, on the same 20-item invoice (the
words and formats of the account's language as the route sends them); the first render of each
is a warm-up and not counted (it loads modules). Prints the median and the spread in milliseconds
of wall time and of this process's CPU time (which a busy machine disturbs less), and the size of
the PDF. `--before ""` times this checkout only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import portal  # noqa: E402  (this checkout's, found through the line above)
import portal.pdf  # noqa: E402

# the commit before the rebuild on fpdf2: the hand-drawn PDF 1.4 writer in cp1252
BEFORE = "944dcad"


def module_at(revision: str) -> ModuleType:
    """portal/pdf.py as it was at that revision, imported inside this checkout's portal package."""
    source = subprocess.run(
        ["git", "show", f"{revision}:portal/pdf.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    name = "portal._pdf_before"
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "portal"
    sys.modules[name] = module
    exec(compile(source, f"{revision}:portal/pdf.py", "exec"), module.__dict__)
    return module


def renderer(module: ModuleType, items: int) -> Callable[[], bytes]:
    today = dt.date.today()
    lines = [
        (f"Hosting Plan Pyme {n} - dominio{n}.com.ar ({today:%d/%m/%Y})", Decimal("1520.50") + n)
        for n in range(items)
    ]
    subtotal = sum((amount for _, amount in lines), Decimal(0))
    tax = (subtotal * Decimal("0.21")).quantize(Decimal("0.01"))
    document = module.InvoiceDocument(
        number="F-000123",
        status="Unpaid",
        issued_on=today - dt.timedelta(days=5),
        due_on=today + dt.timedelta(days=10),
        paid_on=None,
        currency="ARS",
        items=lines,
        subtotal=subtotal,
        tax_rate=Decimal("21.00"),
        tax=tax,
        credit=Decimal(0),
        total=subtotal + tax,
        balance=subtotal + tax,
        bill_to=["Giménez Diseño", "Laura Giménez", "Av. Corrientes 1234", "CABA, 1043"],
        language="es",
    )
    return lambda: module.invoice_pdf(document)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", default=BEFORE, help="git revision to compare with")
    args = parser.parse_args()
    candidates = {"this checkout": renderer(portal.pdf, args.items)}
    if args.before:
        candidates[f"at {args.before}"] = renderer(module_at(args.before), args.items)
    wall: dict[str, list[float]] = {name: [] for name in candidates}
    cpu: dict[str, list[float]] = {name: [] for name in candidates}
    sizes = {name: len(render()) for name, render in candidates.items()}  # warm-up
    for _ in range(args.runs):
        for name, render in candidates.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            render()
            wall[name].append((time.perf_counter() - started) * 1000)
            cpu[name].append((time.process_time() - started_cpu) * 1000)
    print(f"invoice PDF, {args.items} items, {args.runs} runs (ms):")
    for name in candidates:
        print(
            f"  {name:<16} wall median {statistics.median(wall[name]):8.2f}"
            f" (min {min(wall[name]):7.2f}, max {max(wall[name]):7.2f})"
            f"  cpu median {statistics.median(cpu[name]):8.2f}  {sizes[name]:,} bytes"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
