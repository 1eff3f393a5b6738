"""Camera entities: stills from the fake HLS, wake-ups, coalescing, HA's stream."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from http import HTTPStatus
import io
import logging
from pathlib import Path
from typing import Any
from unittest.mock import patch

import av
from freezegun.api import FrozenDateTimeFactory
from homeassistant.components import camera
from homeassistant.components.camera import CameraState
from homeassistant.components.camera.const import DATA_COMPONENT as CAMERA_COMPONENT
from homeassistant.const import STATE_OFF, STATE_ON, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.aiohttp_client import async_get_clientsession
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from yarl import URL

from custom_components.kutim_cctv.camera import placeholder_svg
from custom_components.kutim_cctv.const import (
    CONF_EXPOSE_COORDINATES,
    CONF_HLS_URL,
    CONF_PROFILE,
    CONF_URL,
    DEFAULT_PROBE_INTERVAL,
    DOMAIN,
)
from custom_components.kutim_cctv.live import MAX_MJPEG_VIEWS
from custom_components.kutim_cctv.portal import Camera, Still
from custom_components.kutim_cctv.snapshot import SnapshotService
from fake_portal import FakePortal
from fake_portal.data import demo_cameras

from .conftest import demo_camera_ids, entry_for, kutim_entry
from .harness import slow_step_notice
from .monitoring import entities, follow_clock, stream_start_not_awaited, tick
from .test_init import camera_entities, setup_entry
from .webrtc import FakeWebRTCProvider


def decode_jpeg(data: bytes) -> tuple[int, int]:
    """Decode a JPEG with PyAV and return its size."""
    assert data[:2] == b"\xff\xd8"
    with av.open(io.BytesIO(data), format="image2pipe") as container:
        frame = next(container.decode(video=0))
        return frame.width, frame.height


@pytest.fixture(autouse=True)
def go2rtc_present(webrtc_provider: FakeWebRTCProvider) -> None:
    """Run every camera test with a WebRTC provider registered, as go2rtc does."""


@pytest.fixture
async def loaded(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> dict[str, str]:
    """Set the entry up and return camera id -> entity id."""
    await setup_entry(hass, mock_config_entry)
    return camera_entities(hass, mock_config_entry)


def hand_clock(snapshots: SnapshotService) -> list[float]:
    """Run the picture cache on a clock the test moves by hand; return its time cell."""
    now = [1000.0]
    snapshots._clock = lambda: now[0]
    return now


@pytest.fixture
def snapshots(mock_config_entry: MockConfigEntry, loaded: dict[str, str]) -> SnapshotService:
    """The loaded entry's picture cache."""
    service: SnapshotService = mock_config_entry.runtime_data.snapshots
    return service


async def test_snapshot_from_fake_hls(
    hass: HomeAssistant, fake_portal: FakePortal, loaded: dict[str, str]
) -> None:
    """The still is a decodable JPEG taken from one HLS segment, after one wake-up."""
    before = hass.states.get(loaded["101"])
    image = await camera.async_get_image(hass, loaded["101"])
    assert image.content_type == "image/jpeg"
    assert decode_jpeg(image.content) == (320, 240)
    assert fake_portal.counters.requests["start"] == 1
    assert fake_portal.counters.requests["segment"] == 1
    state = hass.states.get(loaded["101"])
    # A picture writes no state: its time is the Last picture sensor's, not an attribute.
    assert state.last_reported == before.last_reported
    assert state.last_updated == before.last_updated
    assert "frame_time" not in state.attributes
    assert "image_stale" not in state.attributes
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


async def test_a_picture_past_the_window_is_not_served_while_a_new_one_can_be_had(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    snapshots: SnapshotService,
    loaded: dict[str, str],
) -> None:
    """Viewers of a picture older than the window share one fetch and get the new picture."""
    now = hand_clock(snapshots)
    first = await camera.async_get_image(hass, loaded["101"])
    for age in (1.0, 0.5 * snapshots.freshness, 10 * snapshots.freshness):
        now[0] += snapshots.freshness + age
        before = fake_portal.counters.requests["segment"]
        served = await asyncio.gather(
            *(camera.async_get_image(hass, loaded["101"]) for _ in range(5))
        )
        await hass.async_block_till_done(wait_background_tasks=True)
        assert fake_portal.counters.requests["segment"] == before + 1
        newest = snapshots.cached("101")
        assert newest is not None and now[0] - newest.fetched <= snapshots.freshness
        assert all(img.content == newest.image for img in served)
    assert first.content is not None
    assert snapshots.stats.stale_served == 0
    assert snapshots.stats.waited_for_new == 15


