"""Guarded HTTP access for the portal client: size caps, timeouts, throttling, redirects.

Also: connections pinned to the addresses the URL policy checked, decompression within
the size cap, and cookies and configured headers kept to the portal's own hosts.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
import logging
import re
import socket
import ssl
import time
from typing import Any, Final
from urllib.parse import urlsplit, urlunsplit
import zlib

import aiohttp
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from .errors import (
    PortalConnectionError,
    PortalDNSError,
    PortalError,
    PortalFormatError,
    PortalHTTPError,
    PortalTimeoutError,
    PortalTLSError,
    PortalTooLargeError,
    PortalUnsafeURLError,
)
from .policy import (
    UrlPolicy,
    effective_port,
    host_key,
    is_never_allowed_ip,
    is_public_ip,
    parse_ip_host,
)
from .redact import redact_url

MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 3600.0
"""The longest pause a Retry-After header can ask for, in seconds; longer asks are capped."""
_RETRY_AFTER_MAX_LENGTH = 64
_DELTA_SECONDS = re.compile(r"[0-9]+", re.ASCII)
RESOLVE_CACHE_SECONDS = 60.0
RESOLVE_CACHE_SIZE = 256
MAX_ADDRESSES_TRIED = 3
MAX_COOKIES = 32
MAX_COOKIE_BYTES = 4096
"""The portal's cookies are kept within these (name=value bytes); the oldest go first."""
ACCEPT_ENCODING = "gzip, deflate"
_CHUNK = 64 * 1024
_INFLATE_STEP = 256 * 1024
_LOGGER = logging.getLogger(__name__)
_DEFAULT_PORTS = {"http": 80, "https": 443}

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
Resolver = Callable[[str, int], Awaitable[list[str]]]
Router = Callable[[str, str, int], tuple[str, int]]


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


Relay = Callable[[str, AsyncIterator[bytes]], Awaitable[None]]
"""Takes an endless answer's content type and its raw chunks (see ``GuardedHttp.relay``)."""


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


class _Inflater:
    """Undo one Content-Encoding incrementally, never producing more than asked for.

    A small compressed answer can inflate to gigabytes: output is produced in steps
    bounded by the room left under the size cap, so memory follows the cap, not the
    compression ratio.
    """

    def __init__(self, coding: str, url: str) -> None:
        """Prepare a decoder for coding (gzip, deflate or identity); refuse others."""
        self._url = url
        self._raw_fallback = False
        self._started = False
        self._decoder: zlib._Decompress | None
        if coding in ("", "identity"):
            self._decoder = None
        elif coding in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self._decoder = zlib.decompressobj(zlib.MAX_WBITS)
            self._raw_fallback = True  # some servers send raw deflate without the header
        else:
            raise PortalFormatError(
                f"The answer from {redact_url(url)} uses the content encoding {coding[:40]!r}, "
                "which is not supported (only gzip and deflate are)"
            )

    def feed(self, body: bytearray, data: bytes, max_bytes: int) -> None:
        """Append what data decodes to, stopping once body holds more than max_bytes."""
        if self._decoder is None:
            body += data
            return
        if self._decoder.eof:
            return  # bytes after the end of the compressed stream are dropped, not kept
        pending = data
        while pending and len(body) <= max_bytes:
            # Small steps: the output is copied into body, so each step costs its size twice.
            room = min(max_bytes + 1 - len(body), _INFLATE_STEP)
            try:
                out = self._decoder.decompress(pending, room)
            except zlib.error as err:
                if self._raw_fallback and not self._started:
                    self._raw_fallback = False
                    self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise self._corrupt() from err
            self._started = True
            body += out
            rest = self._decoder.unconsumed_tail
            if not out and len(rest) >= len(pending):
                break  # no progress: the decoder holds the input until more arrives
            pending = rest

    def finish(self, body: bytearray, max_bytes: int) -> None:
        """Append what the decoder still holds, within the cap."""
        if self._decoder is None or len(body) > max_bytes:
            return
        try:
            body += self._decoder.decompress(b"", max_bytes + 1 - len(body))
        except zlib.error as err:
            raise self._corrupt() from err

    def _corrupt(self) -> PortalFormatError:
        """Build the error for compressed data that cannot be decoded."""
        return PortalFormatError(
            f"The answer from {redact_url(self._url)} is not valid compressed data"
        )


