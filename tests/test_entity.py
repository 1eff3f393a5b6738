"""Entities are added once per camera: across entity id changes and after failed adds."""

from __future__ import annotations

import asyncio
import importlib
import logging
import pkgutil
from typing import Any
from unittest.mock import patch

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.entity import Entity, entity_sources
from homeassistant.helpers.update_coordinator import CoordinatorEntity
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components import kutim_cctv
from custom_components.kutim_cctv.binary_sensor import KutimBinarySensor
from custom_components.kutim_cctv.camera import KutimCamera
from custom_components.kutim_cctv.const import CONF_ACTIVITY
from custom_components.kutim_cctv.entity import KutimEntity, KutimMonitoredEntity, KutimPortalEntity
from custom_components.kutim_cctv.sensor import PORTAL_SENSORS, KutimCameraSensor, KutimPortalSensor
from fake_portal import FakePortal
from fake_portal.data import FakeCamera

from .conftest import demo_camera_ids, kutim_entry
from .harness import slow_step_notice
from .test_init import setup_entry


def _entity_classes() -> list[type[Entity]]:
    """Return every entity class the integration defines, in any of its modules."""
    found: dict[str, type[Entity]] = {}
    for module in pkgutil.iter_modules(kutim_cctv.__path__):
        imported = importlib.import_module(f"{kutim_cctv.__name__}.{module.name}")
        for value in vars(imported).values():
            if (
                isinstance(value, type)
                and issubclass(value, Entity)
                and value.__module__.startswith(kutim_cctv.__name__)
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


ENTITY_CLASSES = _entity_classes()
# Hooks that make Home Assistant 2026.11 remove and add an entity again on an entity id
# change, unless the class defining them, or a subclass, defines async_entity_id_changed.
LIFECYCLE_HOOKS = (
    "async_prepare_to_add_to_hass",
    "async_added_to_hass",
    "async_will_remove_from_hass",
)
POLLS = 3


def our_entities(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, str]:
    """Return unique id -> entity id of every entity of the entry."""
    registry = er.async_get(hass)
    return {
        e.unique_id: e.entity_id
        for e in er.async_entries_for_config_entry(registry, entry.entry_id)
    }


def warnings_and_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Return every message logged at WARNING or above (but asyncio's slow-step notice)."""
    return [
        f"{record.name}: {record.getMessage()}"
        for record in caplog.records
        if record.levelno >= logging.WARNING and not slow_step_notice(record)
    ]


async def poll(hass: HomeAssistant, entry: MockConfigEntry, times: int = POLLS) -> None:
    """Poll the camera list and let every listener run."""
    for _ in range(times):
        await entry.runtime_data.coordinator.async_refresh()
        await hass.async_block_till_done()


@pytest.fixture
async def everything(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    entity_registry_enabled_by_default: None,
) -> MockConfigEntry:
    """Set up an entry with every kind of entity enabled: cameras, sensors, binary sensors."""
    entry = kutim_entry(fake_portal, **{CONF_ACTIVITY: True})
    await setup_entry(hass, entry)
    return entry


@pytest.fixture
def before(hass: HomeAssistant, everything: MockConfigEntry) -> dict[str, str]:
    """Return the set-up entry's entities, unique id -> entity id, before the test acts."""
    return our_entities(hass, everything)


@pytest.mark.parametrize(
    "unique_suffix",
    [
        pytest.param("{entry}:101", id="camera"),
        pytest.param("{entry}:101:last_picture", id="camera_sensor"),
        pytest.param("{entry}:101:scene_change", id="activity_sensor"),
        pytest.param("{entry}:101:online", id="online_binary_sensor"),
        pytest.param("{entry}:101:activity", id="activity_binary_sensor"),
        pytest.param("{entry}:cameras_listed", id="portal_sensor"),
        pytest.param("{entry}:last_poll", id="portal_timestamp_sensor"),
    ],
)
async def test_entity_id_change_keeps_one_entity(
    hass: HomeAssistant,
    everything: MockConfigEntry,
    before: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    unique_suffix: str,
) -> None:
    """A renamed entity of any kind is neither lost nor duplicated, poll after poll."""
    entry = everything
    unique_id = unique_suffix.format(entry=entry.entry_id)
    old_entity_id = before[unique_id]
    domain = old_entity_id.split(".")[0]
    new_entity_id = f"{domain}.renamed_by_the_resident"
    assert hass.states.get(old_entity_id) is not None
    caplog.clear()

    er.async_get(hass).async_update_entity(old_entity_id, new_entity_id=new_entity_id)
    await hass.async_block_till_done()
    await poll(hass, entry)

    assert warnings_and_errors(caplog) == []
    after = our_entities(hass, entry)
    assert after == {**before, unique_id: new_entity_id}
    assert hass.states.get(old_entity_id) is None
    assert hass.states.get(new_entity_id) is not None
    # Exactly one state per registered entity: nothing was added a second time.
    ours = set(after.values())
    assert len([s for s in hass.states.async_all() if s.entity_id in ours]) == len(ours)
    # The renamed entity still follows the coordinator.
    entry.runtime_data.coordinator.async_update_listeners()
    await hass.async_block_till_done()
    assert hass.states.get(new_entity_id) is not None


async def test_every_kind_renamed_at_once(
    hass: HomeAssistant,
    everything: MockConfigEntry,
    before: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Renaming all entities of a camera and of the portal, then polling, logs nothing."""
    entry = everything
    registry = er.async_get(hass)
    renamed: dict[str, str] = {}
    portal = {f"{entry.entry_id}:{description.key}" for description in PORTAL_SENSORS}
    for index, (unique_id, entity_id) in enumerate(sorted(before.items())):
        if unique_id.startswith(f"{entry.entry_id}:101") or unique_id in portal:
            renamed[unique_id] = f"{entity_id.split('.')[0]}.renamed_{index}"
    assert len(renamed) == 5 + len(PORTAL_SENSORS)
    assert {entity_id.split(".")[0] for entity_id in renamed.values()} == {
        "camera",
        "sensor",
        "binary_sensor",
    }
    caplog.clear()
    for unique_id, new_entity_id in renamed.items():
        registry.async_update_entity(before[unique_id], new_entity_id=new_entity_id)
    await hass.async_block_till_done()
    await poll(hass, entry)
    assert warnings_and_errors(caplog) == []
    assert our_entities(hass, entry) == {**before, **renamed}
    for new_entity_id in renamed.values():
        assert hass.states.get(new_entity_id) is not None


async def test_entity_id_changed_in_place_adds_nothing(
    hass: HomeAssistant,
    everything: MockConfigEntry,
    before: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """As from 2026.11: entities keep running under their new ids; polls add nothing.

    Home Assistant 2025.4 and 2026.2 remove and add the entity again instead, so the
    in-place change is played here by hand, without the platform's bookkeeping.
    """
    entry = everything
    registry = er.async_get(hass)

    async def change_in_place(self: Entity, event: Any) -> None:
        data = event.data
        if data["action"] != "update" or "old_entity_id" not in data:
            return
        self.registry_entry = registry.async_get(data["entity_id"])
        hass.states.async_remove(data["old_entity_id"])
        sources = entity_sources(hass)
        sources[data["entity_id"]] = sources.pop(data["old_entity_id"])
        self.entity_id = data["entity_id"]
        self.async_entity_id_changed(data["old_entity_id"])  # type: ignore[attr-defined]
        self.async_write_ha_state()

    renamed = {
        unique_id: f"{entity_id.split('.')[0]}.in_place_{index}"
        for index, (unique_id, entity_id) in enumerate(sorted(before.items()))
        if unique_id.startswith(f"{entry.entry_id}:101")
    }
    caplog.clear()
    with patch.object(Entity, "_async_process_registry_update_or_remove", change_in_place):
        for unique_id, new_entity_id in renamed.items():
            registry.async_update_entity(before[unique_id], new_entity_id=new_entity_id)
        await hass.async_block_till_done()
        await poll(hass, entry)
    assert warnings_and_errors(caplog) == []
    after = our_entities(hass, entry)
    assert after == {**before, **renamed}
    ours = set(after.values())
    assert len([s for s in hass.states.async_all() if s.entity_id in ours]) == len(ours)


async def test_camera_whose_add_failed_is_added_at_the_next_poll(
    hass: HomeAssistant, fake_portal: FakePortal, caplog: pytest.LogCaptureFixture
) -> None:
    """An add that raised is not counted as done: the next poll adds the camera."""
    entry = kutim_entry(fake_portal)
    original = KutimCamera.async_added_to_hass
    failing = {"101"}

    async def fail_once(self: KutimCamera) -> None:
        if self.camera_id in failing:
            failing.discard(self.camera_id)
            raise HomeAssistantError("the add failed")
        await original(self)

    with patch.object(KutimCamera, "async_added_to_hass", fail_once):
        await setup_entry(hass, entry)
        entity_id = our_entities(hass, entry)[f"{entry.entry_id}:101"]
        assert hass.states.get(entity_id) is None
        assert hass.states.get(our_entities(hass, entry)[f"{entry.entry_id}:102"]) is not None
        caplog.clear()
        await poll(hass, entry)

    assert warnings_and_errors(caplog) == []
    state = hass.states.get(entity_id)
    assert state is not None
    assert state.state == "idle"
    cameras = [e for e in our_entities(hass, entry).values() if e.startswith("camera.")]
    assert len(cameras) == len(demo_camera_ids())
    # And it is not added a second time afterwards.
    caplog.clear()
    await poll(hass, entry)
    assert warnings_and_errors(caplog) == []


async def test_list_change_during_an_add_is_not_lost(
    hass: HomeAssistant, fake_portal: FakePortal, caplog: pytest.LogCaptureFixture
) -> None:
    """A poll while entities are being added is looked at again once the add is done."""
    entry = kutim_entry(fake_portal)
    await setup_entry(hass, entry)
    coordinator = entry.runtime_data.coordinator
    gate = asyncio.Event()
    original = KutimCamera.async_added_to_hass

    async def slow(self: KutimCamera) -> None:
        await gate.wait()
        await original(self)

    caplog.clear()
    with patch.object(KutimCamera, "async_added_to_hass", slow):
        fake_portal.cameras.append(FakeCamera(201, "CCTV SIMP KABO", "", "", "kabo-2", None))
        await coordinator.async_refresh()
        fake_portal.cameras.append(FakeCamera(202, "CCTV TAMAN", "", "", "taman-2", None))
        await coordinator.async_refresh()
        gate.set()
        await hass.async_block_till_done()
        await poll(hass, entry)
    assert warnings_and_errors(caplog) == []
    entities = our_entities(hass, entry)
    for camera_id in ("201", "202"):
        assert hass.states.get(entities[f"{entry.entry_id}:{camera_id}"]) is not None
    cameras = [e for e in entities.values() if e.startswith("camera.")]
    assert len(cameras) == len(demo_camera_ids()) + 2
    registry = er.async_get(hass)
    enabled = {e for e in entities.values() if not registry.async_get(e).disabled}
    assert len([s for s in hass.states.async_all() if s.entity_id in enabled]) == len(enabled)


async def test_removed_device_comes_back_when_listed(
    hass: HomeAssistant,
    everything: MockConfigEntry,
    before: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Entities whose registry entries were removed are added again by the next poll."""
    entry = everything
    registry = er.async_get(hass)
    gone = {uid: eid for uid, eid in before.items() if uid.startswith(f"{entry.entry_id}:103")}
    assert len(gone) == 5  # camera, two sensors, two binary sensors
    for entity_id in gone.values():
        registry.async_remove(entity_id)
    await hass.async_block_till_done()
    assert all(hass.states.get(entity_id) is None for entity_id in gone.values())
    caplog.clear()
    await poll(hass, entry)
    assert warnings_and_errors(caplog) == []
    assert set(our_entities(hass, entry)) == set(before)
    for unique_id in gone:
        assert hass.states.get(our_entities(hass, entry)[unique_id]) is not None


def test_every_entity_class_is_checked() -> None:
    """The classes below are found in the modules, so a new entity class is checked too."""
    assert {
        KutimEntity,
        KutimMonitoredEntity,
        KutimPortalEntity,
        KutimCamera,
        KutimCameraSensor,
        KutimBinarySensor,
        KutimPortalSensor,
    } <= set(ENTITY_CLASSES)


@pytest.mark.parametrize("cls", ENTITY_CLASSES, ids=lambda cls: cls.__name__)
def test_entity_id_changes_in_place_on_newer_home_assistant(cls: type[Entity]) -> None:
    """Every class that has add or remove hooks also opts in to in-place entity id changes.

    Home Assistant 2026.11 removes and adds an entity again on an entity id change when a
    class in its hierarchy (other than Entity) defines one of the hooks, unless that class
    or a subclass of it defines async_entity_id_changed.
    """
    assert "async_entity_id_changed" in vars(cls)
    mro = cls.__mro__
    for index, base in enumerate(mro):
        if base in (Entity, object) or not any(hook in vars(base) for hook in LIFECYCLE_HOOKS):
            continue
        assert any("async_entity_id_changed" in vars(sub) for sub in mro[: index + 1]), base


@pytest.mark.parametrize("cls", ENTITY_CLASSES, ids=lambda cls: cls.__name__)
def test_entity_id_changed_is_harmless_here(cls: type[Entity]) -> None:
    """The hook never runs on 2025.4 or 2026.2; called anyway, it does nothing."""
    entity: Any = object.__new__(cls)
    entity.entity_id = "camera.new"
    cls.async_entity_id_changed(entity, "camera.old")
    assert entity.entity_id == "camera.new"
    assert issubclass(cls, CoordinatorEntity)