async def test_refresh_ahead_starts_before_expiry(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    snapshots: SnapshotService,
    loaded: dict[str, str],
) -> None:
    """A watched picture is refreshed before it leaves the window, by its timer or a poll."""
    now = hand_clock(snapshots)
    timers: list[tuple[float, Callable[[], None]]] = []

    def schedule(delay: float, action: Callable[[], None]) -> Callable[[], None]:
        entry = (now[0] + delay, action)
        timers.append(entry)
        return lambda: timers.remove(entry) if entry in timers else None

    snapshots._schedule = schedule
    await camera.async_get_image(hass, loaded["101"])
    picture = snapshots.cached("101")
    assert picture is not None
    lead = snapshots.refresh_lead("101")
    assert 0 < lead < snapshots.freshness / 2 + 1e-9
    # Planned once the picture was taken: due before it leaves the window.
    assert len(timers) == 1
    due, action = timers[0]
    assert due == pytest.approx(picture.fetched + snapshots.freshness - lead)
    # Nobody looked at it since it was taken: the timer lets it expire.
    now[0] = due
    timers.clear()
    action()
    await hass.async_block_till_done(wait_background_tasks=True)
    assert fake_portal.counters.requests["segment"] == 1
    # A dashboard poll within the window: served at once, and the next refresh planned.
    now[0] = picture.fetched + 1.0
    served = await camera.async_get_image(hass, loaded["101"])
    assert served.content == picture.image
    assert len(timers) == 1
    due, action = timers.pop()
    now[0] = due
    action()
    await hass.async_block_till_done(wait_background_tasks=True)
    assert fake_portal.counters.requests["segment"] == 2
    refreshed = snapshots.cached("101")
    assert refreshed is not None and refreshed.fetched == due
    assert refreshed.fetched < picture.fetched + snapshots.freshness
    # A poll inside the lead zone starts the refresh itself (if no timer did).
    timers.clear()
    now[0] = refreshed.fetched + snapshots.freshness - lead / 2
    served = await camera.async_get_image(hass, loaded["101"])
    assert served.content == refreshed.image
    await hass.async_block_till_done(wait_background_tasks=True)
    assert fake_portal.counters.requests["segment"] == 3
    assert snapshots.stats.refreshes_ahead == 2
    assert snapshots.stats.waited_for_new == 0


async def test_global_cap_on_simultaneous_grabs(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, loaded: dict[str, str]
) -> None:
    snapshots = mock_config_entry.runtime_data.snapshots
    running = 0
    peak = 0

    async def slow_grab(
        client: object, cam: Camera, *, download_slot: AbstractAsyncContextManager[Any]
    ) -> Still:
        nonlocal running, peak
        await asyncio.sleep(0.01)  # waking the stream up: outside the cap
        async with download_slot:
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


def live_path(source: str | None) -> str:
    """Return the path of a live proxy address, checking its shape."""
    assert source is not None
    url = URL(source)
    parts = url.path.split("/")
    assert parts[1:4] == ["api", DOMAIN, "live"]
    assert parts[-1] == "index.m3u8"
    assert len(url.query["auth"]) >= 40  # the entry's token
    return url.path


async def test_entity_add_never_wakes_the_portal(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    webrtc_provider: FakeWebRTCProvider,
) -> None:
    """With a WebRTC provider and a failing start call, every camera still gets a state."""
    fake_portal.faults.start_status = 500
    await setup_entry(hass, mock_config_entry)
    entities = camera_entities(hass, mock_config_entry)
    assert sorted(entities) == sorted(demo_camera_ids())
    for entity_id in entities.values():
        state = hass.states.get(entity_id)
        assert state is not None
        assert state.state != STATE_UNAVAILABLE or entity_id == entities["104"]
    # Home Assistant asked every streaming camera for its source while adding it.
    assert len(webrtc_provider.checked) >= len(entities) - 1
    for source in webrtc_provider.checked:
        live_path(source)
        assert fake_portal.url not in source
    requests = fake_portal.counters.requests
    assert requests["start"] == 0
    assert requests["master"] == requests["media"] == requests["segment"] == 0


