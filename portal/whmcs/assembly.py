"""The WHMCS backend put together: the backend (:mod:`.backend`) on its API client and the events
WHMCS's hook posts (:mod:`.hook_alerts`), which build on it."""

from __future__ import annotations

from ..backends import Backend
from ..settings import PortalSettings
from .backend import (
    SERVED,
    Whmcs,
    WhmcsAccounts,
    WhmcsBilling,
    WhmcsServices,
)
from .hook_alerts import WhmcsHookEvents
from .mail import WhmcsMail
from .support import WhmcsSupport


def whmcs_backend(settings: PortalSettings) -> Backend:
    whmcs = Whmcs(settings)
    return Backend(
        "whmcs",
        WhmcsAccounts(whmcs),
        WhmcsServices(whmcs),
        WhmcsBilling(whmcs),
        WhmcsSupport(whmcs),
        WhmcsMail(whmcs),
        running=whmcs.running,
        served=SERVED,
        hook_events=WhmcsHookEvents(whmcs),
        external=True,
    )
