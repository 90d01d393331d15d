"""A person who reaches many client accounts (a reseller): every account at a glance, and lists
across accounts (unpaid invoices, domains expiring soon) exportable to CSV.

The summaries come a page of accounts per request (the portal sums a page in a few queries);
what the pages miss, and the lists across accounts, are asked for concurrently, at most
``CONCURRENCY`` at a time. Answers are shown as they arrive: rows fill in progressively.
"""

from __future__ import annotations

import asyncio
import csv
import gc
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from api_client import PortalClient, errors
from api_client.models import AccountAccess, Domain, DomainStatus, Invoice, InvoiceFilter
from api_client.summaries import AccountSummary

from .errors import describe
from .messages import MessageBridge
from .paging import PagedList
from .tasks import TaskRunner

log = logging.getLogger("clientdesk.reseller")

CONCURRENCY = 8  # requests in flight at once, whatever the number of accounts
FLUSH_MS = 60  # arrivals are announced to views in batches, at most this often
INVOICE_PAGE = 200

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")
T = TypeVar("T")


async def bounded(
    items: Iterable[ItemT],
    work: Callable[[ItemT], Awaitable[ResultT]],
    arrived: Callable[[ItemT, ResultT], None],
    failed: Callable[[ItemT, BaseException], None],
    limit: int = CONCURRENCY,
) -> None:
    """Run ``work`` for every item with at most ``limit`` running at once; each answer goes to
    ``arrived`` (or ``failed``) as soon as it comes, in whatever order the portal answers."""
    gate = asyncio.Semaphore(limit)

    async def one(item: ItemT) -> None:
        async with gate:
            try:
                result = await work(item)
            except errors.PortalError as exc:
                failed(item, exc)
                return
        arrived(item, result)

    await asyncio.gather(*(one(item) for item in items))


def account_label(access: AccountAccess) -> str:
    if access.company:
        return f"{access.company} — {access.display_name}"
    return access.display_name


@dataclass
class AccountRow:
    """One reachable account: who it is, and its summary once it has arrived."""

    access: AccountAccess
    summary: AccountSummary | None = None
    error: str | None = None

    @property
    def label(self) -> str:
        return account_label(self.access)


class _Batcher(QObject):
    """Collects changed row numbers and announces them together, at most every ``FLUSH_MS``."""

    def __init__(self, emit: Callable[[int, int], None], parent: QObject) -> None:
        super().__init__(parent)
        self._emit = emit
        self._low: int | None = None
        self._high = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self.flush)

    def add(self, row: int) -> None:
        self._low = row if self._low is None else min(self._low, row)
        self._high = max(self._high, row)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._low is not None:
            low, high = self._low, self._high
            self._low, self._high = None, -1
            self._emit(low, high)