async def test_stream_source_is_cheap_and_stable(
    hass: HomeAssistant, fake_portal: FakePortal, loaded: dict[str, str]
) -> None:
    """Asking for the source contacts nobody and always gives the same address."""
    fake_portal.counters.reset()
    sources = await asyncio.gather(
        *(camera.async_get_stream_source(hass, loaded["101"]) for _ in range(10))
    )
    assert len(set(sources)) == 1
    live_path(sources[0])
    assert fake_portal.counters.total_requests == 0
    other = await camera.async_get_stream_source(hass, loaded["102"])
    assert other != sources[0]


async def test_viewers_wake_the_stream_once(
    hass: HomeAssistant, fake_portal: FakePortal, loaded: dict[str, str], live_server: str
) -> None:
    """Concurrent consumers opening the stream cause exactly one wake-up call."""
    source = await camera.async_get_stream_source(hass, loaded["101"])
    session = async_get_clientsession(hass)

    async def fetch() -> tuple[int, str]:
        async with session.get(source) as response:
            return response.status, await response.text()

    results = await asyncio.gather(*(fetch() for _ in range(10)))
    assert {status for status, _ in results} == {200}
    assert fake_portal.counters.requests["start"] == 1
    text = results[0][1]
    assert text.startswith("#EXTM3U")
    assert fake_portal.url.removeprefix("http://") not in text
    assert "session=" not in text


async def test_webrtc_offer_pulls_through_the_proxy(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    loaded: dict[str, str],
    live_server: str,
    webrtc_provider: FakeWebRTCProvider,
) -> None:
    """go2rtc gets the proxy's address; the wake-up happens when it pulls the stream."""
    entity = hass.data[camera.DATA_COMPONENT].get_entity(loaded["102"])
    assert fake_portal.counters.requests["start"] == 0
    messages: list[object] = []
    await webrtc_provider.async_handle_async_webrtc_offer(entity, "v=0", "s1", messages.append)
    ((source, status),) = webrtc_provider.pulled
    assert status == 200
    assert source.startswith(live_server)
    assert fake_portal.counters.requests["start"] == 1


