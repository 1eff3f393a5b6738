"""Ids of devices and entities: built on the entry id, migrated from URL-based version 1."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import CONFIG_VERSION, DOMAIN
from custom_components.kutim_cctv.identity import (
    camera_id_of,
    camera_key,
    device_camera_id,
    device_identifier,
    entity_key,
    portal_identifier,
    portal_key,
)
from fake_portal import FakePortal

from .conftest import demo_camera_ids, entry_for
from .test_init import camera_entities, setup_entry

# A version 1 entry was keyed on its list URL; reconfigure kept it, so it may name a host
# the entry no longer reads.
OLD_ID = "https://old-portal.kutim.example/api/cctv/public"

# What a version 1 installation holds: entity ids the user chose, on URL-based ids.
OLD_ENTITIES = {
    ("camera", f"{OLD_ID}:101"): "camera.gerbang_yos_sudarso",
    ("sensor", f"{OLD_ID}:101:last_picture"): "sensor.gerbang_last_picture",
    ("binary_sensor", f"{OLD_ID}:101:online"): "binary_sensor.gerbang_online",
    ("camera", f"{OLD_ID}:102"): "camera.polder",
    ("sensor", f"{OLD_ID}:cameras_listed"): "sensor.portal_count",
}


def version_1_entry(current: MockConfigEntry) -> MockConfigEntry:
    """Return a version 1 entry for the fake portal, keyed on an older URL."""
    return MockConfigEntry(
        domain=DOMAIN,
        title=current.title,
        version=1,
        unique_id=OLD_ID,
        data=dict(current.data),
        options=dict(current.options),
    )


def registered(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, er.RegistryEntry]:
    """Return entity id -> registry entry of an entry's entities."""
    registry = er.async_get(hass)
    return {e.entity_id: e for e in er.async_entries_for_config_entry(registry, entry.entry_id)}


def seed_version_1(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, str]:
    """Register the devices and entities of a version 1 installation; return old device ids."""
    dev_reg = dr.async_get(hass)
    ent_reg = er.async_get(hass)
    devices = {
        "101": dev_reg.async_get_or_create(
            config_entry_id=entry.entry_id, identifiers={(DOMAIN, f"{OLD_ID}:101")}, name="Gerbang"
        ).id,
        "102": dev_reg.async_get_or_create(
            config_entry_id=entry.entry_id, identifiers={(DOMAIN, f"{OLD_ID}:102")}, name="Polder"
        ).id,
        "portal": dev_reg.async_get_or_create(
            config_entry_id=entry.entry_id, identifiers={(DOMAIN, OLD_ID)}, name="Portal"
        ).id,
    }
    for (domain, unique_id), entity_id in OLD_ENTITIES.items():
        owner = unique_id.removeprefix(f"{OLD_ID}:").split(":")[0]
        ent_reg.async_get_or_create(
            domain,
            DOMAIN,
            unique_id,
            config_entry=entry,
            device_id=devices.get(owner, devices["portal"]),
            suggested_object_id=entity_id.split(".")[1],
        )
    assert set(registered(hass, entry)) == set(OLD_ENTITIES.values())
    return devices


