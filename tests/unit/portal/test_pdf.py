"""The invoice PDF (``portal.pdf``) read back with pypdf: text outside any 8-bit code page prints
as typed, a long description wraps and is never cut, a long invoice continues on more pages with
its title and headings, and nothing is lost or printed twice on the way."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from decimal import Decimal

import pypdf

from portal.pdf import InvoiceDocument, invoice_pdf


def document(items: list[tuple[str, Decimal]], *, language: str = "es") -> InvoiceDocument:
    today = dt.date.today()
    subtotal = sum((amount for _, amount in items), Decimal(0))
    tax = (subtotal * Decimal("0.21")).quantize(Decimal("0.01"))
    return InvoiceDocument(
        number="F-009876",
        status="Unpaid",
        issued_on=today - dt.timedelta(days=3),
        due_on=today + dt.timedelta(days=12),
        paid_on=None,
        currency="ARS",
        items=items,
        subtotal=subtotal,
        tax_rate=Decimal("21.00"),
        tax=tax,
        credit=Decimal("0.00"),
        total=subtotal + tax,
        balance=subtotal + tax,
        bill_to=["Giménez Diseño", "Laura Giménez", "Av. Corrientes 1234"],
        language=language,
    )


def pages_text(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)  # checks the xref table too
    return [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    """Whitespace as one space: a description wrapped over lines reads as one line again."""
    return " ".join(text.split())


def test_text_outside_cp1252_prints_as_typed() -> None:
    description = "Hosting Łódź → Ωmega ✓ (Ελληνικά, Русский, Čeština)"
    [text] = pages_text(invoice_pdf(document([(description, Decimal("1500.00"))])))
    assert description in text
    assert "?" not in text  # nothing replaced on the way, as cp1252 did with "errors=replace"
    assert "ARS 1.500,00" in text


def test_a_400_character_description_wraps_and_is_never_cut() -> None:
    words = "Plan Pyme Plus con dominio .com.ar, certificado SSL, correo Łódź → Ωmega ✓ y copias"
    description = " ".join([words] * 6)[:400].rstrip()
    assert len(description) >= 395 and len(description.split("\n")) == 1
    data = invoice_pdf(document([(description, Decimal("99.90")), ("Dominio", Decimal("10"))]))
    [text] = pages_text(data)
    assert len([line for line in text.splitlines() if "Plan Pyme Plus" in line]) >= 3  # wrapped
    assert flat(description) in flat(text)
    assert "ARS 99,90" in text and "Dominio" in text


def test_a_120_item_invoice_continues_on_more_pages_with_every_item_once() -> None:
    items = [
        (f"Servicio número {n:03d} · hosting{n}.com.ar", Decimal(1000 + n) + Decimal("0.25"))
        for n in range(1, 121)
    ]
    doc = document(items)
    pages = pages_text(invoice_pdf(doc))
    assert len(pages) >= 3
    everything = "\n".join(pages)
    for description, amount in items:
        assert everything.count(description) == 1, description
        assert everything.count(f"ARS {flat_amount(amount)}") == 1, amount
    for number, page in enumerate(pages, start=1):
        assert "Descripción" in page and "Importe" in page  # the headings, repeated
        assert f"Página {number} de {len(pages)}" in page
        if number > 1:
            assert "Factura F-009876 (continuación)" in page
    assert "Factura F-009876" in pages[0] and "Facturar a:" in pages[0]
    # the totals come once, after the last item, on the last page
    assert everything.count("Subtotal") == 1 and "Subtotal" in pages[-1]
    assert pages[-1].index(items[-1][0]) < pages[-1].index("Subtotal")
    assert f"Saldo ARS {flat_amount(doc.balance)}" in flat(pages[-1])


def test_english_words_and_formats_on_every_page() -> None:
    items = [(f"Service {n} — Zürich ✓", Decimal("1234.50")) for n in range(60)]
    pages = pages_text(invoice_pdf(document(items, language="en")))
    assert len(pages) >= 2
    assert "Invoice F-009876" in pages[0] and "Status: Unpaid" in pages[0]
    assert "ARS 1,234.50" in pages[0]
    assert "Invoice F-009876 (continued)" in pages[1]
    assert f"Page 2 of {len(pages)}" in pages[1]
    assert "Factura" not in "\n".join(pages)


def flat_amount(amount: Decimal) -> str:
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def test_the_portal_starts_without_importing_fpdf2() -> None:
    """fpdf2 (with Pillow and fontTools) is imported by the first PDF, not with the portal's
    routes: its import costs every portal process and the demo's start-up about 0.3 s of CPU."""
    probe = (
        "import sys, portal.app, portal.routes.billing; "
        "print(sorted(m for m in ('fpdf', 'PIL', 'fontTools') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["[]"]
