"""A control API for a fake portal running as a process (``python -m fake_portal --control``).

Tests that run the portal in-process use its ``counters``, ``faults`` and ``started``
directly; scripts that start it as a separate process (scripts/e2e) use these routes:

- ``GET /_fake/state``: the cameras (stream key, online), the request counters by route
  name and by path (``/api/stream/<key>/start`` counts the wake-up calls of one camera),
  the streams the portal holds started, and the faults;
- ``POST /_fake/drop`` (optional ``?key=<stream key>``): the portal forgets started streams,
  as it does after its idle timeout or a restart: their playlists and segments answer 404
  until the next wake-up call;
- ``POST /_fake/faults`` with a JSON object: set fault switches (names of ``Faults``);
  ``{"reset": true}`` switches every fault back to its default.

Requests to these routes are not counted. Bind the portal to loopback when they are on.
"""

from __future__ import annotations

from dataclasses import asdict, fields
import json
from typing import TYPE_CHECKING, Any, Final

from aiohttp import web

if TYPE_CHECKING:
    from .app import FakePortal

PREFIX: Final = "/_fake"


def add_control_routes(portal: FakePortal) -> None:
    """Add the control routes to ``portal`` (before it starts)."""
    router = portal.app.router
    router.add_get(f"{PREFIX}/state", _handler(portal, _state))
    router.add_post(f"{PREFIX}/drop", _handler(portal, _drop))
    router.add_post(f"{PREFIX}/faults", _handler(portal, _faults))


def _handler(portal: FakePortal, action: Any) -> Any:
    """Bind an action to the portal; undo the portal's counting of the control request."""

    async def handle(request: web.Request) -> web.StreamResponse:
        counters = portal.counters
        for key in ("other", request.path):
            counters.requests[key] -= 1
            if counters.requests[key] <= 0:
                del counters.requests[key]
        counters.total_requests -= 1
        response: web.StreamResponse = await action(portal, request)
        return response

    return handle


def state(portal: FakePortal) -> dict[str, Any]:
    """Return what the portal served, holds started and is set to do, as JSON data."""
    return {
        "cameras": [
            {"id": camera.id, "key": camera.stream_key, "online": camera.online}
            for camera in portal.cameras
        ],
        "requests": dict(portal.counters.requests),
        "total_requests": portal.counters.total_requests,
        "started": sorted(portal.started),
        "streams_dropped": portal.streams_dropped,
        "faults": asdict(portal.faults),
    }


async def _state(portal: FakePortal, request: web.Request) -> web.Response:
    return web.json_response(state(portal))


async def _drop(portal: FakePortal, request: web.Request) -> web.Response:
    key = request.query.get("key")
    before = set(portal.started)
    portal.drop_streams(*([key] if key is not None else []))
    return web.json_response({"dropped": sorted(before - set(portal.started))})


async def _faults(portal: FakePortal, request: web.Request) -> web.Response:
    try:
        wanted = json.loads(await request.text())
    except ValueError:
        return web.json_response({"error": "not JSON"}, status=400)
    if not isinstance(wanted, dict):
        return web.json_response({"error": "expected an object"}, status=400)
    if wanted.pop("reset", False):
        portal.faults.reset()
    names = {item.name for item in fields(portal.faults)}
    unknown = sorted(set(wanted) - names)
    if unknown:
        return web.json_response({"error": f"unknown faults: {', '.join(unknown)}"}, status=400)
    for name, value in wanted.items():
        setattr(portal.faults, name, value)
    return web.json_response(asdict(portal.faults))
