"""The staff desk (shown to people with the staff role): find a client and open their account,
the ticket queue (reply as staff, change status), the live chat console, and service status
incidents (post, update, resolve)."""

from .common import select_row
from .page import StaffPage

__all__ = ["StaffPage", "select_row"]