class Portfolio(QObject):
    """Every account the person reaches, each with its summary (balance due, overdue invoices,
    services by status, domains expiring soon, open tickets)."""

    rows_changed = Signal(int, int)  # first, last row whose summary (or failure) arrived
    progress_changed = Signal(int, int)  # answered, total
    finished = Signal(float)  # seconds the whole fill took
    reset_done = Signal()

    def __init__(
        self,
        client: PortalClient,
        accounts: Sequence[AccountAccess],
        messages: MessageBridge,
        parent: QObject | None = None,
        *,
        expiring_within: int = 30,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.messages = messages
        self.runner = TaskRunner(messages, self)
        self.rows = [AccountRow(access) for access in accounts]
        self._index = {row.access.id: i for i, row in enumerate(self.rows)}
        self.expiring_within = expiring_within
        self.answered = 0
        self.loaded = False
        self._batch = _Batcher(self._flush, self)
        self.unpaid: CrossAccountList[InvoiceLine] = CrossAccountList(
            self, "unpaid", self._unpaid_of
        )
        self.expiring: CrossAccountList[DomainLine] = CrossAccountList(
            self, "expiring", self._expiring_of
        )
        self.expiring_days = expiring_within

    @property
    def loading(self) -> bool:
        return self.runner.running("summaries")

    def row_of(self, account_id: int) -> AccountRow | None:
        index = self._index.get(account_id)
        return self.rows[index] if index is not None else None

    def load(self) -> None:
        """(Re)load every summary; what was shown stays until its new answer replaces it."""
        self.answered = 0
        self.loaded = False
        for row in self.rows:
            row.error = None

        self.progress_changed.emit(0, len(self.rows))
        self.runner.run("summaries", self._load_all(), self._done)

    def ensure_loaded(self) -> None:
        if not self.loaded and not self.loading:
            self.load()

    async def _load_all(self) -> float:
        started = time.perf_counter()
        # The collector's full passes were the only UI-thread pauses over 50 ms while hundreds
        # of answers arrive (benchmarks/all_accounts.py): what is alive now (the app, its
        # windows, these rows) lives on and leaves its way, and it waits until the fill ends.
        gc.freeze()
        collecting = gc.isenabled()
        gc.disable()
        try:
            return await self._fill(started)
        finally:
            if collecting:
                gc.enable()

    async def _fill(self, started: float) -> float:
        reachable = [row for row in self.rows if "products" in row.access.permissions]
        for row in self.rows:
            if row not in reachable:
                self._failed_row(row, errors.ForbiddenError(403, "", "forbidden"))

        answered = await self._fill_by_pages({row.access.id for row in reachable})

        async def summary(row: AccountRow) -> AccountSummary:
            account = self.client.for_account(row.access.id)
            return await account.summary.get(expiring_within=self.expiring_within)

        # what the pages did not hold (an account opened as staff, a portal that sums one
        # account at a time, a page that failed) is asked for account by account
        rest = [row for row in reachable if row.access.id not in answered]
        await bounded(rest, summary, self._arrived, self._failed_row)
        return time.perf_counter() - started

    async def _fill_by_pages(self, wanted: set[int]) -> set[int]:
        """Summaries the portal computes for many accounts per request; the ids answered."""
        answered: set[int] = set()
        cursor: str | None = None
        try:
            while True:
                page = await self.client.summaries.list(
                    expiring_within=self.expiring_within, cursor=cursor
                )
                for summary in page.items:
                    row = self.row_of(summary.account_id)
                    if row is not None and summary.account_id in wanted:
                        answered.add(summary.account_id)
                        self._arrived(row, summary)
                if page.next_cursor is None:
                    return answered
                cursor = page.next_cursor
        except errors.PortalError as exc:
            log.info("summaries by page stopped (%s): one by one", type(exc).__name__)
            return answered

    def _arrived(self, row: AccountRow, summary: AccountSummary) -> None:
        row.summary = summary
        row.error = None
        self._answered(row)

    def _failed_row(self, row: AccountRow, exc: BaseException) -> None:
        if isinstance(exc, errors.ForbiddenError):
            row.error = QCoreApplication.translate(
                "Portfolio", "You cannot see this account's services."
            )
        else:
            row.error = describe(exc)
        self._answered(row)

    def _answered(self, row: AccountRow) -> None:
        self.answered += 1
        self._batch.add(self._index[row.access.id])

    def _flush(self, first: int, last: int) -> None:
        # rows and progress are announced together, a few times a second: a progress bar
        # repainted for every one of 500 answers alone costs the UI thread seconds
        self.rows_changed.emit(first, last)
        self.progress_changed.emit(self.answered, len(self.rows))

    def _done(self, seconds: float) -> None:
        self._batch.flush()
        self.loaded = True
        log.info("%d account summaries in %.2f s", len(self.rows), seconds)
        self.finished.emit(seconds)

    # ---- lists across accounts ----------------------------------------------------------------

    async def _unpaid_of(self, access: AccountAccess) -> list[InvoiceLine]:
        if "invoices" not in access.permissions:
            return []
        found: list[InvoiceLine] = []
        account = self.client.for_account(access.id)
        cursor: str | None = None
        while True:
            page = await account.invoices.list(
                status=InvoiceFilter.UNPAID, cursor=cursor, limit=INVOICE_PAGE
            )
            found.extend(InvoiceLine(access, invoice) for invoice in page.items)
            if page.next_cursor is None:
                return found
            cursor = page.next_cursor

    async def _expiring_of(self, access: AccountAccess) -> list[DomainLine]:
        if "domains" not in access.permissions:
            return []
        domains = await self.client.for_account(access.id).domains.list()
        days = self.expiring_days
        return [
            DomainLine(access, domain)
            for domain in domains
            if domain.status in (DomainStatus.ACTIVE, DomainStatus.GRACE)
            and domain.days_to_expiry <= days
        ]

    def load_expiring(self, days: int) -> None:
        self.expiring_days = days
        self.expiring.reset()

    def stop(self) -> None:
        self.runner.cancel_all()
        self.unpaid.runner.cancel_all()
        self.expiring.runner.cancel_all()


@dataclass(frozen=True)
class InvoiceLine:
    access: AccountAccess
    invoice: Invoice


@dataclass(frozen=True)
class DomainLine:
    access: AccountAccess
    domain: Domain


class CrossAccountList(PagedList[T]):
    """Rows gathered from every account (at most ``CONCURRENCY`` asked at once), appended as
    each account answers; accounts that failed are listed in ``failures``. A paged table model
    binds to it like to any ``PagedList``; there is never a further page to fetch."""

    progress_changed = Signal(int, int)  # accounts answered, total
    finished = Signal()

    def __init__(
        self,
        portfolio: Portfolio,
        name: str,
        gather: Callable[[AccountAccess], Awaitable[list[T]]],
    ) -> None:
        runner = TaskRunner(portfolio.messages, portfolio)
        super().__init__(runner, name, portfolio)
        self.runner = runner
        self._portfolio = portfolio
        self._gather = gather
        self.failures: dict[int, str] = {}
        self.answered = 0
        self.loaded = False
        self._announced_at = 0.0

    def can_fetch_more(self) -> bool:
        return False

    def fetch_more(self) -> None:
        return

    def retry(self) -> None:
        self.reset()

    def reset(self, loader: Any = None, saved: Any = None) -> None:
        self._rows = []
        self.failures = {}
        self.answered = 0
        self.loaded = False
        self.error = None
        self.reset_done.emit()
        self._set_loading(True)
        accounts = [row.access for row in self._portfolio.rows]
        self.progress_changed.emit(0, len(accounts))
        self.runner.run(self._name, self._load(accounts), self._done, self._fail)

    async def _load(self, accounts: list[AccountAccess]) -> None:
        await bounded(accounts, self._gather, self._arrived, self._failed)

    def _arrived(self, access: AccountAccess, rows: list[T]) -> None:
        if rows:
            first = len(self._rows)
            self._rows.extend(rows)
            self.rows_appended.emit(first, len(self._rows) - 1)
        self._count(access)

    def _failed(self, access: AccountAccess, exc: BaseException) -> None:
        self.failures[access.id] = describe(exc)
        self._count(access)

    def _count(self, _access: AccountAccess) -> None:
        self.answered += 1
        total = len(self._portfolio.rows)
        now = time.monotonic()
        if self.answered == total or now - self._announced_at >= FLUSH_MS / 1000:
            self._announced_at = now
            self.progress_changed.emit(self.answered, total)

    def _done(self, _result: object) -> None:
        self._set_loading(False)
        self.loaded = True
        self.finished.emit()


async def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a CSV file (UTF-8 with a BOM, so spreadsheet programs read the accents) off the
    UI thread; returns the number of rows written."""
    materialized = [list(row) for row in rows]

    def write() -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(materialized)

    await asyncio.to_thread(write)
    return len(materialized)
