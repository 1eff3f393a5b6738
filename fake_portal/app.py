"""aiohttp application imitating the Kutim CCTV portal and other public CCTV portal formats."""

from __future__ import annotations

import asyncio
from collections import Counter, OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Iterator, Sequence
import contextlib
from dataclasses import dataclass, field, fields
import datetime as dt
import email.utils
import hashlib
import hmac
import html
import json
import math
import random
import ssl
import time
from typing import Any, Final
from urllib.parse import quote, urlencode

from aiohttp import web

from .data import FakeCamera, demo_cameras
from .video import (
    VARIANT_FMP4,
    VARIANT_MPEGTS,
    EncodedSegment,
    PatternStyle,
    VideoSpec,
    encode_jpeg,
    encode_segment,
)

PHP_WARNING: Final = (
    "<br />\n<b>Warning</b>:  Undefined variable $x in /var/www/api.php on line 12<br />\n"
)
HTML_ERROR_PAGE: Final = (
    "<!DOCTYPE html>\n<html><head><title>Terjadi Kesalahan</title></head>\n"
    "<body><h1>Terjadi kesalahan pada server</h1>\n"
    "<p>SQLSTATE[HY000] [2002] Connection refused</p></body></html>\n"
)
SESSION_COOKIE: Final = "portal_session"
MALFORMED_ITEM: Final[dict[str, Any]] = {"id": None, "name": 12345}
PLAYLIST_WINDOW: Final = 4
SEGMENT_RETENTION: Final = 12
MJPEG_BOUNDARY: Final = "frame"
OWNER_NAME: Final = "DISKOMINFO STAPER KUTIM"

CT_JSON: Final = "application/json"
CT_GEOJSON: Final = "application/geo+json"
CT_HTML: Final = "text/html; charset=utf-8"
CT_M3U8: Final = "application/vnd.apple.mpegurl"
CT_TS: Final = "video/mp2t"
CT_MP4: Final = "video/mp4"
CT_JPEG: Final = "image/jpeg"
CT_TEXT: Final = "text/plain; charset=utf-8"

_BOM: Final = b"\xef\xbb\xbf"
_OVERSIZE_CHUNK: Final = 64 * 1024
_TRICKLE_PARTS: Final = 10
_DOCUMENT_MEMORY: Final = 2048

type Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
type _ExceptionHandler = Callable[[asyncio.AbstractEventLoop, dict[str, Any]], object]


@dataclass
class Faults:
    """Mutable fault switches; all off by default except ``malformed_item``."""

    # Where they apply: "list routes" are the F1 to F5 list documents; "API routes" are the
    # list routes plus the start call.
    #   status, retry_after, require_referer, require_cookie: API routes.
    #   delay: list routes and snapshots.
    #   redirect_loop, redirect_to, php_warning, bom, html_error_200, oversize_bytes: list routes.
    #   truncate, garbage, trickle: list routes and snapshots.
    #   wrong_content_type: every route.
    #   start_status: the start call. segment_404, segment_body (bytes served instead):
    #   media segments. token_ttl: HLS routes, and the stream URLs of the F2, F3 and F4 lists.
    #   malformed_item, omit_meta: the F1 list. duplicate_ids: every list format.

    status: int | None = None
    retry_after: int | str | None = None
    delay: float = 0.0
    truncate: bool = False
    garbage: bool = False
    php_warning: bool = False
    bom: bool = False
    wrong_content_type: bool = False
    oversize_bytes: int | None = None
    trickle: float | None = None
    html_error_200: bool = False
    require_referer: str | None = None
    require_cookie: bool = False
    start_status: int | None = None
    segment_404: bool = False
    segment_body: bytes | None = None
    token_ttl: float | None = None
    redirect_loop: bool = False
    redirect_to: str | None = None
    malformed_item: bool = True
    duplicate_ids: bool = False
    omit_meta: bool = False

    def reset(self) -> None:
        """Switch every fault back to its default."""
        defaults = Faults()
        for item in fields(self):
            setattr(self, item.name, getattr(defaults, item.name))


@dataclass
class Counters:
    """Requests and body bytes served, keyed by route name and by exact path."""

    requests: Counter[str] = field(default_factory=Counter)
    bytes: Counter[str] = field(default_factory=Counter)
    encodes: Counter[str] = field(default_factory=Counter)
    total_requests: int = 0
    total_bytes: int = 0
    in_flight: Counter[str] = field(default_factory=Counter)
    """Requests of each route being answered right now."""
    peak_in_flight: Counter[str] = field(default_factory=Counter)
    """The most requests of each route answered at the same time."""
    waking: int = 0
    """Streams started and not serving yet (the portal's wake-ups under way)."""
    peak_waking: int = 0
    ranges: int = 0
    """Segment requests answered with part of the segment (206)."""

    def reset(self) -> None:
        """Forget everything counted so far."""
        self.requests.clear()
        self.bytes.clear()
        self.encodes.clear()
        self.peak_in_flight.clear()
        self.total_requests = 0
        self.total_bytes = 0
        self.peak_waking = self.waking
        self.ranges = 0

    def add_request(self, name: str, path: str) -> None:
        """Count one request under its route name and its path."""
        self.requests[name] += 1
        self.requests[path] += 1
        self.total_requests += 1

    def add_bytes(self, name: str, path: str, size: int) -> None:
        """Count ``size`` body bytes sent under the route name and the path."""
        if size <= 0:
            return
        self.bytes[name] += size
        self.bytes[path] += size
        self.total_bytes += size


