"""Binary sensors: is a camera online, and is there activity in its picture."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from homeassistant.components.binary_sensor import (
    BinarySensorDeviceClass,
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coordinator import KutimCoordinator
from .data import KutimConfigEntry
from .entity import KutimMonitoredEntity, async_add_camera_entities
from .monitor import CameraMonitor, Interest
from .portal import Camera

# States come from the coordinator and the camera monitor; nothing is polled.
PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class KutimBinarySensorEntityDescription(BinarySensorEntityDescription):
    """A binary sensor of a camera, computed by the camera monitor."""

    value_fn: Callable[[CameraMonitor, Camera], bool | None]
    interest: Interest
    activity: bool = False
    """Only created when activity detection is on."""
    while_offline: bool = False
    """Available even while the portal calls the camera offline."""


def _activity(monitor: CameraMonitor, camera: Camera) -> bool | None:
    """Return whether the camera's picture shows activity, None when unknown."""
    reading = monitor.activity(camera.id)
    return None if reading is None else reading.active


BINARY_SENSORS: tuple[KutimBinarySensorEntityDescription, ...] = (
    KutimBinarySensorEntityDescription(
        key="online",
        translation_key="online",
        device_class=BinarySensorDeviceClass.CONNECTIVITY,
        entity_category=EntityCategory.DIAGNOSTIC,
        value_fn=lambda monitor, camera: monitor.connectivity(camera),
        interest=Interest.HEALTH,
        while_offline=True,
    ),
    KutimBinarySensorEntityDescription(
        key="activity",
        translation_key="activity",
        value_fn=_activity,
        interest=Interest.ACTIVITY,
        activity=True,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: KutimConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the binary sensors of every selected camera, now and when new ones appear."""
    activity = entry.runtime_data.monitor.activity_settings is not None
    descriptions = [d for d in BINARY_SENSORS if activity or not d.activity]

    def create(coordinator: KutimCoordinator, camera_id: str) -> list[KutimBinarySensor]:
        return [KutimBinarySensor(coordinator, camera_id, d) for d in descriptions]

    async_add_camera_entities(entry, async_add_entities, create)


class KutimBinarySensor(KutimMonitoredEntity, BinarySensorEntity):
    """A binary sensor of one camera."""

    entity_description: KutimBinarySensorEntityDescription

    def __init__(
        self,
        coordinator: KutimCoordinator,
        camera_id: str,
        description: KutimBinarySensorEntityDescription,
    ) -> None:
        """Create the sensor for one camera."""
        super().__init__(coordinator, camera_id)
        self.entity_description = description
        self._attr_unique_id = f"{coordinator.config_entry.unique_id}:{camera_id}:{description.key}"

    @property
    def interest(self) -> Interest:
        """Return what the sensor needs from the monitor."""
        return self.entity_description.interest

    @property
    def available(self) -> bool:
        """Return True while the portal is read and the state is known."""
        description = self.entity_description
        camera = self.monitored_camera(while_offline=description.while_offline)
        return camera is not None and description.value_fn(self.monitor, camera) is not None

    @property
    def is_on(self) -> bool | None:
        """Return the state computed by the monitor."""
        camera = self.portal_camera
        return None if camera is None else self.entity_description.value_fn(self.monitor, camera)
