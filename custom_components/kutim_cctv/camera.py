"""Camera entities: stills from the snapshot service, live HLS through HA's stream."""

from __future__ import annotations

import asyncio
from html import escape
from typing import Any

from aiohttp import web
from homeassistant.components.camera import Camera, CameraEntityFeature
from homeassistant.const import ATTR_LATITUDE, ATTR_LONGITUDE
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.translation import async_get_translations

from .const import (
    ATTR_AREA,
    ATTRIBUTION_KUTIM,
    CONF_EXPOSE_COORDINATES,
    DEFAULT_EXPOSE_COORDINATES,
    DOMAIN,
)
from .coordinator import KutimCoordinator
from .data import KutimConfigEntry
from .entity import KutimEntity, async_add_camera_entities, portal_manufacturer
from .identity import camera_key
from .monitor import Interest
from .portal import Profile

# Stills are coalesced by the snapshot service; entity updates come from the coordinator.
PARALLEL_UPDATES = 0

HLS_PROVIDER = "hls"

PICTURE_DEADLINE = 9.0
"""Seconds a picture request may take: Home Assistant's camera proxy gives up after 10."""
PLACEHOLDER_TYPE = "image/svg+xml"
STREAM_FRAME_WAIT = 4.0
"""Seconds to wait for the next keyframe of a stream Home Assistant is playing."""


def placeholder_svg(text: str) -> bytes:
    """Return a plain picture (16:9) carrying ``text``, escaped, for a camera still waking up."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" '
        'viewBox="0 0 640 360"><rect width="640" height="360" fill="#37474f"/>'
        '<text x="320" y="186" fill="#eceff1" font-family="sans-serif" font-size="20" '
        f'text-anchor="middle">{escape(text, quote=True)}</text></svg>'
    ).encode()


async def async_setup_entry(
    hass: HomeAssistant,
    entry: KutimConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add a camera entity for every selected camera, now and when new ones appear."""
    async_add_camera_entities(
        entry,
        lambda camera_id: (camera_key(entry, camera_id),),
        lambda coordinator, camera_id: (KutimCamera(coordinator, camera_id),),
        background=True,  # first of the adds that follow setup
    )


