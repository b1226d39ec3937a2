"""The supply chain: what the package imports is declared, every package is locked with hashes,
set-up installs from the lock, and CI lints and type-checks."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
LOCKS = ("requirements.lock", "requirements-dev.lock")


def canonicalize_name(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(requirements: list[str]) -> set[str]:
    """The canonical distribution names of a list of requirement strings."""
    return {canonicalize_name(re.split(r"[\[<>=!~; ]", r, maxsplit=1)[0]) for r in requirements}


def imported_modules(folder: Path) -> set[str]:
    """The top-level names of every module imported by the Python files under `folder`."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"eventwire", "__future__"}


def distributions(modules: set[str]) -> dict[str, set[str]]:
    """Each third-party module name with the installed distributions that provide it."""
    provided = packages_distributions()
    return {m: {canonicalize_name(d) for d in provided.get(m, [])} for m in modules}


def locked(name: str) -> dict[str, str]:
    """The pinned versions of a lock file, every entry checked to carry a sha256 hash."""
    pins: dict[str, str] = {}
    text = (ROOT / name).read_text(encoding="utf-8")
    for entry in re.split(r"\n(?=[A-Za-z0-9])", text):
        head = entry.split("\\")[0].strip()
        if not head or head.startswith("#"):
            continue
        match = re.fullmatch(r"([A-Za-z0-9._-]+)(?:\[[a-z0-9,._-]+\])?==(\S+)", head)
        assert match, f"{name}: not an exact pin: {head}"
        assert "--hash=sha256:" in entry, f"{name}: {head} has no hash"
        pins[canonicalize_name(match[1])] = match[2]
    return pins


def test_every_module_the_package_imports_is_declared() -> None:
    runtime = declared(PROJECT["dependencies"])
    for module, dists in distributions(imported_modules(ROOT / "src" / "eventwire")).items():
        assert dists & runtime, f"src/ imports {module} (from {sorted(dists)}) but pyproject does not declare it"


def test_every_module_the_tests_and_benchmarks_import_is_declared() -> None:
    everything = declared(PROJECT["dependencies"]) | declared(PROJECT["optional-dependencies"]["dev"])
    local = {p.stem for p in (ROOT / "tests").glob("*.py")} | {p.stem for p in (ROOT / "bench").glob("*.py")}
    for module, dists in distributions(imported_modules(ROOT / "tests") | imported_modules(ROOT / "bench")).items():
        if module not in local:
            assert dists & everything, f"tests or bench import {module} but pyproject does not declare it"


def test_dev_tools_are_not_runtime_dependencies() -> None:
    runtime = declared(PROJECT["dependencies"])
    dev = declared(PROJECT["optional-dependencies"]["dev"])
    assert {"pytest", "hypothesis", "ruff", "mypy", "playwright", "schemathesis", "psutil"} <= dev
    assert not runtime & dev


@pytest.mark.parametrize("lock", LOCKS)
def test_lock_pins_every_declared_package_with_hashes(lock: str) -> None:
    pins = locked(lock)
    wanted = declared(PROJECT["dependencies"])
    if lock == "requirements-dev.lock":
        wanted |= declared(PROJECT["optional-dependencies"]["dev"]) | {"hatchling"}
    assert wanted <= set(pins), sorted(wanted - set(pins))


def test_runtime_lock_is_the_dev_lock_less_the_dev_tools() -> None:
    runtime, dev = locked("requirements.lock"), locked("requirements-dev.lock")
    assert {n: v for n, v in dev.items() if n in runtime} == runtime
    assert "pytest" not in runtime and "mypy" not in runtime


def test_setup_installs_only_from_the_hashed_lock() -> None:
    setup = (ROOT / "scripts" / "setup").read_text(encoding="utf-8")
    installs = [line for line in setup.splitlines() if "pip install" in line]
    assert any("--require-hashes -r requirements-dev.lock" in line for line in installs)
    assert all("--require-hashes" in line or "--no-deps" in line for line in installs), installs
    assert (ROOT / "scripts" / "lock").exists()


def test_ci_lints_type_checks_and_tests() -> None:
    steps = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if line.startswith("scripts/")]
    assert steps[0] == "scripts/setup"
    assert "scripts/check" in steps and steps[-1].startswith("scripts/test")
    assert steps.index("scripts/check") < len(steps) - 1


def test_test_command_installs_the_browser_and_says_what_it_does() -> None:
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert "[ -x /usr/bin/chromium ] || scripts/setup-browser" in script
    assert re.search(r'^echo "test: .*minutes', script, re.MULTILINE)
    assert " -q" not in script  # pytest's own progress stays visible
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"test suite, about \d+ minutes", readme)
