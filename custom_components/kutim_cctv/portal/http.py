"""Guarded HTTP access for the portal client: size caps, timeouts, throttling, redirects."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
import re
import socket
import ssl
import time

import aiohttp
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from .errors import (
    PortalConnectionError,
    PortalDNSError,
    PortalError,
    PortalHTTPError,
    PortalTimeoutError,
    PortalTLSError,
    PortalTooLargeError,
    PortalUnsafeURLError,
)
from .urls import UrlPolicy, redact_url

MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 3600.0
"""The longest pause a Retry-After header can ask for, in seconds; longer asks are capped."""
_RETRY_AFTER_MAX_LENGTH = 64
_DELTA_SECONDS = re.compile(r"[0-9]+", re.ASCII)
RESOLVE_CACHE_SECONDS = 60.0
_CHUNK = 64 * 1024

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
Resolver = Callable[[str, int], Awaitable[list[str]]]


@dataclass(frozen=True, slots=True)
class Response:
    """A fully read, size-capped HTTP response."""

    status: int
    url: str
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        """Return the media type without parameters, lower-cased."""
        return self.headers.get("Content-Type", "").split(";")[0].strip().lower()


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Return a Retry-After header as seconds to wait (capped), or None when unusable.

    Only the two forms of RFC 9110 count: ASCII delta-seconds or an HTTP-date. Anything
    else (Unicode digits such as "²", signs, fractions, junk) is ignored, never raised.
    """
    if not value or len(value) > _RETRY_AFTER_MAX_LENGTH:
        return None
    value = value.strip(" \t")
    if _DELTA_SECONDS.fullmatch(value):
        return min(float(value), MAX_RETRY_AFTER)
    if not value.isascii() or not value.isprintable():
        return None
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:  # "-0000": the date is in UTC
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


