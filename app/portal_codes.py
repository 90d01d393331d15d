"""The portal's business error codes as sentences. Each area lists the codes it knows (marked with
``QT_TRANSLATE_NOOP`` in its own context) in one :class:`PortalCodes`; everything else falls back
to ``app.errors``. The portal's own English message is never shown."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from api_client import errors

from .errors import describe, describe_field_error


@dataclass(frozen=True)
class PortalCodes:
    """One area's sentences: ``refusals`` for an answer's code (``owner_only``, a 409's
    ``card_declined``) and for those of a 422's error types the area says in one sentence;
    ``fields`` for the error types said beside their field (``wrong_password``)."""

    context: str
    refusals: Mapping[str, str] = field(default_factory=dict)
    fields: Mapping[str, str] = field(default_factory=dict)

    def _say(self, source: str) -> str:
        return QCoreApplication.translate(self.context, source)

    def explain(self, exc: BaseException) -> str:
        """One sentence for ``exc``: the area's own for a code it knows, else the general one."""
        if isinstance(exc, errors.APIStatusError) and exc.code in self.refusals:
            return self._say(self.refusals[exc.code])
        if isinstance(exc, errors.ValidationFailedError):
            known = dict.fromkeys(
                self._say(self.refusals[type_])
                for problems in exc.field_errors.values()
                for type_, _message in problems
                if type_ in self.refusals
            )
            if known:
                return "\n".join(known)
        return describe(exc)

    def fields_of(self, exc: BaseException) -> dict[str, str]:
        """Field name -> one translated line per problem, for a 422: the area's text for the
        error types it knows, the general one for the rest."""
        if not isinstance(exc, errors.ValidationFailedError):
            return {}
        return {
            name: "\n".join(
                self._say(self.fields[type_])
                if type_ in self.fields
                else describe_field_error(type_, message)
                for type_, message in problems
            )
            for name, problems in exc.field_errors.items()
        }


def code_of(exc: BaseException) -> str:
    return exc.code if isinstance(exc, errors.APIStatusError) else ""
