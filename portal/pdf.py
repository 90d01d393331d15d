"""The invoice as a PDF, laid out with fpdf2 in DejaVu Sans (embedded, subset to the characters
used), so any text a customer or a product carries prints as typed: descriptions wrap on real
glyph widths and are never cut, and a long invoice continues on as many pages as it needs, each
one titled with the invoice's number and repeating the column headings.

fpdf2 is imported when the first PDF is made, not with the portal: with Pillow and fontTools it
costs about 0.3 s of CPU to import, which every portal process and the desktop's demo start-up
would otherwise pay for a document most sessions never ask for."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from . import wording

if TYPE_CHECKING:
    from fpdf import FPDF

FONTS = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVu"
MARGIN = 50  # points, on every side
RIGHT_COLUMN = 330  # where the status, the dates and the totals start, from the page's left edge
LINE = 14  # the height of a line of 9-10 pt text
FOOTER = 24  # room below the bottom margin's line for "page n of m"

Money = Callable[[Decimal], str]

# The document's words: Spanish (the default) and English, by the account's language.
_WORDS = {
    "es": {
        "invoice": "Factura",
        "continued": "Factura {number} (continuación)",
        "page": "Página {page} de {pages}",
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
        "page": "Page {page} of {pages}",
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
# the document's language tag (/Lang), read by screen readers
_LANGUAGE_TAGS = {"es": "es-AR", "en": "en"}


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


class _PagesFactory(Protocol):
    def __call__(self, continued: str, page_words: str) -> FPDF: ...


@functools.cache
def _pages() -> _PagesFactory:
    """The document class, made on first use (see the module's note on importing fpdf2)."""
    from fpdf import FPDF

    class Pages(FPDF):
        """A4 in points with the invoice's running parts: from the second page on, a title line
        naming the invoice; on every page, "page n of m" under the bottom margin."""

        def __init__(self, continued: str, page_words: str) -> None:
            super().__init__(orientation="portrait", unit="pt", format="A4")
            self.continued = continued
            self.page_words = page_words
            self.add_font(FONT, "", FONTS / "DejaVuSans.ttf")
            self.add_font(FONT, "B", FONTS / "DejaVuSans-Bold.ttf")
            self.set_margins(MARGIN, MARGIN, MARGIN)
            self.set_auto_page_break(True, margin=MARGIN + FOOTER)
            self.c_margin = 0  # text starts where its column starts, as the rules and totals do

        def header(self) -> None:
            if self.page_no() == 1:
                return
            self.set_font(FONT, "B", 10)
            self.cell(0, LINE, self.continued, new_x="LMARGIN", new_y="NEXT")
            self.ln(LINE / 2)

        def footer(self) -> None:
            self.set_y(-MARGIN - FOOTER / 2)
            self.set_font(FONT, "", 8)
            # the number of pages is known only at the end: fpdf2 writes it in place of its alias
            text = self.page_words.format(page=self.page_no(), pages=self.str_alias_nb_pages)
            self.cell(0, LINE, text, align="R")

    return Pages


def invoice_pdf(doc: InvoiceDocument) -> bytes:
    language = wording.language_of(doc.language)
    words = _WORDS[language]

    def money(amount: Decimal) -> str:
        return wording.money(amount, doc.currency, language)

    title = f"{words['invoice']} {doc.number}"
    pdf = _pages()(words["continued"].format(number=doc.number), words["page"])
    pdf.set_title(title)
    pdf.set_creator("Clientdesk")
    pdf.set_producer("Clientdesk")
    pdf.set_lang(_LANGUAGE_TAGS[language])  # also makes it PDF 1.4
    pdf.add_page()
    _heading(pdf, doc, title, language, words)
    _items(pdf, doc, words, money)
    _totals(pdf, doc, language, words, money)
    return bytes(pdf.output())


def _heading(
    pdf: FPDF, doc: InvoiceDocument, title: str, language: str, words: dict[str, str]
) -> None:
    """The issuer and the invoice's title; then who is billed, beside the status and dates."""
    right = pdf.w - MARGIN
    top = pdf.get_y()
    pdf.set_font(FONT, "B", 14)
    title_width = pdf.get_string_width(title)
    pdf.set_xy(right - title_width, top)
    pdf.cell(title_width, 20, title, align="RIGHT")
    pdf.set_xy(MARGIN, top)
    pdf.set_font(FONT, "B", 16)
    pdf.multi_cell(
        right - title_width - MARGIN - 12, 20, doc.issuer[0], align="LEFT", new_x="LMARGIN"
    )
    pdf.set_font(FONT, "", 9)
    for extra in doc.issuer[1:]:
        pdf.multi_cell(0, LINE - 2, extra, align="LEFT", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + LINE
    pdf.set_xy(MARGIN, top)
    pdf.set_font(FONT, "B", 10)
    pdf.cell(0, LINE, words["bill_to"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9)
    for line in doc.bill_to:
        pdf.multi_cell(
            RIGHT_COLUMN - MARGIN - 12,
            LINE,
            line,
            align="LEFT",
            new_x="LMARGIN",
            new_y="NEXT",
        )
    left_end = pdf.get_y()
    status = wording.invoice_status(doc.status, language)
    pdf.set_xy(RIGHT_COLUMN, top)
    pdf.set_font(FONT, "B", 10)
    pdf.cell(0, LINE, f"{words['status']}: {status}", new_x="LEFT", new_y="NEXT")
    pdf.set_font(FONT, "", 9)
    for label, value in (
        (words["issued_on"], wording.date(doc.issued_on, language)),
        (words["due_on"], wording.date(doc.due_on, language)),
        (words["paid_on"], wording.date(doc.paid_on, language)),
        (words["currency"], doc.currency),
    ):
        pdf.cell(0, LINE, f"{label}: {value}", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(MARGIN, max(left_end, pdf.get_y()) + LINE)


def _items(pdf: FPDF, doc: InvoiceDocument, words: dict[str, str], money: Money) -> None:
    """One row per item: the description wraps in its column, the amount stays on its first
    line; a row never splits across pages, and each new page repeats the headings."""
    amounts = [money(amount) for _, amount in doc.items]
    pdf.set_font(FONT, "B", 10)
    widest = pdf.get_string_width(words["amount"])
    pdf.set_font(FONT, "", 9)
    widest = max([widest, *(pdf.get_string_width(text) for text in amounts)])
    width = pdf.epw
    amount_width = widest + 16  # the gap between the columns sits on the amount's side
    from fpdf.fonts import FontFace

    with pdf.table(
        width=width,
        col_widths=(width - amount_width, amount_width),
        align="LEFT",
        v_align="TOP",
        text_align=("LEFT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        headings_style=FontFace(emphasis="BOLD", size_pt=10),
        line_height=12,
        padding=(2, 0, 2, 0),
    ) as table:
        table.row((words["description"], words["amount"]))
        for (description, _), amount in zip(doc.items, amounts, strict=True):
            table.row((description, amount))


def _totals(
    pdf: FPDF, doc: InvoiceDocument, language: str, words: dict[str, str], money: Money
) -> None:
    """Below a rule: subtotal, tax, credit, total and balance, kept together on one page."""
    rate = wording.amount(doc.tax_rate, language).rstrip("0").rstrip(",.")
    totals = [
        (words["subtotal"], doc.subtotal, False),
        (f"{words['tax']} {rate}%", doc.tax, False),
        (words["credit"], -doc.credit, False),
        (words["total"], doc.total, True),
        (words["balance"], doc.balance, True),
    ]
    height = 6 + 2 + len(totals) * (LINE + 2)
    if pdf.will_page_break(height):
        pdf.add_page()
    right = pdf.w - MARGIN
    y = pdf.get_y() + 6
    pdf.line(MARGIN, y, right, y)
    pdf.set_xy(RIGHT_COLUMN, y + 4)
    for label, amount, bold in totals:
        pdf.set_font(FONT, "B" if bold else "", 10)
        pdf.cell(right - RIGHT_COLUMN, LINE + 2, label, new_x="LEFT")
        pdf.cell(right - RIGHT_COLUMN, LINE + 2, money(amount), align="RIGHT")
        pdf.set_xy(RIGHT_COLUMN, pdf.get_y() + LINE + 2)
