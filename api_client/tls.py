"""The one place where the client's TLS context is made: which certificates it trusts.

In order:

1. ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` when set: a CA bundle (or folder) named on purpose, for
   example a company's own CA, trusted as it is on every system (httpx honoured these before).
2. The system's trust store through ``truststore`` (Windows' and macOS' certificate stores, the
   distribution's CAs on Linux): a CA a company's IT installed on the computer is trusted, as
   browsers trust it.
3. certifi's list (Mozilla's CAs), when ``truststore`` cannot be used (not installed, or a
   Python whose ``ssl`` it does not support).

The certificate and the host name are always verified.
"""

from __future__ import annotations

import logging
import os
import ssl

log = logging.getLogger("clientdesk.api")


def ssl_context() -> ssl.SSLContext:
    """A client context that verifies the portal's certificate against the trust store above."""
    ca_file = os.environ.get("SSL_CERT_FILE")
    ca_dir = os.environ.get("SSL_CERT_DIR")
    if ca_file or ca_dir:
        return ssl.create_default_context(cafile=ca_file or None, capath=ca_dir or None)
    try:
        return system_context()
    except (ImportError, ssl.SSLError, OSError) as exc:
        log.info("system trust store not available (%s): trusting certifi's CAs", exc)
        return certifi_context()


def system_context() -> ssl.SSLContext:
    """The system's trust store (raises ImportError when ``truststore`` is not installed)."""
    import truststore  # optional: without it, certifi's list

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def certifi_context() -> ssl.SSLContext:
    import certifi  # httpx's own dependency

    return ssl.create_default_context(cafile=certifi.where())
