"""Item models of the all-accounts view and the quick switcher, checked with qtmodeltester."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.modeltest import ModelTester

from api_client.summaries import AccountSummary
from app.models import AccountAccess, Permission, ServiceStatus
from app.reseller import AccountRow
from ui.quick_switcher import QuickSwitcher, SwitchEntry
from ui.reseller import AccountsModel, attention_score


def _row(ident: int, overdue: int | None, suspended: int = 0) -> AccountRow:
    access = AccountAccess(
        id=ident,
        display_name=f"Cliente {ident}",
        company=f"Empresa {ident}",
        email=f"c{ident}@example.com",
        is_owner=False,
        permissions=list(Permission),
    )
    row = AccountRow(access)
    if overdue is not None:
        row.summary = AccountSummary(
            account_id=ident,
            currency="ARS",
            services_by_status={ServiceStatus.ACTIVE: 2, ServiceStatus.SUSPENDED: suspended},
            balance_due=Decimal("100.00") * overdue,
            unpaid_invoices=overdue,
            overdue_invoices=overdue,
            domains_expiring=1,
            open_tickets=0,
            domains=[f"c{ident}.com.ar"],
        )
    return row


def test_accounts_model(qtmodeltester: ModelTester) -> None:
    model = AccountsModel()
    model.set_rows([_row(1, 2), _row(2, None), _row(3, 0, suspended=1)])
    qtmodeltester.check(model)
    model.rows_changed(0, 2)
    assert model.index(1, 2).data() == "…"  # not arrived yet
    assert "2 overdue" in model.index(0, 2).data()


def test_attention_puts_overdue_invoices_before_suspended_services() -> None:
    assert attention_score(_row(1, 1)) > attention_score(_row(2, 0, suspended=5))
    assert attention_score(_row(3, None)) < attention_score(_row(4, 0))


def test_quick_switcher_matches_every_typed_word(qtmodeltester: ModelTester, qtbot: object) -> None:
    switcher = QuickSwitcher()
    entries = [
        SwitchEntry(
            1,
            "Giménez Diseño — Laura",
            ("gimenezdiseno.com.ar",),
            "laura giménez diseño gimenezdiseno.com.ar",
        ),
        SwitchEntry(2, "Estudio Pereyra — Martín", (), "martín pereyra estudio"),
    ]
    switcher.model.set_rows(entries)
    qtmodeltester.check(switcher.model)
    qtmodeltester.check(switcher.proxy)
    switcher.proxy.set_text("diseno.com")
    assert switcher.proxy.rowCount() == 1
    switcher.proxy.set_text("PEREYRA martín")
    assert switcher.proxy.rowCount() == 1
    switcher.proxy.set_text("nadie")
    assert switcher.proxy.rowCount() == 0


def test_the_all_accounts_view_sorts_by_attention_past_three_overdue_invoices(
    qtbot: object,
) -> None:
    from ui.reseller import AllAccountsPage
    from ui.table_models import ROW_ROLE

    page = AllAccountsPage()
    rows = [_row(i, None) for i in range(40)]
    page.model.set_rows(rows)
    for row, fresh in zip(rows, [_row(i, (i * 7) % 5) for i in range(40)], strict=True):
        row.summary = fresh.summary  # every summary arrives in one batch
    page.model.rows_changed(0, 39)
    shown = [page.proxy.index(i, 0).data(ROW_ROLE).summary.overdue_invoices for i in range(40)]
    assert shown == sorted(shown, reverse=True)
