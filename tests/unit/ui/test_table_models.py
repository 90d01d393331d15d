"""Every item model passes Qt's model tester, empty, filled, paged and reset."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from pytestqt.modeltest import ModelTester

from app.messages import MessageBridge
from app.models import Invoice, InvoiceStatus
from app.paging import PagedList
from app.tasks import TaskRunner
from ui import invoices, services
from ui.table_models import SORT_ROLE, ListTableModel, PagedTableModel

from .test_formatting import sample_service


def sample_invoice(n: int) -> Invoice:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=n)
    return Invoice(
        id=n,
        number=f"F-{n:06d}",
        issued_on=day,
        due_on=day + dt.timedelta(days=10),
        paid_on=None,
        status=InvoiceStatus.UNPAID,
        overdue=n % 2 == 0,
        currency="ARS",
        total=Decimal("1210.00"),
        balance=Decimal("1210.00"),
    )


def test_services_model(qtmodeltester: ModelTester) -> None:
    model: ListTableModel[Any] = ListTableModel("ServicesTab", services.COLUMNS)
    qtmodeltester.check(model)
    model.set_rows([sample_service(i) for i in range(5)])
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.columnCount() == len(services.COLUMNS)
    assert (
        model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        == "Product"
    )
    assert model.index(0, 2).data(SORT_ROLE) == Decimal("100.00")


def test_paged_model_announces_appended_rows(qtmodeltester: ModelTester) -> None:
    runner = TaskRunner(MessageBridge())
    source: PagedList[Invoice] = PagedList(runner, "test")
    model: PagedTableModel[Invoice] = PagedTableModel("InvoicesTab", invoices.COLUMNS)
    model.bind(source)
    qtmodeltester.check(model)
    # The page arrives as the loader's answer would deliver it.
    from api_client.models import Page

    source._append(Page[Invoice](items=[sample_invoice(i) for i in range(3)], next_cursor="c"))
    assert model.rowCount() == 3
    assert model.canFetchMore()
    source._append(Page[Invoice](items=[sample_invoice(i) for i in range(3, 5)], next_cursor=None))
    assert model.rowCount() == 5
    assert not model.canFetchMore()
    assert model.index(0, 5).data() == "Overdue"
    assert model.index(1, 5).data() == "Unpaid"
    qtmodeltester.check(model)
    model.bind(None)
    assert model.rowCount() == 0
