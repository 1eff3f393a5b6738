"""Live streams through the integration: the address handed to the stream worker and go2rtc.

``stream_source()`` returns an address of this view; nothing is fetched then. The view
answers the consumer's requests with the portal's playlists rewritten to point back at
itself, fetched by the entry's portal client (URL policy, TLS setting, headers, size caps)
and woken up when the portal dropped the stream. It has no user session. A camera's
entry playlist is opened by the entry's secret token, made anew whenever the entry is set
up and revoked on unload; it travels as the ``auth`` query parameter, which Home
Assistant's stream component redacts in its logs and its HTTP server leaves out of its
request log. Every other address is a reference the proxy made (128 random-looking
bits), valid until the entry unloads. See docs/live.md for the choice of this design.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import hashlib
from http import HTTPStatus
import re
import secrets
from typing import Any

from aiohttp import web
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView
from homeassistant.helpers.network import NoURLAvailableError, get_url

from .const import DOMAIN, LOGGER
from .coordinator import selected_camera_ids
from .data import KutimConfigEntry
from .portal import (
    Camera,
    PortalClient,
    PortalError,
    PortalHTTPError,
    PortalTimeoutError,
    PortalUnsafeURLError,
    redact_text,
)
from .portal.live import INDEX_NAME, LiveBusyError, LiveNotFoundError, LiveProxy
from .portal.mjpeg import BOUNDARY, frame_part, relay_mjpeg

LIVE_PATH = f"/api/{DOMAIN}/live"
MAX_MJPEG_VIEWS = 4
"""MJPEG live views relayed at once per entry; more viewers get refreshed stills."""
KEY_PARAMETER = "auth"
_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_NO_CACHE = {"Cache-Control": "no-cache, no-store", "X-Content-Type-Options": "nosniff"}


def camera_path_id(camera_id: str) -> str:
    """Return the path segment naming a camera (its id when path-safe, else a digest)."""
    if _SAFE_ID.match(camera_id) and not camera_id.startswith("x-"):
        return camera_id
    return "x-" + hashlib.sha256(camera_id.encode()).hexdigest()[:24]


class LiveStreams:
    """The live proxy of one loaded portal entry and the token that opens it."""

    def __init__(self, hass: HomeAssistant, client: PortalClient) -> None:
        """Create the entry's proxy and a fresh token."""
        self._hass = hass
        self._client = client
        self.proxy = LiveProxy(client)
        self._token: str | None = secrets.token_urlsafe(32)
        self._warned_no_url = False
        self._failing: set[str] = set()
        self._refused_direct: set[str] = set()
        self._mjpeg_views: set[asyncio.Task[Any]] = set()

    @callback
    def revoke(self) -> None:
        """Invalidate the token and forget every reference (the entry unloads)."""
        self._token = None
        self.proxy.close()
        for task in self._mjpeg_views:
            task.cancel()

    def opens(self, name: str, token: str) -> bool:
        """Return True when a request for name (with token) belongs to this entry."""
        if name != INDEX_NAME:
            return self.proxy.references.knows(name)
        current = self._token
        return current is not None and secrets.compare_digest(current.encode(), token.encode())

    def diagnostics(self) -> dict[str, Any]:
        """Return the proxy's counters (never the token or any address)."""
        return {
            "active": self._token is not None,
            "references": len(self.proxy.references),
            "upstream_requests": self.proxy.upstream_requests,
            "failing_cameras": sorted(self._failing),
        }

    async def async_mjpeg(self, camera: Camera, request: web.Request) -> web.StreamResponse | None:
        """Relay a camera's MJPEG stream as checked pictures; None when it cannot start.

        At most ``MAX_MJPEG_VIEWS`` at once; the relay ends when the viewer leaves, the
        stream ends or stalls, or the entry unloads. Nothing is sent before the first
        picture, so a stream that fails at once leaves the caller free to answer otherwise.
        """
        url = camera.mjpeg_url
        task = asyncio.current_task()
        if url is None or task is None or self._token is None:
            return None
        if len(self._mjpeg_views) >= MAX_MJPEG_VIEWS:
            return None
        response: web.StreamResponse | None = None

        async def send(frame: bytes) -> bool:
            nonlocal response
            try:
                if response is None:
                    response = web.StreamResponse(
                        headers={
                            "Content-Type": f"multipart/x-mixed-replace;boundary={BOUNDARY}",
                            **_NO_CACHE,
                        }
                    )
                    await response.prepare(request)
                await response.write(frame_part(frame))
            except (ConnectionError, RuntimeError):
                return False  # the viewer left
            return True

        self._mjpeg_views.add(task)
        try:
            await relay_mjpeg(self._client.http, url, send)
        except PortalError as err:
            if response is None:
                LOGGER.debug("MJPEG live view of camera %s not started: %s", camera.name, err)
                return None
            LOGGER.debug("MJPEG live view of camera %s ended: %s", camera.name, err)
        finally:
            self._mjpeg_views.discard(task)
        return response

    async def stream_source(self, camera: Camera) -> str | None:
        """Return the address a consumer plays the camera from; the portal is not contacted.

        HLS is served through the live proxy. Another kind of stream (RTSP) is handed on
        with its host name replaced by the checked public address it resolves to (the
        only network call here, answered from a one-minute cache), so that the consumer,
        which resolves names on its own, cannot be sent into the local network.
        """
        token = self._token
        if token is None or not camera.has_stream:
            return None
        if self.proxy.entry_url(camera) is None:
            return await self._direct_source(camera)
        base = self._base_url()
        if base is None:
            return None
        path = f"{LIVE_PATH}/{camera_path_id(camera.id)}/{INDEX_NAME}"
        return f"{base}{path}?{KEY_PARAMETER}={token}"

    async def _direct_source(self, camera: Camera) -> str | None:
        """Return a non-HLS stream address (RTSP) pinned to its checked address, or None."""
        url = camera.stream_url
        if url is None:
            return None
        try:
            pinned = await self._client.http.pinned(url)
        except PortalError as err:
            if camera.id not in self._refused_direct:
                self._refused_direct.add(camera.id)
                LOGGER.info("The stream of camera %s is not offered: %s", camera.name, err)
            return None
        self._refused_direct.discard(camera.id)
        return pinned

    def _base_url(self) -> str | None:
        """Return this Home Assistant's internal address, or loopback with a log line."""
        try:
            return get_url(
                self._hass, allow_external=False, allow_cloud=False, prefer_external=False
            )
        except NoURLAvailableError:
            pass
        api = self._hass.config.api
        if api is None:
            if not self._warned_no_url:
                LOGGER.warning("Live streams are unavailable: Home Assistant's HTTP server is off")
                self._warned_no_url = True
            return None
        if not self._warned_no_url:
            LOGGER.warning(
                "No internal URL of Home Assistant is known: live streams are served on "
                "127.0.0.1, which a go2rtc server on another machine cannot reach. Set the "
                "local network URL under Settings > System > Network"
            )
            self._warned_no_url = True
        scheme = "https" if api.use_ssl else "http"
        return f"{scheme}://127.0.0.1:{api.port}"

    async def async_serve(self, camera: Camera, name: str) -> web.Response:
        """Answer a consumer's request; log a camera's failure once and its recovery."""
        try:
            media = await self.proxy.async_get(camera, name)
        except PortalError as err:
            status = _status(err)
            message = redact_text(str(err))
            if status not in (HTTPStatus.NOT_FOUND, HTTPStatus.SERVICE_UNAVAILABLE) and (
                camera.id not in self._failing
            ):
                LOGGER.info("No live stream from camera %s: %s", camera.name, message)
                self._failing.add(camera.id)
            else:
                LOGGER.debug(
                    "Live stream of camera %s answered %d: %s", camera.name, status, message
                )
            return web.Response(status=status, headers=_NO_CACHE)
        if camera.id in self._failing and name == INDEX_NAME:
            self._failing.discard(camera.id)
            LOGGER.info("The live stream of camera %s works again", camera.name)
        return web.Response(body=media.body, content_type=media.content_type, headers=_NO_CACHE)

    def find_camera(self, entry: KutimConfigEntry, path_id: str) -> Camera | None:
        """Return the selected, listed camera a path segment names."""
        cameras: Mapping[str, Camera] = entry.runtime_data.coordinator.data.cameras
        candidate = cameras.get(path_id)
        if candidate is not None and camera_path_id(candidate.id) == path_id:
            found: Camera | None = candidate
        else:
            found = next((c for c in cameras.values() if camera_path_id(c.id) == path_id), None)
        if found is None or found.id not in selected_camera_ids(entry, cameras):
            return None
        return found


