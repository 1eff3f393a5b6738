"""A stand-in for a go2rtc server's REST and websocket API, for Home Assistant's go2rtc integration.

Home Assistant's ``go2rtc`` integration (loaded by ``default_config``) needs a go2rtc server
outside its container image: ``go2rtc: url: http://…`` in configuration.yaml. To register its
WebRTC provider it asks the server's version (``GET /api``); when a viewer sends a WebRTC
offer it lists and registers streams (``GET``/``PUT /api/streams``) and forwards the offer
over the websocket ``/api/ws?src=<stream>``. This server answers all of that like go2rtc
1.9.9 does, records every stream source Home Assistant registers and every offer, and answers
offers with a websocket error: it does no WebRTC, so players fall back to HLS. It never opens
a stream source itself.

Run it as a process: ``python -m fake_portal.go2rtc --port 1984`` (loopback only). What it
recorded is at ``GET /_fake/state``.
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter
import contextlib
from dataclasses import dataclass, field
import ipaddress
import json
import sys
import time
from typing import Any, Final

from aiohttp import WSMsgType, web

from .serving import serve_until_signal, start_site

VERSION: Final = "1.9.14"
"""The go2rtc version reported: Home Assistant 2026.2 recommends it, 2025.4 wants 1.9.5 or newer."""
NO_WEBRTC: Final = "this go2rtc stand-in does not do WebRTC"
SCHEMES: Final = (
    "exec",
    "ffmpeg",
    "http",
    "https",
    "httpx",
    "rtmp",
    "rtmps",
    "rtsp",
    "rtsps",
    "rtspx",
    "tcp",
    "webrtc",
)
_MAX_MESSAGE: Final = 1024 * 1024


@dataclass(slots=True)
class Registration:
    """One ``PUT /api/streams``: a stream name and its sources, in order."""

    name: str
    sources: list[str]
    at: float


@dataclass(slots=True)
class Offer:
    """One WebRTC offer received over the websocket for a stream."""

    stream: str
    at: float


@dataclass
class Go2rtcState:
    """Everything the server was asked."""

    streams: dict[str, list[str]] = field(default_factory=dict)
    registrations: list[Registration] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)
    requests: Counter[str] = field(default_factory=Counter)

    def as_json(self) -> dict[str, Any]:
        """Return the state as plain JSON data."""
        return {
            "version": VERSION,
            "streams": {name: list(sources) for name, sources in self.streams.items()},
            "registrations": [
                {"name": item.name, "sources": item.sources, "at": item.at}
                for item in self.registrations
            ],
            "offers": [{"stream": item.stream, "at": item.at} for item in self.offers],
            "requests": dict(self.requests),
        }


def _loopback(host: str) -> bool:
    """Return whether ``host`` is a loopback address or ``localhost``."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class FakeGo2rtc:
    """The go2rtc API surface Home Assistant's go2rtc integration uses."""

    def __init__(self, *, version: str = VERSION) -> None:
        """Prepare the application; nothing listens before start()."""
        self.version = version
        self.state = Go2rtcState()
        self.url = ""
        self._runner: web.AppRunner | None = None
        self._sockets: set[web.WebSocketResponse] = set()
        self.app = web.Application(middlewares=[self._count])
        router = self.app.router
        router.add_get("/api", self._info, name="info")
        router.add_get("/api/streams", self._list, name="streams.list")
        router.add_put("/api/streams", self._add, name="streams.add")
        router.add_patch("/api/streams", self._add, name="streams.update")
        router.add_delete("/api/streams", self._delete, name="streams.delete")
        router.add_get("/api/schemes", self._schemes, name="schemes")
        router.add_get("/api/preload", self._preloads, name="preload.list")
        router.add_put("/api/preload", self._preload, name="preload.add")
        router.add_delete("/api/preload", self._preload, name="preload.delete")
        router.add_get("/api/frame.jpeg", self._frame, name="frame")
        router.add_post("/api/webrtc", self._webrtc, name="webrtc")
        router.add_get("/api/ws", self._ws, name="ws")
        router.add_get("/_fake/state", self._state, name="state")

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve on a loopback ``host``:``port`` (0 picks a free port); return the base URL."""
        if not _loopback(host):
            raise ValueError(f"the fake go2rtc only listens on loopback, not {host!r}")
        if self._runner is not None:
            raise RuntimeError("already started")
        self._runner, self.url = await start_site(self.app, host, port)
        return self.url

    async def stop(self) -> None:
        """Close the websockets and stop serving."""
        for ws in list(self._sockets):
            with contextlib.suppress(ConnectionError, RuntimeError):
                await ws.close()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    @web.middleware
    async def _count(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Count requests by route name."""
        route = request.match_info.route.name
        self.state.requests[route or "other"] += 1
        response: web.StreamResponse = await handler(request)
        return response

    async def _info(self, request: web.Request) -> web.Response:
        """``GET /api``: the application info, as go2rtc answers it."""
        return web.json_response(
            {
                "config_path": "",
                "host": request.host,
                "pid": 0,
                "rtsp": {"listen": "", "default_query": "video&audio"},
                "version": self.version,
            }
        )

    def _stream_json(self, sources: list[str]) -> dict[str, Any]:
        """Return one stream as go2rtc lists it."""
        return {"producers": [{"url": source} for source in sources], "consumers": None}

    async def _list(self, request: web.Request) -> web.Response:
        """``GET /api/streams``: every stream with its sources as producers."""
        name = request.query.get("src")
        if name is not None:
            sources = self.state.streams.get(name)
            if sources is None:
                return web.Response(status=404, text="stream not found\n")
            return web.json_response(self._stream_json(sources))
        return web.json_response(
            {name: self._stream_json(sources) for name, sources in self.state.streams.items()}
        )

    async def _add(self, request: web.Request) -> web.Response:
        """``PUT /api/streams?name=…&src=…&src=…``: add or replace a stream."""
        sources = request.query.getall("src", [])
        name = request.query.get("name") or (sources[0] if sources else "")
        if not name or not sources:
            return web.Response(status=400, text="no name or source\n")
        self.state.streams[name] = list(sources)
        self.state.registrations.append(Registration(name, list(sources), time.time()))
        return web.Response(status=200)

    async def _delete(self, request: web.Request) -> web.Response:
        """``DELETE /api/streams?src=<name>``: forget a stream."""
        self.state.streams.pop(request.query.get("src", ""), None)
        return web.Response(status=200)

    async def _schemes(self, request: web.Request) -> web.Response:
        """``GET /api/schemes``: the source schemes this server would accept."""
        return web.json_response(list(SCHEMES))

    async def _preloads(self, request: web.Request) -> web.Response:
        """``GET /api/preload``: nothing is preloaded."""
        return web.json_response({})

    async def _preload(self, request: web.Request) -> web.Response:
        """``PUT``/``DELETE /api/preload``: accepted, nothing is ever preloaded."""
        return web.Response(status=200)

    async def _frame(self, request: web.Request) -> web.Response:
        """``GET /api/frame.jpeg``: no pictures, this server never opens a source."""
        return web.Response(status=500, text="this go2rtc stand-in takes no pictures\n")

    async def _webrtc(self, request: web.Request) -> web.Response:
        """``POST /api/webrtc``: WHEP-style offers are refused."""
        stream = request.query.get("src") or request.query.get("dst") or ""
        self.state.offers.append(Offer(stream, time.time()))
        return web.Response(status=500, text=NO_WEBRTC + "\n")

    async def _ws(self, request: web.Request) -> web.WebSocketResponse:
        """``/api/ws?src=<stream>``: record offers and answer each with an error."""
        stream = request.query.get("src") or request.query.get("dst") or ""
        ws = web.WebSocketResponse(max_msg_size=_MAX_MESSAGE)
        await ws.prepare(request)
        self._sockets.add(ws)
        try:
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    continue
                try:
                    data = json.loads(message.data)
                except ValueError:
                    await ws.send_json({"type": "error", "value": "invalid JSON"})
                    continue
                kind = data.get("type") if isinstance(data, dict) else None
                value = data.get("value") if isinstance(data, dict) else None
                offer = kind == "webrtc/offer" or (
                    kind == "webrtc" and isinstance(value, dict) and value.get("type") == "offer"
                )
                if offer:
                    self.state.offers.append(Offer(stream, time.time()))
                    await ws.send_json({"type": "error", "value": NO_WEBRTC})
                elif kind != "webrtc/candidate":
                    await ws.send_json({"type": "error", "value": f"unknown message {kind!r}"})
        finally:
            self._sockets.discard(ws)
        return ws

    async def _state(self, request: web.Request) -> web.Response:
        """``GET /_fake/state``: what Home Assistant registered and asked so far."""
        return web.json_response(self.state.as_json())


async def _serve(host: str, port: int) -> None:
    """Serve until SIGINT or SIGTERM."""
    server = FakeGo2rtc()
    url = await server.start(host, port)
    print(f"fake go2rtc {server.version} serving at {url}", flush=True)
    await serve_until_signal(server.stop)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and serve."""
    parser = argparse.ArgumentParser(prog="python -m fake_portal.go2rtc", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    parser.add_argument("--port", type=int, default=1984, help="port (go2rtc's own: 1984)")
    args = parser.parse_args(argv)
    if not _loopback(args.host):
        parser.error("--host must be a loopback address")
    asyncio.run(_serve(args.host, args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
