"""Errors as responses: JSON `{"error": message, "status": code}` for the API, a page otherwise."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from eventwire.errors import CodeError, EventwireError, InputError, StoreError
from eventwire.store.filters import filter_specs

HtmlError = Callable[[Request, int, str], Response]


class NotFound(EventwireError):
    """A requested event or article is not in the store."""


class Refused(EventwireError):
    """A request that is not allowed, with the status to answer."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def status_of(exc: EventwireError) -> int:
    """Return the HTTP status of an eventwire error."""
    if isinstance(exc, Refused):
        return exc.status
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, CodeError | InputError):
        return 400
    if isinstance(exc, StoreError):
        return 409
    return 500


def _filter_message(error: Mapping[str, Any]) -> str | None:
    """Return the store's own message for an event filter the schema refused, else None."""
    loc = tuple(error.get("loc", ()))
    if error.get("type") != "string_pattern_mismatch" or len(loc) != 2 or loc[0] != "query":
        return None
    names = {spec.name: spec for spec in filter_specs()}
    spec = names.get(str(loc[1]))
    return None if spec is None else f"bad {spec.name} {error.get('input')!r}: expected {spec.help}"


def validation_message(exc: RequestValidationError) -> str:
    """Return one readable line for each invalid part of a request."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "request"
        parts.append(_filter_message(error) or f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith(("/api/", "/openapi")) or path == "/api"


def install(app: FastAPI, html: HtmlError) -> None:
    """Register the handlers that turn errors into JSON or HTML responses."""

    def respond(request: Request, status: int, message: str,
                headers: Mapping[str, str] | None = None) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": message, "status": status}, status_code=status,
                                headers=headers)
        return html(request, status, message)

    async def on_eventwire(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, EventwireError)
        headers = {"WWW-Authenticate": "Bearer"} if status_of(exc) == 401 else None
        return respond(request, status_of(exc), str(exc), headers)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return respond(request, exc.status_code, message, exc.headers)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 422, validation_message(exc))

    app.add_exception_handler(EventwireError, on_eventwire)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
