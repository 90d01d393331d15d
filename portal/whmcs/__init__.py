"""The portal's WHMCS backend: its API client (:mod:`.client`) and the backend built on it
(:mod:`.backend`). See ``shared/WHMCS-API.md`` and docs/whmcs.md."""