async def test_version_1_entry_keeps_every_entity_and_device(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Migration rewrites ids in place: same entity ids, same devices, no duplicates."""
    entry = version_1_entry(mock_config_entry)
    entry.add_to_hass(hass)
    devices = seed_version_1(hass, entry)

    await setup_entry(hass, entry)

    assert entry.state is ConfigEntryState.LOADED
    assert entry.version == CONFIG_VERSION
    assert entry.unique_id is None
    entities = registered(hass, entry)
    for (domain, old_unique_id), entity_id in OLD_ENTITIES.items():
        assert entity_id in entities, entity_id
        assert entities[entity_id].domain == domain
        new_unique_id = old_unique_id.replace(OLD_ID, entry.entry_id, 1)
        assert entities[entity_id].unique_id == new_unique_id
    # No unique id names the URL any more, and no camera got a second entity.
    assert not [e for e in entities.values() if OLD_ID in e.unique_id]
    cameras = camera_entities(hass, entry)
    assert sorted(cameras) == sorted(demo_camera_ids())
    assert cameras["101"] == "camera.gerbang_yos_sudarso"
    assert cameras["102"] == "camera.polder"
    for entity_id in OLD_ENTITIES.values():
        state = hass.states.get(entity_id)
        assert state is not None, entity_id
        assert "restored" not in state.attributes  # a running entity, not a placeholder
    assert hass.states.get("camera.gerbang_yos_sudarso").state != STATE_UNAVAILABLE
    assert hass.states.get("sensor.portal_count").state == str(len(demo_camera_ids()))
    # The devices are the same registry entries, with ids built on the entry id.
    dev_reg = dr.async_get(hass)
    assert dev_reg.async_get(devices["101"]).identifiers == {device_identifier(entry, "101")}
    assert dev_reg.async_get(devices["102"]).identifiers == {device_identifier(entry, "102")}
    assert dev_reg.async_get(devices["portal"]).identifiers == {portal_identifier(entry)}
    assert entities["camera.gerbang_yos_sudarso"].device_id == devices["101"]
    ours = dr.async_entries_for_config_entry(dev_reg, entry.entry_id)
    assert len(ours) == len(demo_camera_ids()) + 1  # every camera and the portal, once


async def test_migrated_entry_survives_a_restart(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """After migration a reload finds every entity again and migrates nothing twice."""
    entry = version_1_entry(mock_config_entry)
    entry.add_to_hass(hass)
    seed_version_1(hass, entry)
    await setup_entry(hass, entry)
    before = {entity_id: e.unique_id for entity_id, e in registered(hass, entry).items()}

    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)

    assert entry.state is ConfigEntryState.LOADED
    assert {entity_id: e.unique_id for entity_id, e in registered(hass, entry).items()} == before


async def test_entry_of_a_newer_version_is_not_loaded(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """Settings written by a newer release are left alone rather than misread."""
    entry = entry_for(
        mock_config_entry.title,
        mock_config_entry.data,
        CONFIG_VERSION + 1,
        **mock_config_entry.options,
    )
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.MIGRATION_ERROR
    assert fake_portal.counters.total_requests == 0


async def test_new_entry_ids_are_built_on_the_entry_id(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    """No unique id or device identifier holds the portal's URL or host."""
    await setup_entry(hass, mock_config_entry)
    host = fake_portal.url.split("//")[1]
    entities = registered(hass, mock_config_entry)
    assert entities
    for entity in entities.values():
        assert entity.unique_id.startswith(f"{mock_config_entry.entry_id}:")
        assert host not in entity.unique_id
    devices = dr.async_entries_for_config_entry(dr.async_get(hass), mock_config_entry.entry_id)
    for device in devices:
        for domain, identifier in device.identifiers:
            assert domain == DOMAIN
            assert identifier.split(":")[0] == mock_config_entry.entry_id
            assert host not in identifier


@pytest.mark.parametrize("camera_id", ["101", "5:51", "a b", "ünï", "x" * 200])
def test_camera_ids_round_trip(mock_config_entry: MockConfigEntry, camera_id: str) -> None:
    """Every camera id comes back from its key and its device, whatever it contains."""
    entry = mock_config_entry
    assert camera_id_of(entry, camera_key(entry, camera_id)) == camera_id
    device = dr.DeviceEntry(identifiers={device_identifier(entry, camera_id)})
    assert device_camera_id(entry, device) == camera_id
    assert entity_key(entry, camera_id, "online") == f"{camera_key(entry, camera_id)}:online"


def test_keys_of_others_are_no_camera(mock_config_entry: MockConfigEntry) -> None:
    """The portal's own device and the ids of other entries name no camera."""
    entry = mock_config_entry
    other = MockConfigEntry(domain=DOMAIN)
    assert camera_id_of(entry, entry.entry_id) is None
    assert camera_id_of(entry, f"{entry.entry_id}:") is None
    assert camera_id_of(entry, camera_key(other, "101")) is None
    assert camera_id_of(entry, f"{OLD_ID}:101") is None
    assert device_camera_id(entry, dr.DeviceEntry(identifiers={portal_identifier(entry)})) is None
    foreign = dr.DeviceEntry(identifiers={("other_domain", camera_key(entry, "101"))})
    assert device_camera_id(entry, foreign) is None
    assert portal_key(entry, "cameras_listed") == f"{entry.entry_id}:cameras_listed"
