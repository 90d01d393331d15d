"""What every wire model builds on: the bases of answers and requests, the constrained texts and row
references, a page of rows, the error body."""

from __future__ import annotations

from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

T = TypeVar("T")


class WireModel(BaseModel):
    """Base of every response model: tolerant of new server fields."""

    model_config = ConfigDict(extra="ignore", frozen=True)


def _holds_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list | tuple | set):
        return any(_holds_nul(item) for item in value)
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    return False


class RequestModel(BaseModel):
    """Base of every request body: strict, so a typo in a field name is a 422, not silence.

    No text may hold the NUL character: PostgreSQL cannot store it, and no person types it.
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul_character(cls, value: object) -> object:
        if _holds_nul(value):
            raise ValueError("Text cannot contain the NUL character")
        return value


# A reference to a row in a request: what an INTEGER column holds on every database.
RowRef = Annotated[int, Field(ge=1, le=2**31 - 1)]


Name = Annotated[str, StringConstraints(min_length=1, max_length=100)]


Short = Annotated[str, StringConstraints(max_length=100)]


Phone = Annotated[str, StringConstraints(max_length=30, pattern=r"^$|^\+?[0-9][0-9 ()\-.]{5,28}$")]


Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$", to_upper=True)]


Language = Annotated[str, StringConstraints(pattern=r"^(es|en)$")]


class Page(WireModel, Generic[T]):
    """One page of a keyset-paginated list. ``next_cursor`` is None on the last page."""

    items: list[T]
    next_cursor: str | None = None


class FieldErrorDetail(WireModel):
    loc: list[str | int]
    msg: str
    type: str


class ErrorBody(WireModel):
    """The body of every error answer except 422, whose ``detail`` is a list of field errors."""

    detail: str
    code: str


class Health(WireModel):
    status: str
    version: str
