"""The portal's WHMCS backend: its API client (:mod:`.client`), the backend built on it
(:mod:`.backend`), the events WHMCS's hook posts (:mod:`.hook_alerts`) and the whole put together
(:mod:`.assembly`). See ``shared/WHMCS-API.md`` and docs/whmcs.md."""
