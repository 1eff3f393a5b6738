"""Camera entities: stills from the fake HLS, wake-ups, coalescing, HA's stream."""

from __future__ import annotations

import asyncio
import io
from unittest.mock import patch

import av
from homeassistant.components import camera
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import CONF_EXPOSE_COORDINATES, DOMAIN
from custom_components.kutim_cctv.portal import Camera, PortalHTTPError, Still
from fake_portal import FakePortal

from .conftest import entry_options
from .test_init import camera_entities, setup_entry


def decode_jpeg(data: bytes) -> tuple[int, int]:
    """Decode a JPEG with PyAV and return its size."""
    assert data[:2] == b"\xff\xd8"
    with av.open(io.BytesIO(data), format="image2pipe") as container:
        frame = next(container.decode(video=0))
        return frame.width, frame.height


@pytest.fixture
async def loaded(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> dict[str, str]:
    """Set the entry up and return camera id -> entity id."""
    await setup_entry(hass, mock_config_entry)
    return camera_entities(hass, mock_config_entry)


async def test_snapshot_from_fake_hls(
    hass: HomeAssistant, fake_portal: FakePortal, loaded: dict[str, str]
) -> None:
    """The still is a decodable JPEG taken from one HLS segment, after one wake-up."""
    image = await camera.async_get_image(hass, loaded["101"])
    assert image.content_type == "image/jpeg"
    assert decode_jpeg(image.content) == (320, 240)
    assert fake_portal.counters.requests["start"] == 1
    assert fake_portal.counters.requests["segment"] == 1
    state = hass.states.get(loaded["101"])
    assert state.attributes["frame_time"]
    assert state.attributes["image_stale"] is False
    assert state.attributes["latitude"] == pytest.approx(0.50912)
    # Within the freshness window the portal is not asked again.
    again = await camera.async_get_image(hass, loaded["101"])
    assert again.content == image.content
    assert fake_portal.counters.requests["segment"] == 1


async def test_concurrent_viewers_share_one_fetch(
    hass: HomeAssistant, fake_portal: FakePortal, loaded: dict[str, str]
) -> None:
    images = await asyncio.gather(*(camera.async_get_image(hass, loaded["103"]) for _ in range(10)))
    assert len({img.content for img in images}) == 1
    assert fake_portal.counters.requests["segment"] == 1
    assert fake_portal.counters.requests["start"] == 1


async def test_stale_while_revalidate(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    loaded: dict[str, str],
) -> None:
    """An old picture is served at once while one background refresh runs."""
    snapshots = mock_config_entry.runtime_data.snapshots
    now = [1000.0]
    snapshots._clock = lambda: now[0]
    first = await camera.async_get_image(hass, loaded["101"])
    now[0] += snapshots.freshness + 1
    served = await asyncio.gather(*(camera.async_get_image(hass, loaded["101"]) for _ in range(5)))
    assert all(img.content == first.content for img in served)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert fake_portal.counters.requests["segment"] == 2
    assert snapshots.stats.stale_served == 5
    # Much too old: the request waits for a new picture instead.
    now[0] += snapshots.freshness * 10
    await camera.async_get_image(hass, loaded["101"])
    assert fake_portal.counters.requests["segment"] == 3


async def test_global_cap_on_simultaneous_grabs(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, loaded: dict[str, str]
) -> None:
    snapshots = mock_config_entry.runtime_data.snapshots
    running = 0
    peak = 0

    async def slow_grab(client: object, cam: Camera) -> Still:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.05)
        running -= 1
        return Still(b"\xff\xd8" + cam.id.encode() + b"\xff\xd9", "image/jpeg", "test", 10)

    snapshots._grab = slow_grab
    images = await asyncio.gather(
        *(camera.async_get_image(hass, entity_id) for entity_id in loaded.values())
    )
    assert len(images) == len(loaded)
    assert peak == 2
    assert snapshots.stats.upstream_grabs == len(loaded)


async def test_failed_grab_raises_and_keeps_entity(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    loaded: dict[str, str],
) -> None:
    """The offline camera's HLS answers 404: no picture, no traceback."""
    with pytest.raises(HomeAssistantError):
        await camera.async_get_image(hass, loaded["104"])
    snapshots = mock_config_entry.runtime_data.snapshots
    assert snapshots.stats.failures == 1
    assert "104" in snapshots.last_errors


async def test_stream_source_wakes_up_once(
    hass: HomeAssistant, fake_portal: FakePortal, loaded: dict[str, str]
) -> None:
    """Concurrent stream requests cause exactly one wake-up call."""
    sources = await asyncio.gather(
        *(camera.async_get_stream_source(hass, loaded["101"]) for _ in range(10))
    )
    assert set(sources) == {f"{fake_portal.url}/hls/simpang-yossudarso-1/index.m3u8"}
    assert fake_portal.counters.requests["start"] == 1


async def test_stream_source_error_is_translated(
    hass: HomeAssistant, fake_portal: FakePortal, loaded: dict[str, str]
) -> None:
    fake_portal.faults.start_status = 500
    with pytest.raises(HomeAssistantError) as err:
        await camera.async_get_stream_source(hass, loaded["101"])
    assert err.value.translation_key == "stream_unavailable"
    assert err.value.translation_domain == DOMAIN
    assert isinstance(err.value.__cause__, PortalHTTPError)


async def test_supported_features_and_coordinates_option(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=mock_config_entry.title,
        version=mock_config_entry.version,
        data=dict(mock_config_entry.data),
        options=entry_options(**{CONF_EXPOSE_COORDINATES: False}),
    )
    await setup_entry(hass, entry)
    entities = camera_entities(hass, entry)
    state = hass.states.get(entities["101"])
    assert state.attributes["supported_features"] == camera.CameraEntityFeature.STREAM
    assert "latitude" not in state.attributes
    assert state.attributes["attribution"] == "Data: Diskominfo Staper Kabupaten Kutai Timur"
    registry = er.async_get(hass)
    assert registry.async_get(entities["101"]).unique_id == f"{entry.entry_id}:101"


# The HLS output's idle timer outlives the test by design.
@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_ha_stream_component_plays_the_fake_hls(
    hass: HomeAssistant, fake_portal: FakePortal, loaded: dict[str, str]
) -> None:
    """Home Assistant's stream worker decodes the portal's HLS for a camera."""
    assert await __import__("homeassistant.setup", fromlist=["x"]).async_setup_component(
        hass, "stream", {}
    )
    entity = hass.data[camera.DATA_COMPONENT].get_entity(loaded["101"])
    with patch("homeassistant.components.stream._should_retry", return_value=False):
        stream = await entity.async_create_stream()
        assert stream is not None
        stream.add_provider("hls")
        await stream.start()
        image = None
        for _ in range(100):
            image = await stream.async_get_image()
            if image:
                break
            await asyncio.sleep(0.2)
        await stream.stop()
    assert image is not None
    assert decode_jpeg(image) == (320, 240)
    assert fake_portal.counters.requests["segment"] >= 1