class GuardedHttp:
    """Perform requests that respect the URL policy, a size cap and a per-host pace."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        policy: UrlPolicy,
        timeout: float,
        verify_ssl: bool,
        headers: Mapping[str, str],
        min_interval: float = 0.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        resolve: Resolver | None = None,
    ) -> None:
        """Bind the session and the rules every request follows."""
        self._session = session
        self.policy = policy
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._headers = dict(headers)
        self._min_interval = min_interval
        self._clock = clock
        self._sleep = sleep
        self._resolve = resolve
        self._host_locks: dict[str, asyncio.Lock] = {}
        self._last_request: dict[str, float] = {}
        self._checked_hosts: dict[str, float] = {}
        self.cookies: dict[str, str] = {}

    async def _pace(self, host: str) -> None:
        """Wait until the minimum interval since the last request to host has passed."""
        if self._min_interval <= 0:
            return
        lock = self._host_locks.setdefault(host, asyncio.Lock())
        async with lock:
            last = self._last_request.get(host)
            if last is not None:
                wait = self._min_interval - (self._clock() - last)
                if wait > 0:
                    await self._sleep(wait)
            self._last_request[host] = self._clock()

    async def check(self, url: str) -> URL:
        """Apply the URL policy, resolving host names at most once a minute."""
        parsed = self.policy.check(url)
        host = parsed.host or ""
        checked = self._checked_hosts.get(host)
        if checked is not None and self._clock() - checked < RESOLVE_CACHE_SECONDS:
            return parsed
        try:
            await self.policy.check_resolved(url, self._resolve)
        except (socket.gaierror, OSError) as err:
            raise PortalDNSError(
                f"Cannot resolve the host of {redact_url(url)}: check the address"
            ) from err
        self._checked_hosts[host] = self._clock()
        return parsed

    async def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        max_bytes: int,
        accept_status: frozenset[int] = frozenset({304}),
        stop_before_body: Callable[[str], bool] | None = None,
        until: Callable[[bytes], bool] | None = None,
    ) -> Response:
        """Send one request, follow checked redirects, and read the capped body.

        ``stop_before_body`` is called with the response content type; when it
        returns True the body is not read. ``until`` ends reading early once it
        holds for the bytes received so far (both serve endless MJPEG streams).
        """
        try:
            async with asyncio.timeout(self._timeout):
                return await self._request(
                    method, url, headers, max_bytes, accept_status, stop_before_body, until
                )
        except TimeoutError as err:
            raise PortalTimeoutError(
                f"{redact_url(url)} did not answer within {self._timeout:g} s"
            ) from err

    async def _request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        max_bytes: int,
        accept_status: frozenset[int],
        stop_before_body: Callable[[str], bool] | None,
        until: Callable[[bytes], bool] | None,
    ) -> Response:
        """Run the redirect loop of one request."""
        seen: set[str] = set()
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if current in seen:
                raise PortalConnectionError(
                    f"The portal redirects in a loop at {redact_url(current)}"
                )
            seen.add(current)
            parsed = await self.check(current)
            await self._pace(parsed.host or "")
            merged = {**self._headers, **(headers or {})}
            if self.cookies:
                merged["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            try:
                async with self._session.request(
                    method,
                    parsed,
                    headers=merged,
                    allow_redirects=False,
                    ssl=self._verify_ssl,
                ) as resp:
                    self._remember_cookies(resp)
                    if resp.status in (301, 302, 303, 307, 308):
                        location = resp.headers.get("Location")
                        if not location:
                            raise PortalConnectionError(
                                f"{redact_url(current)} redirects without a target"
                            )
                        current = str(parsed.join(URL(location)))
                        if resp.status == 303:
                            method = "GET"
                        continue
                    return await self._read(
                        resp, current, max_bytes, accept_status, stop_before_body, until
                    )
            except PortalError:
                raise
            except (
                aiohttp.ClientConnectorCertificateError,
                aiohttp.ClientSSLError,
                ssl.SSLError,
            ) as err:
                raise PortalTLSError(
                    f"TLS verification failed for {redact_url(current)}: the server's certificate "
                    "is not trusted (turn TLS verification off only if you trust this portal)"
                ) from err
            except aiohttp.ClientConnectorDNSError as err:
                raise PortalDNSError(
                    f"Cannot resolve the host of {redact_url(current)}: check the address"
                ) from err
            except aiohttp.TooManyRedirects as err:
                raise PortalConnectionError(f"Too many redirects at {redact_url(current)}") from err
            except (aiohttp.ClientError, OSError) as err:
                raise PortalConnectionError(
                    f"Cannot connect to {redact_url(current)}: {type(err).__name__}"
                ) from err
        raise PortalConnectionError(f"Too many redirects starting at {redact_url(url)}")

    def _remember_cookies(self, resp: aiohttp.ClientResponse) -> None:
        """Keep cookies the portal sets (landing-page bootstrap)."""
        for name, morsel in resp.cookies.items():
            self.cookies[name] = morsel.value

    async def _read(
        self,
        resp: aiohttp.ClientResponse,
        url: str,
        max_bytes: int,
        accept_status: frozenset[int],
        stop_before_body: Callable[[str], bool] | None,
        until: Callable[[bytes], bool] | None,
    ) -> Response:
        """Read a response body within the size cap and map error statuses."""
        headers = CIMultiDictProxy(CIMultiDict(resp.headers))
        if resp.status >= 400 and resp.status not in accept_status:
            raise PortalHTTPError(
                _status_message(resp.status, url),
                status=resp.status,
                retry_after=parse_retry_after(resp.headers.get("Retry-After")),
            )
        content_type = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if stop_before_body is not None and stop_before_body(content_type):
            return Response(resp.status, url, headers, b"")
        declared = resp.content_length
        if until is None and declared is not None and declared > max_bytes:
            raise _too_large(url, max_bytes)
        body = bytearray()
        async for chunk in resp.content.iter_chunked(_CHUNK):
            body += chunk
            if until is not None and until(bytes(body)):
                resp.close()
                break
            if len(body) > max_bytes:
                raise _too_large(url, max_bytes)
        return Response(resp.status, url, headers, bytes(body))


def _too_large(url: str, max_bytes: int) -> PortalTooLargeError:
    """Build the error for a body over the cap."""
    return PortalTooLargeError(
        f"The answer from {redact_url(url)} is larger than {max_bytes // 1024} KiB"
    )


def _status_message(status: int, url: str) -> str:
    """Return an actionable message for an HTTP error status."""
    where = redact_url(url)
    if status in (401, 403):
        hint = "access refused: the portal may need a Referer/Origin header or a cookie"
    elif status == 404:
        hint = "not found: check the address"
    elif status == 429:
        hint = "too many requests: the portal throttles, slow down polling"
    elif status >= 500:
        hint = "the portal has a server problem, try again later"
    else:
        hint = "unexpected answer"
    return f"HTTP {status} from {where}: {hint}"


__all__ = ["GuardedHttp", "PortalUnsafeURLError", "Response", "parse_retry_after"]
