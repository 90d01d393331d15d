"""A small PDF writer (PDF 1.4, the standard Helvetica fonts, WinAnsi text) and the invoice
document built with it. No dependency: text objects, one content stream per page, a correct
cross-reference table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from . import wording

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN = 50


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


@dataclass
class Page:
    ops: list[bytes] = field(default_factory=list)

    def text(self, x: float, y: float, value: str, *, size: float = 10, bold: bool = False) -> None:
        font = b"/F2" if bold else b"/F1"
        self.ops.append(
            b"BT " + font + b" %.1f Tf %.2f %.2f Td (" % (size, x, y) + _escape(value) + b") Tj ET"
        )

    def text_right(
        self, right: float, y: float, value: str, *, size: float = 10, bold: bool = False
    ) -> None:
        # Helvetica digits and most characters are about 0.55 em wide: good enough to align amounts
        self.text(right - len(value) * size * 0.55, y, value, size=size, bold=bold)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.ops.append(b"%.2f %.2f m %.2f %.2f l S" % (x1, y1, x2, y2))


def write_pdf(pages: list[Page], title: str = "") -> bytes:
    """The bytes of a PDF with these pages."""
    objects: list[bytes] = []  # object n is objects[n - 1]
    font_regular, font_bold = 3, 4
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # the page tree, filled once the page numbers are known
    for name in (b"Helvetica", b"Helvetica-Bold"):
        objects.append(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /" + name + b" /Encoding /WinAnsiEncoding >>"
        )
    info = len(objects) + 1
    objects.append(b"<< /Title (" + _escape(title) + b") /Producer (Clientdesk) >>")
    kids = []
    for page in pages:
        stream = b"\n".join(page.ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (PAGE_W, PAGE_H)
            + b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> " % (font_regular, font_bold)
            + b"/Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, info)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


# The document's words: Spanish (the default) and English, by the account's language.
_WORDS = {
    "es": {
        "invoice": "Factura",
        "continued": "Factura {number} (continuación)",
        "bill_to": "Facturar a:",
        "status": "Estado",
        "issued_on": "Fecha de emisión",
        "due_on": "Vencimiento",
        "paid_on": "Fecha de pago",
        "currency": "Moneda",
        "description": "Descripción",
        "amount": "Importe",
        "subtotal": "Subtotal",
        "tax": "IVA",
        "credit": "Crédito aplicado",
        "total": "Total",
        "balance": "Saldo",
    },
    "en": {
        "invoice": "Invoice",
        "continued": "Invoice {number} (continued)",
        "bill_to": "Bill to:",
        "status": "Status",
        "issued_on": "Issue date",
        "due_on": "Due date",
        "paid_on": "Payment date",
        "currency": "Currency",
        "description": "Description",
        "amount": "Amount",
        "subtotal": "Subtotal",
        "tax": "VAT",
        "credit": "Credit applied",
        "total": "Total",
        "balance": "Balance",
    },
}


@dataclass(frozen=True)
class InvoiceDocument:
    number: str
    status: str
    issued_on: dt.date
    due_on: dt.date
    paid_on: dt.date | None
    currency: str
    items: list[tuple[str, Decimal]]
    subtotal: Decimal
    tax_rate: Decimal
    tax: Decimal
    credit: Decimal
    total: Decimal
    balance: Decimal
    bill_to: list[str]
    language: str = wording.DEFAULT_LANGUAGE  # the account's: the document's words and formats
    issuer: tuple[str, ...] = (
        "LatinHost S.A.",
        "CUIT 30-70000000-1 - IVA Responsable Inscripto",
        "Av. Leandro N. Alem 1110, CABA",
    )


def invoice_pdf(doc: InvoiceDocument) -> bytes:
    language = wording.language_of(doc.language)
    words = _WORDS[language]

    def money(amount: Decimal) -> str:
        return wording.money(amount, doc.currency, language)

    def day(value: dt.date | None) -> str:
        return wording.date(value, language)

    pages = [Page()]
    page = pages[0]
    right = PAGE_W - MARGIN
    y = PAGE_H - MARGIN - 10
    title = f"{words['invoice']} {doc.number}"
    page.text(MARGIN, y, doc.issuer[0], size=16, bold=True)
    page.text_right(right, y, title, size=14, bold=True)
    for extra in doc.issuer[1:]:
        y -= 14
        page.text(MARGIN, y, extra, size=9)
    y -= 26
    page.text(MARGIN, y, words["bill_to"], bold=True)
    status = wording.invoice_status(doc.status, language)
    page.text(330, y, f"{words['status']}: {status}", bold=True)
    for index, text in enumerate(doc.bill_to):
        page.text(MARGIN, y - 14 * (index + 1), text, size=9)
    meta = [
        f"{words['issued_on']}: {day(doc.issued_on)}",
        f"{words['due_on']}: {day(doc.due_on)}",
        f"{words['paid_on']}: {day(doc.paid_on)}",
        f"{words['currency']}: {doc.currency}",
    ]
    for index, text in enumerate(meta):
        page.text(330, y - 14 * (index + 1), text, size=9)
    y -= 14 * (max(len(doc.bill_to), len(meta)) + 2)
    page.text(MARGIN, y, words["description"], bold=True)
    page.text_right(right, y, words["amount"], bold=True)
    y -= 6
    page.line(MARGIN, y, right, y)
    for description, amount in doc.items:
        if y < MARGIN + 120:
            page = Page()
            pages.append(page)
            y = PAGE_H - MARGIN
            page.text(MARGIN, y, words["continued"].format(number=doc.number), bold=True)
            y -= 10
        y -= 16
        page.text(MARGIN, y, description[:95], size=9)
        page.text_right(right, y, money(amount), size=9)
    y -= 10
    page.line(MARGIN, y, right, y)
    rate = wording.amount(doc.tax_rate, language).rstrip("0").rstrip(",.")
    totals = [
        (words["subtotal"], doc.subtotal, False),
        (f"{words['tax']} {rate}%", doc.tax, False),
        (words["credit"], -doc.credit, False),
        (words["total"], doc.total, True),
        (words["balance"], doc.balance, True),
    ]
    for label, amount, bold in totals:
        y -= 16
        page.text(330, y, label, bold=bold)
        page.text_right(right, y, money(amount), bold=bold)
    return write_pdf(pages, title=title)
