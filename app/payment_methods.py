"""The auto-debit card: the account's saved cards, adding one, the default, removing one, and
whether invoices are charged automatically.

A card number is handed to the portal once and never kept: it is not stored on this object, not
written to settings or drafts, and never logged (``CardCreate`` hides it even from ``repr``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, SignalInstance

from api_client import errors
from api_client.models import AutoCharge, CardBrand, CardCreate, PaymentMethod

from .errors import describe
from .i18n import QT_TRANSLATE_NOOP
from .idempotency import PendingKeys, secret_fingerprint
from .portal_codes import PortalCodes
from .session import AccountSession

log = logging.getLogger("clientdesk.payment_methods")

# The brand a number being typed most likely has, from its first digits (a hint shown while
# typing; the portal decides the brand and checks the number when the card is added).
_TYPING_PREFIXES: list[tuple[CardBrand, tuple[tuple[str, str], ...]]] = [
    (CardBrand.NARANJA, (("589562", "589562"),)),
    (CardBrand.CABAL, (("589657", "589657"), ("6042", "6043"))),
    (CardBrand.AMEX, (("34", "34"), ("37", "37"))),
    (CardBrand.VISA, (("4", "4"),)),
    (CardBrand.MASTERCARD, (("51", "55"), ("2221", "2720"))),
    (CardBrand.DISCOVER, (("6011", "6011"), ("644", "649"), ("65", "65"))),
    (CardBrand.DINERS, (("300", "305"), ("36", "36"), ("38", "39"))),
    (CardBrand.JCB, (("3528", "3589"),)),
    (CardBrand.MAESTRO, (("50", "50"), ("56", "58"))),
]
MAX_CARD_DIGITS = 19


def typing_brand(digits: str) -> CardBrand | None:
    """The brand of a (partly) typed number, once its first digits say it; else None."""
    for brand, ranges in _TYPING_PREFIXES:
        for low, high in ranges:
            if len(digits) >= len(low) and low <= digits[: len(low)] <= high:
                return brand
    return None


def grouped_card_number(digits: str) -> str:
    """Digits as printed on the card: 4-6-5 for American Express, groups of 4 otherwise."""
    digits = digits[:MAX_CARD_DIGITS]
    sizes = (4, 6, 5) if typing_brand(digits) is CardBrand.AMEX else (4,) * 5
    groups, start = [], 0
    for size in sizes:
        if start >= len(digits):
            break
        groups.append(digits[start : start + size])
        start += size
    return " ".join(groups)


CONTEXT = "PaymentMethods"

_REFUSALS = {
    "auto_charge_needs_method": QT_TRANSLATE_NOOP(
        "PaymentMethods",
        "Automatic charging is on: turn it off before removing the last card.",
    ),
    "no_payment_method": QT_TRANSLATE_NOOP(
        "PaymentMethods", "Add a card before turning on automatic charging."
    ),
}

# The portal's field errors for a new card, in words.
_FIELD_TYPES = {
    "card_number_invalid": QT_TRANSLATE_NOOP(
        "PaymentMethods", "This card number is not valid. Check the digits."
    ),
    "card_brand_unsupported": QT_TRANSLATE_NOOP(
        "PaymentMethods",
        "This card brand is not accepted. Use Visa, Mastercard, American Express, Cabal or "
        "Naranja, among others.",
    ),
    "card_expired": QT_TRANSLATE_NOOP("PaymentMethods", "This card has expired."),
    "greater_than_equal": QT_TRANSLATE_NOOP("PaymentMethods", "This value is too small."),
    "less_than_equal": QT_TRANSLATE_NOOP("PaymentMethods", "This value is too large."),
}

_PORTAL_CODES = PortalCodes(CONTEXT, _REFUSALS, _FIELD_TYPES)


class PaymentMethods(QObject):
    loaded = Signal(list)  # list[PaymentMethod]
    failed = Signal(str)
    auto_charge_loaded = Signal(bool)
    auto_charge_failed = Signal(str, bool)  # message, the value the portal still holds
    card_added = Signal(object)  # PaymentMethod
    add_failed = Signal(str, dict)  # message, {field: text}
    made_default = Signal(object)  # PaymentMethod
    removed = Signal(object)  # PaymentMethod
    change_failed = Signal(str)

    def __init__(self, session: AccountSession) -> None:
        super().__init__(session)
        self._session = session
        self.methods: list[PaymentMethod] = []
        self.auto_charge: bool | None = None
        self.loaded_once = False
        self._adding = PendingKeys()

    @property
    def default(self) -> PaymentMethod | None:
        return next((m for m in self.methods if m.is_default), None)

    def load(self) -> None:
        # a saved card as the tab shows it (brand, last 4, expiry): the number is never known
        self._session.load_cached(
            "payment-methods",
            self._session.client.payment_methods.list(),
            list[PaymentMethod],
            self._arrived,
            lambda exc: self.failed.emit(describe(exc)),
        )
        self._session.load_cached(
            "auto-charge",
            self._session.client.payment_methods.auto_charge(),
            AutoCharge,
            self._auto_arrived,
            lambda exc: self.failed.emit(describe(exc)),
        )

    def _arrived(self, methods: list[PaymentMethod]) -> None:
        self.methods = methods
        self.loaded_once = True
        self.loaded.emit(methods)

    def _auto_arrived(self, value: AutoCharge) -> None:
        self.auto_charge = value.enabled
        self.auto_charge_loaded.emit(self.auto_charge)

    # ---- changes --------------------------------------------------------------------------

    def add_card(
        self, number: str, exp_month: int, exp_year: int, holder_name: str, make_default: bool
    ) -> None:
        """Send a new card. ``number`` goes into the request and nowhere else."""
        # model_construct: the portal validates (422 per field), so the number never ends up in
        # a local validation error's text
        card = CardCreate.model_construct(
            number=number,
            exp_month=exp_month,
            exp_year=exp_year,
            holder_name=holder_name.strip(),
            make_default=make_default,
        )
        # one key per card to save: a Retry after a lost answer does not save it twice
        what = secret_fingerprint(number, exp_month, exp_year, holder_name.strip(), make_default)
        del number
        key = self._adding.key(what)

        def added(method: PaymentMethod) -> None:
            self._adding.done(what)
            self._card_added(method)

        def failed(exc: BaseException) -> None:
            self._adding.failed(what, exc)
            self._add_failed(exc)

        self._session.runner.run(
            "add-card",
            self._session.client.payment_methods.add(card, idempotency_key=key),
            added,
            failed,
        )

    def _card_added(self, method: PaymentMethod) -> None:
        self.card_added.emit(method)
        self.load()

    def _add_failed(self, exc: BaseException) -> None:
        fields = _PORTAL_CODES.fields_of(exc)
        if isinstance(exc, errors.ValidationFailedError):
            message = describe(exc)
        else:
            message = _PORTAL_CODES.explain(exc)
        self.add_failed.emit(message, fields)

    def make_default(self, method: PaymentMethod) -> None:
        self._session.runner.run(
            f"card-default-{method.id}",
            self._session.client.payment_methods.make_default(method.id),
            lambda _m: self._changed(self.made_default, method),
            self._change_failed,
        )

    def remove(self, method: PaymentMethod) -> None:
        self._session.runner.run(
            f"card-remove-{method.id}",
            self._session.client.payment_methods.remove(method.id),
            lambda _none: self._changed(self.removed, method),
            self._change_failed,
        )

    def _changed(self, signal: SignalInstance, method: PaymentMethod) -> None:
        signal.emit(method)
        self.load()

    def _change_failed(self, exc: BaseException) -> None:
        self.change_failed.emit(_PORTAL_CODES.explain(exc))
        self.load()

    def set_auto_charge(self, enabled: bool) -> None:
        def failed(exc: BaseException) -> None:
            self.auto_charge_failed.emit(_PORTAL_CODES.explain(exc), bool(self.auto_charge))

        self._session.runner.run(
            "set-auto-charge",
            self._session.client.payment_methods.set_auto_charge(enabled),
            self._auto_arrived,
            failed,
        )
