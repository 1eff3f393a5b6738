"""Base entity of the Kutai Timur CCTV integration."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from homeassistant.core import callback
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import Entity, EntityDescription
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import DOMAIN, KUTIM_VIEWER_URL, MANUFACTURER_KUTIM, MODEL, MODEL_PORTAL
from .coordinator import KutimCoordinator, device_identifier, selected_camera_ids
from .portal import Camera, Profile, normalise_url

if TYPE_CHECKING:
    from .data import KutimConfigEntry
    from .monitor import CameraMonitor, Interest


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
        return _origin(settings.hls_url)
    return _origin(settings.url)


def _origin(url: str) -> str:
    """Return scheme, host and port of a URL: never its credentials, path or query."""
    return normalise_url(urlsplit(url.strip())._replace(path="/", query="").geturl()) + "/"


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


@dataclass(frozen=True, kw_only=True)
class KutimCameraEntityDescription(EntityDescription):
    """What every monitored camera entity declares about itself."""

    interest: Interest
    activity: bool = False
    """Only created when activity detection is on."""
    while_offline: bool = False
    """Available even while the portal calls the camera offline."""


class KutimMonitoredEntity(KutimEntity):
    """An entity of a camera whose state comes from the camera monitor."""

    entity_description: KutimCameraEntityDescription

    def __init__(
        self,
        coordinator: KutimCoordinator,
        camera_id: str,
        description: KutimCameraEntityDescription,
    ) -> None:
        """Create the entity described by ``description`` for one camera."""
        super().__init__(coordinator, camera_id)
        self.entity_description = description
        self._attr_unique_id = f"{coordinator.config_entry.unique_id}:{camera_id}:{description.key}"

    @property
    def interest(self) -> Interest:
        """Return what the entity needs from the monitor."""
        return self.entity_description.interest

    @property
    def described_camera(self) -> Camera | None:
        """Return the camera when the entity's description allows a state for it."""
        return self.monitored_camera(while_offline=self.entity_description.while_offline)

    @property
    def monitor(self) -> CameraMonitor:
        """Return the monitor of the entity's portal."""
        return self.coordinator.config_entry.runtime_data.monitor

    def monitored_camera(self, *, while_offline: bool) -> Camera | None:
        """Return the camera while the list is read and it is listed (and online, unless told)."""
        camera = self.portal_camera
        if camera is None or not self.coordinator.last_update_success:
            return None
        if camera.online is False and not while_offline:
            return None
        return camera

    async def async_added_to_hass(self) -> None:
        """Follow the monitor's news about the camera."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self.monitor.async_subscribe(self.camera_id, self.interest, self.async_write_ha_state)
        )


class KutimPortalEntity(CoordinatorEntity[KutimCoordinator]):
    """An entity of the portal itself, on a service device."""

    _attr_has_entity_name = True

    def __init__(self, coordinator: KutimCoordinator, key: str) -> None:
        """Describe the portal's device."""
        super().__init__(coordinator)
        entry = coordinator.config_entry
        self._attr_unique_id = f"{entry.unique_id}:{key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, str(entry.unique_id))},
            entry_type=DeviceEntryType.SERVICE,
            name=str(entry.title),
            manufacturer=portal_manufacturer(entry),
            model=MODEL_PORTAL,
            configuration_url=viewer_url(entry),
        )


@callback
def async_add_camera_entities(
    entry: KutimConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
    create: Callable[[KutimCoordinator, str], Sequence[Entity]],
) -> None:
    """Add the entities of every selected camera, now and when new cameras appear."""
    coordinator = entry.runtime_data.coordinator
    added: set[str | None] = set()

    @callback
    def add_new_cameras() -> None:
        data = coordinator.data
        wanted = selected_camera_ids(entry, data.cameras) & set(data.cameras)
        entities = [
            entity
            for camera_id in sorted(wanted)
            for entity in create(coordinator, camera_id)
            if entity.unique_id not in added
        ]
        if entities:
            for entity in entities:
                added.add(entity.unique_id)
                # An entity whose device was removed may come back: add it again then.
                entity.async_on_remove(partial(added.discard, entity.unique_id))
            async_add_entities(entities)

    add_new_cameras()
    entry.async_on_unload(coordinator.async_add_listener(add_new_cameras))
