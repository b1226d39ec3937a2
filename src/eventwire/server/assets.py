"""Static files served from memory by name, and the API docs page (Swagger UI, vendored)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from eventwire.server.errors import NotFound
from eventwire.server.pages import Render
from eventwire.web import Asset


def router(assets: dict[str, Asset], render: Render) -> APIRouter:
    """Return the routes of the static files and of /docs."""
    routes = APIRouter(include_in_schema=False)

    @routes.get("/static/{name:path}")
    def static(name: str, request: Request) -> Response:
        asset = assets.get(name)
        if asset is None:
            raise NotFound(f"no static file {name!r}")
        headers = {"ETag": asset.etag, "Cache-Control": "no-cache"}
        if request.headers.get("if-none-match") == asset.etag:
            return Response(status_code=304, headers=headers)
        return Response(asset.body, media_type=asset.content_type, headers=headers)

    @routes.get("/docs")
    def docs(request: Request) -> HTMLResponse:
        return render(request, "docs.html", {})

    @routes.get("/favicon.ico")
    def favicon() -> Response:
        asset = assets["favicon.svg"]
        return Response(asset.body, media_type=asset.content_type)

    return routes
