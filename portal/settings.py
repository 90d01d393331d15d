"""The portal's settings: declared once here, read from ``CLIENTDESK_*`` environment variables
and an optional TOML file (``CLIENTDESK_CONFIG_FILE``, or ``clientdesk-portal --config``).

Environment variables win over the file; the file over the defaults. Secrets (the database
password inside its URL, SMTP and WhatsApp credentials) are read from either, never from the
command line, and never shown by ``repr`` or the logs.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from .whatsapp import DEFAULT_LANGUAGE, TemplateEvent, WhatsAppTemplate

CONFIG_FILE_VARIABLE = "CLIENTDESK_CONFIG_FILE"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class PortalSettings(BaseSettings):
    """Everything a host sets. Each field is ``CLIENTDESK_<NAME>`` in the environment and
    ``<name>`` in the TOML file."""

    model_config = SettingsConfigDict(
        env_prefix="CLIENTDESK_", extra="forbid", validate_default=True, frozen=True
    )

    database_url: SecretStr = Field(
        SecretStr("sqlite:///clientdesk-portal.sqlite3"),
        description="SQLAlchemy URL; PostgreSQL for several processes, e.g. "
        "postgresql+psycopg://clientdesk:PASSWORD@db.internal/clientdesk",
    )
    public_url: str = Field(
        "", description="the address customers use, e.g. https://clientes.example.com"
    )
    host: str = Field("127.0.0.1", description="address to listen on")
    port: int = Field(8780, ge=1, le=65535, description="port to listen on")
    trusted_proxies: Annotated[list[Network], NoDecode] = Field(
        default_factory=list,
        description="addresses of reverse proxies whose X-Forwarded-For/-Proto are believed",
    )
    max_request_bytes: int = Field(
        25 * 1024 * 1024, ge=1024, description="larger request bodies are refused unread"
    )
    access_token_minutes: int = Field(15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(30, ge=1, le=365)
    refresh_grace_seconds: int = Field(
        60, ge=0, le=600, description="a refresh token presented again this soon gets the same pair"
    )
    login_attempts: int = Field(10, ge=1, description="failed sign-ins per window and key")
    login_window_seconds: int = Field(300, ge=10)
    secret_attempts: int = Field(
        5, ge=1, description="wrong passwords or codes per window when one is asked again"
    )
    demo: bool = Field(False, description="fill an empty database with demo data")
    suspend_after_days_overdue: int = Field(
        5, ge=0, description="jobs: an invoice this many days overdue suspends its services"
    )
    cancel_unpaid_invoice_after_days: int = Field(
        90, ge=1, description="jobs: an invoice unpaid this long past its due date is cancelled"
    )
    idempotency_key_days: int = Field(
        7, ge=1, description="jobs: how long a retried request is still recognised"
    )
    workers: int = Field(
        1, ge=1, le=64, description="server processes (PostgreSQL for more than 1)"
    )
    db_pool_size: int = Field(
        20,
        ge=1,
        le=500,
        description="database connections kept per process; requests beyond "
        "pool size + overflow queue for a worker thread instead of failing",
    )
    db_max_overflow: int = Field(10, ge=0, le=500)
    db_prepared_statements: bool = Field(
        True,
        description="PostgreSQL: reuse the plans of repeated queries (server-side prepared "
        "statements); false behind pgbouncer older than 1.21 in transaction mode",
    )
    db_pool_timeout_seconds: float = Field(
        10.0, gt=0, description="a request that waits longer for a connection gets a 503"
    )
    wake_safety_seconds: float = Field(
        5.0,
        gt=0,
        le=3600,
        description="a long poll or chat reads again this often when no "
        "commit woke it (a notify lost with a listener's connection)",
    )
    queue_timeout_seconds: float = Field(
        15.0,
        gt=0,
        description="at most db_pool_size requests are worked on at once per "
        "process; one queued longer than this gets a 503 with Retry-After",
    )

    backend: Literal["sql", "whmcs"] = Field(
        "sql",
        description="where accounts, services and invoices live: the portal's database (sql) "
        "or a host's WHMCS through its API (whmcs; the portal's database keeps sessions, "
        "idempotency keys, alerts, chat, status and the audit log)",
    )
    whmcs_url: str = Field(
        "", description="the WHMCS base address (its API is <url>/includes/api.php); https"
    )
    whmcs_identifier: str = Field("", description="the API credential's identifier")
    whmcs_secret: SecretStr = Field(SecretStr(""), description="the API credential's secret")
    whmcs_access_key: SecretStr = Field(
        SecretStr(""), description="WHMCS's $api_access_key, when the portal's IP is not allowed"
    )
    whmcs_cache_seconds: float = Field(
        30.0,
        ge=0,
        le=3600,
        description="how long a person's accounts and permissions read from WHMCS are reused",
    )
    whmcs_events_secret: SecretStr = Field(
        SecretStr(""),
        description="the secret shared with WHMCS's hook file (its CLIENTDESK_EVENTS_SECRET); "
        "every event it posts is refused while this is empty",
    )
    whmcs_owner_change_department: int = Field(
        0,
        ge=0,
        description="the WHMCS support department that receives owner-change requests (its "
        "id); 0: the department named Facturación (or Billing)",
    )

    smtp_host: str = Field("", description="SMTP server; e-mail alerts are off when empty")
    smtp_port: int = Field(587, ge=1, le=65535)
    smtp_security: Literal["starttls", "tls", "none"] = Field(
        "starttls",
        description="starttls (port 587) or tls (implicit, port 465), certificate verified; "
        "none only for a relay on loopback",
    )
    smtp_ca_file: Path | None = Field(None, description="CA bundle for the SMTP server")
    smtp_user: str = ""
    smtp_password: SecretStr = SecretStr("")
    smtp_from: str = "LatinHost <avisos@latinhost.com.ar>"

    whatsapp_phone_number_id: str = Field("", description="WhatsApp alerts are off when empty")
    whatsapp_token: SecretStr = SecretStr("")
    whatsapp_base_url: str = "https://graph.facebook.com/v19.0"

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @model_validator(mode="after")
    def _plain_smtp_only_on_loopback(self) -> PortalSettings:
        if self.smtp_host and self.smtp_security == "none" and not _is_loopback(self.smtp_host):
            raise ValueError(
                "smtp_security 'none' sends passwords and alerts in the clear: it is allowed "
                "only for a relay on loopback; use starttls or tls"
            )
        return self

    @model_validator(mode="after")
    def _whmcs_is_complete(self) -> PortalSettings:
        if self.backend != "whmcs":
            return self
        missing = [
            f"CLIENTDESK_{name.upper()}"
            for name, value in (
                ("whmcs_url", self.whmcs_url),
                ("whmcs_identifier", self.whmcs_identifier),
                ("whmcs_secret", self.whmcs_secret.get_secret_value()),
            )
            if not value
        ]
        if missing:
            raise ValueError(f"the WHMCS backend needs {', '.join(missing)}")
        from .whmcs.client import api_url

        api_url(self.whmcs_url)  # https, or plain http on loopback only
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = os.environ.get(CONFIG_FILE_VARIABLE)
        if config_file:
            path = Path(config_file)
            if not path.is_file():
                raise FileNotFoundError(f"{CONFIG_FILE_VARIABLE} names no file: {path}")
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)

    @property
    def access_ttl(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.access_token_minutes)

    @property
    def refresh_ttl(self) -> dt.timedelta:
        return dt.timedelta(days=self.refresh_token_days)

    def is_trusted_proxy(self, address: str | None) -> bool:
        if not address or not self.trusted_proxies:
            return False
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.trusted_proxies)

    # WhatsApp Cloud API: approved templates and the webhook (see portal.whatsapp)
    whatsapp_template_language: str = Field(
        DEFAULT_LANGUAGE,
        pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$",
        description="language of the default templates (clientdesk_<event>)",
    )
    whatsapp_templates: dict[TemplateEvent, WhatsAppTemplate] = Field(
        default_factory=dict,
        description="per event, an approved template: {name, language, parameters: the "
        "event's data for {{1}}, {{2}}, ...}; other events use clientdesk_<event>",
    )
    whatsapp_app_secret: SecretStr = Field(
        SecretStr(""),
        description="the Meta app's secret: the webhook's X-Hub-Signature-256 is checked "
        "with it (every notification is refused while it is empty)",
    )
    whatsapp_verify_token: SecretStr = Field(
        SecretStr(""),
        description="the Verify token typed in Meta's webhook settings (the GET handshake)",
    )


def describe_settings() -> str:
    """One line per setting, for ``clientdesk-portal settings``."""
    lines = []
    for name, field in PortalSettings.model_fields.items():
        default = field.get_default(call_default_factory=True)
        shown = "(secret)" if isinstance(default, SecretStr) else repr(default)
        about = f"  {field.description}" if field.description else ""
        lines.append(f"CLIENTDESK_{name.upper():<28} default {shown}{about}")
    return "\n".join(lines)
