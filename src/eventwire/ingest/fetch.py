"""Fetch `http(s)://` inputs with a timeout, a size limit, retries and a clear user agent.

A `Fetcher` owns one HTTP client; pass an `httpx` transport to route requests elsewhere (tests
use a real server on localhost instead). Server errors (5xx, 429), timeouts and dropped
connections are retried with exponential backoff; client errors (4xx) and oversized bodies
are not. Every failure is an `InputError` naming the URL; `Unreachable` when retrying later
may work.

A fetcher made with `links=True` gets links found inside documents, which a hostile document
may aim at this machine or its network: one try with a short timeout, and every request
(each redirect hop too) refused unless its host resolves only to public addresses.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import socket
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

import httpx

from eventwire.errors import InputError
from eventwire.ingest.common import Fetched, FetchOptions, Unreachable

MAX_REDIRECTS = 5
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class _Retryable(Exception):
    """A failure that another try may not repeat."""


class Fetcher:
    """Fetch URLs one at a time over a shared client."""

    def __init__(self, options: FetchOptions, *, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep, links: bool = False) -> None:
        if links:
            options = dataclasses.replace(options, retries=0,
                                          timeout=min(options.timeout, options.link_timeout))
        self.options = options
        self._sleep = sleep
        guard = links and not options.allow_private_links
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [refuse_private] if guard else []}
        self._client = httpx.Client(
            timeout=options.timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": options.user_agent}, transport=transport, event_hooks=hooks)

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


def refuse_private(request: httpx.Request) -> None:
    """Raise `InputError` unless the request's host resolves only to public addresses."""
    host = request.url.host
    port = request.url.port or (443 if request.url.scheme == "https" else 80)
    for address in _addresses(str(request.url), host, port):
        kind = _kind(address)
        if kind:
            a = "an" if kind[0] in "aeiou" else "a"
            raise InputError(f"{request.url}: not fetched: {host} is {a} {kind} address; links "
                             "found inside documents may reach only public addresses "
                             "(--allow-private-links allows others)")


def _addresses(url: str, host: str, port: int) -> list[Address]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise Unreachable(f"{url}: cannot resolve {host} ({exc})") from None
    return [ipaddress.ip_address(str(info[4][0]).partition("%")[0]) for info in found]


def _kind(address: Address) -> str | None:
    """Return what kind of non-public address this is, or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for kind in ("loopback", "link_local", "unspecified", "multicast", "private", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if address.is_global else "non-global"
