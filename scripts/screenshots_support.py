"""Screenshots of the dashboard and the support views on the demo data, in a real window:

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
        env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots_support.py [--lang es|en]

Writes docs/screenshots/dashboard.png (counts, what needs attention, the spending chart),
new-ticket.png, chat.png (an agent, played through the staff API, answering) and
service-status.png.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from screenshots import run_shots, wait_for  # noqa: E402

from api_client import PortalClient  # noqa: E402
from app.chat import LiveChat  # noqa: E402
from app.client_area import ClientArea  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

STAFF_EMAIL = "soporte@latinhost.com.ar"

TEXT = {
    "es": {
        "subject": "No puedo enviar correos desde el celular",
        "message": "Desde ayer el celular me rechaza el envío con el error 550.\n"
        "Adjunto una captura y el log del cliente de correo.",
        "chat": "Hola, no me llegan los correos a info@gimenezdiseno.com.ar",
        "agent": "¡Hola Laura! Ya lo estoy revisando: ¿desde cuándo pasa?",
        "answer": "Desde esta mañana, más o menos a las 9.",
        "chat_subject": "No me llegan los correos",
    },
    "en": {
        "subject": "I cannot send e-mail from my phone",
        "message": "Since yesterday my phone refuses to send with error 550.\n"
        "A screenshot and the mail client's log are attached.",
        "chat": "Hi, e-mail to info@gimenezdiseno.com.ar is not arriving",
        "agent": "Hi Laura! I am looking into it: since when?",
        "answer": "Since this morning, around 9.",
        "chat_subject": "E-mail not arriving",
    },
}


async def shoot(
    window: MainWindow, area: ClientArea, out: Path, suffix: str, lang: str, folder: Path
) -> list[Path]:
    text = TEXT[lang]
    saved: list[Path] = []

    def save(name: str) -> None:
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        saved.append(path)

    area.open_demo()
    await wait_for(lambda: window.account_tab.edits["email"].text())
    dash = window.dashboard_tab
    window.tabs.setCurrentWidget(dash)
    await wait_for(lambda: bool(dash.months) and dash.attention_model.rowCount() > 0)
    await asyncio.sleep(0.8)
    save("dashboard")

    support = window.support_tab
    window.tabs.setCurrentWidget(support)
    window.new_ticket_action.trigger()
    form = support.new_ticket
    await wait_for(lambda: form.department.count() > 0 and form.service.count() > 1)
    form.department.setCurrentIndex(0)
    form.service.setCurrentIndex(2)
    form.priority.setCurrentIndex(form.priority.findData("High"))
    form.subject.setText(text["subject"])
    form.message.setPlainText(text["message"])
    shot = folder / "error-550.png"
    window.grab().save(str(shot))
    log = folder / "mail-client.log"
    log.write_text("550 5.7.1 Relaying denied\n", encoding="utf-8")
    form.attachments.add([str(shot), str(log)])
    await asyncio.sleep(0.5)
    save("new-ticket")
    session = area.account
    assert session is not None
    from app.tickets import Tickets

    tickets = session.part(Tickets)
    tickets.flush_drafts()
    draft = tickets.draft_path("new-ticket")
    if draft is not None:
        draft.unlink(missing_ok=True)  # a picture, not a ticket to keep

    support.pages.setCurrentWidget(support.chat)
    view = support.chat
    view.subject.setText(text["chat_subject"])
    view.first_message.setPlainText(text["chat"])
    view.start_button.click()
    chat = session.part(LiveChat)
    await wait_for(lambda: chat.connected)
    assert chat.chat is not None and area.demo.url is not None
    async with PortalClient(area.demo.url) as staff:
        await staff.auth.login(STAFF_EMAIL, "demo-clientdesk")
        await staff.staff.chats.take(chat.chat.id)
        await wait_for(lambda: "LatinHost" in view.state.text())
        await staff.staff.chats.send(chat.chat.id, text["agent"])
        await wait_for(lambda: text["agent"] in view.conversation.toPlainText())
        view.input.setText(text["answer"])
        view.send()
        await wait_for(lambda: text["answer"] in view.conversation.toPlainText())
        view.input.setFocus()
        await asyncio.sleep(0.5)
        save("chat")
        await staff.staff.chats.close(chat.chat.id)

    support.pages.setCurrentWidget(support.status)
    await wait_for(lambda: support.status.model.rowCount() > 0)
    await asyncio.sleep(0.5)
    save("service-status")
    return saved


def main() -> int:
    # run_shots reads the options; the texts typed in the shots follow the same --lang
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "es"
    folder = Path(tempfile.mkdtemp(prefix="clientdesk-support-files-"))
    return run_shots(
        lambda window, area, out, suffix: shoot(window, area, out, suffix, lang, folder)
    )


if __name__ == "__main__":
    sys.exit(main())
