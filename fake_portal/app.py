"""The fake portal assembled: every format's routes on one aiohttp application."""

from __future__ import annotations

from typing import Final

from aiohttp import web

from .counters import Counters
from .faults import Faults
from .kutim import KutimRoutes
from .lists import ListRoutes
from .stills import StillRoutes
from .video import PatternStyle

__all__ = ["PORTAL_KEY", "Counters", "FakePortal", "Faults", "PatternStyle"]


class FakePortal(KutimRoutes, StillRoutes, ListRoutes):
    """A local stand-in for the Kutim CCTV portal and the F2 to F6 portal formats."""

    def _add_routes(self) -> None:
        """Register every route; the counter name is the route name before the first dot."""
        self.app[PORTAL_KEY] = self
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
        router.add_get("/f6/cameras.json", self._f6, name="f6")
        router.add_get("/embed/{key}", self._embed_page, name="embed")


PORTAL_KEY: Final = web.AppKey("fake_portal", FakePortal)
