"""Diagnostics, entity and device registry entries and states, compared with snapshots.

Regenerate after an intended change with ``--snapshot-update`` on both Home Assistant
versions and read the diff: nothing secret or random may appear in a snapshot.
Diagnostics are the integration's own and are shared by both versions; registry entries
and states carry fields that differ between Home Assistant releases, so they are kept per
release series (see ``PerVersionSnapshotExtension``).
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr, entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry
from syrupy.assertion import SnapshotAssertion
from syrupy.types import PropertyMatcher

from custom_components.kutim_cctv.const import DOMAIN
from custom_components.kutim_cctv.diagnostics import (
    async_get_config_entry_diagnostics,
    async_get_device_diagnostics,
)

from .conftest import ENTRY_ID, TOKEN_BITS


def devices_of(
    device_registry: dr.DeviceRegistry, entry: MockConfigEntry
) -> list[tuple[str, dr.DeviceEntry]]:
    """Return the entry's devices with their identifier, in a stable order."""
    devices = dr.async_entries_for_config_entry(device_registry, entry.entry_id)
    assert devices
    found = [
        (next(value for domain, value in device.identifiers if domain == DOMAIN), device)
        for device in devices
    ]
    return sorted(found, key=lambda pair: pair[0])


async def test_entry_diagnostics(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    neutral: PropertyMatcher,
    snapshot: SnapshotAssertion,
) -> None:
    """The entry's diagnostics, with the loopback port shown as one name."""
    diagnostics = await async_get_config_entry_diagnostics(hass, loaded_entry)
    assert diagnostics == snapshot(matcher=neutral)


async def test_device_diagnostics(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    neutral: PropertyMatcher,
    device_registry: dr.DeviceRegistry,
    snapshot: SnapshotAssertion,
) -> None:
    """Each device's diagnostics (the portal's and every camera's)."""
    for identifier, device in devices_of(device_registry, loaded_entry):
        diagnostics = await async_get_device_diagnostics(hass, loaded_entry, device)
        assert diagnostics == snapshot(name=identifier, matcher=neutral)


async def test_devices(
    loaded_entry: MockConfigEntry,
    device_registry: dr.DeviceRegistry,
    versioned_snapshot: SnapshotAssertion,
    neutral: PropertyMatcher,
) -> None:
    """The device registry entries of the entry."""
    for identifier, device in devices_of(device_registry, loaded_entry):
        assert identifier.partition(":")[0] == ENTRY_ID  # fixed, so the snapshot is stable
        assert device == versioned_snapshot(name=identifier, matcher=neutral)


async def test_entities_and_states(
    hass: HomeAssistant,
    loaded_entry: MockConfigEntry,
    entity_registry: er.EntityRegistry,
    versioned_snapshot: SnapshotAssertion,
    neutral: PropertyMatcher,
) -> None:
    """Every entity's registry entry and state (all entities enabled)."""
    entries = er.async_entries_for_config_entry(entity_registry, loaded_entry.entry_id)
    assert entries
    for entry in sorted(entries, key=lambda e: e.entity_id):
        assert entry.disabled_by is None, entry.entity_id
        assert entry == versioned_snapshot(name=f"{entry.entity_id}-entry", matcher=neutral)
        state = hass.states.get(entry.entity_id)
        assert state is not None, entry.entity_id
        if entry.domain == "camera":
            # The token is the patched stand-in, never one a viewer could use.
            assert state.attributes["access_token"] == f"{TOKEN_BITS:x}"
        assert state == versioned_snapshot(name=f"{entry.entity_id}-state", matcher=neutral)
