"""Startup: the entities are added after setup returns, each once, and unload stops the add."""

from __future__ import annotations

import asyncio
from collections import Counter
import logging
from unittest.mock import patch

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_platform, entity_registry as er
import pytest

from custom_components import kutim_cctv
from custom_components.kutim_cctv.camera import KutimCamera
from custom_components.kutim_cctv.const import CONF_ACTIVITY, DOMAIN
from custom_components.kutim_cctv.data import KutimConfigEntry
from custom_components.kutim_cctv.entity import BACKGROUND_BATCH
from fake_portal import FakePortal
from fake_portal.data import FakeCamera

from .conftest import demo_camera_ids, kutim_entry

# Per camera: the camera, Last picture, Scene change, Online and Activity.
PER_CAMERA = ("", ":last_picture", ":scene_change", ":online", ":activity")
PORTAL = ("cameras_listed", "cameras_online", "last_poll")
# Loggers that warn about the test environment itself (a custom integration, no zlib-ng)
# or about timing, which the bench measures and the tests do not.
START_NOTES = {"homeassistant.loader", "aiohttp_fast_zlib", "asyncio"}


def expected_unique_ids(entry_id: str, camera_ids: list[str]) -> set[str]:
    """Return every unique id an entry with activity detection and these cameras has."""
    return {f"{entry_id}:{cid}{suffix}" for cid in camera_ids for suffix in PER_CAMERA} | {
        f"{entry_id}:{key}" for key in PORTAL
    }


def platform_unique_ids(hass: HomeAssistant) -> Counter[str]:
    """Count the unique ids of the entities the integration's platforms hold."""
    return Counter(
        entity.unique_id
        for platform in entity_platform.async_get_platforms(hass, DOMAIN)
        for entity in platform.entities.values()
        if entity.unique_id is not None
    )


def assert_each_once(hass: HomeAssistant, entry_id: str, camera_ids: list[str]) -> None:
    """Every entity exists exactly once: in the platforms, the registry and the states."""
    expected = expected_unique_ids(entry_id, camera_ids)
    held = platform_unique_ids(hass)
    assert set(held) == expected
    assert set(held.values()) == {1}
    registry = er.async_get(hass)
    registered = er.async_entries_for_config_entry(registry, entry_id)
    assert Counter(e.unique_id for e in registered) == Counter(expected)
    for entry in registered:
        assert hass.states.get(entry.entity_id) is not None, entry.entity_id


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Return every message logged at WARNING or above, Home Assistant's start notes aside."""
    return [
        f"{r.name}: {r.getMessage()}"
        for r in caplog.records
        if r.levelno >= logging.WARNING and r.name not in START_NOTES
    ]


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_entities_follow_setup_in_the_background(
    hass: HomeAssistant, fake_portal: FakePortal, caplog: pytest.LogCaptureFixture
) -> None:
    """Setup returns before the camera entities are added; then each is added once."""
    entry = kutim_entry(fake_portal, **{CONF_ACTIVITY: True})
    entry.add_to_hass(hass)
    at_return: list[set[str]] = []
    original = kutim_cctv.async_setup_entry

    async def setup_then_look(hass: HomeAssistant, entry: KutimConfigEntry) -> bool:
        result = await original(hass, entry)
        at_return.append(set(platform_unique_ids(hass)))
        return result

    with patch.object(kutim_cctv, "async_setup_entry", setup_then_look):
        assert await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.LOADED
    task = entry.runtime_data.background_add
    assert task is not None
    # Only the portal's own sensors were added on the startup path.
    assert at_return == [{f"{entry.entry_id}:{key}" for key in PORTAL}]
    await hass.async_block_till_done(wait_background_tasks=True)
    assert task.done()
    assert task.exception() is None
    assert_each_once(hass, entry.entry_id, demo_camera_ids())
    # Later polls add nothing more.
    for _ in range(2):
        await entry.runtime_data.coordinator.async_refresh()
        await hass.async_block_till_done(wait_background_tasks=True)
    assert_each_once(hass, entry.entry_id, demo_camera_ids())
    assert errors(caplog) == []


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_many_cameras_are_added_in_batches_each_once(
    hass: HomeAssistant, fake_portal: FakePortal, caplog: pytest.LogCaptureFixture
) -> None:
    """More entities than a batch, and list changes during the add: still each once."""
    extra = [
        FakeCamera(300 + n, f"CCTV TAMBAHAN {n}", "", "", f"extra-{n}", None)
        for n in range(BACKGROUND_BATCH + 5)
    ]
    fake_portal.cameras.extend(extra)
    entry = kutim_entry(fake_portal, **{CONF_ACTIVITY: True})
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    # A poll that brings a new camera while the background add has not finished.
    fake_portal.cameras.append(FakeCamera(999, "CCTV BARU", "", "", "baru-1", None))
    await entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done(wait_background_tasks=True)
    camera_ids = sorted(str(c.id) for c in fake_portal.cameras)
    assert_each_once(hass, entry.entry_id, camera_ids)
    assert errors(caplog) == []


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
@pytest.mark.parametrize("started", [False, True], ids=["before_the_add", "during_a_batch"])
async def test_unload_during_the_background_add(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    caplog: pytest.LogCaptureFixture,
    started: bool,
) -> None:
    """Unloading while entities are being added stops the add and leaves nothing running."""
    entry = kutim_entry(fake_portal, **{CONF_ACTIVITY: True})
    entry.add_to_hass(hass)
    gate = asyncio.Event()
    reached = asyncio.Event()
    original = KutimCamera.async_added_to_hass

    async def held(self: KutimCamera) -> None:
        reached.set()
        await gate.wait()
        await original(self)

    with patch.object(KutimCamera, "async_added_to_hass", held):
        assert await hass.config_entries.async_setup(entry.entry_id)
        task = entry.runtime_data.background_add
        assert task is not None
        if started:
            await reached.wait()  # the first camera of the first batch is being added
        unload = hass.async_create_task(hass.config_entries.async_unload(entry.entry_id))
        await asyncio.sleep(0)
        gate.set()
        assert await unload
    await hass.async_block_till_done(wait_background_tasks=True)
    assert entry.state is ConfigEntryState.NOT_LOADED
    assert task.done()
    assert not task.cancelled()  # it ended at a batch boundary, not in the middle
    assert not any(
        platform.entities for platform in entity_platform.async_get_platforms(hass, DOMAIN)
    )
    registry = er.async_get(hass)
    for registered in er.async_entries_for_config_entry(registry, entry.entry_id):
        state = hass.states.get(registered.entity_id)
        assert state is None or state.state == STATE_UNAVAILABLE
    # Nothing was added to a platform after it was taken down, and nothing failed.
    assert errors(caplog) == []
    # Setting up again brings every entity, each once.
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert_each_once(hass, entry.entry_id, demo_camera_ids())
