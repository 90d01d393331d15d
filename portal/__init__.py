"""The Clientdesk portal: the API server that holds every business rule of the client area."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("clientdesk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
