"""What a host sets for alert delivery (PortalSettings) is what the delivery uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from api_client.models import AlertEvent
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


def test_whatsapp_templates_from_the_config_file_and_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "portal.toml"
    config.write_text(
        'whatsapp_phone_number_id = "1234567890"\n'
        'whatsapp_template_language = "es"\n'
        'whatsapp_app_secret = "from-the-file"\n'
        "[whatsapp_templates.invoice_created]\n"
        'name = "factura_nueva"\n'
        'language = "es_AR"\n'
        'parameters = ["number", "due_on"]\n'
    )
    monkeypatch.setenv("CLIENTDESK_CONFIG_FILE", str(config))
    monkeypatch.setenv(
        "CLIENTDESK_WHATSAPP_TEMPLATES",
        '{"invoice_paid": {"name": "pago_recibido", "parameters": ["number", "total"]}}',
    )
    settings = PortalSettings()
    assert "from-the-file" not in repr(settings)
    assert settings.whatsapp_app_secret.get_secret_value() == "from-the-file"
    delivery = AlertDelivery.from_settings(settings)
    assert delivery is not None and delivery.whatsapp is not None
    whatsapp = delivery.whatsapp
    # the events named in the environment and in the file each get theirs
    paid = whatsapp.template_for(AlertEvent.INVOICE_PAID)
    assert (paid.name, paid.language, paid.parameters) == (
        "pago_recibido",
        "es_AR",
        ["number", "total"],
    )
    created = whatsapp.template_for(AlertEvent.INVOICE_CREATED)
    assert (created.name, created.parameters) == ("factura_nueva", ["number", "due_on"])
    # an event not named: clientdesk_<event> in the configured language, the default order
    quote = whatsapp.template_for(AlertEvent.QUOTE_AVAILABLE)
    assert (quote.name, quote.language) == ("clientdesk_quote_available", "es")
    assert quote.parameters == ["number", "subject"]
