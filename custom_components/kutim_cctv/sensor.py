"""Sensors: when each camera last gave a picture, how much it changed, and portal counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, EntityCategory
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coordinator import KutimCoordinator, PortalData
from .data import KutimConfigEntry
from .entity import (
    KutimCameraEntityDescription,
    KutimMonitoredEntity,
    KutimPortalEntity,
    async_add_described_camera_entities,
)
from .monitor import CameraMonitor, Interest
from .portal import Camera

# States come from the coordinator and the camera monitor; nothing is polled.
PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class KutimCameraSensorEntityDescription(SensorEntityDescription, KutimCameraEntityDescription):
    """A sensor of a camera, computed by the camera monitor."""

    value_fn: Callable[[CameraMonitor, Camera], float | datetime | None]
    available_fn: Callable[[CameraMonitor, Camera], bool] = lambda monitor, camera: True


@dataclass(frozen=True, kw_only=True)
class KutimPortalSensorEntityDescription(SensorEntityDescription):
    """A sensor of the portal, computed from its camera list."""

    value_fn: Callable[[PortalData, CameraMonitor], int | datetime | None]


def _scene_change(monitor: CameraMonitor, camera: Camera) -> float | None:
    """Return the share of the picture that changed, in percent."""
    reading = monitor.activity(camera.id)
    return None if reading is None else round((reading.score or 0.0) * 100, 2)


CAMERA_SENSORS: tuple[KutimCameraSensorEntityDescription, ...] = (
    KutimCameraSensorEntityDescription(
        key="last_picture",
        translation_key="last_picture",
        device_class=SensorDeviceClass.TIMESTAMP,
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        value_fn=lambda monitor, camera: monitor.last_picture(camera.id),
        interest=Interest.PASSIVE,
        while_offline=True,
    ),
    KutimCameraSensorEntityDescription(
        key="scene_change",
        translation_key="scene_change",
        native_unit_of_measurement=PERCENTAGE,
        state_class=SensorStateClass.MEASUREMENT,
        suggested_display_precision=1,
        entity_category=EntityCategory.DIAGNOSTIC,
        entity_registry_enabled_default=False,
        value_fn=_scene_change,
        available_fn=lambda monitor, camera: monitor.activity(camera.id) is not None,
        interest=Interest.ACTIVITY,
        activity=True,
    ),
)

PORTAL_SENSORS: tuple[KutimPortalSensorEntityDescription, ...] = (
    KutimPortalSensorEntityDescription(
        key="cameras_listed",
        translation_key="cameras_listed",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda data, monitor: len(data.cameras),
    ),
    KutimPortalSensorEntityDescription(
        key="cameras_online",
        translation_key="cameras_online",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda data, monitor: monitor.cameras_online(data.cameras.values()),
    ),
    KutimPortalSensorEntityDescription(
        key="last_poll",
        translation_key="last_poll",
        device_class=SensorDeviceClass.TIMESTAMP,
        entity_category=EntityCategory.DIAGNOSTIC,
        value_fn=lambda data, monitor: data.last_success,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: KutimConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the portal's sensors, and those of every selected camera as it appears."""
    coordinator = entry.runtime_data.coordinator
    async_add_entities(
        KutimPortalSensor(coordinator, description) for description in PORTAL_SENSORS
    )
    async_add_described_camera_entities(entry, CAMERA_SENSORS, KutimCameraSensor)


class KutimCameraSensor(KutimMonitoredEntity, SensorEntity):
    """A sensor of one camera."""

    entity_description: KutimCameraSensorEntityDescription

    @callback
    def async_entity_id_changed(self, old_entity_id: str) -> None:
        """Keep the sensor running under its new entity id."""
        super().async_entity_id_changed(old_entity_id)

    @property
    def available(self) -> bool:
        """Return True while the portal is read and the value means something."""
        camera = self.described_camera
        return camera is not None and self.entity_description.available_fn(self.monitor, camera)

    @property
    def native_value(self) -> float | datetime | None:
        """Return the value computed by the monitor."""
        camera = self.portal_camera
        return None if camera is None else self.entity_description.value_fn(self.monitor, camera)


class KutimPortalSensor(KutimPortalEntity, SensorEntity):
    """A sensor of the portal."""

    entity_description: KutimPortalSensorEntityDescription

    def __init__(
        self, coordinator: KutimCoordinator, description: KutimPortalSensorEntityDescription
    ) -> None:
        """Create the sensor for the portal."""
        super().__init__(coordinator, description.key)
        self.entity_description = description

    async def async_added_to_hass(self) -> None:
        """Follow the monitor too: camera checks change the number online."""
        await super().async_added_to_hass()
        monitor = self.coordinator.config_entry.runtime_data.monitor
        self.async_on_remove(monitor.async_subscribe_all(self.async_write_ha_state))

    @callback
    def async_entity_id_changed(self, old_entity_id: str) -> None:
        """Keep the monitor subscription: it is not keyed on the entity id."""
        super().async_entity_id_changed(old_entity_id)

    @property
    def native_value(self) -> int | datetime | None:
        """Return the value computed from the camera list."""
        data = self.coordinator.data
        monitor = self.coordinator.config_entry.runtime_data.monitor
        return None if data is None else self.entity_description.value_fn(data, monitor)
