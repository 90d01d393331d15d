"""Signing in and the account's security: tokens, the password, two-factor authentication, connected
apps and sessions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, StringConstraints

from .common import RequestModel, WireModel


class LoginRequest(RequestModel):
    email: Annotated[str, StringConstraints(min_length=3, max_length=254)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    totp_code: Annotated[str, StringConstraints(min_length=6, max_length=20)] | None = None


class RefreshRequest(RequestModel):
    refresh_token: Annotated[str, StringConstraints(min_length=10, max_length=512)]


class TokenPair(WireModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")


class PasswordChange(RequestModel):
    current_password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]
    new_password: Annotated[str, StringConstraints(min_length=10, max_length=1024)]


class TwoFactorStatus(WireModel):
    enabled: bool
    recovery_codes_left: int = 0


class TwoFactorSetup(WireModel):
    """The secret to type or scan (``otpauth_uri`` as a QR code), until confirmed with a code."""

    secret: str
    otpauth_uri: str


class TwoFactorCode(RequestModel):
    code: Annotated[str, StringConstraints(min_length=6, max_length=20)]


class RecoveryCodes(WireModel):
    """Shown once: each code signs in once when the authenticator is lost."""

    recovery_codes: list[str]


class ConnectedApp(WireModel):
    """A third-party application with single sign-on access to the billing account."""

    id: int
    app_name: str
    scopes: list[str]
    granted_at: dt.datetime
    last_used_at: dt.datetime | None


class ActiveSession(WireModel):
    id: int
    created_at: dt.datetime
    last_used_at: dt.datetime
    user_agent: str
    address: str = ""  # where it was last used from ("" from a portal that does not say)
    current: bool
