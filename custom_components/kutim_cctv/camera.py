"""Camera entities: stills from the snapshot service, live HLS through HA's stream."""

from __future__ import annotations

from typing import Any

from homeassistant.components.camera import Camera, CameraEntityFeature
from homeassistant.const import ATTR_LATITUDE, ATTR_LONGITUDE
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import (
    ATTR_AREA,
    ATTR_FRAME_TIME,
    ATTR_IMAGE_STALE,
    ATTRIBUTION_KUTIM,
    CONF_EXPOSE_COORDINATES,
    DEFAULT_EXPOSE_COORDINATES,
    DOMAIN,
    LOGGER,
)
from .coordinator import KutimCoordinator
from .data import KutimConfigEntry
from .entity import KutimEntity, async_add_camera_entities, portal_manufacturer
from .identity import camera_key
from .monitor import Interest
from .portal import PortalError, Profile, redact_text
from .snapshot import CachedImage

# Stills are coalesced by the snapshot service; entity updates come from the coordinator.
PARALLEL_UPDATES = 0

HLS_PROVIDER = "hls"


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
    )


class KutimCamera(KutimEntity, Camera):
    """A public camera of the portal."""

    _attr_name = None
    _attr_translation_key = "camera"
    _unrecorded_attributes = frozenset(
        {ATTR_AREA, ATTR_LATITUDE, ATTR_LONGITUDE, ATTR_FRAME_TIME, ATTR_IMAGE_STALE}
    )

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
        self._image: CachedImage | None = None
        self._stream_error: str | None = None
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
        """Return the area, coordinates (if exposed) and the age of the picture."""
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
        if self._image is not None:
            attrs[ATTR_FRAME_TIME] = self._image.frame_time.isoformat()
            attrs[ATTR_IMAGE_STALE] = self.coordinator.config_entry.runtime_data.snapshots.is_stale(
                self._image
            )
        return attrs

    async def stream_source(self) -> str | None:
        """Resolve the stream now: wake the Kutim stream up, take fresh tokens."""
        camera = self.portal_camera
        if camera is None or not camera.has_stream:
            return None
        client = self.coordinator.config_entry.runtime_data.client
        try:
            url = await client.async_vet_stream(await client.async_stream_url(camera))
        except PortalError as err:
            message = redact_text(str(err))
            if self._stream_error is None:
                LOGGER.info("No live stream from camera %s: %s", camera.name, message)
            self._stream_error = message
            raise HomeAssistantError(
                translation_domain=DOMAIN,
                translation_key="stream_unavailable",
                translation_placeholders={"camera": camera.name, "error": message},
            ) from err
        if self._stream_error is not None:
            LOGGER.info("The live stream of camera %s works again", camera.name)
            self._stream_error = None
        return url

    async def _running_stream_image(self) -> bytes | None:
        """Return a keyframe from a stream Home Assistant is already playing, if any."""
        stream = self.stream
        if stream is None:
            return None
        output = stream.outputs().get(HLS_PROVIDER)
        if output is None or output.idle:
            return None
        return await stream.async_get_image()

    async def async_camera_image(
        self, width: int | None = None, height: int | None = None
    ) -> bytes | None:
        """Return the freshest picture the freshness window allows."""
        camera = self.portal_camera
        if camera is None:
            return None
        snapshots = self.coordinator.config_entry.runtime_data.snapshots
        stream_image = self._running_stream_image if camera.has_stream else None
        image = await snapshots.async_image(camera, stream_image)
        if image is None:
            return None
        if image is not self._image:
            previous = self._image
            self._image = image
            self.content_type = image.content_type
            if previous is None or previous.frame_time != image.frame_time:
                self.async_write_ha_state()
        return image.image
