"""Helpers for the tests of the alert entities: entity ids, the clock, the monitor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
import time
from unittest.mock import patch

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_fire_time_changed

from custom_components.kutim_cctv.const import DEFAULT_FRESHNESS


def entities(hass: HomeAssistant, entry: MockConfigEntry, key: str) -> dict[str, str]:
    """Return camera id -> entity id of the entry's entities with this description key."""
    registry = er.async_get(hass)
    prefix = f"{entry.entry_id}:"
    found: dict[str, str] = {}
    for registered in er.async_entries_for_config_entry(registry, entry.entry_id):
        rest = registered.unique_id.removeprefix(prefix)
        camera_id, _, suffix = rest.rpartition(":")
        if suffix == key and camera_id:
            found[camera_id] = registered.entity_id
    return found


def states(hass: HomeAssistant, ids: dict[str, str]) -> dict[str, str]:
    """Return camera id -> state of the given entities."""
    return {camera_id: hass.states.get(entity_id).state for camera_id, entity_id in ids.items()}


def follow_clock(entry: MockConfigEntry) -> None:
    """Let the entry's snapshot cache age with the test's clock (the freezer moves it)."""
    # Looked up at each call, so that the freezer fixture moves it.
    entry.runtime_data.snapshots._clock = lambda: time.monotonic()  # noqa: PLW0108


def follow_portal_clock(entry: MockConfigEntry) -> None:
    """Let the client's stream memory age with the test's clock too (clocked portal only).

    The clocked portal's live edge follows the test's clock: the client works out the
    newest segment's name from the time since it last read a playlist, so it must count
    that time on the same clock.
    """
    follow_clock(entry)
    entry.runtime_data.client._clock = lambda: time.monotonic()  # noqa: PLW0108


async def tick(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, seconds: float = DEFAULT_FRESHNESS
) -> None:
    """Move the clock on, run the timers that are due and wait for every picture."""
    freezer.tick(timedelta(seconds=seconds))
    async_fire_time_changed(hass)
    await hass.async_block_till_done(wait_background_tasks=True)


async def run_tick(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Run one monitor tick now and wait for the pictures it asked for."""
    entry.runtime_data.monitor._async_tick()
    await hass.async_block_till_done(wait_background_tasks=True)


@contextmanager
def stream_start_not_awaited() -> Iterator[None]:
    """Give up on a stream that 404s at once instead of waiting for it to start."""
    with patch("custom_components.kutim_cctv.portal.wakeup.STREAM_READY_TIMEOUT", 0.0):
        yield
