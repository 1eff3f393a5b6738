"""The camera monitor: evidence, odd pictures, and what the entities show around them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
import threading
from typing import Any
from unittest.mock import patch

from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest

from custom_components.kutim_cctv import activity
from custom_components.kutim_cctv.const import CONF_ACTIVITY, CONF_CAMERAS
from custom_components.kutim_cctv.portal import Camera
from custom_components.kutim_cctv.snapshot import CachedImage
from fake_portal import FakePortal

from .conftest import kutim_entry, status_entry
from .monitoring import entities, states
from .test_init import setup_entry


async def test_camera_without_pictures_follows_the_portal(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """A camera that offers no picture at all cannot be checked: the portal's word counts."""
    entry = kutim_entry(fake_portal)
    await setup_entry(hass, entry)
    monitor = entry.runtime_data.monitor

    def blind(online: bool | None) -> Camera:
        return Camera(id="900", raw_name="CCTV", name="CCTV", online=online)

    assert monitor.connectivity(blind(True)) is True
    assert monitor.connectivity(blind(None)) is None
    assert monitor.connectivity(blind(False)) is False
    assert monitor.cameras_online([blind(None)]) is None
    assert monitor.cameras_online([blind(True), blind(False)]) == 1


async def test_odd_pictures_are_skipped(hass: HomeAssistant, fake_portal: FakePortal) -> None:
    """A picture that cannot be decoded, or that is older than the last, is no verdict."""
    entry = kutim_entry(fake_portal, **{CONF_CAMERAS: ["101"], CONF_ACTIVITY: True})
    await setup_entry(hass, entry)
    monitor = entry.runtime_data.monitor
    now = dt_util.utcnow()

    def picture(data: bytes, age: float) -> CachedImage:
        return CachedImage(data, "image/jpeg", "test", 0.0, now - timedelta(seconds=age))

    first = fake_portal.cameras[0]
    good = await fake_portal.snapshot_jpeg(first, 0)
    later = await fake_portal.snapshot_jpeg(first, 300)
    monitor._async_picture("101", picture(b"\xff\xd8 not really a JPEG", 60))
    await hass.async_block_till_done(wait_background_tasks=True)
    assert monitor.record("101").analysed is None
    monitor._async_picture("101", picture(good, 30))
    await hass.async_block_till_done(wait_background_tasks=True)
    assert monitor.record("101").analysed is not None
    # Late news: a picture taken before the one already compared is ignored.
    monitor._async_picture("101", picture(later, 45))
    await hass.async_block_till_done(wait_background_tasks=True)
    assert monitor.activity("101") is None
    monitor._async_picture("101", picture(later, 0))
    await hass.async_block_till_done(wait_background_tasks=True)
    reading = monitor.activity("101")
    assert reading is not None
    assert reading.active is True


async def test_pictures_are_compared_outside_the_event_loop(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """Decoding and comparing (milliseconds per camera) never run in the event loop."""
    entry = kutim_entry(fake_portal, **{CONF_CAMERAS: ["101"], CONF_ACTIVITY: True})
    await setup_entry(hass, entry)
    monitor = entry.runtime_data.monitor
    now = dt_util.utcnow()
    loop_thread = threading.get_ident()
    threads: dict[str, list[int]] = {"decode": [], "compare": []}

    def watched(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            threads[name].append(threading.get_ident())
            return function(*args)

        return run

    first = fake_portal.cameras[0]
    pictures = [await fake_portal.snapshot_jpeg(first, at) for at in (0, 300)]
    with (
        patch.object(activity, "decode_grey", watched("decode", activity.decode_grey)),
        patch.object(activity, "compare", watched("compare", activity.compare)),
    ):
        for age, data in zip((60, 0), pictures, strict=True):
            image = CachedImage(data, "image/jpeg", "test", 0.0, now - timedelta(seconds=age))
            monitor._async_picture("101", image)
            await hass.async_block_till_done(wait_background_tasks=True)
    assert len(threads["decode"]) == 2
    assert len(threads["compare"]) == 1
    assert loop_thread not in threads["decode"] + threads["compare"]
    reading = monitor.activity("101")
    assert reading is not None
    assert reading.score is not None


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_entities_of_cameras_the_portal_calls_offline(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """Activity means nothing for an offline camera; its last picture time still does."""
    entry = status_entry(fake_portal, **{CONF_ACTIVITY: True})
    await setup_entry(hass, entry)
    assert hass.states.get(entities(hass, entry, "activity")["104"]).state == STATE_UNAVAILABLE
    assert hass.states.get(entities(hass, entry, "scene_change")["104"]).state == STATE_UNAVAILABLE
    assert hass.states.get(entities(hass, entry, "last_picture")["104"]).state == "unknown"


@pytest.mark.usefixtures("entity_registry_enabled_by_default")
async def test_entities_while_the_list_cannot_be_read(
    hass: HomeAssistant, fake_portal: FakePortal
) -> None:
    """Every camera entity is unavailable while the portal's list cannot be read."""
    entry = kutim_entry(fake_portal, **{CONF_CAMERAS: ["101"], CONF_ACTIVITY: True})
    await setup_entry(hass, entry)
    fake_portal.faults.status = 500
    await entry.runtime_data.coordinator.async_refresh()
    await hass.async_block_till_done()
    for key in ("online", "activity", "last_picture", "scene_change"):
        assert set(states(hass, entities(hass, entry, key)).values()) == {STATE_UNAVAILABLE}
