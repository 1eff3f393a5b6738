"""Setup, unload, polling, new and vanished cameras."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er, issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv import async_remove_config_entry_device
from custom_components.kutim_cctv.const import (
    CONF_ADD_NEW,
    CONF_CAMERAS,
    CONF_KNOWN_CAMERAS,
    DOMAIN,
    ISSUE_NEW_CAMERAS,
    MAX_NEW_CAMERAS_PER_POLL,
    STALE_POLLS,
)
from fake_portal import FakePortal
from fake_portal.data import FakeCamera

from .conftest import demo_camera_ids, entry_for


async def setup_entry(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    # The entities are added by a background task once setup has returned.
    await hass.async_block_till_done(wait_background_tasks=True)


def camera_entities(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, str]:
    """Return unique id suffix (camera id) -> entity id of the entry's cameras."""
    registry = er.async_get(hass)
    return {
        ent.unique_id.rsplit(":", 1)[1]: ent.entity_id
        for ent in er.async_entries_for_config_entry(registry, entry.entry_id)
        if ent.domain == "camera"
    }


async def test_setup_and_unload(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Every selected camera becomes an entity with a device; unload removes them."""
    await setup_entry(hass, mock_config_entry)
    assert mock_config_entry.state is ConfigEntryState.LOADED
    entities = camera_entities(hass, mock_config_entry)
    assert sorted(entities) == sorted(demo_camera_ids())
    state = hass.states.get(entities["101"])
    assert state is not None
    assert state.state == "idle"
    assert state.attributes["friendly_name"] == "Simpang 3 Jl. Yos Sudarso"
    device = dr.async_get(hass).async_get_device(
        identifiers={(DOMAIN, f"{mock_config_entry.entry_id}:101")}
    )
    assert device is not None
    assert device.manufacturer == "Diskominfo Staper Kutai Timur"
    assert device.model == "CCTV"
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert mock_config_entry.state is ConfigEntryState.NOT_LOADED


async def test_portal_down_at_start_retries(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    fake_portal.faults.status = 503
    mock_config_entry.add_to_hass(hass)
    await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert mock_config_entry.state is ConfigEntryState.SETUP_RETRY


async def test_portal_outage_makes_entities_unavailable(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Entities go unavailable during an outage, logged once, and come back."""
    await setup_entry(hass, mock_config_entry)
    coordinator = mock_config_entry.runtime_data.coordinator
    entity_id = camera_entities(hass, mock_config_entry)["101"]
    fake_portal.faults.status = 502
    for _ in range(3):
        await coordinator.async_refresh()
        await hass.async_block_till_done()
        assert hass.states.get(entity_id).state == STATE_UNAVAILABLE
    assert caplog.text.count("HTTP 502") == 1
    fake_portal.faults.reset()
    await coordinator.async_refresh()
    await hass.async_block_till_done()
    assert hass.states.get(entity_id).state == "idle"
    assert caplog.text.count("recovered") == 1
    # The selection survives the outage.
    assert mock_config_entry.options[CONF_CAMERAS] == demo_camera_ids()


async def test_unchanged_list_uses_validators(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    await setup_entry(hass, mock_config_entry)
    coordinator = mock_config_entry.runtime_data.coordinator
    await coordinator.async_refresh()
    assert coordinator.not_modified_polls == 1
    assert coordinator.last_body_bytes == 0
    assert coordinator.data.not_modified


async def test_new_camera_is_added_automatically(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    await setup_entry(hass, mock_config_entry)
    fake_portal.cameras.append(
        FakeCamera(201, "CCTV SIMP KABO", "0.52", "117.57", "simpang-kabo-2", None)
    )
    await mock_config_entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done()
    assert "201" in camera_entities(hass, mock_config_entry)


def many_cameras(first: int, count: int) -> list[FakeCamera]:
    """Return ``count`` new cameras with ids from ``first`` on."""
    return [
        FakeCamera(n, f"CCTV BARU {n}", "0.5", "117.5", f"baru-{n}", None)
        for n in range(first, first + count)
    ]


async def test_many_new_cameras_are_added_a_bounded_number_a_poll(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """New cameras arrive at most MAX_NEW_CAMERAS_PER_POLL a poll, in list order, all in the end.

    The later polls find the list unchanged (HTTP 304): adding still goes on.
    """
    await setup_entry(hass, mock_config_entry)
    coordinator = mock_config_entry.runtime_data.coordinator
    selected = set(demo_camera_ids())
    new = many_cameras(1000, 2 * MAX_NEW_CAMERAS_PER_POLL + 7)
    fake_portal.cameras.extend(new)
    new_ids = [str(camera.id) for camera in new]
    for poll in range(1, 4):
        await coordinator.async_refresh()
        await hass.async_block_till_done(wait_background_tasks=True)
        added = set(camera_entities(hass, mock_config_entry)) - selected
        expected = new_ids[: min(poll * MAX_NEW_CAMERAS_PER_POLL, len(new_ids))]
        assert added == set(expected), poll
        assert coordinator.data.not_modified is (poll > 1)
    devices = dr.async_entries_for_config_entry(dr.async_get(hass), mock_config_entry.entry_id)
    assert len(devices) == 1 + len(selected) + len(new_ids)  # the portal, then each camera


async def test_a_list_renaming_all_its_ids_cannot_flood_devices(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """A list whose ids all change every poll adds a bounded number of devices at most."""
    await setup_entry(hass, mock_config_entry)
    coordinator = mock_config_entry.runtime_data.coordinator
    demo = list(fake_portal.cameras)
    dev_reg = dr.async_get(hass)
    most = 0
    for poll in range(3 * STALE_POLLS):
        fake_portal.cameras[:] = demo + many_cameras(10_000 * (poll + 1), 500)
        await coordinator.async_refresh()
        await hass.async_block_till_done(wait_background_tasks=True)
        devices = dr.async_entries_for_config_entry(dev_reg, mock_config_entry.entry_id)
        most = max(most, len(devices))
    bound = 1 + len(demo) + STALE_POLLS * MAX_NEW_CAMERAS_PER_POLL
    assert MAX_NEW_CAMERAS_PER_POLL < most <= bound


async def test_cameras_added_automatically_are_back_at_once_after_a_restart(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Cameras added before a reload keep their entities at once; none waits its turn."""
    await setup_entry(hass, mock_config_entry)
    coordinator = mock_config_entry.runtime_data.coordinator
    new = many_cameras(3000, MAX_NEW_CAMERAS_PER_POLL + 5)
    fake_portal.cameras.extend(new)
    for _ in range(2):
        await coordinator.async_refresh()
        await hass.async_block_till_done(wait_background_tasks=True)
    before = camera_entities(hass, mock_config_entry)
    assert {str(camera.id) for camera in new} <= set(before)
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert camera_entities(hass, mock_config_entry) == before
    states = [hass.states.get(entity_id) for entity_id in before.values()]
    assert all(state is not None and state.state == "idle" for state in states)


async def test_new_camera_is_offered_when_not_automatic(
    hass: HomeAssistant, fake_portal: FakePortal, fake_portal_entry_no_add: MockConfigEntry
) -> None:
    """Without automatic adding, a fixable repair issue offers the new cameras."""
    entry = fake_portal_entry_no_add
    await setup_entry(hass, entry)
    issue_id = f"{ISSUE_NEW_CAMERAS}_{entry.entry_id}"
    fake_portal.cameras.append(
        FakeCamera(201, "CCTV SIMP KABO", "0.52", "117.57", "simpang-kabo-2", None)
    )
    await entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done()
    assert "201" not in camera_entities(hass, entry)
    issue = ir.async_get(hass).async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_placeholders == {
        "portal": entry.title,
        "count": "1",
        "names": "Simpang Kabo",
    }

    from custom_components.kutim_cctv.repairs import async_create_fix_flow

    flow = await async_create_fix_flow(hass, issue_id, issue.data)
    flow.hass = hass
    flow.issue_id = issue_id
    form = await flow.async_step_init()
    assert form["step_id"] == "confirm"
    assert form["description_placeholders"]["count"] == "1"
    result = await flow.async_step_confirm({})
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()
    assert "201" in entry.options[CONF_CAMERAS]
    assert "201" in entry.options[CONF_KNOWN_CAMERAS]
    assert "201" in camera_entities(hass, entry)
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue_id) is None


async def test_vanished_camera_is_removed_after_several_polls(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """One missing poll or a failed poll keeps the device; several in a row remove it."""
    await setup_entry(hass, mock_config_entry)
    coordinator = mock_config_entry.runtime_data.coordinator
    dev_reg = dr.async_get(hass)
    ident = {(DOMAIN, f"{mock_config_entry.entry_id}:107")}
    gone = fake_portal.cameras.pop()
    assert str(gone.id) == "107"
    await coordinator.async_refresh()
    assert dev_reg.async_get_device(identifiers=ident) is not None
    # Back for one poll: the count starts again.
    fake_portal.cameras.append(gone)
    await coordinator.async_refresh()
    assert coordinator.missing_polls == {}
    fake_portal.cameras.pop()
    for _ in range(STALE_POLLS - 1):
        await coordinator.async_refresh()
        fake_portal.faults.status = 500
        await coordinator.async_refresh()  # a failed poll does not count
        fake_portal.faults.reset()
    assert dev_reg.async_get_device(identifiers=ident) is not None
    await coordinator.async_refresh()
    await hass.async_block_till_done()
    assert dev_reg.async_get_device(identifiers=ident) is None
    assert "107" not in camera_entities(hass, mock_config_entry)
    # The user's selection is kept, should the camera ever come back.
    assert "107" in mock_config_entry.options[CONF_CAMERAS]


async def test_remove_config_entry_device(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    await setup_entry(hass, mock_config_entry)
    dev_reg = dr.async_get(hass)
    device = dev_reg.async_get_device(identifiers={(DOMAIN, f"{mock_config_entry.entry_id}:101")})
    assert device is not None
    assert not await async_remove_config_entry_device(hass, mock_config_entry, device)
    fake_portal.cameras[:] = [c for c in fake_portal.cameras if str(c.id) != "101"]
    await mock_config_entry.runtime_data.coordinator.async_refresh()
    assert await async_remove_config_entry_device(hass, mock_config_entry, device)


async def test_remove_config_entry_device_when_not_loaded(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Without a camera list, selected cameras and the portal keep their devices."""
    await setup_entry(hass, mock_config_entry)
    dev_reg = dr.async_get(hass)
    entry_id = mock_config_entry.entry_id
    portal = dev_reg.async_get_device(identifiers={(DOMAIN, entry_id)})
    selected = dev_reg.async_get_device(identifiers={(DOMAIN, f"{entry_id}:101")})
    assert portal is not None
    assert selected is not None
    assert await hass.config_entries.async_unload(entry_id)
    await hass.async_block_till_done()
    assert mock_config_entry.state is ConfigEntryState.NOT_LOADED
    hass.config_entries.async_update_entry(
        mock_config_entry,
        options={**mock_config_entry.options, CONF_CAMERAS: ["102"]},
    )
    assert not await async_remove_config_entry_device(hass, mock_config_entry, portal)
    unselected = dev_reg.async_get(selected.id)
    assert unselected is not None
    assert await async_remove_config_entry_device(hass, mock_config_entry, unselected)
    still_selected = dev_reg.async_get_device(identifiers={(DOMAIN, f"{entry_id}:102")})
    assert still_selected is not None
    assert not await async_remove_config_entry_device(hass, mock_config_entry, still_selected)
    # A device that is no camera of this portal is never held back.
    stray = dev_reg.async_get_or_create(
        config_entry_id=entry_id, identifiers={(DOMAIN, "another-entry:101")}
    )
    assert await async_remove_config_entry_device(hass, mock_config_entry, stray)


async def test_remove_entry_clears_issues(
    hass: HomeAssistant, fake_portal: FakePortal, fake_portal_entry_no_add: MockConfigEntry
) -> None:
    entry = fake_portal_entry_no_add
    await setup_entry(hass, entry)
    fake_portal.cameras.append(FakeCamera(201, "CCTV X", "", "", "x", None))
    await entry.runtime_data.coordinator.async_refresh()
    assert ir.async_get(hass).async_get_issue(DOMAIN, f"{ISSUE_NEW_CAMERAS}_{entry.entry_id}")
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert not ir.async_get(hass).async_get_issue(DOMAIN, f"{ISSUE_NEW_CAMERAS}_{entry.entry_id}")


@pytest.fixture
def fake_portal_entry_no_add(mock_config_entry: MockConfigEntry) -> MockConfigEntry:
    """Return the fake portal's entry with automatic adding switched off."""
    return entry_for(
        mock_config_entry.title,
        mock_config_entry.data,
        mock_config_entry.version,
        **{CONF_ADD_NEW: False},
    )