class _AsyncCache[T]:
    """Small LRU of values computed in the default executor, sharing in-flight work."""

    def __init__(self, size: int) -> None:
        """Create an empty cache holding at most ``size`` values."""
        self._size = size
        self._items: OrderedDict[Hashable, T] = OrderedDict()
        self._pending: dict[Hashable, asyncio.Future[T]] = {}

    async def get(self, key: Hashable, compute: Callable[[], T]) -> tuple[T, bool]:
        """Return the cached value for ``key`` (computing it if needed) and whether it was computed."""
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key], False
        pending = self._pending.get(key)
        if pending is not None:
            return await asyncio.shield(pending), False
        future = asyncio.get_running_loop().run_in_executor(None, compute)
        self._pending[key] = future
        try:
            value = await asyncio.shield(future)
        finally:
            self._pending.pop(key, None)
        self._items[key] = value
        while len(self._items) > self._size:
            self._items.popitem(last=False)
        return value, True


def _int_param(request: web.Request, name: str, default: int) -> int:
    """Read a positive integer query parameter, falling back to ``default``."""
    try:
        value = int(request.query.get(name, default))
    except ValueError:
        return default
    return value if value >= 1 else default


def _etag_matches(header: str, etag: str) -> bool:
    """Return True when an If-None-Match header matches ``etag`` (weak comparison)."""
    wanted = etag.removeprefix("W/")
    for raw in header.split(","):
        candidate = raw.strip()
        if candidate == "*" or candidate.removeprefix("W/") == wanted:
            return True
    return False


def _split(body: bytes, parts: int) -> Iterator[bytes]:
    """Yield ``body`` in about ``parts`` pieces."""
    size = max(1, math.ceil(len(body) / parts))
    for start in range(0, len(body), size):
        yield body[start : start + size]


def _padded(body: bytes, total: int) -> Iterator[bytes]:
    """Yield ``body`` with whitespace after its first JSON bracket so it totals ``total`` bytes."""
    missing = total - len(body)
    if missing <= 0:
        yield body
        return
    positions = [p for p in (body.find(b"["), body.find(b"{")) if p >= 0]
    cut = min(positions) + 1 if positions else 0
    yield body[:cut]
    while missing > 0:
        size = min(missing, _OVERSIZE_CHUNK)
        yield b" " * size
        missing -= size
    yield body[cut:]


