"""The portal's business error codes as sentences: each area lists the codes it knows (with
``QT_TRANSLATE_NOOP`` in its own context) and these helpers pick the sentence, or fall back to
``app.errors`` for everything else."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from api_client import errors

from .errors import describe, describe_field_error


def explain(exc: BaseException, context: str, codes: Mapping[str, str]) -> str:
    """A sentence for ``exc``: the area's own text for a code it knows, else the general one."""
    if isinstance(exc, errors.APIStatusError) and exc.code in codes:
        return QCoreApplication.translate(context, codes[exc.code])
    return describe(exc)


def explain_fields(exc: BaseException, context: str, types: Mapping[str, str]) -> dict[str, str]:
    """Field name -> translated text, for a 422; the area's own text for the error types it
    knows (``wrong_password``, ``phone_not_e164``, ...), the general one for the rest."""
    if not isinstance(exc, errors.ValidationFailedError):
        return {}
    found: dict[str, str] = {}
    for name, problems in exc.field_errors.items():
        lines = []
        for type_, message in problems:
            if type_ in types:
                lines.append(QCoreApplication.translate(context, types[type_]))
            else:
                lines.append(describe_field_error(type_, message))
        found[name] = "\n".join(lines)
    return found


def code_of(exc: BaseException) -> str:
    return exc.code if isinstance(exc, errors.APIStatusError) else ""
