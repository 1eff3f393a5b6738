"""The fake portal's state and plumbing: serving, counting, cameras, clock, tokens, encoding."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
import datetime as dt
import hashlib
import hmac
import json
import math
import random
import ssl
import time
from typing import Any
from urllib.parse import quote, urlencode

from aiohttp import web

from .cache import AsyncCache
from .counters import Counters
from .data import FakeCamera, demo_cameras
from .faults import Faults
from .responses import CT_HTML, CT_JSON, CT_TEXT
from .serving import start_site
from .video import (
    VARIANT_FMP4,
    VARIANT_MPEGTS,
    EncodedSegment,
    PatternStyle,
    VideoSpec,
    encode_jpeg,
    encode_segment,
)

type Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
type _ExceptionHandler = Callable[[asyncio.AbstractEventLoop, dict[str, Any]], object]


class PortalCore:
    """State, serving and request plumbing shared by the routes of every portal format."""

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
        self.platform_players: set[str] = set()
        """Stream keys that F6 lists by a video platform's player instead of a player page."""
        self.spec = VideoSpec(segment_seconds=segment_seconds)
        self._clock = clock
        self._epoch = clock()
        self._rng = random.Random(seed)
        self._secret = self._rng.randbytes(16)
        self._sessions: set[str] = set()
        self._documents: OrderedDict[str, tuple[str, dt.datetime]] = OrderedDict()
        self._segments: AsyncCache[EncodedSegment] = AsyncCache(256)
        self._jpegs: AsyncCache[bytes] = AsyncCache(64)
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._handler_swap: tuple[_ExceptionHandler | None, _ExceptionHandler] | None = None
        self.app = web.Application(middlewares=[self._middleware])
        self._add_routes()

    # ----------------------------------------------------------------- lifecycle

    async def start(
        self, host: str = "127.0.0.1", port: int = 0, ssl_context: ssl.SSLContext | None = None
    ) -> str:
        """Serve on ``host``:``port`` (0 picks a free port) and return the base URL."""
        if self._runner is not None:
            raise RuntimeError("portal already started")
        self._closing.clear()
        self._runner, url = await start_site(self.app, host, port, ssl_context)
        if ssl_context is not None:
            self._filter_handshake_noise()
        self.url = url
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

    def _add_routes(self) -> None:
        """Register the routes of every format (done by the assembled portal)."""
        raise NotImplementedError

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
        return PortalCore._response(text + "\n", CT_TEXT, status=404)

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