@callback
def async_setup_live(
    hass: HomeAssistant, entry: KutimConfigEntry, client: PortalClient
) -> LiveStreams:
    """Create an entry's live proxy; revoke it and stop its wake-ups when the entry unloads."""
    live = LiveStreams(hass, client)
    entry.async_on_unload(live.revoke)
    entry.async_on_unload(client.shutdown)
    return live


@callback
def async_register_live_view(hass: HomeAssistant) -> None:
    """Serve the live proxy's addresses (once per Home Assistant run)."""
    hass.http.register_view(LiveStreamView())


def _status(err: PortalError) -> HTTPStatus:
    """Map a failure upstream to the answer the consumer gets."""
    if isinstance(err, LiveNotFoundError):
        return HTTPStatus.NOT_FOUND
    if isinstance(err, LiveBusyError):
        return HTTPStatus.SERVICE_UNAVAILABLE
    if isinstance(err, PortalUnsafeURLError):
        return HTTPStatus.FORBIDDEN
    if isinstance(err, PortalHTTPError) and err.status in (404, 410):
        return HTTPStatus.NOT_FOUND
    if isinstance(err, PortalTimeoutError):
        return HTTPStatus.GATEWAY_TIMEOUT
    return HTTPStatus.BAD_GATEWAY  # unreachable, refused, too large, unreadable


class LiveStreamView(HomeAssistantView):
    """Playlists and media of the live proxy, opened by an entry's token or references."""

    url = LIVE_PATH + "/{camera}/{name}"
    name = f"api:{DOMAIN}:live"
    requires_auth = False  # fetched by the stream worker and go2rtc: token and references

    async def get(self, request: web.Request, camera: str, name: str) -> web.Response:
        """Answer one request of a stream consumer."""
        hass = request.app[KEY_HASS]
        token = request.query.get(KEY_PARAMETER, "")
        entry = next(
            (
                entry
                for entry in hass.config_entries.async_loaded_entries(DOMAIN)
                if entry.runtime_data.live.opens(name, token)
            ),
            None,
        )
        if entry is None:
            return web.Response(status=HTTPStatus.NOT_FOUND, headers=_NO_CACHE)
        live: LiveStreams = entry.runtime_data.live
        found = live.find_camera(entry, camera)
        if found is None:
            return web.Response(status=HTTPStatus.NOT_FOUND, headers=_NO_CACHE)
        return await live.async_serve(found, name)
