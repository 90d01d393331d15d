"""``python -m tests.whmcs_fake [PORT]``: the fake WHMCS on 127.0.0.1, with its seed data, until
Ctrl-C. Point the portal at it:

    CLIENTDESK_WHMCS_URL=http://127.0.0.1:PORT CLIENTDESK_WHMCS_IDENTIFIER=fake-identifier \\
    CLIENTDESK_WHMCS_SECRET=fake-secret clientdesk-portal serve --backend whmcs
"""

from __future__ import annotations

import sys
import threading

from .fake import PASSWORD, RESELLER_EMAIL, RESELLER_PASSWORD, TWO_FACTOR_EMAIL, FakeWhmcs


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8790
    fake = FakeWhmcs(port=port).start()
    print(
        f"fake WHMCS at {fake.base_url}/includes/api.php (identifier fake-identifier, secret fake-secret)"
    )
    print(f"sign in as {RESELLER_EMAIL} / {RESELLER_PASSWORD} (two clients);")
    print(f"{TWO_FACTOR_EMAIL} / {PASSWORD} has two-factor. Ctrl-C stops it.")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