# Headers that describe a request body: dropped when a 303 turns the request into a GET.
_BODY_HEADERS: Final = frozenset(
    {"content-encoding", "content-language", "content-length", "content-location", "content-type"}
)


def _cookie_names(header: str) -> set[str]:
    """Return the names of the cookies in a Cookie header value."""
    return {part.partition("=")[0].strip() for part in header.split(";") if part.strip()}


class GuardedHttp:
    """Perform requests that respect the URL policy, a size cap and a per-host pace.

    Every hop of every request is checked by the policy; a host name is resolved by
    the policy's resolver and the connection goes to exactly the addresses that were
    checked (no second lookup that a rebinding name could answer differently). The
    configured headers and the portal's cookies go to the portal's own hosts only.
    """

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
        origins: Iterable[str] = (),
        route: Router | None = None,
    ) -> None:
        """Bind the session and the rules every request follows.

        ``origins`` are the portal's own URLs: only their hosts get the configured
        headers and cookies. ``route`` maps a checked address to the address actually
        connected to (test networks only; the default connects to the address itself).
        """
        self._session = session
        self.policy = policy
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._headers = dict(headers)
        self._min_interval = min_interval
        self._clock = clock
        self._sleep = sleep
        self._resolve = resolve
        self._route = route
        self._origin_hosts = frozenset(
            host_key(host) for host in (_url_host(url) for url in origins) if host
        )
        self._host_locks: dict[str, asyncio.Lock] = {}
        self._last_request: dict[str, float] = {}
        self._resolved: dict[tuple[str, int], tuple[float, tuple[str, ...]]] = {}
        self.cookies: dict[str, str] = {}
        self._secure_cookies: set[str] = set()

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
        parsed, _ = await self._vet(url)
        return parsed

    async def pinned(self, url: str) -> str:
        """Check url and return it with its host name replaced by the address checked.

        For addresses handed to consumers that resolve names on their own (Home
        Assistant's stream worker, go2rtc): they connect to the public address the policy
        checked, so a later DNS answer cannot send them into the local network. Address
        literals and the hosts the user exempted are returned as they are; everything
        else of the URL (login, port, path, query) is kept byte for byte.
        """
        _, addresses = await self._vet(url)
        if not addresses:
            return url
        parts = urlsplit(url)
        address = addresses[0]
        host = f"[{address}]" if ":" in address else address
        userinfo, _, hostport = parts.netloc.rpartition("@")
        port = ""
        if hostport.startswith("["):
            port = hostport[hostport.find("]") + 1 :]
        elif ":" in hostport:
            port = hostport[hostport.find(":") :]
        netloc = f"{userinfo}@{host}{port}" if userinfo else f"{host}{port}"
        return urlunsplit(parts._replace(netloc=netloc))

    async def _vet(self, url: str) -> tuple[URL, tuple[str, ...] | None]:
        """Check url and return the addresses to connect to (None: connect by name)."""
        parsed = self.policy.check(url)
        host = parsed.raw_host or ""
        if parse_ip_host(host) is not None or self.policy.is_exempt(parsed):
            return parsed, None
        key = (host_key(host), effective_port(parsed) or 0)
        cached = self._resolved.get(key)
        if cached is not None and self._clock() - cached[0] < RESOLVE_CACHE_SECONDS:
            return parsed, cached[1]
        try:
            parsed, addresses = await self.policy.addresses(url, self._resolve)
        except (socket.gaierror, OSError) as err:
            raise PortalDNSError(
                f"Cannot resolve the host of {redact_url(url)}: check the address"
            ) from err
        if addresses is None:
            return parsed, None
        if len(self._resolved) >= RESOLVE_CACHE_SIZE:
            self._resolved.pop(next(iter(self._resolved)))
        self._resolved[key] = (self._clock(), addresses)
        return parsed, addresses

    def is_own(self, url: URL) -> bool:
        """Return whether url's host is one of the portal's own configured hosts."""
        host = url.raw_host
        return bool(host) and host_key(host or "") in self._origin_hosts

    def _request_headers(self, url: URL, extra: Mapping[str, str] | None) -> CIMultiDict[str]:
        """Return the headers of one hop: configured ones and cookies for own hosts only."""
        merged: CIMultiDict[str] = CIMultiDict({"Accept-Encoding": ACCEPT_ENCODING})
        own = self.is_own(url)
        if own:
            merged.update(self._headers)
        if extra:
            merged.update(extra)
        if not own:
            merged.popall("Cookie", None)
            return merged
        user_cookie = merged.get("Cookie", "").strip().rstrip(";").strip()
        taken = _cookie_names(user_cookie)
        plain = url.scheme != "https"
        jar = [
            f"{k}={v}"
            for k, v in self.cookies.items()
            if k not in taken and not (plain and k in self._secure_cookies)
        ]
        cookie = "; ".join(part for part in (user_cookie, *jar) if part)
        if cookie:
            merged["Cookie"] = cookie
        return merged

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
        ``max_bytes`` caps the decoded body: compressed answers are inflated step by
        step and given up as soon as they grow past it.
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

    async def relay(self, url: str, sink: Relay, *, idle_timeout: float) -> None:
        """GET an endless answer (an MJPEG stream) and hand its body to sink as it comes.

        Every hop is vetted as for ``request``; the answer must start within the
        client's timeout, then each chunk within ``idle_timeout``. ``sink`` gets the
        content type and an iterator of raw chunks; the relay ends when sink returns.
        Compressed answers are refused.
        """
        try:
            async with asyncio.timeout(self._timeout) as deadline:
                await self._request(
                    "GET",
                    url,
                    None,
                    0,
                    frozenset(),
                    None,
                    None,
                    relay=(sink, deadline, idle_timeout),
                )
        except TimeoutError as err:
            raise PortalTimeoutError(
                f"{redact_url(url)} sent nothing within the time allowed"
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
        *,
        relay: tuple[Relay, asyncio.Timeout, float] | None = None,
    ) -> Response:
        """Run the redirect loop of one request (with ``relay``, hand the body on)."""
        seen: set[str] = set()
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if current in seen:
                raise PortalConnectionError(
                    f"The portal redirects in a loop at {redact_url(current)}"
                )
            seen.add(current)
            parsed, addresses = await self._vet(current)
            await self._pace(parsed.host or "")
            merged = self._request_headers(parsed, headers)
            try:
                resp = await self._send(method, parsed, addresses, merged)
                async with resp:
                    pinned = not self._by_name(parsed, addresses)
                    self._check_peer(resp, current, parsed, None if pinned else addresses)
                    self._remember_cookies(resp, parsed)
                    if resp.status in (301, 302, 303, 307, 308):
                        location = resp.headers.get("Location")
                        if not location:
                            raise PortalConnectionError(
                                f"{redact_url(current)} redirects without a target"
                            )
                        current = str(parsed.join(URL(location)))
                        if resp.status == 303 and method != "HEAD":
                            # See Other: fetch the target with GET, without the body or
                            # the headers that describe it; 307 and 308 keep both.
                            method = "GET"
                            headers = {
                                k: v
                                for k, v in (headers or {}).items()
                                if k.lower() not in _BODY_HEADERS
                            }
                        continue
                    if relay is not None:
                        await self._relay(resp, current, *relay)
                        return Response(resp.status, current, {}, b"")
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
            except (aiohttp.ClientError, OSError, ValueError) as err:
                raise PortalConnectionError(
                    f"Cannot connect to {redact_url(current)}: {type(err).__name__}"
                ) from err
        raise PortalConnectionError(f"Too many redirects starting at {redact_url(url)}")

    async def _send(
        self,
        method: str,
        url: URL,
        addresses: tuple[str, ...] | None,
        headers: CIMultiDict[str],
    ) -> aiohttp.ClientResponse:
        """Open one hop: by name, or to each checked address in turn (never a new lookup).

        Plain HTTP goes to the checked addresses themselves. Verified HTTPS goes by name,
        so that connections are pooled per name with the right SNI: a name that answers
        differently to the connection's own lookup leads to a server that cannot show a
        certificate for it, so the handshake fails before anything is sent, and the peer
        address is checked again before the answer is read.
        """
        if addresses is None or self._by_name(url, addresses):
            return await self._session.request(
                method,
                url,
                headers=headers,
                allow_redirects=False,
                ssl=self._verify_ssl,
                auto_decompress=False,
            )
        host = url.raw_host or ""
        port = effective_port(url) or 0
        pinned = CIMultiDict(headers)
        pinned["Host"] = (
            host
            if url.explicit_port in (None, _DEFAULT_PORTS.get(url.scheme))
            else f"{host}:{port}"
        )
        if url.scheme == "https":
            # Unverified TLS to an address: never pool it for another name's requests.
            pinned["Connection"] = "close"
        tried = addresses[:MAX_ADDRESSES_TRIED]
        extra: dict[str, Any] = {}
        if len(tried) > 1:
            # Leave time for the next address when one does not answer.
            extra["timeout"] = aiohttp.ClientTimeout(sock_connect=self._timeout / len(tried))
        for index, address in enumerate(tried):
            ip, target_port = self._route(host, address, port) if self._route else (address, port)
            target = URL.build(
                scheme=url.scheme,
                host=f"[{ip}]" if ":" in ip else ip,
                port=target_port,
                path=url.raw_path,
                query_string=url.raw_query_string,
                encoded=True,
            )
            try:
                return await self._session.request(
                    method,
                    target,
                    headers=pinned,
                    allow_redirects=False,
                    ssl=self._verify_ssl,
                    auto_decompress=False,
                    server_hostname=host if url.scheme == "https" else None,
                    **extra,
                )
            except (aiohttp.ClientConnectorCertificateError, aiohttp.ClientSSLError):
                raise
            except aiohttp.ClientConnectorError:
                if index == len(tried) - 1:
                    raise
        raise PortalConnectionError(f"{redact_url(str(url))} has no address to connect to")

    def _by_name(self, url: URL, addresses: tuple[str, ...] | None) -> bool:
        """Return whether a hop connects by name (see ``_send``) rather than to addresses."""
        return addresses is None or (url.scheme == "https" and self._verify_ssl)

    def _check_peer(
        self,
        resp: aiohttp.ClientResponse,
        url: str,
        parsed: URL,
        addresses: tuple[str, ...] | None,
    ) -> None:
        """Refuse an answer whose connection ended at an address the policy forbids.

        Link-local and metadata peers are always refused. A name that was resolved and
        checked, then connected to by name (``addresses`` given), must also have led to
        a public address (or one of the checked ones, as a test network's route carries
        them). A connection made to a checked address needs no more than the first test.
        """
        peer = _peer_of(resp)
        if not peer:
            return
        ip = parse_ip_host(str(peer[0]))
        if ip is None:
            return
        if is_never_allowed_ip(ip):
            reason = "it connected to a link-local or cloud metadata address"
        elif addresses is None or is_public_ip(ip):
            return
        else:
            port = effective_port(parsed) or 0
            host = parsed.raw_host or ""
            expected = {
                self._route(host, address, port) if self._route else (address, port)
                for address in addresses
            }
            if (str(ip), int(peer[1])) in expected:
                return
            reason = "the name led to a non-public address when connecting"
        _LOGGER.warning("Refused the answer from %s: %s", redact_url(url), reason)
        raise PortalUnsafeURLError(f"Refused the URL {redact_url(url)}: {reason}")

    def _remember_cookies(self, resp: aiohttp.ClientResponse, url: URL) -> None:
        """Keep cookies the portal's own hosts set (landing-page bootstrap), within a cap."""
        if not self.is_own(url):
            return
        for name, morsel in resp.cookies.items():
            value = morsel.value
            if not name or _has_controls(name + value) or ";" in value:
                continue
            if _expired(morsel["max-age"], morsel["expires"]):
                self.cookies.pop(name, None)
                continue
            if len(name) + len(value) > MAX_COOKIE_BYTES // 2:
                _LOGGER.debug("Ignored a %d-byte cookie from the portal", len(name) + len(value))
                continue
            self.cookies.pop(name, None)
            self.cookies[name] = value
            if morsel["secure"]:
                self._secure_cookies.add(name)
            else:
                self._secure_cookies.discard(name)
        while len(self.cookies) > MAX_COOKIES or (
            sum(len(k) + len(v) + 2 for k, v in self.cookies.items()) > MAX_COOKIE_BYTES
        ):
            dropped = next(iter(self.cookies))
            del self.cookies[dropped]
            self._secure_cookies.discard(dropped)
            _LOGGER.debug("The portal's cookies exceed the cap: dropped the oldest")

    @staticmethod
    async def _relay(
        resp: aiohttp.ClientResponse,
        url: str,
        sink: Relay,
        deadline: asyncio.Timeout,
        idle_timeout: float,
    ) -> None:
        """Hand a response's raw body to sink, each chunk due within idle_timeout."""
        if resp.status >= 400:
            raise PortalHTTPError(_status_message(resp.status, url), status=resp.status)
        coding = resp.headers.get("Content-Encoding", "").strip().lower()
        if coding not in ("", "identity"):
            raise PortalFormatError(f"{redact_url(url)} sends a compressed stream ({coding})")
        deadline.reschedule(None)  # answered: from now on only each chunk has a deadline

        async def chunks() -> AsyncIterator[bytes]:
            while True:
                try:
                    async with asyncio.timeout(idle_timeout):
                        chunk = await resp.content.readany()
                except TimeoutError as err:
                    raise PortalTimeoutError(
                        f"{redact_url(url)} sent nothing for {idle_timeout:g} s"
                    ) from err
                if not chunk:
                    return
                yield chunk

        await sink(resp.headers.get("Content-Type", ""), chunks())

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
        coding = resp.headers.get("Content-Encoding", "").strip().lower()
        inflater: _Inflater | None = None  # made with the first byte: 304s have no body
        body = bytearray()
        received = 0
        async for chunk in resp.content.iter_chunked(_CHUNK):
            if inflater is None:
                inflater = _Inflater(coding, url)
            received += len(chunk)
            if received > 2 * max_bytes + _CHUNK:
                raise _too_large(url, max_bytes)  # compressed data never grows this much
            inflater.feed(body, chunk, max_bytes)
            if until is not None and until(bytes(body)):
                resp.close()
                break
            if len(body) > max_bytes:
                raise _too_large(url, max_bytes)
        else:
            if inflater is not None:
                inflater.finish(body, max_bytes)
            if len(body) > max_bytes:
                raise _too_large(url, max_bytes)
        return Response(resp.status, url, headers, bytes(body))


