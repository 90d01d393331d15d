"""Which certificates the client trusts: the system's store (truststore), certifi's list when
truststore cannot be used, and a CA bundle named in ``SSL_CERT_FILE`` on every system. Against
the real portal served over HTTPS with a certificate signed by a throwaway CA of the test's own.

A test cannot write the system's store. On Linux that store is what OpenSSL finds at its default
locations, which ``SSL_CERT_FILE`` moves; truststore reads it at every new connection, so a CA
named there after the client's context was made stands for "a CA the system's store gained"."""

from __future__ import annotations

import asyncio
import socket
import ssl
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import certifi
import httpx
import pytest
import truststore
import uvicorn
from fastapi import FastAPI

from api_client import PortalClient, RetryPolicy, errors, tls

from .alert_receivers import Certificates, make_certificates

NO_RETRY = RetryPolicy(max_retries=0)
linux_only = pytest.mark.skipif(
    sys.platform != "linux", reason="elsewhere truststore asks the system's own verifier"
)


class HttpsPortal:
    """The portal on loopback over HTTPS (uvicorn's TLS), in a thread with its own loop."""

    def __init__(self, app: FastAPI, certificates: Certificates) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self.url = f"https://127.0.0.1:{self._socket.getsockname()[1]}"
        config = uvicorn.Config(
            app,
            log_level="warning",
            lifespan="on",
            access_log=False,
            ssl_certfile=str(certificates.cert),
            ssl_keyfile=str(certificates.key),
        )
        self._server = uvicorn.Server(config)
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="https-portal", daemon=True)

    def _run(self) -> None:
        async def serve() -> None:
            task = asyncio.create_task(self._server.serve(sockets=[self._socket]))
            while not self._server.started and not task.done():  # noqa: ASYNC110
                await asyncio.sleep(0.01)
            self._ready.set()
            await task

        asyncio.run(serve())

    def start(self) -> None:
        self._thread.start()
        assert self._ready.wait(20), "the HTTPS portal did not start"
        assert self._server.started, "the HTTPS portal could not start"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._socket.close()


@pytest.fixture
def certificates(tmp_path: Path) -> Certificates:
    try:
        return make_certificates(tmp_path)
    except FileNotFoundError:
        pytest.skip("no openssl command to make a throwaway CA")


@pytest.fixture
def https_portal(portal_app: FastAPI, certificates: Certificates) -> Iterator[HttpsPortal]:
    server = HttpsPortal(portal_app, certificates)
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def no_ca_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """No CA bundle named by the machine running the tests."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def is_certificate_refusal(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def test_the_context_is_the_systems_store_when_truststore_can_be_imported() -> None:
    context = tls.ssl_context()
    assert isinstance(context, truststore.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname


def test_without_truststore_the_context_trusts_certifis_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "truststore", None)  # "import truststore" fails
    context = tls.ssl_context()
    assert not isinstance(context, truststore.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
    certifi_cas = ssl.create_default_context(cafile=certifi.where()).get_ca_certs()
    assert len(context.get_ca_certs()) == len(certifi_cas) > 100


@pytest.mark.parametrize("truststore_importable", [True, False])
async def test_a_ca_named_in_ssl_cert_file_is_trusted_on_every_system(
    https_portal: HttpsPortal,
    certificates: Certificates,
    monkeypatch: pytest.MonkeyPatch,
    truststore_importable: bool,
) -> None:
    if not truststore_importable:
        monkeypatch.setitem(sys.modules, "truststore", None)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca))
    # a context of its own, not truststore's: Windows' and macOS' verifiers would not read it
    assert not isinstance(tls.ssl_context(), truststore.SSLContext)
    async with PortalClient(https_portal.url, retry=NO_RETRY) as client:
        assert (await client.health()).status == "ok"


async def test_a_portal_whose_ca_nobody_trusts_is_refused(https_portal: HttpsPortal) -> None:
    async with PortalClient(https_portal.url, retry=NO_RETRY) as client:
        with pytest.raises(errors.ConnectionFailedError) as caught:
            await client.health()
    assert is_certificate_refusal(caught.value)


@linux_only
async def test_the_client_trusts_a_ca_the_systems_store_gained_without_a_restart(
    https_portal: HttpsPortal, certificates: Certificates, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client's TLS context asks the system's store at every connection: a company's CA
    installed while the app runs is trusted at the next attempt (certifi's list never would)."""
    async with PortalClient(https_portal.url, retry=NO_RETRY) as client:
        with pytest.raises(errors.ConnectionFailedError) as caught:
            await client.health()  # the client's context is made now, with the CA unknown
        assert is_certificate_refusal(caught.value)
        monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca))  # the system's store gains it
        assert (await client.health()).status == "ok"


@linux_only
async def test_certifis_list_does_not_hold_what_the_systems_store_gained(
    https_portal: HttpsPortal, certificates: Certificates, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fallback is certifi's list only: the same CA in the system's store is not trusted."""
    monkeypatch.setitem(sys.modules, "truststore", None)
    context = tls.ssl_context()
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca))
    async with httpx.AsyncClient(verify=context) as http:
        with pytest.raises(httpx.ConnectError) as caught:
            await http.get(f"{https_portal.url}/api/v1/health")
    assert is_certificate_refusal(caught.value)
