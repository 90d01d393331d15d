"""The portal's route class: a plain (``def``) endpoint's answer is rendered to JSON, and its
database session ended, in the worker thread that ran the endpoint.

FastAPI runs a ``def`` endpoint in a worker thread, then validates and renders its answer in a
second one, and the session dependency ends the transaction in a third: three trips through the
thread pool (and the GIL) for one request, measured at about a quarter of the time of a read such
as the invoices page (``benchmarks/portal_throughput.py``). An endpoint that returns exactly the
model it declares needs no validation of it again (a model instance is not validated twice by
FastAPI either), so :class:`PortalRoute` renders it with the same pydantic serializer FastAPI uses
and ends the session (:func:`portal.db.finish`) in the endpoint's own thread. Anything else an
endpoint returns (a dict, an ORM row, a ``Response``) goes the usual way.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, get_args, get_origin

from fastapi.datastructures import DefaultPlaceholder
from fastapi.routing import APIRoute
from pydantic import BaseModel, TypeAdapter
from sqlalchemy.orm import Session
from starlette.responses import Response

from .db import finish

# response_model_* options that change what FastAPI renders: a route with any of them set goes
# the usual way
_RENDERING_OPTIONS = (
    "response_model_include",
    "response_model_exclude",
    "response_model_exclude_unset",
    "response_model_exclude_defaults",
    "response_model_exclude_none",
)


def _conforms(response_model: Any) -> Callable[[Any], bool] | None:
    """A check that an answer is exactly ``response_model`` (a model, or a list of one), or None
    for a response model this class leaves to FastAPI."""
    if isinstance(response_model, type) and issubclass(response_model, BaseModel):
        return lambda answer: type(answer) is response_model
    if get_origin(response_model) is list:
        (item,) = get_args(response_model)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return lambda answer: type(answer) is list and all(type(i) is item for i in answer)
    return None


def _rendered_in_thread(
    endpoint: Callable[..., Any], conforms: Callable[[Any], bool], response_model: Any, status: int
) -> Callable[..., Any]:
    adapter: TypeAdapter[Any] = TypeAdapter(response_model)

    @functools.wraps(endpoint)  # FastAPI reads the endpoint's own signature through it
    def endpoint_rendered(*args: Any, **kwargs: Any) -> Any:
        answer = endpoint(*args, **kwargs)
        if not conforms(answer):
            return answer
        body = adapter.dump_json(answer, by_alias=True)
        for value in kwargs.values():
            if isinstance(value, Session):
                finish(value)
        return Response(body, status_code=status, media_type="application/json")

    return endpoint_rendered


class PortalRoute(APIRoute):
    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        response_model = kwargs.get("response_model")
        conforms = None
        if (
            not inspect.iscoroutinefunction(endpoint)
            and not isinstance(response_model, DefaultPlaceholder)
            and not isinstance(kwargs.get("response_class"), type)
            and not any(kwargs.get(option) for option in _RENDERING_OPTIONS)
        ):
            conforms = _conforms(response_model)
        if conforms is not None:
            status = kwargs.get("status_code") or 200
            endpoint = _rendered_in_thread(endpoint, conforms, response_model, status)
        super().__init__(path, endpoint, **kwargs)
