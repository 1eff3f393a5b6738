"""Base entity of the Kutai Timur CCTV integration."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from homeassistant.helpers.device_registry import DeviceInfo
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import KUTIM_VIEWER_URL, MANUFACTURER_KUTIM, MODEL
from .coordinator import KutimCoordinator, device_identifier
from .portal import Camera, Profile, normalise_url

if TYPE_CHECKING:
    from .data import KutimConfigEntry


def portal_manufacturer(entry: KutimConfigEntry) -> str:
    """Return who runs the portal: Diskominfo for Kutim, else the portal's host."""
    settings = entry.runtime_data.client.settings
    if settings.profile is Profile.KUTIM:
        return MANUFACTURER_KUTIM
    return urlsplit(settings.url).hostname or settings.url


def viewer_url(entry: KutimConfigEntry) -> str:
    """Return the public viewer page of the portal."""
    settings = entry.runtime_data.client.settings
    if settings.profile is Profile.KUTIM:
        if normalise_url(settings.hls_url) == normalise_url(KUTIM_VIEWER_URL.rsplit("/", 1)[0]):
            return KUTIM_VIEWER_URL
        return normalise_url(settings.hls_url)
    parts = urlsplit(settings.url)
    return f"{parts.scheme}://{parts.netloc}/"


class KutimEntity(CoordinatorEntity[KutimCoordinator]):
    """An entity that belongs to one camera of a portal."""

    _attr_has_entity_name = True

    def __init__(self, coordinator: KutimCoordinator, camera_id: str) -> None:
        """Describe the device of the camera this entity belongs to."""
        super().__init__(coordinator)
        self.camera_id = camera_id
        entry = coordinator.config_entry
        camera = self.portal_camera
        name = camera.name if camera is not None else camera_id
        self._attr_device_info = DeviceInfo(
            identifiers={device_identifier(entry, camera_id)},
            name=str(name),
            manufacturer=portal_manufacturer(entry),
            model=MODEL,
            suggested_area=str(camera.area) if camera is not None and camera.area else None,
            configuration_url=viewer_url(entry),
        )

    @property
    def portal_camera(self) -> Camera | None:
        """Return the camera as currently listed, or None when it is not listed."""
        data = self.coordinator.data
        return None if data is None else data.cameras.get(self.camera_id)

    @property
    def available(self) -> bool:
        """Return True while the portal lists the camera and does not call it offline."""
        camera = self.portal_camera
        return super().available and camera is not None and camera.online is not False
