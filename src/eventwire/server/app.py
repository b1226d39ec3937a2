"""Build the FastAPI app: `create_app(settings)` wires the store, the API, the pages and assets."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI, Request
from fastapi.responses import Response

from eventwire import web
from eventwire.server import api, assets, errors, pages
from eventwire.server.backend import Backend
from eventwire.server.middleware import AllowedHosts, BodyLimit, InternalErrors, SecurityHeaders
from eventwire.server.settings import Settings

DESCRIPTION = """Explore political events coded by eventwire: list and filter events, read the
evidence behind each one, dyad series, quad-class counts, top actors and the actor network.
Errors are JSON objects `{"error": message, "status": code}`."""


def _version() -> str:
    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "0"


def _lifespan(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        backend = Backend.open(settings)
        app.state.backend = backend
        try:
            yield
        finally:
            backend.close()

    return lifespan


def create_app(settings: Settings) -> FastAPI:
    """Return the app serving the store of `settings` (opened when the app starts)."""
    app = FastAPI(title="eventwire", version=_version(), description=DESCRIPTION,
                  docs_url=None, redoc_url=None, lifespan=_lifespan(settings))
    render = pages.renderer(web.templates())

    def error_page(request: Request, status: int, message: str) -> Response:
        return render(request, "error.html", {"status": status, "message": message}, status)

    errors.install(app, error_page)
    app.include_router(api.router)
    app.include_router(pages.router(render, pages.choices()))
    app.include_router(assets.router(web.static_files(), render))
    app.add_middleware(InternalErrors)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(AllowedHosts, hosts=settings.allowed_hosts)
    app.add_middleware(SecurityHeaders)  # added last: outermost, so every response has them
    return app
