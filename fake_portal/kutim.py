"""The Kutim portal format (F1): landing page, paged API list, stream wake-up and HLS."""

from __future__ import annotations

import hmac
import math
from typing import Any, Final
from urllib.parse import urlencode

from aiohttp import web

from .data import FakeCamera
from .documents import SESSION_COOKIE, PortalDocuments
from .responses import CT_HTML, CT_JSON, CT_M3U8, CT_MP4, CT_TEXT, CT_TS
from .video import VARIANT_FMP4

MALFORMED_ITEM: Final[dict[str, Any]] = {"id": None, "name": 12345}
PLAYLIST_WINDOW: Final = 4
SEGMENT_RETENTION: Final = 12


def _int_param(request: web.Request, name: str, default: int) -> int:
    """Read a positive integer query parameter, falling back to ``default``."""
    try:
        value = int(request.query.get(name, default))
    except ValueError:
        return default
    return value if value >= 1 else default


class KutimRoutes(PortalDocuments):
    """The Kutim portal: landing page, paged camera list, stream start call and HLS."""

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