def _float_or_none(value: str | None) -> float | None:
    """Parse a coordinate string, returning None when empty or invalid."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        return None


class FakePortal:
    """A local stand-in for the Kutim CCTV portal and the F2 to F5 portal formats."""

    def __init__(
        self,
        cameras: Sequence[FakeCamera] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        segment_seconds: float = 2.0,
        stream_idle_timeout: float = 60.0,
        page_cap: int | None = None,
        hls_variant: str = VARIANT_MPEGTS,
        require_start: bool = True,
        mjpeg_fps: float = 5.0,
        mjpeg_max_seconds: float = 60.0,
        seed: int = 0,
        range_requests: bool = True,
        wake_delay: float | tuple[float, float] = 0.0,
    ) -> None:
        """Create the portal; ``clock`` drives the HLS live edge and stream expiry."""
        if segment_seconds <= 0:
            raise ValueError("segment_seconds must be positive")
        if hls_variant not in (VARIANT_MPEGTS, VARIANT_FMP4):
            raise ValueError(f"unknown HLS variant {hls_variant!r}")
        # A list passed in is used as is, so callers may keep mutating it.
        self.cameras: list[FakeCamera] = (
            cameras
            if isinstance(cameras, list)
            else list(demo_cameras() if cameras is None else cameras)
        )
        self.faults = Faults()
        self.counters = Counters()
        self.started: dict[str, float] = {}
        self.streams_dropped = 0
        self.url = ""
        self.segment_seconds = segment_seconds
        self.stream_idle_timeout = stream_idle_timeout
        self.page_cap = page_cap
        self.hls_variant = hls_variant
        self.require_start = require_start
        self.mjpeg_fps = mjpeg_fps
        self.mjpeg_max_seconds = mjpeg_max_seconds
        self.range_requests = range_requests
        """Honour ``Range: bytes=a-b`` on media segments (206 answers)."""
        self.wake_delay = wake_delay
        """Seconds (or a range to draw from) between a start call and the stream's first answer."""
        self.ready_at: dict[str, float] = {}
        self.spec = VideoSpec(segment_seconds=segment_seconds)
        self._clock = clock
        self._epoch = clock()
        self._rng = random.Random(seed)
        self._secret = self._rng.randbytes(16)
        self._sessions: set[str] = set()
        self._documents: OrderedDict[str, tuple[str, dt.datetime]] = OrderedDict()
        self._segments: _AsyncCache[EncodedSegment] = _AsyncCache(256)
        self._jpegs: _AsyncCache[bytes] = _AsyncCache(64)
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._handler_swap: tuple[_ExceptionHandler | None, _ExceptionHandler] | None = None
        self.app = web.Application(middlewares=[self._middleware])
        self.app[PORTAL_KEY] = self
        self._add_routes()

    # ----------------------------------------------------------------- lifecycle

    async def start(
        self, host: str = "127.0.0.1", port: int = 0, ssl_context: ssl.SSLContext | None = None
    ) -> str:
        """Serve on ``host``:``port`` (0 picks a free port) and return the base URL."""
        if self._runner is not None:
            raise RuntimeError("portal already started")
        self._closing.clear()
        runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port, ssl_context=ssl_context)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        if ssl_context is not None:
            self._filter_handshake_noise()
        bound_port = int(runner.addresses[0][1])
        scheme = "https" if ssl_context is not None else "http"
        shown = f"[{host}]" if ":" in host else host
        self.url = f"{scheme}://{shown}:{bound_port}"
        return self.url

    async def stop(self) -> None:
        """Stop serving and close open connections."""
        self._closing.set()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        if self._handler_swap is not None:
            previous, installed = self._handler_swap
            self._handler_swap = None
            loop = asyncio.get_running_loop()
            if loop.get_exception_handler() is installed:
                loop.set_exception_handler(previous)

    def _filter_handshake_noise(self) -> None:
        """Keep expected TLS handshake rejections off the loop's error log."""
        # A debug-mode loop reports every failed incoming handshake to its exception handler,
        # which test harnesses turn into failures; everything else is passed on unchanged.
        loop = asyncio.get_running_loop()
        previous = loop.get_exception_handler()

        def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            message = str(context.get("message", ""))
            error = context.get("exception")
            if message.startswith("Error on transport creation") and isinstance(
                error, (ssl.SSLError, ConnectionError)
            ):
                return
            if previous is not None:
                previous(loop, context)
            else:
                loop.default_exception_handler(context)

        loop.set_exception_handler(handler)
        self._handler_swap = (previous, handler)

    # ----------------------------------------------------------------- helpers

    def _add_routes(self) -> None:
        """Register every route; the counter name is the route name before the first dot."""
        router = self.app.router
        router.add_get("/", self._landing, name="landing")
        router.add_get("/landing", self._landing, name="landing.alias")
        router.add_get("/api/cctv/public", self._f1_list, name="list")
        router.add_post("/api/stream/{key}/start", self._start, name="start")
        router.add_get("/hls/{key}/index.m3u8", self._master, name="master")
        router.add_get("/hls/{key}/video1_stream.m3u8", self._media, name="media")
        router.add_get("/hls/{key}/init.mp4", self._init, name="init")
        router.add_get(r"/hls/{key}/seg{n:\d+}.ts", self._segment, name="segment.ts")
        router.add_get(r"/hls/{key}/seg{n:\d+}.mp4", self._segment, name="segment.mp4")
        router.add_get("/snapshot/{key}.jpg", self._snapshot, name="snapshot")
        router.add_get("/mjpeg/{key}", self._mjpeg, name="mjpeg")
        router.add_get("/f2/cameras.json", self._f2_flat, name="f2")
        router.add_get("/f2/wrapped.json", self._f2_wrapped, name="f2.wrapped")
        router.add_get("/f2/keyed.json", self._f2_keyed, name="f2.keyed")
        router.add_get("/f3/cameras.geojson", self._f3, name="f3")
        router.add_get("/f4/index.html", self._f4_page, name="f4")
        router.add_get("/f4/jsonparse.html", self._f4_jsonparse, name="f4.jsonparse")
        router.add_get("/f5/cameras.json", self._f5, name="f5")

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Count requests and body bytes and apply the wrong content type fault."""
        route_name = request.match_info.route.name
        name = route_name.split(".")[0] if route_name else "other"
        request["counter_name"] = name
        counters = self.counters
        counters.add_request(name, request.path)
        counters.in_flight[name] += 1
        counters.peak_in_flight[name] = max(counters.peak_in_flight[name], counters.in_flight[name])
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            if request.method != "HEAD" and exc.text:
                self.counters.add_bytes(name, request.path, len(exc.text.encode()))
            raise
        finally:
            counters.in_flight[name] -= 1
        if isinstance(response, web.Response) and not response.prepared:
            if self.faults.wrong_content_type:
                response.headers["Content-Type"] = CT_HTML
            body = response.body
            if request.method != "HEAD" and isinstance(body, bytes):
                self.counters.add_bytes(name, request.path, len(body))
        return response

    def _count_bytes(self, request: web.Request, size: int) -> None:
        """Count body bytes written by a streaming handler."""
        self.counters.add_bytes(str(request.get("counter_name", "other")), request.path, size)

    def _ctype(self, content_type: str) -> str:
        """Return the content type to send, honouring the wrong content type fault."""
        return CT_HTML if self.faults.wrong_content_type else content_type

    @staticmethod
    def _response(
        body: bytes | str,
        content_type: str,
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> web.Response:
        """Build a response with an explicit Content-Type header."""
        data = body.encode() if isinstance(body, str) else body
        response = web.Response(body=data, status=status, headers=headers)
        response.headers["Content-Type"] = content_type
        return response

    def _error(self, status: int, message: str) -> web.Response:
        """Return a JSON error body with ``status`` (and Retry-After when configured)."""
        headers: dict[str, str] = {}
        if self.faults.retry_after is not None and status in (429, 503):
            headers["Retry-After"] = str(self.faults.retry_after)
        body = json.dumps({"success": False, "status": status, "message": message})
        return self._response(body, CT_JSON, status=status, headers=headers)

    @staticmethod
    def _not_found(text: str = "404 page not found") -> web.Response:
        """Return a plain-text 404 like MediaMTX does."""
        return FakePortal._response(text + "\n", CT_TEXT, status=404)

    def _new_token(self) -> str:
        """Return a fresh deterministic pseudo-random hex token."""
        return f"{self._rng.getrandbits(64):016x}"

    def drop_streams(self, *keys: str) -> int:
        """Forget started streams (all, or those of ``keys``) as after idle time or a restart.

        Their playlists, init sections and segments answer 404 until the start call is
        made again. Returns how many running streams were dropped.
        """
        dropped = [key for key in self.started if not keys or key in keys]
        for key in dropped:
            del self.started[key]
        self.streams_dropped += len(dropped)
        return len(dropped)

    def _camera(self, key: str) -> FakeCamera | None:
        """Find a camera by stream key."""
        for camera in self.cameras:
            if camera.stream_key == key:
                return camera
        return None

    def _listed(self) -> list[tuple[int | str, FakeCamera]]:
        """Return (id, camera) pairs to list, with the duplicate id fault applied."""
        pairs: list[tuple[int | str, FakeCamera]] = [(c.id, c) for c in self.cameras]
        if self.faults.duplicate_ids and len(self.cameras) >= 2:
            pairs.append((self.cameras[0].id, self.cameras[-1]))
        return pairs

    def _elapsed(self) -> float:
        """Return clock seconds since the portal was created."""
        return max(0.0, self._clock() - self._epoch)

    def live_edge(self) -> int:
        """Return the sequence number of the newest segment."""
        return math.floor(self._elapsed() / self.segment_seconds + 1e-9)

    def frame_index(self) -> int:
        """Return the number of the frame showing now."""
        return math.floor(self._elapsed() * self.spec.fps + 1e-9)

    def style(self, camera: FakeCamera) -> PatternStyle:
        """Return the picture style of ``camera``."""
        return PatternStyle.for_camera(camera.stream_key, camera.pattern)

    def _sign(self, key: str, expires: str) -> str:
        """Return the stream token for ``key`` valid until ``expires``."""
        message = f"{key}:{expires}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:24]

    def _token_query(self, key: str) -> dict[str, str]:
        """Return token query parameters for ``key`` when the token fault is on."""
        ttl = self.faults.token_ttl
        if ttl is None:
            return {}
        expires = f"{self._clock() + ttl:.3f}"
        return {"token": self._sign(key, expires), "expires": expires}

    @staticmethod
    def _origin(request: web.Request) -> str:
        """Return this portal's origin as seen by the client."""
        return str(request.url.origin())

    def _stream_path(self, camera: FakeCamera) -> str:
        """Return the relative HLS master path of ``camera`` (with a token when required)."""
        path = f"/hls/{quote(camera.stream_key, safe='')}/index.m3u8"
        query = self._token_query(camera.stream_key)
        return f"{path}?{urlencode(query)}" if query else path

    def _snapshot_path(self, camera: FakeCamera) -> str:
        """Return the relative snapshot path of ``camera``."""
        return f"/snapshot/{quote(camera.stream_key, safe='')}.jpg"

    def _mjpeg_path(self, camera: FakeCamera) -> str:
        """Return the relative MJPEG path of ``camera``."""
        return f"/mjpeg/{quote(camera.stream_key, safe='')}"

    async def encoded_segment(self, camera: FakeCamera, n: int) -> EncodedSegment:
        """Return segment ``n`` of ``camera``, encoding it off the event loop when not cached."""
        spec, style, variant = self.spec, self.style(camera), self.hls_variant
        value, computed = await self._segments.get(
            (variant, spec, style, n), lambda: encode_segment(spec, style, n, variant)
        )
        if computed:
            self.counters.encodes["segment"] += 1
        return value

    async def snapshot_jpeg(self, camera: FakeCamera, index: int | None = None) -> bytes:
        """Return frame ``index`` (default: now) of ``camera`` as JPEG bytes."""
        spec, style = self.spec, self.style(camera)
        number = self.frame_index() if index is None else index
        value, computed = await self._jpegs.get(
            (spec, style, number), lambda: encode_jpeg(spec, style, number)
        )
        if computed:
            self.counters.encodes["jpeg"] += 1
        return value

    # ----------------------------------------------------------------- access checks

    def _check_access(self, request: web.Request) -> web.Response | None:
        """Apply the Referer and cookie requirements of API routes."""
        faults = self.faults
        if faults.require_referer is not None:
            referer = request.headers.get("Referer", "")
            if not referer.startswith(faults.require_referer):
                return self._error(403, "Forbidden")
        if faults.require_cookie and request.cookies.get(SESSION_COOKIE) not in self._sessions:
            return self._error(403, "Forbidden: session required")
        return None

    async def _list_preamble(self, request: web.Request) -> web.StreamResponse | None:
        """Apply delay, access, redirect and status faults before a list document is built."""
        faults = self.faults
        if faults.delay > 0:
            await asyncio.sleep(faults.delay)
        denied = self._check_access(request)
        if denied is not None:
            return denied
        if faults.redirect_loop:
            return web.Response(status=302, headers={"Location": request.path_qs})
        if faults.redirect_to is not None:
            return web.Response(status=302, headers={"Location": faults.redirect_to})
        if faults.status is not None:
            return self._error(faults.status, "Fault injected")
        return None

    # ----------------------------------------------------------------- documents

    def _last_modified(self, key: str, etag: str) -> dt.datetime:
        """Return when the document at ``key`` last changed (now if ``etag`` is new)."""
        known = self._documents.get(key)
        if known is not None and known[0] == etag:
            self._documents.move_to_end(key)
            return known[1]
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        self._documents[key] = (etag, now)
        self._documents.move_to_end(key)
        while len(self._documents) > _DOCUMENT_MEMORY:
            self._documents.popitem(last=False)
        return now

    async def _send_document(
        self, request: web.Request, body: bytes, content_type: str
    ) -> web.StreamResponse:
        """Send a list document with body faults and conditional GET applied."""
        faults = self.faults
        if faults.html_error_200:
            body, content_type = HTML_ERROR_PAGE.encode(), CT_HTML
        else:
            if faults.php_warning:
                body = PHP_WARNING.encode() + body
            if faults.bom:
                body = _BOM + body
        if faults.truncate:
            body = body[: len(body) // 2]
        if faults.garbage:
            body = b"\xff\xfe\x00" + self._rng.randbytes(max(61, len(body) - 3))
        if faults.oversize_bytes is not None:
            return await self._stream(request, _padded(body, faults.oversize_bytes), content_type)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        modified = self._last_modified(request.path_qs, etag)
        headers = {
            "ETag": etag,
            "Last-Modified": email.utils.format_datetime(modified, usegmt=True),
            "Cache-Control": "no-cache",
        }
        if self._not_modified(request, etag, modified):
            return web.Response(status=304, headers=headers)
        if faults.trickle is not None:
            return await self._stream(
                request,
                _split(body, _TRICKLE_PARTS),
                content_type,
                headers=headers,
                pause=faults.trickle,
                length=len(body),
            )
        return self._response(body, content_type, headers=headers)

    @staticmethod
    def _not_modified(request: web.Request, etag: str, modified: dt.datetime) -> bool:
        """Evaluate If-None-Match and If-Modified-Since."""
        if_none_match = request.headers.get("If-None-Match")
        if if_none_match is not None:
            return _etag_matches(if_none_match, etag)
        since = request.if_modified_since
        return since is not None and modified <= since

    async def _stream(
        self,
        request: web.Request,
        chunks: Iterator[bytes],
        content_type: str,
        *,
        headers: dict[str, str] | None = None,
        pause: float | None = None,
        length: int | None = None,
    ) -> web.StreamResponse:
        """Stream ``chunks`` to the client, pausing ``pause`` seconds between them."""
        response = web.StreamResponse(headers=headers)
        response.headers["Content-Type"] = self._ctype(content_type)
        if length is not None:
            response.content_length = length
        await response.prepare(request)
        first = True
        for chunk in chunks:
            if pause and not first:
                await asyncio.sleep(pause)
            first = False
            try:
                await response.write(chunk)
            except ConnectionError:
                return response
            self._count_bytes(request, len(chunk))
        with contextlib.suppress(ConnectionError):
            await response.write_eof()
        return response

    def _json(self, value: Any) -> bytes:
        """Serialise ``value`` as compact UTF-8 JSON."""
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()

    # ----------------------------------------------------------------- landing

    async def _landing(self, request: web.Request) -> web.StreamResponse:
        """Serve the landing page and hand out a session cookie."""
        session = self._new_token()
        self._sessions.add(session)
        page = (
            '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            "<title>CCTV Kutai Timur</title></head>\n<body><h1>CCTV Publik Kutai Timur</h1>\n"
            '<p><a href="/f4/index.html">Peta CCTV</a></p></body></html>\n'
        )
        response = self._response(page, CT_HTML)
        response.set_cookie(SESSION_COOKIE, session, path="/", httponly=True, samesite="Lax")
        return response

    # ----------------------------------------------------------------- F1 (Kutim)

    def _f1_items(self) -> list[Any]:
        """Return every F1 list item, with the malformed item fault applied."""
        items: list[Any] = [
            {"id": ident, "name": c.name, "lat": c.lat, "lng": c.lng, "streamKey": c.stream_key}
            for ident, c in self._listed()
        ]
        if self.faults.malformed_item:
            items.insert(min(2, len(items)), dict(MALFORMED_ITEM))
        return items

    async def _f1_list(self, request: web.Request) -> web.StreamResponse:
        """Serve ``/api/cctv/public`` with paging."""
        early = await self._list_preamble(request)
        if early is not None:
            return early
        page = _int_param(request, "page", 1)
        limit = _int_param(request, "limit", 100)
        if self.page_cap is not None:
            limit = min(limit, self.page_cap)
        items = self._f1_items()
        document: dict[str, Any] = {"data": items[(page - 1) * limit : page * limit]}
        if not self.faults.omit_meta:
            document["meta"] = {"page": page, "limit": limit, "total": len(items)}
        return await self._send_document(request, self._json(document), CT_JSON)

    async def _start(self, request: web.Request) -> web.StreamResponse:
        """Wake a stream up: ``POST /api/stream/{key}/start``."""
        denied = self._check_access(request)
        if denied is not None:
            return denied
        if self.faults.status is not None:
            return self._error(self.faults.status, "Fault injected")
        if self.faults.start_status is not None:
            return self._error(self.faults.start_status, "Gagal memulai stream")
        key = request.match_info["key"]
        if self._camera(key) is None:
            return self._error(404, "Stream tidak ditemukan")
        now = self._clock()
        if key not in self.started or now - self.started[key] > self.stream_idle_timeout:
            delay = self.wake_delay
            if isinstance(delay, tuple):
                delay = self._rng.uniform(*delay)
            if delay > 0:
                self.ready_at[key] = now + delay
                self._update_waking()
        self.started[key] = now
        return self._response(self._json({"success": True}), CT_JSON)

    def _update_waking(self) -> None:
        """Count the streams still waking up and remember the most at once."""
        now = self._clock()
        for key, ready in list(self.ready_at.items()):
            if ready <= now:
                del self.ready_at[key]
        counters = self.counters
        counters.waking = len(self.ready_at)
        counters.peak_waking = max(counters.peak_waking, counters.waking)

    # ----------------------------------------------------------------- HLS

    def _hls_access(self, request: web.Request) -> FakeCamera | web.Response:
        """Return the camera of an HLS request, or the refusal to send."""
        key = request.match_info["key"]
        camera = self._camera(key)
        if camera is None or not camera.online:
            return self._not_found()
        if self.faults.token_ttl is not None:
            token = request.query.get("token", "")
            expires = request.query.get("expires", "")
            try:
                expired = float(expires) <= self._clock()
            except ValueError:
                expired = True
            valid = hmac.compare_digest(token.encode(), self._sign(key, expires).encode())
            if expired or not valid:
                return self._response("403 forbidden: invalid or expired token\n", CT_TEXT, 403)
        if self.require_start:
            now = self._clock()
            last = self.started.get(key)
            if last is None or now - last > self.stream_idle_timeout:
                self.started.pop(key, None)
                return self._not_found()
            if key in self.ready_at:
                self._update_waking()
                if key in self.ready_at:
                    return self._not_found()  # still waking up
            self.started[key] = now
        return camera

    @staticmethod
    def _token_suffix(request: web.Request, prefix: str) -> str:
        """Return the token query of ``request`` to append to a playlist URI."""
        query = {k: request.query[k] for k in ("token", "expires") if k in request.query}
        return prefix + urlencode(query) if query else ""

    async def _master(self, request: web.Request) -> web.StreamResponse:
        """Serve a MediaMTX-style master playlist."""
        access = self._hls_access(request)
        if isinstance(access, web.Response):
            return access
        segment = await self.encoded_segment(access, self.live_edge())
        bandwidth = max(1, int(len(segment.data) * 8 / self.spec.segment_duration * 1.1))
        query = f"session={self._new_token()}" + self._token_suffix(request, "&")
        text = (
            "#EXTM3U\n#EXT-X-VERSION:9\n#EXT-X-INDEPENDENT-SEGMENTS\n\n"
            f"#EXT-X-STREAM-INF:BANDWIDTH={bandwidth},AVERAGE-BANDWIDTH={bandwidth},"
            f'CODECS="{segment.codec}",RESOLUTION={self.spec.width}x{self.spec.height},'
            f"FRAME-RATE={self.spec.fps:.3f}\n"
            f"video1_stream.m3u8?{query}\n"
        )
        return self._response(text, CT_M3U8, headers={"Cache-Control": "no-cache"})

    async def _media(self, request: web.Request) -> web.StreamResponse:
        """Serve the live media playlist of the last few segments."""
        access = self._hls_access(request)
        if isinstance(access, web.Response):
            return access
        edge = self.live_edge()
        first = max(0, edge - PLAYLIST_WINDOW + 1)
        duration = self.spec.segment_duration
        suffix = self._token_suffix(request, "?")
        fmp4 = self.hls_variant == VARIANT_FMP4
        lines = [
            "#EXTM3U",
            f"#EXT-X-VERSION:{7 if fmp4 else 3}",
            f"#EXT-X-TARGETDURATION:{math.ceil(duration)}",
            f"#EXT-X-MEDIA-SEQUENCE:{first}",
        ]
        if fmp4:
            lines.append(f'#EXT-X-MAP:URI="init.mp4{suffix}"')
        extension = "mp4" if fmp4 else "ts"
        for n in range(first, edge + 1):
            lines.append(f"#EXTINF:{duration:.5f},")
            lines.append(f"seg{n}.{extension}{suffix}")
        return self._response(
            "\n".join(lines) + "\n", CT_M3U8, headers={"Cache-Control": "no-cache"}
        )

    async def _init(self, request: web.Request) -> web.StreamResponse:
        """Serve the fMP4 initialisation section."""
        access = self._hls_access(request)
        if isinstance(access, web.Response):
            return access
        if self.hls_variant != VARIANT_FMP4:
            return self._not_found()
        segment = await self.encoded_segment(access, self.live_edge())
        return self._response(segment.init or b"", CT_MP4)

    async def _segment(self, request: web.Request) -> web.StreamResponse:
        """Serve media segment ``n`` while it is inside the retention window."""
        access = self._hls_access(request)
        if isinstance(access, web.Response):
            return access
        extension = "mp4" if self.hls_variant == VARIANT_FMP4 else "ts"
        if not request.path.endswith("." + extension) or self.faults.segment_404:
            return self._not_found()
        n = int(request.match_info["n"])
        edge = self.live_edge()
        if n > edge or n < edge - SEGMENT_RETENTION:
            return self._not_found()
        if self.faults.segment_body is not None:
            return self._response(self.faults.segment_body, CT_TS)
        segment = await self.encoded_segment(access, n)
        return self._ranged(request, segment.data, CT_MP4 if extension == "mp4" else CT_TS)

    def _ranged(self, request: web.Request, data: bytes, content_type: str) -> web.Response:
        """Answer a single ``bytes=a-b`` Range request with 206 when ranges are honoured."""
        header = request.headers.get("Range", "") if self.range_requests else ""
        unit, _, spec = header.partition("=")
        first, dash, last = spec.strip().partition("-")
        if unit.strip() != "bytes" or not dash or "," in spec or not first.isdigit():
            return self._response(data, content_type, headers={"Accept-Ranges": "bytes"})
        start = int(first)
        end = min(int(last), len(data) - 1) if last.isdigit() else len(data) - 1
        if start >= len(data) or end < start:
            return self._response(
                b"", content_type, 416, headers={"Content-Range": f"bytes */{len(data)}"}
            )
        self.counters.ranges += 1
        headers = {"Content-Range": f"bytes {start}-{end}/{len(data)}", "Accept-Ranges": "bytes"}
        return self._response(data[start : end + 1], content_type, 206, headers=headers)

    # ----------------------------------------------------------------- F5 stills

    async def _snapshot(self, request: web.Request) -> web.StreamResponse:
        """Serve a JPEG of the current frame."""
        faults = self.faults
        if faults.delay > 0:
            await asyncio.sleep(faults.delay)
        camera = self._camera(request.match_info["key"])
        if camera is None or not camera.online:
            return self._not_found()
        body = await self.snapshot_jpeg(camera)
        if faults.truncate:
            body = body[: len(body) // 2]
        if faults.garbage:
            body = b"\xff\xfe\x00" + self._rng.randbytes(max(61, len(body) - 3))
        headers = {"Cache-Control": "no-cache"}
        if faults.trickle is not None:
            return await self._stream(
                request,
                _split(body, _TRICKLE_PARTS),
                CT_JPEG,
                headers=headers,
                pause=faults.trickle,
                length=len(body),
            )
        return self._response(body, CT_JPEG, headers=headers)

    async def _mjpeg(self, request: web.Request) -> web.StreamResponse:
        """Stream JPEG frames as ``multipart/x-mixed-replace`` until the client leaves."""
        camera = self._camera(request.match_info["key"])
        if camera is None or not camera.online:
            return self._not_found()
        response = web.StreamResponse(headers={"Cache-Control": "no-cache"})
        response.headers["Content-Type"] = self._ctype(
            f"multipart/x-mixed-replace; boundary={MJPEG_BOUNDARY}"
        )
        await response.prepare(request)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.mjpeg_max_seconds
        interval = 1.0 / self.mjpeg_fps if self.mjpeg_fps > 0 else 1.0
        while not self._closing.is_set() and loop.time() < deadline:
            jpeg = await self.snapshot_jpeg(camera)
            part = (
                (
                    f"--{MJPEG_BOUNDARY}\r\nContent-Type: {CT_JPEG}\r\n"
                    f"Content-Length: {len(jpeg)}\r\n\r\n"
                ).encode()
                + jpeg
                + b"\r\n"
            )
            try:
                await response.write(part)
            except ConnectionError:
                return response
            self._count_bytes(request, len(part))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), interval)
        with contextlib.suppress(ConnectionError):
            await response.write_eof()
        return response

    # ----------------------------------------------------------------- F2 to F5 lists

    def _f2_item(
        self, request: web.Request, ident: int | str, camera: FakeCamera
    ) -> dict[str, Any]:
        """Return one camera with F2 field names."""
        origin = self._origin(request)
        return {
            "cctv_id": str(ident),
            "cctv_title": camera.name,
            "cctv_link": origin + self._stream_path(camera),
            "cctv_latitude": camera.lat or "",
            "cctv_longitude": camera.lng or "",
            "cctv_status": "1" if camera.online else "0",
            "kecamatan": camera.area or "",
            "thumbnail": origin + self._snapshot_path(camera),
        }

    async def _f2_flat(self, request: web.Request) -> web.StreamResponse:
        """Serve F2 as a flat array."""
        early = await self._list_preamble(request)
        if early is not None:
            return early
        items = [self._f2_item(request, i, c) for i, c in self._listed()]
        return await self._send_document(request, self._json(items), CT_JSON)

    async def _f2_wrapped(self, request: web.Request) -> web.StreamResponse:
        """Serve F2 wrapped as ``{"data": {"items": [...]}}``."""
        early = await self._list_preamble(request)
        if early is not None:
            return early
        items = [self._f2_item(request, i, c) for i, c in self._listed()]
        document = {"status": "success", "data": {"items": items, "count": len(items)}}
        return await self._send_document(request, self._json(document), CT_JSON)

    async def _f2_keyed(self, request: web.Request) -> web.StreamResponse:
        """Serve F2 as an object keyed by camera id."""
        early = await self._list_preamble(request)
        if early is not None:
            return early
        items = {str(i): self._f2_item(request, i, c) for i, c in self._listed()}
        return await self._send_document(request, self._json(items), CT_JSON)

    async def _f3(self, request: web.Request) -> web.StreamResponse:
        """Serve F3 as a GeoJSON FeatureCollection."""
        early = await self._list_preamble(request)
        if early is not None:
            return early
        origin = self._origin(request)
        features: list[dict[str, Any]] = []
        for ident, camera in self._listed():
            lat, lng = _float_or_none(camera.lat), _float_or_none(camera.lng)
            geometry = (
                {"type": "Point", "coordinates": [lng, lat]}
                if lat is not None and lng is not None
                else None
            )
            properties = {
                "id": ident,
                "name": camera.name,
                "kecamatan": camera.area,
                "status": "aktif" if camera.online else "nonaktif",
                "stream_url": origin + self._stream_path(camera),
            }
            features.append({"type": "Feature", "geometry": geometry, "properties": properties})
        document = {"type": "FeatureCollection", "features": features}
        return await self._send_document(request, self._json(document), CT_GEOJSON)

    async def _f4_page(self, request: web.Request) -> web.StreamResponse:
        """Serve F4: map points with several links in a script, plus video cards."""
        # Cameras with coordinates are map links (absolute URLs); the others are cards with
        # relative URLs, so each camera appears exactly once.
        early = await self._list_preamble(request)
        if early is not None:
            return early
        origin = self._origin(request)
        points: dict[tuple[str, str], dict[str, Any]] = {}
        cards: list[str] = []
        for ident, camera in self._listed():
            if not camera.has_coordinates:
                cards.append(
                    f'<div class="cam"><h3>{html.escape(camera.name)}</h3>'
                    "<video controls muted playsinline>"
                    f'<source src="{html.escape(self._stream_path(camera))}" '
                    'type="application/x-mpegURL"></video></div>'
                )
                continue
            coords = (camera.lat or "", camera.lng or "")
            point = points.setdefault(
                coords,
                {
                    "cctv_id": len(points) + 1,
                    "owner_name": OWNER_NAME,
                    "lat": coords[0],
                    "lng": coords[1],
                    "links": [],
                },
            )
            point["links"].append(
                {
                    "id": ident,
                    "name": camera.name,
                    "url": origin + self._stream_path(camera),
                    "status": 1 if camera.online else 0,
                }
            )
        script = json.dumps(list(points.values()), ensure_ascii=False).replace("/", "\\/")
        page = (
            '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            "<title>Peta CCTV Kutai Timur</title></head>\n<body>\n"
            '<h1>Peta CCTV</h1>\n<div id="map"></div>\n'
            f"<script>\nvar cctvs = {script};\n</script>\n"
            '<div class="grid">\n' + "\n".join(cards) + "\n</div>\n</body></html>\n"
        )
        return await self._send_document(request, page.encode(), CT_HTML)

    async def _f4_jsonparse(self, request: web.Request) -> web.StreamResponse:
        """Serve F4 with F2 items inside ``JSON.parse('[...]')``."""
        early = await self._list_preamble(request)
        if early is not None:
            return early
        items = [self._f2_item(request, i, c) for i, c in self._listed()]
        literal = json.dumps(items).replace("/", "\\/").replace("'", "\\u0027")
        page = (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>CCTV</title></head>\n'
            f"<body>\n<script>\nconst cameras = JSON.parse('{literal}');\n</script>\n</body></html>\n"
        )
        return await self._send_document(request, page.encode(), CT_HTML)

    async def _f5(self, request: web.Request) -> web.StreamResponse:
        """Serve F5: cameras with only still and/or MJPEG URLs."""
        # Camera i gets both URLs when i % 3 == 0, only a still when 1, only MJPEG when 2.
        early = await self._list_preamble(request)
        if early is not None:
            return early
        origin = self._origin(request)
        items: list[dict[str, Any]] = []
        for index, (ident, camera) in enumerate(self._listed()):
            item: dict[str, Any] = {
                "id": ident,
                "name": camera.name,
                "lat": camera.lat or "",
                "lng": camera.lng or "",
            }
            if index % 3 in (0, 1):
                item["snapshot"] = origin + self._snapshot_path(camera)
            if index % 3 in (0, 2):
                item["mjpeg"] = origin + self._mjpeg_path(camera)
            items.append(item)
        return await self._send_document(request, self._json(items), CT_JSON)


PORTAL_KEY: Final = web.AppKey("fake_portal", FakePortal)
