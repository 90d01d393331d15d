"""What a host sets for alert delivery (PortalSettings) is what the delivery uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from portal.alert_worker import AlertDelivery, SmtpSettings
from portal.settings import PortalSettings


@pytest.mark.parametrize("security", ["starttls", "tls", "none"])
def test_the_smtp_settings_reach_the_delivery(security: str, tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    settings = PortalSettings(
        smtp_host="127.0.0.1",
        smtp_port=465,
        smtp_security=security,  # type: ignore[arg-type]
        smtp_ca_file=ca,
        smtp_user="avisos",
        smtp_password=SecretStr("s3cret"),
        smtp_from="Avisos <avisos@example.com>",
    )
    delivery = AlertDelivery.from_settings(settings)
    assert delivery is not None and delivery.smtp is not None
    smtp = delivery.smtp
    assert (smtp.host, smtp.port, smtp.security, smtp.ca_file) == (
        "127.0.0.1",
        465,
        security,
        str(ca),
    )
    assert (smtp.username, smtp.password, smtp.sender) == (
        "avisos",
        "s3cret",
        "Avisos <avisos@example.com>",
    )
    assert "s3cret" not in repr(smtp)


def test_no_ca_file_means_the_system_cas() -> None:
    delivery = AlertDelivery.from_settings(PortalSettings(smtp_host="smtp.example.com"))
    assert delivery is not None and delivery.smtp is not None
    assert (delivery.smtp.security, delivery.smtp.ca_file) == ("starttls", None)
    context = delivery.smtp.tls_context()
    assert context.check_hostname and context.verify_mode.name == "CERT_REQUIRED"


def test_smtp_in_the_clear_only_on_loopback() -> None:
    with pytest.raises(ValidationError, match="loopback"):
        PortalSettings(smtp_host="smtp.example.com", smtp_security="none")
    with pytest.raises(ValueError, match="loopback"):
        SmtpSettings(host="smtp.example.com", security="none")
    assert SmtpSettings(host="127.0.0.1", security="none").security == "none"
