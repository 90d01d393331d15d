"""A stand-in for a WHMCS installation's ``includes/api.php``, for tests and for trying the portal's
WHMCS backend by hand (``python -m tests.whmcs_fake``). See :mod:`tests.whmcs_fake.fake`."""

from .fake import FakeWhmcs, WhmcsData, seed

__all__ = ["FakeWhmcs", "WhmcsData", "seed"]
