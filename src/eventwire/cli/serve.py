"""`eventwire serve`: the REST API and the web dashboard over an event store."""

from __future__ import annotations

import argparse
import errno
import os
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.cli.options import count, store_path
from eventwire.errors import InputError
from eventwire.store import DEFAULT_PATH

if TYPE_CHECKING:
    from eventwire.server import Settings



def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the serve subcommand."""
    from eventwire.server.settings import TOKEN_VARIABLE

    p = sub.add_parser("serve", help="serve the REST API and web dashboard over a store",
                       description="Serve the REST API (OpenAPI at /docs) and the dashboard. "
                       "The store is opened read-only unless a token enables POST /api/ingest.")
    p.add_argument("--db", type=store_path, default=Path(DEFAULT_PATH),
                   help=f"the DuckDB event store (default ./{DEFAULT_PATH})")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=count(0, 65535), default=8000, help="port (default 8000)")
    p.add_argument("--allowed-host", dest="allowed_hosts", action="append", default=[],
                   metavar="NAME", help="also answer requests addressed to this host name "
                   "(repeatable; localhost, 127.0.0.1, ::1 and --host are always allowed; "
                   "others get 400, against DNS rebinding)")
    p.add_argument("--token", help=f"enable POST /api/ingest for requests bearing this token "
                   f"(or set {TOKEN_VARIABLE}); opens the store for writing")
    p.add_argument("--log-level", default="info",
                   choices=("critical", "error", "warning", "info", "debug"))
    p.set_defaults(handler=run_serve)


def settings_from(args: argparse.Namespace, environ: dict[str, str]) -> Settings:
    """Return the server settings of the command line and environment."""
    from eventwire.server import Settings
    from eventwire.server.settings import LOCAL_HOSTS, TOKEN_VARIABLE

    if not 0 <= args.port <= 65535:
        raise InputError(f"bad port {args.port}: expected 0 to 65535")
    token = args.token or environ.get(TOKEN_VARIABLE) or None
    hosts = (*LOCAL_HOSTS, args.host, *args.allowed_hosts)
    for name in hosts:
        if not name.strip() or any(c.isspace() or c in "/@?#" for c in name):
            raise InputError(f"bad host name {name!r}: expected a name like news.example "
                             "or an address like 192.0.2.7")
    return Settings(db=args.db, token=token, allowed_hosts=tuple(dict.fromkeys(hosts)))


def run_serve(args: argparse.Namespace) -> int:
    """Check the store opens, then serve until interrupted."""
    import uvicorn

    from eventwire.server import create_app
    from eventwire.server.settings import LOCAL_HOSTS
    from eventwire.store import Store

    settings = settings_from(args, dict(os.environ))
    Store.open(settings.db, read_only=not settings.ingest_enabled).close()
    listening = listen(args.host, args.port)
    port = listening.getsockname()[1]
    if args.host not in LOCAL_HOSTS:
        print(f"eventwire: serving on {args.host}: reachable from other machines; requests "
              f"must address one of {', '.join(settings.allowed_hosts)} (add names with "
              "--allowed-host)", file=sys.stderr)
    mode = "ingest enabled" if settings.ingest_enabled else "read-only"
    print(f"eventwire: {settings.db} ({mode}) at http://{args.host}:{port}/ "
          f"(API docs at /docs)", file=sys.stderr)
    config = uvicorn.Config(create_app(settings), log_level=args.log_level)
    uvicorn.Server(config).run(sockets=[listening])
    return 0


def listen(host: str, port: int) -> socket.socket:
    """Bind the server's socket, or fail with one line naming the address and why."""
    where = f"{host}:{port}"
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    except socket.gaierror as exc:
        raise InputError(f"cannot listen on {where}: {exc.strerror} (give --host an address of this "
                         "machine, e.g. 127.0.0.1 or 0.0.0.0)") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {where}: {exc.strerror} (choose another --port, or stop "
                         "the server using it)" if exc.errno == errno.EADDRINUSE else
                         f"cannot listen on {where}: {exc.strerror}") from None
    return sock
