"""Sensors: the portal's counts and last poll, each camera's last picture."""

from __future__ import annotations

from homeassistant.components import camera
from homeassistant.const import STATE_UNAVAILABLE, STATE_UNKNOWN, EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv import async_remove_config_entry_device
from custom_components.kutim_cctv.const import CONF_CAMERAS, DOMAIN
from fake_portal import FakePortal

from .conftest import kutim_entry, status_entry
from .monitoring import entities, run_tick, stream_start_not_awaited
from .test_init import setup_entry

LISTED = "sensor.kutai_timur_cctv_cameras_listed"
ONLINE = "sensor.kutai_timur_cctv_cameras_online"
LAST_POLL = "sensor.kutai_timur_cctv_last_camera_list_update"


async def test_portal_device_and_sensors(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """The portal is a service device with its counts; Kutim says nothing about status."""
    await setup_entry(hass, mock_config_entry)
    device = dr.async_get(hass).async_get_device(identifiers={(DOMAIN, mock_config_entry.entry_id)})
    assert device is not None
    assert device.entry_type is dr.DeviceEntryType.SERVICE
    assert device.name == "Kutai Timur CCTV"
    assert device.model == "Portal CCTV"
    assert device.via_device_id is None
    assert not await async_remove_config_entry_device(hass, mock_config_entry, device)

    listed = hass.states.get(LISTED)
    assert listed.state == "7"
    assert listed.attributes["unit_of_measurement"] == "cameras"
    assert listed.attributes["state_class"] == "measurement"
    # Until Home Assistant has checked a camera, nothing is known of those online.
    assert hass.states.get(ONLINE).state == STATE_UNKNOWN
    last_poll = hass.states.get(LAST_POLL)
    coordinator = mock_config_entry.runtime_data.coordinator
    assert last_poll.state == coordinator.data.last_success.isoformat(timespec="seconds")
    assert last_poll.attributes["device_class"] == "timestamp"
    registry = er.async_get(hass)
    assert registry.async_get(LAST_POLL).entity_category is EntityCategory.DIAGNOSTIC
    assert registry.async_get(LISTED).device_id == device.id

    with stream_start_not_awaited():
        await run_tick(hass, mock_config_entry)
        await run_tick(hass, mock_config_entry)
    assert hass.states.get(ONLINE).state == "6"

    fake_portal.faults.status = 500
    await coordinator.async_refresh()
    await hass.async_block_till_done()
    assert hass.states.get(LISTED).state == STATE_UNAVAILABLE
    fake_portal.faults.reset()
    await coordinator.async_refresh()
    await hass.async_block_till_done()
    assert hass.states.get(LISTED).state == "7"


async def test_cameras_online_from_the_portal_status(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """A portal that publishes a status is counted at once, before any check of our own."""
    entry = status_entry(fake_portal)
    await setup_entry(hass, entry)
    assert hass.states.get("sensor.f2_portal_cameras_online").state == "6"
    assert hass.states.get("sensor.f2_portal_cameras_listed").state == "7"


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_last_picture(hass: HomeAssistant, fake_portal: FakePortal) -> None:
    """The time of a camera's last picture, whoever asked for it."""
    entry = kutim_entry(fake_portal, **{CONF_CAMERAS: ["101"]})
    await setup_entry(hass, entry)
    last_picture = entities(hass, entry, "last_picture")["101"]
    assert last_picture == "sensor.simpang_3_jl_yos_sudarso_last_picture"
    assert hass.states.get(last_picture).state == STATE_UNKNOWN
    await camera.async_get_image(hass, "camera.simpang_3_jl_yos_sudarso")
    await hass.async_block_till_done()
    image = entry.runtime_data.snapshots.cached("101")
    assert image is not None
    state = hass.states.get(last_picture)
    assert state.state == image.frame_time.isoformat(timespec="seconds")
    assert state.attributes["device_class"] == "timestamp"


async def test_last_picture_is_disabled_by_default(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """The timestamp changes with every picture, so it starts disabled."""
    await setup_entry(hass, mock_config_entry)
    registry = er.async_get(hass)
    for entity_id in entities(hass, mock_config_entry, "last_picture").values():
        registered = registry.async_get(entity_id)
        assert registered.disabled_by is er.RegistryEntryDisabler.INTEGRATION
        assert registered.entity_category is EntityCategory.DIAGNOSTIC
        assert hass.states.get(entity_id) is None
