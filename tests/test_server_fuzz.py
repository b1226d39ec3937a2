"""Fuzz every API operation from the app's own OpenAPI description, with valid and invalid
input: no request gets a 5xx, and every answer is JSON."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from eventwire.resources import Resources
from eventwire.server import create_app
from web_support import settings as server_settings

TOKEN = "fuzz-token"


@pytest.fixture(scope="module")
def fuzzed_app(web_store: Path, web_resources: Resources,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """A running app with ingest enabled, over a copy of the test store."""
    copy = Path(shutil.copy(web_store, tmp_path_factory.mktemp("fuzz") / "events.duckdb"))
    app = create_app(server_settings(copy, web_resources, token=TOKEN, max_text_chars=2_000))
    with TestClient(app):  # runs the lifespan: the store stays open until the module ends
        yield app


def test_server_fuzz_no_server_errors(fuzzed_app: FastAPI) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzzed_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 13
    spec = fuzzed_app.openapi()
    for operation, mode in itertools.product(operations, GenerationMode):
        described = spec["paths"][operation.path][operation.method.lower()]
        if mode is GenerationMode.NEGATIVE and not (described.get("parameters")
                                                    or described.get("requestBody")):
            continue  # nothing to make invalid

        @given(case=operation.as_strategy(mode))
        @settings(max_examples=20, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code < 500, (case.as_curl_command(), response.text[:500])
            assert response.headers["content-type"][0].startswith("application/json")

        check()
