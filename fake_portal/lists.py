"""The F2, F3, F4 and F6 portal formats: JSON, GeoJSON and HTML camera lists.

F6 lists each camera by its player page only (``/embed/{key}``), as CMS portals that
embed players do; the player page names the HLS playlist in its player setup.
"""

from __future__ import annotations

import html
import json
from typing import Any, Final
from urllib.parse import quote

from aiohttp import web

from .data import FakeCamera
from .documents import PortalDocuments
from .responses import CT_GEOJSON, CT_HTML, CT_JSON

OWNER_NAME: Final = "DISKOMINFO STAPER KUTIM"


def _float_or_none(value: str | None) -> float | None:
    """Parse a coordinate string, returning None when empty or invalid."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        return None


class ListRoutes(PortalDocuments):
    """The F2, F3 and F4 list formats, each pointing at the Kutim-style HLS streams."""

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

    async def _f6(self, request: web.Request) -> web.StreamResponse:
        """Serve F6: cameras whose only media is the address of their player page."""
        early = await self._list_preamble(request)
        if early is not None:
            return early
        origin = self._origin(request)
        items = [
            {
                "id": ident,
                "nama": camera.name,
                "kecamatan": camera.area,
                "link_embed": (
                    f"https://www.youtube.com/embed/{quote(camera.stream_key, safe='')}"
                    if camera.stream_key in self.platform_players
                    else f"{origin}/embed/{quote(camera.stream_key, safe='')}"
                ),
            }
            for ident, camera in self._listed()
        ]
        document = {"success": True, "message": "Data CCTV", "data": items}
        return await self._send_document(request, self._json(document), CT_JSON)

    async def _embed_page(self, request: web.Request) -> web.StreamResponse:
        """Serve a camera's player page: hls.js fed from a variable, a native fallback."""
        camera = self._camera(request.match_info["key"])
        if camera is None:
            return self._not_found()
        source = json.dumps(self._stream_path(camera)).replace("/", "\\/")
        page = (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{html.escape(camera.name)}</title>"
            '<script src="/assets/hls.min.js"></script></head>\n<body style="margin:0">\n'
            '<video id="video" controls autoplay muted playsinline></video>\n<script>\n'
            f"var source = {source};\n"
            "var video = document.getElementById('video');\n"
            "if (Hls.isSupported()) { var hls = new Hls(); hls.loadSource(source); "
            "hls.attachMedia(video); }\n"
            "else if (video.canPlayType('application/vnd.apple.mpegurl')) "
            "{ video.src = source; }\n</script>\n</body></html>\n"
        )
        return self._response(page, CT_HTML, headers={"Cache-Control": "no-cache"})
