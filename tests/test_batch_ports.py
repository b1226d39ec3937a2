"""The local Dask cluster takes any free port for its dashboard, never a fixed one."""

from __future__ import annotations

import socket
import warnings

from eventwire.batch import local_client


def test_batch_local_cluster_starts_while_port_8787_is_busy() -> None:
    with socket.socket() as busy:
        busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            busy.bind(("0.0.0.0", 8787))
            busy.listen()
        except OSError:
            pass  # already taken by another program: the very case under test
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # distributed warns when it falls back from a busy port
            client = local_client(1)
        try:
            link = client.dashboard_link
            assert ":8787" not in link
            assert link.startswith("http://127.0.0.1:")
        finally:
            cluster = client.cluster
            client.close()
            cluster.close()  # type: ignore[no-untyped-call]
