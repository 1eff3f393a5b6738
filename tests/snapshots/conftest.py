"""Fixtures that make snapshots repeatable: fixed ids, fixed time, fixed camera tokens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.const import __version__ as ha_version
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.syrupy import HomeAssistantSnapshotExtension
from syrupy.assertion import SnapshotAssertion
from syrupy.location import PyTestLocation
from syrupy.types import PropertyMatcher

from fake_portal import FakePortal
from tests.conftest import kutim_entry

ENTRY_ID = "01kutimsnapshotentry000000"
# Where the fake portal listens (a free port each run) is shown as this host.
PORTAL_HOST = "portal.invalid"
FROZEN_AT = "2026-03-01 08:00:00+08:00"
# What camera access tokens are made of while a snapshot test runs (not a real token).
TOKEN_BITS = 0x5EED
HA_SERIES = ".".join(ha_version.split(".")[:2])


class PerVersionSnapshotExtension(HomeAssistantSnapshotExtension):
    """Keep snapshots in snapshots-ha<series>/: registries and states differ between releases.

    The folder sits next to the shared ``snapshots/`` (not inside it): syrupy reads every
    file below an extension's folder, and would take another series' file for its own.
    """

    @classmethod
    def dirname(cls, *, test_location: PyTestLocation) -> str:
        """Return the snapshot folder of the running Home Assistant series."""
        shared = Path(super().dirname(test_location=test_location))
        return str(shared.with_name(f"{shared.name}-ha{HA_SERIES}"))


@pytest.fixture
def versioned_snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Return a snapshot kept per Home Assistant series (registry entries and states)."""
    return snapshot.use_extension(PerVersionSnapshotExtension)


@pytest.fixture
def stable_tokens() -> Iterator[None]:
    """Make camera access tokens (shown in state attributes) the same every run."""
    with patch("random.SystemRandom.getrandbits", return_value=TOKEN_BITS):
        yield


@pytest.fixture
async def loaded_entry(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    freezer: FrozenDateTimeFactory,
    stable_tokens: None,
    entity_registry_enabled_by_default: None,
) -> MockConfigEntry:
    """Set up a Kutim entry with a fixed id at a fixed time, every entity enabled."""
    freezer.move_to(FROZEN_AT)
    base = kutim_entry(fake_portal)
    entry = MockConfigEntry(
        domain=base.domain,
        title=base.title,
        version=base.version,
        data=dict(base.data),
        options=dict(base.options),
        entry_id=ENTRY_ID,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    return entry


@pytest.fixture
def neutral(fake_portal: FakePortal) -> PropertyMatcher:
    """Return a snapshot matcher that shows the fake portal's address:port as one name."""
    address = fake_portal.url.removeprefix("http://")

    def match(*, data: Any, path: Any) -> Any:
        if isinstance(data, str) and address in data:
            return data.replace(address, PORTAL_HOST)
        return data

    return match
