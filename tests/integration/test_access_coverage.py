"""Every account-scoped route of the portal is walked by test_access_rules (outsider: 404,
member without the permission: 403). A new endpoint without its row fails here."""

from __future__ import annotations

import re

from portal.app import create_app

from .test_access_rules import ENDPOINTS

# Ids in ENDPOINTS are filled in ({service}) or literal (/contacts/1); routes name them
# ({service_id}). Both become "{}" to compare.
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|(?<=/)\d+(?=/|$)")


def shape(path: str) -> str:
    return _PLACEHOLDER.sub("{}", path.split("?")[0])


def test_every_account_scoped_route_has_an_access_row() -> None:
    app = create_app("sqlite://")
    try:
        paths = app.openapi()["paths"]
    finally:
        app.state.database.dispose()
    routes = {
        (method.upper(), shape(path.removeprefix("/api/v1")))
        for path, operations in paths.items()
        if "{account_id}" in path and not path.startswith("/api/v1/staff/")  # staff: own test
        for method in operations
    }
    assert len(routes) > 60
    walked = {(method, shape(path)) for method, path, _permission, _body in ENDPOINTS}
    missing = sorted(routes - walked)
    assert not missing, f"add rows to tests/integration/test_access_rules.py for {missing}"
