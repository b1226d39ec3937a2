"""Fetch `http(s)://` inputs with a timeout, a size limit, retries and a clear user agent.

A `Fetcher` owns one HTTP client; pass an `httpx` transport to route requests elsewhere (tests
use a real server on localhost instead). Server errors (5xx, 429), timeouts and dropped
connections are retried with exponential backoff; client errors (4xx) and oversized bodies
are not. Every failure is an `InputError` naming the URL; `Unreachable` when retrying later
may work.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType

import httpx

from eventwire.errors import InputError
from eventwire.ingest.common import Fetched, FetchOptions, Unreachable

MAX_REDIRECTS = 5


class _Retryable(Exception):
    """A failure that another try may not repeat."""


class Fetcher:
    """Fetch URLs one at a time over a shared client."""

    def __init__(self, options: FetchOptions, *, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.options = options
        self._sleep = sleep
        self._client = httpx.Client(
            timeout=options.timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": options.user_agent}, transport=transport)

    def __call__(self, url: str) -> Fetched:
        """Return the body of the URL; raise `InputError` once every try has failed."""
        tries = max(self.options.retries, 0) + 1
        problem = ""
        for attempt in range(tries):
            try:
                return self._get(url)
            except _Retryable as exc:
                problem = str(exc)
            if attempt + 1 < tries:
                self._sleep(self.options.backoff * 2**attempt)
        plural = "1 try" if tries == 1 else f"{tries} tries"
        raise Unreachable(f"{url}: {problem} (gave up after {plural})")

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _get(self, url: str) -> Fetched:
        try:
            with self._client.stream("GET", url) as response:
                _check_status(url, response)
                data = self._body(url, response)
                return Fetched(url=str(response.url), data=data,
                               content_type=response.headers.get("content-type", ""))
        except httpx.TimeoutException:
            raise _Retryable(f"timed out after {self.options.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise InputError(f"{url}: not a fetchable URL ({exc})") from None
        except httpx.DecodingError as exc:
            raise InputError(f"{url}: the response body cannot be decoded ({exc})") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"connection failed ({exc or type(exc).__name__})") from None

    def _body(self, url: str, response: httpx.Response) -> bytes:
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise InputError(f"{url}: {int(declared):,} bytes is over the {limit:,}-byte limit; "
                             "not read")
        deadline = time.monotonic() + self.options.timeout * 10
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise InputError(f"{url}: over the {limit:,}-byte limit; stopped reading")
            if time.monotonic() > deadline:
                raise _Retryable(f"still sending after {self.options.timeout * 10:g} s")
        return bytes(body)


def _check_status(url: str, response: httpx.Response) -> None:
    status = response.status_code
    if status >= 500 or status == 429:
        raise _Retryable(f"server answered {status} {response.reason_phrase}".rstrip())
    if status >= 400:
        raise InputError(f"{url}: server answered {status} {response.reason_phrase}".rstrip())