def _peer_of(resp: aiohttp.ClientResponse) -> Any:
    """Return the peer address of the connection that carried resp, or None."""
    connection = resp.connection
    transport = connection.transport if connection is not None else None
    if transport is None:
        # A short answer read in full with its headers has already released its
        # connection to the pool; the stream's protocol still holds the transport.
        protocol = getattr(resp.content, "_protocol", None)
        transport = getattr(protocol, "transport", None)
    if transport is None:
        return None
    return transport.get_extra_info("peername")


def _url_host(url: str) -> str | None:
    """Return the host of url, or None when it has none or cannot be parsed."""
    try:
        return URL(url).raw_host
    except Exception:  # noqa: BLE001 - yarl raises more than ValueError on odd input
        return None


def _expired(max_age: str, expires: str) -> bool:
    """Return whether a Set-Cookie's Max-Age or Expires deletes the cookie."""
    max_age = max_age.strip()
    if max_age:
        return max_age == "0" or max_age.startswith("-")
    if not expires:
        return False
    try:
        return parsedate_to_datetime(expires).timestamp() <= time.time()
    except (TypeError, ValueError, IndexError, OverflowError):
        return False


def _has_controls(text: str) -> bool:
    """Return whether text holds control characters (which would split headers)."""
    return any(ord(char) < 32 or ord(char) == 127 for char in text)


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


__all__ = [
    "ACCEPT_ENCODING",
    "GuardedHttp",
    "PortalUnsafeURLError",
    "Response",
    "Router",
    "parse_retry_after",
]