class KutimCamera(KutimEntity, Camera):
    """A public camera of the portal."""

    _attr_name = None
    _attr_translation_key = "camera"
    _unrecorded_attributes = frozenset({ATTR_AREA, ATTR_LATITUDE, ATTR_LONGITUDE})

    def __init__(self, coordinator: KutimCoordinator, camera_id: str) -> None:
        """Create the entity for one portal camera."""
        KutimEntity.__init__(self, coordinator, camera_id)
        Camera.__init__(self)
        entry = coordinator.config_entry
        self._attr_unique_id = camera_key(entry, camera_id)
        settings = entry.runtime_data.client.settings
        self._attr_attribution = (
            ATTRIBUTION_KUTIM if settings.profile is Profile.KUTIM else portal_manufacturer(entry)
        )
        self._was_available = True

    @property
    def available(self) -> bool:
        """Return False while the camera is known to be offline, as its Online sensor says.

        This never locks the camera out: the monitor keeps probing it for the Online
        sensor, every picture an action takes counts, and the monitor's evidence expires
        after its horizon, so the camera comes back as soon as it works again.
        """
        camera = self.portal_camera
        return (
            super().available
            and camera is not None
            and self.coordinator.config_entry.runtime_data.monitor.connectivity(camera) is not False
        )

    async def async_added_to_hass(self) -> None:
        """Follow the monitor's verdict on the camera, without asking for pictures."""
        await super().async_added_to_hass()
        monitor = self.coordinator.config_entry.runtime_data.monitor
        self._was_available = self.available
        self.async_on_remove(
            monitor.async_subscribe(self.camera_id, Interest.PASSIVE, self._async_monitor_update)
        )

    @callback
    def _async_monitor_update(self) -> None:
        """Write the state when the monitor's news changes the camera's availability."""
        if self.available != self._was_available:
            self._was_available = self.available
            self.async_write_ha_state()

    @property
    def supported_features(self) -> CameraEntityFeature:
        """Offer a live stream only when the camera has one."""
        camera = self.portal_camera
        if camera is not None and camera.has_stream:
            return CameraEntityFeature.STREAM
        return CameraEntityFeature(0)

    @property
    def use_stream_for_stills(self) -> bool:
        """Never let stills start a stream worker: the snapshot service takes them."""
        return False

    @callback
    def async_entity_id_changed(self, old_entity_id: str) -> None:
        """Keep the camera running under its new entity id."""
        super().async_entity_id_changed(old_entity_id)

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return the area and coordinates (if exposed).

        The picture's age is not an attribute: its state would change with every
        picture. The camera's *Last picture* sensor tells when it was taken.
        """
        camera = self.portal_camera
        attrs: dict[str, Any] = {}
        if camera is None:
            return attrs
        if camera.area:
            attrs[ATTR_AREA] = camera.area
        expose = self.coordinator.config_entry.options.get(
            CONF_EXPOSE_COORDINATES, DEFAULT_EXPOSE_COORDINATES
        )
        if expose and camera.latitude is not None and camera.longitude is not None:
            attrs[ATTR_LATITUDE] = camera.latitude
            attrs[ATTR_LONGITUDE] = camera.longitude
        return attrs

    async def stream_source(self) -> str | None:
        """Return the live proxy's address of the camera (RTSP: its pinned address).

        The portal is not contacted.

        Home Assistant also calls this while adding the entity when a WebRTC provider
        (go2rtc) is registered: the stream is woken up only when a consumer fetches it.
        """
        camera = self.portal_camera
        if camera is None or not camera.has_stream:
            return None
        return await self.coordinator.config_entry.runtime_data.live.stream_source(camera)

    async def handle_async_mjpeg_stream(self, request: web.Request) -> web.StreamResponse | None:
        """Serve the MJPEG live view: the camera's own MJPEG stream when it has one.

        Its pictures are relayed one by one, checked (``portal/mjpeg.py``). A camera
        without one, or whose stream cannot start, gets Home Assistant's refreshed stills.
        """
        camera = self.portal_camera
        if camera is not None and camera.mjpeg_url is not None and self.available:
            live = self.coordinator.config_entry.runtime_data.live
            if (response := await live.async_mjpeg(camera, request)) is not None:
                return response
        return await super().handle_async_mjpeg_stream(request)

    async def _pending_text(self) -> str:
        """Return the translated "picture follows" text."""
        key = f"component.{DOMAIN}.exceptions.picture_pending.message"
        for language in (self.hass.config.language, "en"):
            strings = await async_get_translations(self.hass, language, "exceptions", {DOMAIN})
            if text := strings.get(key):
                return text
        return "…"

    async def _running_stream_image(self) -> bytes | None:
        """Return a keyframe from a stream Home Assistant is already playing, if any."""
        stream = self.stream
        if stream is None:
            return None
        output = stream.outputs().get(HLS_PROVIDER)
        if output is None or output.idle:
            return None
        if image := await stream.async_get_image():
            return image
        # The stream's first keyframe may not have decoded yet: its next one comes
        # within a segment, still without asking the portal for anything.
        try:
            async with asyncio.timeout(STREAM_FRAME_WAIT):
                return await stream.async_get_image(wait_for_next_keyframe=True)
        except TimeoutError:
            return None

    async def async_camera_image(
        self, width: int | None = None, height: int | None = None
    ) -> bytes | None:
        """Return the freshest picture the freshness window allows."""
        camera = self.portal_camera
        if camera is None:
            return None
        snapshots = self.coordinator.config_entry.runtime_data.snapshots
        stream_image = self._running_stream_image if camera.has_stream else None
        try:
            async with asyncio.timeout(PICTURE_DEADLINE):
                image = await snapshots.async_image(camera, stream_image)
        except TimeoutError:
            # The picture is still being taken (a cold stream on a slow portal): answer
            # now with the last picture or a placeholder rather than let the request fail.
            image = snapshots.cached(camera.id)
            if image is None:
                self.content_type = PLACEHOLDER_TYPE
                return placeholder_svg(await self._pending_text())
        if image is None:
            return None
        # No state write per picture: the Last picture sensor carries the picture's time.
        self.content_type = image.content_type  # after a placeholder, too
        return image.image
