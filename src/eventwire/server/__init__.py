"""The REST API and web dashboard over the event store (`eventwire serve`)."""

from eventwire.server.app import create_app
from eventwire.server.settings import Settings

__all__ = ["Settings", "create_app"]
