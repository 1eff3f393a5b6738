"""Base entity of the Kutai Timur CCTV integration."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from homeassistant.core import callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import Entity, EntityDescription
from homeassistant.helpers.entity_platform import async_get_current_platform
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .const import DOMAIN, KUTIM_VIEWER_URL, MANUFACTURER_KUTIM, MODEL, MODEL_PORTAL
from .coordinator import KutimCoordinator, selected_camera_ids
from .identity import device_identifier, entity_key, portal_identifier, portal_key
from .portal import Camera, Profile, normalise_url

if TYPE_CHECKING:
    from homeassistant.core import HomeAssistant

    from .data import KutimConfigEntry
    from .monitor import CameraMonitor, Interest

BACKGROUND_BATCH = 20
"""Entities added at a time by the background add, with a pause for the event loop between."""


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

    @callback
    def async_entity_id_changed(self, old_entity_id: str) -> None:
        """Keep running under a new entity id: nothing here is keyed on it (2026.11+).

        Home Assistant 2025.4 and 2026.2 never call this and lack it in their base class.
        """
        parent: Callable[[str], None] | None = getattr(super(), "async_entity_id_changed", None)
        if parent is not None:
            parent(old_entity_id)


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
        self._attr_unique_id = entity_key(coordinator.config_entry, camera_id, description.key)

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

    @callback
    def async_entity_id_changed(self, old_entity_id: str) -> None:
        """Keep the monitor subscription: it is keyed on the camera, not the entity id."""
        super().async_entity_id_changed(old_entity_id)


class KutimPortalEntity(CoordinatorEntity[KutimCoordinator]):
    """An entity of the portal itself, on a service device."""

    _attr_has_entity_name = True

    def __init__(self, coordinator: KutimCoordinator, key: str) -> None:
        """Describe the portal's device."""
        super().__init__(coordinator)
        entry = coordinator.config_entry
        self._attr_unique_id = portal_key(entry, key)
        self._attr_device_info = DeviceInfo(
            identifiers={portal_identifier(entry)},
            entry_type=DeviceEntryType.SERVICE,
            name=str(entry.title),
            manufacturer=portal_manufacturer(entry),
            model=MODEL_PORTAL,
            configuration_url=viewer_url(entry),
        )

    @callback
    def async_entity_id_changed(self, old_entity_id: str) -> None:
        """Keep running under a new entity id: nothing here is keyed on it (2026.11+).

        Home Assistant 2025.4 and 2026.2 never call this and lack it in their base class.
        """
        parent: Callable[[str], None] | None = getattr(super(), "async_entity_id_changed", None)
        if parent is not None:
            parent(old_entity_id)


class CameraEntityAdder:
    """Add the entities of the selected cameras, each once, as the cameras appear.

    Whether an entity is there is read from the platform's entities and the entity
    registry, by unique id, never from removal callbacks: before 2026.11 Home Assistant
    removes an entity and adds it again when its entity id is changed, and an entity whose
    add failed must be added again at the next poll. Adds are awaited here (one batch at a
    time) rather than handed to the platform's callback, so that a failed add is seen and
    undone.
    """

    def __init__(
        self,
        entry: KutimConfigEntry,
        unique_ids: Callable[[str], Iterable[str]],
        create: Callable[[KutimCoordinator, str], Sequence[Entity]],
        *,
        waiting: bool = False,
    ) -> None:
        """Bind the adder to the platform being set up.

        A ``waiting`` adder adds nothing until :meth:`async_add_in_batches` runs: list
        updates before then are covered by that first add.
        """
        self._entry = entry
        self._unique_ids = unique_ids
        self._create = create
        self._platform = async_get_current_platform()
        self._hass = self._platform.hass
        self._registry = er.async_get(self._hass)
        self._adding = False
        self._again = False
        self._stopped = False
        self._waiting = waiting

    @callback
    def async_stop(self) -> None:
        """Add nothing more: the entry is being unloaded."""
        self._stopped = True

    @property
    def domain(self) -> str:
        """Return the domain of the platform the adder adds to."""
        return self._platform.domain

    @property
    def stopped(self) -> bool:
        """Return whether the entry is being unloaded."""
        return self._stopped

    def _disabled(self, unique_id: str) -> bool:
        """Return whether the registry holds the entity disabled (not to be added now)."""
        entity_id = self._registry.async_get_entity_id(self._platform.domain, DOMAIN, unique_id)
        registered = None if entity_id is None else self._registry.async_get(entity_id)
        # Home Assistant reloads the entry when such an entity is enabled again.
        return registered is not None and registered.disabled

    def _missing(self) -> list[Entity]:
        """Return new entities for what selected, listed cameras lack."""
        coordinator = self._entry.runtime_data.coordinator
        cameras = coordinator.data.cameras
        # By unique id, not entity id: an entity keeps it when its entity id changes.
        present = {entity.unique_id for entity in self._platform.entities.values()}
        entities: list[Entity] = []
        for camera_id in sorted(selected_camera_ids(self._entry, cameras) & set(cameras)):
            missing = {
                unique_id
                for unique_id in self._unique_ids(camera_id)
                if unique_id not in present and not self._disabled(unique_id)
            }
            if missing:
                entities.extend(
                    entity
                    for entity in self._create(coordinator, camera_id)
                    if entity.unique_id in missing
                )
        return entities

    @callback
    def async_add_missing(self) -> None:
        """Add what is missing; while an add runs, look again once it has finished."""
        if self._stopped or self._waiting:
            return
        if self._adding:
            self._again = True
            return
        if entities := self._missing():
            self._adding = True
            self._entry.async_create_task(
                self._hass, self._async_add(entities), f"{DOMAIN} add {self._platform.domain}"
            )

    async def _async_add_entities(self, entities: list[Entity]) -> None:
        """Add entities, then take out those whose add failed half-way."""
        await self._platform.async_add_entities(entities)
        for entity in entities:
            entity_id = entity.entity_id
            if (
                entity_id is not None
                and self._platform.entities.get(entity_id) is entity
                and self._hass.states.get(entity_id) is None
            ):
                # Home Assistant 2025.4 and 2026.2 keep an entity whose add raised,
                # which would block adding it again.
                await entity.async_remove(force_remove=True)

    async def _async_add(self, entities: list[Entity]) -> None:
        """Add entities in one batch, then look again if the list changed meanwhile."""
        try:
            await self._async_add_entities(entities)
        finally:
            self._adding = False
        self._async_look_again()

    @callback
    def _async_look_again(self) -> None:
        """Add what the list brought while an add ran."""
        if self._again:
            self._again = False
            self.async_add_missing()

    async def async_add_in_batches(self) -> None:
        """Add what is missing a batch at a time, yielding to the event loop in between.

        Used after the entry's setup has returned, so that setting up many cameras does
        not hold up Home Assistant's start. Stops between two batches once the entry is
        being unloaded.
        """
        self._waiting = False
        if self._stopped or self._adding:
            return
        entities = self._missing()
        if not entities:
            return
        self._adding = True
        try:
            for start in range(0, len(entities), BACKGROUND_BATCH):
                await asyncio.sleep(0)
                if self.stopped:
                    return
                await self._async_add_entities(entities[start : start + BACKGROUND_BATCH])
        finally:
            self._adding = False
        self._async_look_again()


