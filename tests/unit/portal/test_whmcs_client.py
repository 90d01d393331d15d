"""The WHMCS API client (``portal.whmcs.client``) against the fake WHMCS on loopback: the
credential, WHMCS's error answers, its loose values, flattened keys and paging."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal

import pytest

from portal.whmcs.client import (
    WhmcsActionDenied,
    WhmcsClient,
    WhmcsCredentialsRefused,
    WhmcsError,
    WhmcsUnavailable,
    api_url,
    rows,
    to_bool,
    to_date,
    to_datetime,
    unflatten,
)
from tests.whmcs_fake import FakeWhmcs
from tests.whmcs_fake.fake import RESELLER_EMAIL, RESELLER_PASSWORD, free_port_url


@pytest.fixture
def fake() -> Iterator[FakeWhmcs]:
    with FakeWhmcs() as server:
        yield server


@pytest.fixture
async def whmcs(fake: FakeWhmcs) -> AsyncIterator[WhmcsClient]:
    async with WhmcsClient(fake.base_url, fake.identifier, fake.secret) as client:
        yield client


# ---- the address ------------------------------------------------------------------------------


def test_https_is_required_except_on_loopback() -> None:
    assert api_url("https://billing.example.com/") == "https://billing.example.com/includes/api.php"
    assert api_url("http://127.0.0.1:8790") == "http://127.0.0.1:8790/includes/api.php"
    assert api_url("http://localhost") == "http://localhost/includes/api.php"
    assert api_url("http://[::1]:80") == "http://[::1]:80/includes/api.php"
    for refused in ("http://billing.example.com", "http://10.0.0.5", "ftp://x", "billing.com"):
        with pytest.raises(ValueError, match=r"https|not a WHMCS address"):
            api_url(refused)


# ---- the credential ---------------------------------------------------------------------------


async def test_identifier_secret_and_responsetype_are_sent(fake: FakeWhmcs) -> None:
    async with WhmcsClient(fake.base_url, fake.identifier, fake.secret) as client:
        answer = await client.call("GetUsers", {"search": RESELLER_EMAIL})
    assert answer["users"][0]["email"] == RESELLER_EMAIL
    assert "result" not in answer


async def test_a_wrong_secret_is_a_refused_credential_though_http_says_200(fake: FakeWhmcs) -> None:
    async with WhmcsClient(fake.base_url, fake.identifier, "wrong") as client:
        with pytest.raises(WhmcsCredentialsRefused):
            await client.call("GetUsers")


async def test_the_access_key_is_sent_when_set() -> None:
    with FakeWhmcs(access_key="k3y!") as fake:
        async with WhmcsClient(fake.base_url, fake.identifier, fake.secret) as without:
            with pytest.raises(WhmcsCredentialsRefused):
                await without.call("GetUsers")
        async with WhmcsClient(fake.base_url, fake.identifier, fake.secret, "k3y!") as client:
            assert (await client.call("GetUsers"))["totalresults"] == 5


async def test_an_action_outside_the_api_role_is_denied() -> None:
    with FakeWhmcs(allowed_actions={"GetUsers"}) as fake:
        async with WhmcsClient(fake.base_url, fake.identifier, fake.secret) as client:
            await client.call("GetUsers")
            with pytest.raises(WhmcsActionDenied):
                await client.call("GetInvoices", {"userid": 1})


async def test_an_error_answer_carries_whmcs_message(whmcs: WhmcsClient) -> None:
    with pytest.raises(WhmcsError) as caught:
        await whmcs.call("GetInvoice", {"invoiceid": 999})
    assert type(caught.value) is WhmcsError
    assert caught.value.message == "Invoice ID Not Found"
    with pytest.raises(WhmcsError):
        await whmcs.call("NoSuchAction")


async def test_a_whmcs_that_does_not_answer_is_unavailable() -> None:
    async with WhmcsClient(free_port_url(), "id", "secret", timeout=5) as client:
        with pytest.raises(WhmcsUnavailable):
            await client.call("GetUsers")


# ---- WHMCS's ways -----------------------------------------------------------------------------


def test_flattened_keys_become_nested_lists() -> None:
    flat = {
        "result": "success",
        "totalresults": "2",
        "invoices[invoice][0][id]": "1",
        "invoices[invoice][0][total]": "15.95",
        "invoices[invoice][1][id]": "2",
        "client[notes]": "x",
    }
    nested = unflatten(flat)
    assert nested["invoices"] == {"invoice": [{"id": "1", "total": "15.95"}, {"id": "2"}]}
    assert nested["client"] == {"notes": "x"}
    assert nested["totalresults"] == "2"


@pytest.mark.parametrize("empty", [None, "", {}, [], {"invoice": []}, {"invoice": ""}])
def test_an_empty_list_however_written(empty: object) -> None:
    answer = {} if empty is None else {"invoices": empty}
    assert rows(answer, "invoices", "invoice") == []


def test_a_lone_row_is_a_list_of_one() -> None:
    assert rows({"invoices": {"invoice": {"id": "1"}}}, "invoices", "invoice") == [{"id": "1"}]


def test_loose_values() -> None:
    assert to_date("0000-00-00") is None
    assert to_date("2026-01-08") == dt.date(2026, 1, 8)
    assert to_datetime("0000-00-00 00:00:00") is None
    assert to_datetime("2026-01-08 10:30:00") == dt.datetime(2026, 1, 8, 10, 30, tzinfo=dt.UTC)
    # validatelogin.md writes the boolean as a string: "false" must not read as true
    assert to_bool("false") is False
    assert to_bool("true") is True
    assert to_bool("0") is False
    assert to_bool("") is False


async def test_flattened_invoice_list_from_the_fake(whmcs: WhmcsClient) -> None:
    answer = await whmcs.call("GetInvoices", {"userid": 1, "orderby": "id", "order": "asc"})
    invoices = rows(answer, "invoices", "invoice")
    assert [i["id"] for i in invoices] == ["1", "2"]
    assert Decimal(invoices[0]["total"]) == Decimal("14520.00")
    assert to_date(invoices[0]["datepaid"]) is None  # 0000-00-00 00:00:00


async def test_the_default_page_is_25_and_all_rows_reads_every_page(
    whmcs: WhmcsClient, fake: FakeWhmcs
) -> None:
    one_page = await whmcs.call("GetInvoices", {"userid": 3})
    assert len(rows(one_page, "invoices", "invoice")) == 25
    assert one_page["totalresults"] == "30"
    fake.calls.clear()
    every = await whmcs.all_rows("GetInvoices", "invoices", "invoice", {"userid": 3}, page_size=7)
    assert sorted(int(i["id"]) for i in every) == list(range(4, 34))
    asked = fake.calls_of("GetInvoices")
    assert [c["limitstart"] for c in asked] == ["0", "7", "14", "21", "28"]
    assert {c["limitnum"] for c in asked} == {"7"}


async def test_get_users_flat_list(whmcs: WhmcsClient) -> None:
    # search matches the start of the address: the exact match has to be picked by the caller
    found = await whmcs.all_rows("GetUsers", "users", None, {"search": RESELLER_EMAIL})
    assert {u["email"] for u in found} == {RESELLER_EMAIL, RESELLER_EMAIL + ".old"}
    assert found[0]["clients"] == [{"id": 1, "isOwner": True}, {"id": 2, "isOwner": False}]


async def test_validate_login(whmcs: WhmcsClient) -> None:
    answer = await whmcs.call(
        "ValidateLogin", {"email": RESELLER_EMAIL, "password2": RESELLER_PASSWORD}
    )
    assert answer["userid"] == "1"
    assert to_bool(answer["twoFactorEnabled"]) is False
    with pytest.raises(WhmcsError):
        await whmcs.call("ValidateLogin", {"email": RESELLER_EMAIL, "password2": "wrong"})


async def test_domains_come_flattened_with_their_admin_notes(whmcs: WhmcsClient) -> None:
    # getclientsdomains.md: flattened keys; the fake, like WHMCS, includes the admin notes,
    # which the portal must leave out when it maps domains
    answer = await whmcs.call("GetClientsDomains", {"clientid": 1})
    domains = rows(answer, "domains", "domain")
    assert [(d["id"], d["domainname"]) for d in domains] == [("1", "estudio-pereyra.com.ar")]
    assert domains[0]["notes"] == "transferido desde NIC"
    assert to_bool(domains[0]["donotrenew"]) is False
    # without clientid, every client's domains (the portal always passes it)
    every = await whmcs.all_rows("GetClientsDomains", "domains", "domain")
    assert len(every) == 3


async def test_tickets_nested_with_the_staffs_notes(whmcs: WhmcsClient) -> None:
    # gettickets.md: without ignore_dept_assignments only the API admin's departments count
    hidden = await whmcs.all_rows("GetTickets", "tickets", "ticket", {"clientid": 1})
    assert hidden == []
    listed = await whmcs.all_rows(
        "GetTickets", "tickets", "ticket", {"clientid": 1, "ignore_dept_assignments": True}
    )
    assert [(t["tid"], t["service"]) for t in listed] == [("482913", "S2")]
    ticket = await whmcs.call("GetTicket", {"ticketid": 1})
    assert [r["admin"] for r in rows(ticket, "replies", "reply")] == ["", "Soporte LatinHost"]
    assert rows(ticket, "notes", "note")[0]["message"] == "el cliente tiene la casilla llena"
    assert ticket["userid"] == "1"  # GetTicket takes no client id: the portal checks this
    with pytest.raises(WhmcsError) as caught:
        await whmcs.call("GetTicket", {"ticketid": 99})
    assert caught.value.message == "Ticket ID Not Found"


async def test_client_details_flattened_and_repeated_at_the_top(whmcs: WhmcsClient) -> None:
    answer = await whmcs.call("GetClientsDetails", {"clientid": 2, "stats": True})
    assert answer["client"]["companyname"] == "Giménez Diseño"
    assert answer["client"]["notes"] == answer["notes"] == "pagó tarde 2 veces"
    assert answer["stats"]["dueinvoicesbalance"] == "$6000.00 ARS"  # pre-formatted
    with pytest.raises(WhmcsError, match="Client Not Found"):
        await whmcs.call("GetClientsDetails", {"clientid": 99})
