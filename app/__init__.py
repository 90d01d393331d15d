"""Clientdesk's application layer: sessions, view-models, settings, keychain, demo start-up.

Knows QtCore (signals) but no widgets; only the entry point (``app.__main__``) imports ``ui``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("clientdesk")
except PackageNotFoundError:  # a source tree that was not installed
    __version__ = "0.0.0+source"

ORGANIZATION = "Clientdesk"
APPLICATION = "Clientdesk"