async def test_failing_wake_up_is_a_clean_error(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    loaded: dict[str, str],
    live_server: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A failing start call answers the consumer 502, logs no traceback, and recovers."""
    caplog.set_level(logging.DEBUG)
    source = await camera.async_get_stream_source(hass, loaded["101"])
    session = async_get_clientsession(hass)
    fake_portal.faults.start_status = 500
    for _ in range(2):
        async with session.get(source) as response:
            assert response.status == HTTPStatus.BAD_GATEWAY
            assert await response.read() == b""
    fake_portal.faults.start_status = None
    async with session.get(source) as response:
        assert response.status == HTTPStatus.OK
    assert "Traceback" not in caplog.text
    assert all(record.exc_info is None for record in caplog.records)
    token = URL(source).query["auth"]
    # Home Assistant keeps aiohttp's access log at WARNING; the test client's is verbose.
    logged = [r.getMessage() for r in caplog.records if r.name != "aiohttp.access"]
    assert any("/api/kutim_cctv/live/" in message for message in logged)
    assert not any(token in message for message in logged)


async def test_unload_cancels_a_running_wake_up(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, loaded: dict[str, str]
) -> None:
    """A wake-up still running when the entry unloads is cancelled with it."""
    client = mock_config_entry.runtime_data.client
    hold = asyncio.Event()

    async def slow_wake(stream_key: str) -> None:
        await hold.wait()

    client._wake = slow_wake
    viewer = hass.async_create_task(client.async_start_stream("simpang-yossudarso-1"))
    await asyncio.sleep(0)
    (wake,) = client._wake_tasks.values()
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert wake.cancelled()
    assert viewer.done()


async def test_supported_features_and_coordinates_option(
    hass: HomeAssistant, fake_portal: FakePortal, mock_config_entry: MockConfigEntry
) -> None:
    entry = kutim_entry(fake_portal, **{CONF_EXPOSE_COORDINATES: False})
    await setup_entry(hass, entry)
    entities = camera_entities(hass, entry)
    state = hass.states.get(entities["101"])
    assert state.attributes["supported_features"] == camera.CameraEntityFeature.STREAM
    assert "latitude" not in state.attributes
    assert state.attributes["attribution"] == "Data: Diskominfo Staper Kabupaten Kutai Timur"
    registry = er.async_get(hass)
    assert registry.async_get(entities["101"]).unique_id == f"{entry.entry_id}:101"


async def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    """Poll condition every 0.1 s for up to seconds; return whether it came true."""
    for _ in range(int(seconds * 10)):
        if condition():
            return True
        await asyncio.sleep(0.1)
    return condition()


# The HLS output's idle timer outlives the test by design.
@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_ha_stream_component_plays_through_the_proxy(
    hass: HomeAssistant, fake_portal: FakePortal, loaded: dict[str, str], live_server: str
) -> None:
    """Home Assistant's stream worker decodes the portal's HLS through the live proxy."""
    entity = hass.data[camera.DATA_COMPONENT].get_entity(loaded["101"])
    with patch("homeassistant.components.stream._should_retry", return_value=False):
        stream = await entity.async_create_stream()
        assert stream is not None
        assert stream.source.startswith(live_server)
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
    requests = fake_portal.counters.requests
    assert requests["segment"] >= 1
    assert requests["start"] == 1


@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_cameras_listed_by_their_player_pages_play_and_give_stills(
    hass: HomeAssistant, socket_enabled: None, live_server: str
) -> None:
    """A portal that lists player pages only: stills and HA's stream worker play the
    playlist each page names; a camera shown by a YouTube player offers no live view and
    nothing is fetched from YouTube."""
    portal = FakePortal(demo_cameras(), require_start=False)
    youtube_key = portal.cameras[1].stream_key
    portal.platform_players.add(youtube_key)
    await portal.start()
    try:
        entry = entry_for(
            "Player pages",
            {
                CONF_PROFILE: "json",
                CONF_URL: f"{portal.url}/f6/cameras.json",
                CONF_HLS_URL: portal.url,
            },
        )
        await setup_entry(hass, entry)
        ids = camera_entities(hass, entry)
        assert len(ids) == len(demo_camera_ids())
        state = hass.states.get(ids["101"])
        assert state.attributes["supported_features"] == camera.CameraEntityFeature.STREAM
        image = await camera.async_get_image(hass, ids["101"])
        assert decode_jpeg(image.content) == (320, 240)
        entity = hass.data[camera.DATA_COMPONENT].get_entity(ids["101"])
        with patch("homeassistant.components.stream._should_retry", return_value=False):
            stream = await entity.async_create_stream()
            assert stream is not None
            assert stream.source.startswith(live_server)
            stream.add_provider("hls")
            await stream.start()
            frame = None
            for _ in range(100):
                frame = await stream.async_get_image()
                if frame:
                    break
                await asyncio.sleep(0.2)
            await stream.stop()
        assert frame is not None
        assert decode_jpeg(frame) == (320, 240)
        # The player page was read once for the still and the live view together.
        assert portal.counters.requests["embed"] == 1
        assert portal.counters.requests["segment"] >= 2
        youtube_id = next(i for i, c in portal._listed() if c.stream_key == youtube_key)
        shown = hass.states.get(ids[str(youtube_id)])
        assert shown.attributes["supported_features"] == 0
        youtube = hass.data[camera.DATA_COMPONENT].get_entity(ids[str(youtube_id)])
        assert await youtube.stream_source() is None
        assert await hass.config_entries.async_unload(entry.entry_id)
    finally:
        await portal.stop()


async def read_parts(response: Any, parts: int) -> bytes:
    """Read a multipart answer until it holds that many complete JPEG pictures."""
    body = b""
    while body.count(b"\xff\xd9") < parts:
        chunk = await asyncio.wait_for(response.content.readany(), 10)
        assert chunk, body[:200]
        body += chunk
    return body


async def test_mjpeg_live_view_relays_the_cameras_own_stream(
    hass: HomeAssistant,
    socket_enabled: None,
    hass_client: Callable[[], Any],
) -> None:
    """The MJPEG live view (camera_proxy_stream) plays the camera's own MJPEG stream,
    picture by picture under the integration's own boundary; a camera without one gets
    Home Assistant's refreshed stills."""
    portal = FakePortal(demo_cameras(), require_start=False, mjpeg_fps=20.0)
    await portal.start()
    try:
        entry = entry_for(
            "MJPEG portal",
            {CONF_PROFILE: "snapshot", CONF_URL: f"{portal.url}/f5/cameras.json"},
        )
        await setup_entry(hass, entry)
        ids = camera_entities(hass, entry)
        live = entry.runtime_data.live
        cameras = entry.runtime_data.coordinator.data.cameras
        mjpeg_id = next(i for i, c in cameras.items() if c.mjpeg_url and not c.snapshot_url)
        still_id = next(i for i, c in cameras.items() if c.snapshot_url and not c.mjpeg_url)
        client = await hass_client()
        response = await client.get(f"/api/camera_proxy_stream/{ids[mjpeg_id]}")
        assert response.status == 200
        assert response.headers["Content-Type"] == "multipart/x-mixed-replace;boundary=kutimframe"
        body = await read_parts(response, 3)
        response.close()
        assert body.startswith(b"--kutimframe\r\nContent-Type: image/jpeg\r\n")
        first = body[body.index(b"\xff\xd8") : body.index(b"\xff\xd9") + 2]
        assert decode_jpeg(first) == (320, 240)
        assert portal.counters.requests["mjpeg"] >= 1
        # At most MAX_MJPEG_VIEWS relays at once; the next viewer gets refreshed stills.
        views = []
        for _ in range(MAX_MJPEG_VIEWS):
            view = await client.get(f"/api/camera_proxy_stream/{ids[mjpeg_id]}")
            await read_parts(view, 1)
            views.append(view)
        assert len(live._mjpeg_views) == MAX_MJPEG_VIEWS
        extra = await client.get(f"/api/camera_proxy_stream/{ids[mjpeg_id]}")
        assert "kutimframe" not in extra.headers["Content-Type"]
        extra.close()
        # A still-only camera: Home Assistant's own still stream, not a relay.
        response = await client.get(f"/api/camera_proxy_stream/{ids[still_id]}")
        assert response.status == 200
        assert "kutimframe" not in response.headers["Content-Type"]
        await read_parts(response, 1)
        response.close()
        assert await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_block_till_done()
        # Unloading the entry ended the relays still running.
        assert not live._mjpeg_views
        for view in views:
            view.close()
    finally:
        await portal.stop()


@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_player_page_and_mjpeg_cameras_play_after_a_rename_and_a_reload(
    hass: HomeAssistant,
    socket_enabled: None,
    live_server: str,
    hass_client: Callable[[], Any],
    webrtc_provider: FakeWebRTCProvider,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """As a real install lives with them: go2rtc loaded, the user renames a camera listed
    by its player page and an MJPEG camera, Home Assistant restarts the entries; both keep
    their new ids and still play (go2rtc pulls the page's playlist through the proxy, the
    MJPEG view relays the camera's own stream), and nothing is logged as a problem."""
    portal = FakePortal(demo_cameras(), require_start=False, mjpeg_fps=20.0)
    await portal.start()
    try:
        pages = entry_for(
            "Player pages",
            {
                CONF_PROFILE: "json",
                CONF_URL: f"{portal.url}/f6/cameras.json",
                CONF_HLS_URL: portal.url,
            },
        )
        mjpeg = entry_for(
            "MJPEG portal",
            {CONF_PROFILE: "snapshot", CONF_URL: f"{portal.url}/f5/cameras.json"},
        )
        await setup_entry(hass, pages)
        await setup_entry(hass, mjpeg)
        registry = er.async_get(hass)
        page_entity = camera_entities(hass, pages)["101"]
        cameras = mjpeg.runtime_data.coordinator.data.cameras
        mjpeg_id = next(i for i, c in cameras.items() if c.mjpeg_url and not c.snapshot_url)
        mjpeg_entity = camera_entities(hass, mjpeg)[mjpeg_id]
        caplog.clear()
        registry.async_update_entity(page_entity, new_entity_id="camera.polder_player")
        registry.async_update_entity(mjpeg_entity, new_entity_id="camera.kabo_mjpeg")
        await hass.async_block_till_done()
        for entry in (pages, mjpeg):
            assert await hass.config_entries.async_reload(entry.entry_id)
        await hass.async_block_till_done(wait_background_tasks=True)
        assert camera_entities(hass, pages)["101"] == "camera.polder_player"
        assert camera_entities(hass, mjpeg)[mjpeg_id] == "camera.kabo_mjpeg"
        assert hass.states.get(page_entity) is None
        assert hass.states.get(mjpeg_entity) is None
        state = hass.states.get("camera.polder_player")
        assert state.state not in (STATE_UNAVAILABLE, "unknown")
        assert state.attributes["supported_features"] == camera.CameraEntityFeature.STREAM
        # go2rtc asked the renamed camera for its source again when it was added back.
        source = await camera.async_get_stream_source(hass, "camera.polder_player")
        assert source is not None and source.startswith(live_server)
        assert source in webrtc_provider.checked
        entity = hass.data[camera.DATA_COMPONENT].get_entity("camera.polder_player")
        messages: list[object] = []
        await webrtc_provider.async_handle_async_webrtc_offer(entity, "v=0", "s1", messages.append)
        assert webrtc_provider.pulled[-1] == (source, 200)
        assert portal.counters.requests["embed"] >= 1
        # The MJPEG view of the renamed camera is the camera's own stream.
        client = await hass_client()
        response = await client.get("/api/camera_proxy_stream/camera.kabo_mjpeg")
        assert response.status == 200
        assert response.headers["Content-Type"] == "multipart/x-mixed-replace;boundary=kutimframe"
        body = await read_parts(response, 2)
        response.close()
        first = body[body.index(b"\xff\xd8") : body.index(b"\xff\xd9") + 2]
        assert await hass.async_add_executor_job(decode_jpeg, first) == (320, 240)
        problems = [
            r for r in caplog.records if r.levelno >= logging.WARNING and not slow_step_notice(r)
        ]
        assert problems == [], [r.getMessage() for r in problems]
        for entry in (pages, mjpeg):
            assert await hass.config_entries.async_unload(entry.entry_id)
    finally:
        await portal.stop()


@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_live_view_recovers_after_the_portal_drops_the_stream(
    hass: HomeAssistant, socket_enabled: None, live_server: str
) -> None:
    """The portal forgets the stream mid-play: the same worker goes on after one wake-up."""
    portal = FakePortal(demo_cameras(), segment_seconds=1.0)
    await portal.start()
    try:
        entry = kutim_entry(portal)
        await setup_entry(hass, entry)
        entity = hass.data[camera.DATA_COMPONENT].get_entity(camera_entities(hass, entry)["101"])
        stream = await entity.async_create_stream()
        assert stream is not None
        hls = stream.add_provider("hls")
        await stream.start()
        try:
            assert await wait_for(lambda: hls.last_sequence >= 1, 30)
            assert portal.counters.requests["start"] == 1
            before = hls.last_sequence
            assert portal.drop_streams() == 1
            assert await wait_for(
                lambda: portal.counters.requests["start"] == 2 and hls.last_sequence >= before + 3,
                30,
            )
            # Recovered in place: the worker was never restarted (that would wait 10 s+).
            assert stream.get_diagnostics()["start_worker"] == 1
            assert stream.available
        finally:
            await stream.stop()
        assert await hass.config_entries.async_unload(entry.entry_id)
    finally:
        await portal.stop()


def frame_numbers(path: str) -> list[int]:
    """Decode a video file with PyAV and read each frame's number from its bit blocks.

    The fake portal draws frame number n as a row of 16 blocks along the top edge, white
    for a set bit (least significant first), one block per 16 pixels.
    """
    numbers = []
    with av.open(path) as container:
        for frame in container.decode(video=0):
            luma = frame.to_ndarray(format="gray")
            numbers.append(sum(1 << bit for bit in range(16) if luma[8, bit * 16 + 8] > 128))
    return numbers


@pytest.mark.parametrize("expected_lingering_timers", [True])
async def test_record_action_recovers_after_the_portal_drops_the_stream(
    hass: HomeAssistant,
    socket_enabled: None,
    live_server: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """camera.record spans a portal drop: one more start call, and the file goes on after it."""
    portal = FakePortal(demo_cameras(), segment_seconds=1.0)
    await portal.start()
    try:
        entry = kutim_entry(portal)
        await setup_entry(hass, entry)
        entity_id = camera_entities(hass, entry)["101"]
        hass.config.allowlist_external_dirs = {str(tmp_path)}
        video_path = tmp_path / "record.mp4"
        record = hass.async_create_task(
            hass.services.async_call(
                "camera",
                "record",
                {"entity_id": entity_id, "filename": str(video_path), "duration": 8},
                blocking=True,
            )
        )
        # The recording is under way once the worker has fetched two segments.
        assert await wait_for(lambda: portal.counters.requests["segment"] >= 2, 30)
        assert not record.done()
        starts = portal.counters.requests["start"]
        assert starts == 1
        # Segments numbered above the live edge at the drop only exist after it.
        first_after_drop = (portal.live_edge() + 1) * portal.spec.frames_per_segment
        assert portal.drop_streams() == 1
        async with asyncio.timeout(60):
            await record
        assert portal.counters.requests["start"] == starts + 1
        # The worker never saw the drop as an error, and nothing was left unwritten.
        assert not [
            log
            for log in caplog.records
            if log.name.startswith("homeassistant.components.stream")
            and log.levelno >= logging.WARNING
        ]
        assert video_path.is_file()
        numbers = await hass.async_add_executor_job(frame_numbers, str(video_path))
        assert numbers, "the recording holds no frames"
        assert numbers == sorted(numbers)
        after = [n for n in numbers if n >= first_after_drop]
        before = [n for n in numbers if n < first_after_drop]
        assert before, "the recording holds nothing from before the drop"
        # At least one whole segment recorded after the stream was woken again.
        assert len(after) >= portal.spec.frames_per_segment
        assert await hass.config_entries.async_unload(entry.entry_id)
    finally:
        await portal.stop()


async def test_offline_camera_is_unavailable_until_it_works_again(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    loaded: dict[str, str],
    freezer: FrozenDateTimeFactory,
) -> None:
    """A camera whose stream does not start is unavailable, like its Online sensor says.

    Unavailable never means "never retried": the monitor's checks go on, and the camera
    is available again as soon as a picture of it can be taken.
    """
    follow_clock(mock_config_entry)
    online = entities(hass, mock_config_entry, "online")
    # Nothing known yet: the camera is shown as usual.
    assert hass.states.get(loaded["104"]).state == CameraState.IDLE
    with stream_start_not_awaited(), pytest.raises(HomeAssistantError):
        await camera.async_get_image(hass, loaded["104"])
    await hass.async_block_till_done()
    assert hass.states.get(online["104"]).state == STATE_OFF
    assert hass.states.get(loaded["104"]).state == STATE_UNAVAILABLE
    # Other cameras are not affected.
    assert hass.states.get(loaded["101"]).state == CameraState.IDLE

    # Still offline at the next connectivity check: still unavailable, and checked again.
    starts = fake_portal.counters.requests["start"]
    with stream_start_not_awaited():
        await tick(hass, freezer, DEFAULT_PROBE_INTERVAL * 60)
    assert fake_portal.counters.requests["start"] > starts
    assert hass.states.get(loaded["104"]).state == STATE_UNAVAILABLE

    # The camera comes back: the next check makes it available again.
    next(cam for cam in fake_portal.cameras if cam.id == 104).online = True
    await tick(hass, freezer, DEFAULT_PROBE_INTERVAL * 60)
    assert hass.states.get(online["104"]).state == STATE_ON
    assert hass.states.get(loaded["104"]).state == CameraState.IDLE


async def test_offline_camera_comes_back_with_an_action_picture(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    loaded: dict[str, str],
) -> None:
    """A picture an action takes of an unavailable camera makes it available again."""
    with stream_start_not_awaited(), pytest.raises(HomeAssistantError):
        await hass.services.async_call(
            DOMAIN, "refresh", {"entity_id": loaded["104"]}, blocking=True
        )
    assert hass.states.get(loaded["104"]).state == STATE_UNAVAILABLE
    next(cam for cam in fake_portal.cameras if cam.id == 104).online = True
    await hass.services.async_call(DOMAIN, "refresh", {"entity_id": loaded["104"]}, blocking=True)
    await hass.async_block_till_done()
    assert hass.states.get(loaded["104"]).state == CameraState.IDLE


async def test_slow_picture_is_answered_in_time_not_with_an_error(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, loaded: dict[str, str]
) -> None:
    """A picture not ready by the deadline: the last picture, else a translated placeholder."""
    snapshots = mock_config_entry.runtime_data.snapshots
    release = asyncio.Event()
    grabs = 0

    async def slow_grab(
        client: object, cam: Camera, *, download_slot: AbstractAsyncContextManager[Any]
    ) -> Still:
        nonlocal grabs
        grabs += 1
        await release.wait()
        return Still(b"\xff\xd8" + cam.id.encode() + b"\xff\xd9", "image/jpeg", "test", 10)

    snapshots._grab = slow_grab
    now = hand_clock(snapshots)
    with (
        patch("custom_components.kutim_cctv.camera.PICTURE_DEADLINE", 0.05),
        patch("custom_components.kutim_cctv.snapshot.WAIT_FOR_NEW", 10.0),
    ):
        first = await camera.async_get_image(hass, loaded["101"])
        assert first.content_type == "image/svg+xml"
        text = first.content.decode()
        assert text.startswith("<svg") and "starting up" in text
        release.set()
        await hass.async_block_till_done(wait_background_tasks=True)
        picture = await camera.async_get_image(hass, loaded["101"])
        assert picture.content_type == "image/jpeg"
        assert picture.content == b"\xff\xd8101\xff\xd9"
        # Past the window with a slow portal: the last picture, not an error.
        release.clear()
        now[0] += snapshots.freshness + 1
        late = await camera.async_get_image(hass, loaded["101"])
        assert late.content_type == "image/jpeg"
        assert late.content == picture.content
        release.set()
        await hass.async_block_till_done(wait_background_tasks=True)
    assert grabs == 2


def test_placeholder_escapes_its_text() -> None:
    svg = placeholder_svg('<script>alert("x")</script> & more').decode()
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg and "&amp; more" in svg


class _PlayingStream:
    """A stream Home Assistant is playing: its first keyframe has not decoded yet."""

    def __init__(self) -> None:
        self.calls: list[bool] = []
        self.output = type("Output", (), {"idle": False})()

    def outputs(self) -> dict[str, object]:
        return {"hls": self.output}

    async def async_get_image(self, wait_for_next_keyframe: bool = False) -> bytes | None:
        self.calls.append(wait_for_next_keyframe)
        return b"\xff\xd8next keyframe\xff\xd9" if wait_for_next_keyframe else None


async def test_still_during_live_view_comes_from_the_stream(
    hass: HomeAssistant,
    fake_portal: FakePortal,
    mock_config_entry: MockConfigEntry,
    loaded: dict[str, str],
) -> None:
    """While the live view plays, a still asks the portal for nothing."""
    entity = hass.data[CAMERA_COMPONENT].get_entity(loaded["101"])
    assert entity is not None
    stream = _PlayingStream()
    entity.stream = stream  # type: ignore[assignment]
    fake_portal.counters.reset()
    image = await camera.async_get_image(hass, loaded["101"])
    assert image.content == b"\xff\xd8next keyframe\xff\xd9"
    assert stream.calls == [False, True]
    assert fake_portal.counters.total_requests == 0
    snapshots = mock_config_entry.runtime_data.snapshots
    assert snapshots.stats.stream_frames == 1
    assert snapshots.stats.upstream_grabs == 0
    # An idle output (nobody watching the live view) is not used: the portal is asked.
    stream.output.idle = True  # type: ignore[attr-defined]
    hand_clock(snapshots)
    snapshots._cache.clear()
    image = await camera.async_get_image(hass, loaded["101"])
    assert image.content != b"\xff\xd8next keyframe\xff\xd9"
    assert fake_portal.counters.requests["segment"] == 1
    assert stream.calls == [False, True]
