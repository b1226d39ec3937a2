"""Every fenced shell command and Python snippet of the README runs as written.

The commands run in README order, in a scratch folder that holds the repository's `examples/` and
`bench/`, with the package's console scripts on PATH: the README's own `ingest` builds the store
the later commands read. Only the two set-up and test commands at the top are left out (they
install and run this very suite). `serve` runs until its dashboard answers, on a free port.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TOP = ("scripts/setup", "scripts/test")
TIMEOUT = 600

pytestmark = pytest.mark.slow


def fenced(language: str) -> list[str]:
    """The bodies of the README's code blocks fenced with ```language, in order."""
    text = README.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


def commands() -> list[str]:
    """Every shell command of the README's bash blocks (trailing comments dropped), in order."""
    found = []
    for block in fenced("bash"):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words and not line.startswith(TOP):
                found.append(shlex.join(words))
    return found


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A scratch folder beside the examples, where the README's first `ingest` has built the store."""
    folder = tmp_path_factory.mktemp("readme")
    for name in ("examples", "bench", "tests"):
        (folder / name).symlink_to(ROOT / name, target_is_directory=True)
    first_ingest = next(c for c in commands() if c.startswith("eventwire ingest "))
    run(first_ingest, folder)
    yield folder


def environment() -> dict[str, str]:
    """The environment of a user whose PATH starts with this virtualenv's scripts."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT / "src")
    return env


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run one README command through bash; fail with its output unless it exits 0."""
    done = subprocess.run(["bash", "-c", command], cwd=cwd, env=environment(), capture_output=True,
                          text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, f"{command}\nexit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done


def serve(command: str, cwd: Path) -> None:
    """Start a README `serve` command on a free port; pass once its dashboard answers."""
    port = free_port()
    with subprocess.Popen(["bash", "-c", f"exec env {command} --port {port}"], cwd=cwd, env=environment(),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as server:
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                assert server.poll() is None, f"{command} stopped: {server.stdout.read() if server.stdout else ''}"
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5) as page:
                        assert page.status == 200
                        return
                except OSError:
                    time.sleep(0.5)
            pytest.fail(f"{command}: no answer on port {port} within 120 s")
        finally:
            server.terminate()
            server.wait(timeout=30)


def test_readme_has_the_documented_commands() -> None:
    names = {c.split()[1] for c in commands() if c.startswith("eventwire ") or " eventwire " in c}
    expected = {"code", "explain", "eval", "ingest", "query", "export", "series", "quad", "actors",
                "network", "watch", "batch", "load", "serve"}
    names |= {c.split()[2] for c in commands() if c.startswith("EVENTWIRE_TOKEN=")}
    assert expected <= names, expected - names
    formats = {m for c in commands() for m in re.findall(r"export .*--format (\S+)", c)}
    assert {"gdelt-events", "gdelt-mentions", "icews", "phoenix", "plover", "parquet", "csv", "jsonl"} <= formats


@pytest.mark.parametrize("command", commands())
def test_readme_command_runs(command: str, workspace: Path) -> None:
    if re.search(r"\beventwire serve\b", command):
        serve(command, workspace)
    else:
        run(command, workspace)


@pytest.mark.parametrize("snippet", fenced("python"))
def test_readme_python_snippet_runs(snippet: str, workspace: Path) -> None:
    run(shlex.join([sys.executable, "-c", snippet]), workspace)