@callback
def async_add_camera_entities(
    entry: KutimConfigEntry,
    unique_ids: Callable[[str], Iterable[str]],
    create: Callable[[KutimCoordinator, str], Sequence[Entity]],
    *,
    background: bool = False,
) -> None:
    """Add the entities of every selected camera, now and whenever the list changes.

    ``unique_ids`` names the entities of a camera; ``create`` builds them. With
    ``background``, the first add waits for :func:`async_start_background_adds`, which the
    entry starts once its setup is done; later adds follow the list as usual.
    """
    adder = CameraEntityAdder(entry, unique_ids, create, waiting=background)
    if background:
        entry.runtime_data.background_adders.append(adder)
    else:
        adder.async_add_missing()
    entry.async_on_unload(
        entry.runtime_data.coordinator.async_add_listener(adder.async_add_missing)
    )
    entry.async_on_unload(adder.async_stop)


@callback
def async_add_described_camera_entities[DescriptionT: KutimCameraEntityDescription](
    entry: KutimConfigEntry,
    descriptions: Iterable[DescriptionT],
    create: Callable[[KutimCoordinator, str, DescriptionT], Entity],
) -> None:
    """Add one entity a description to every selected camera, from the background.

    Descriptions marked ``activity`` are left out while activity detection is off.
    """
    activity = entry.runtime_data.monitor.activity_settings is not None
    chosen = [d for d in descriptions if activity or not d.activity]

    def unique_ids(camera_id: str) -> list[str]:
        return [entity_key(entry, camera_id, d.key) for d in chosen]

    def create_all(coordinator: KutimCoordinator, camera_id: str) -> list[Entity]:
        return [create(coordinator, camera_id, d) for d in chosen]

    # Added from a background task once setup has returned: the cameras come first.
    async_add_camera_entities(entry, unique_ids, create_all, background=True)


@callback
def async_start_background_adds(hass: HomeAssistant, entry: KutimConfigEntry) -> None:
    """Start adding the entities left for after setup, in one background task.

    The task is created without an eager start: it runs only once the current setup
    has returned and the entry is loaded.
    """
    # Cameras first: they are what a dashboard shows; their sensors follow.
    adders = sorted(entry.runtime_data.background_adders, key=lambda a: a.domain != "camera")
    if not adders:
        return

    async def add_all() -> None:
        for adder in adders:
            await adder.async_add_in_batches()

    entry.runtime_data.background_add = entry.async_create_background_task(
        hass, add_all(), f"{DOMAIN} add entities", eager_start=False
    )


async def async_stop_background_adds(entry: KutimConfigEntry) -> None:
    """Stop the background add and wait until it has finished its current batch.

    Called before the platforms are unloaded, so that no entity is added to a platform
    being taken down.
    """
    for adder in entry.runtime_data.background_adders:
        adder.async_stop()
    task = entry.runtime_data.background_add
    if task is not None and not task.done():
        # Stopped adders end at the next batch boundary; never cut an add in half.
        await asyncio.wait([task])
