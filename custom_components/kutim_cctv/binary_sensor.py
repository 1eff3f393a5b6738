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
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .data import KutimConfigEntry
from .entity import (
    KutimCameraEntityDescription,
    KutimMonitoredEntity,
    async_add_described_camera_entities,
)
from .monitor import CameraMonitor, Interest
from .portal import Camera

# States come from the coordinator and the camera monitor; nothing is polled.
PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class KutimBinarySensorEntityDescription(
    BinarySensorEntityDescription, KutimCameraEntityDescription
):
    """A binary sensor of a camera, computed by the camera monitor."""

    value_fn: Callable[[CameraMonitor, Camera], bool | None]


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
    async_add_described_camera_entities(entry, BINARY_SENSORS, KutimBinarySensor)


class KutimBinarySensor(KutimMonitoredEntity, BinarySensorEntity):
    """A binary sensor of one camera."""

    entity_description: KutimBinarySensorEntityDescription

    @callback
    def async_entity_id_changed(self, old_entity_id: str) -> None:
        """Keep the binary sensor running under its new entity id."""
        super().async_entity_id_changed(old_entity_id)

    @property
    def available(self) -> bool:
        """Return True while the portal's list is read and lists the camera.

        A value the monitor does not know is ``unknown`` (``is_on`` None), not
        unavailable: only a failed list, a camera missing from it, or (for sensors that
        need the camera's pictures) a camera the portal calls offline make it unavailable.
        """
        return self.described_camera is not None

    @property
    def is_on(self) -> bool | None:
        """Return the state computed by the monitor, None while it is unknown."""
        camera = self.described_camera
        return None if camera is None else self.entity_description.value_fn(self.monitor, camera)
