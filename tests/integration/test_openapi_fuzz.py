"""Property-based run of every operation of the portal's OpenAPI document (schemathesis): for any
input the schema allows — and many it does not — the portal never answers with a server error.

Each operation runs on a fresh demo portal served on loopback, signed in as the demo person.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from portal.attempts import AttemptLimiter
from portal.demo import DEMO_EMAIL, DEMO_PASSWORD
from portal.server import BackgroundPortal

EXAMPLES_PER_OPERATION = 20
# The run is bounded by its examples (about 100 operations x 20); this budget only stops a hang,
# and holds with both cores of a 2-core machine busy (a quiet run takes about a minute).
pytestmark = pytest.mark.timeout(900)


@pytest.fixture
def api_schema(portal: BackgroundPortal) -> Any:
    return schemathesis.openapi.from_url(f"{portal.url}/openapi.json")


def signed_in(portal: BackgroundPortal, headers: dict[str, str] | None) -> dict[str, str]:
    """The headers of a session that is still open: the one given if it is, else a new sign-in
    (an example may end its own session: sessions, password)."""
    if headers and httpx.get(f"{portal.url}/api/v1/me", headers=headers).status_code == 200:
        return headers
    answer = httpx.post(
        f"{portal.url}/api/v1/auth/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_no_operation_answers_with_a_server_error(
    api_schema: Any, portal: BackgroundPortal
) -> None:
    # the fuzzer signs in wrongly many times: keep the limiter from locking out the real sign-ins
    # (the limiter has tests of its own)
    portal.app.state.login_limiter = AttemptLimiter(attempts=10**6, window_s=1.0)
    failures: list[str] = []
    operations = 0
    headers: dict[str, str] | None = None
    for result in api_schema.get_all_operations():
        operation = result.ok()
        if operation.path.endswith("/auth/logout"):
            continue  # it ends the session every other example relies on
        operations += 1
        headers = signed_in(portal, headers)

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def run(case: Any) -> None:
            if case.path_parameters and "account_id" in case.path_parameters:
                # the demo account, so the business rules run, not only the 404 of a stranger
                case.path_parameters["account_id"] = 1
            if case.query and "wait" in case.query:
                case.query["wait"] = 0  # the events long-poll would hold each example 30 s
            response = case.call(
                base_url=portal.url,
                headers={**(case.headers or {}), **headers},  # noqa: B023 - run() runs right here
            )
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} {case.body!r:.200}: "
                    f"{response.status_code} {response.text[:300]}"
                )

        run()
    assert operations > 90, "the document lists every operation"
    assert not failures, "\n".join(failures[:20])
