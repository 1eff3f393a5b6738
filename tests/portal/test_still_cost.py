"""What one HLS still costs the portal: wake-ups, playlists, segment bytes (counts only)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
import io
from unittest.mock import patch

import aiohttp
from aiohttp import web
import av
import pytest

from custom_components.kutim_cctv.portal import (
    Camera,
    CameraList,
    PortalClient,
    PortalSettings,
    async_grab_still,
)
from custom_components.kutim_cctv.portal.client import (
    MAX_CONCURRENT_WAKEUPS,
    READY_POLL_INTERVAL,
    STREAM_ALIVE_SECONDS,
    StreamMemory,
)
from custom_components.kutim_cctv.portal.grab import read_keyframe
from custom_components.kutim_cctv.portal.hls import parse_media, segment_numbering
from custom_components.kutim_cctv.portal.keyframe import TS_PACKET, KeyframeScanner, looks_like_ts
from fake_portal import FakePortal
from fake_portal.data import demo_cameras
from fake_portal.serving import serving
from fake_portal.video import VARIANT_MPEGTS, PatternStyle, VideoSpec, encode_segment

from .conftest import cold_portal

pytestmark = pytest.mark.usefixtures("socket_enabled")


class Clock:
    """A clock shared by the fake portal and the client; sleeping advances it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as sess:
        yield sess


async def start_portal(clock: Clock, **kwargs: object) -> FakePortal:
    portal = FakePortal(demo_cameras(), clock=clock, **kwargs)  # type: ignore[arg-type]
    await portal.start()
    return portal


async def kutim_client(
    portal: FakePortal, session: aiohttp.ClientSession, clock: Clock
) -> tuple[PortalClient, Camera]:
    client = PortalClient(
        session,
        PortalSettings(url=portal.url, hls_url=portal.url),
        clock=clock,
        sleep=clock.sleep,
    )
    result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    camera = next(c for c in result.cameras if c.id == "101")
    portal.counters.reset()
    return client, camera


@asynccontextmanager
async def kutim_camera(
    session: aiohttp.ClientSession, **kwargs: object
) -> AsyncIterator[tuple[Clock, FakePortal, PortalClient, Camera]]:
    """Serve a fake portal on a test clock; yield it, a client and camera 101, counters reset."""
    clock = Clock()
    portal = await start_portal(clock, **kwargs)
    try:
        client, camera = await kutim_client(portal, session, clock)
        yield clock, portal, client, camera
    finally:
        await portal.stop()


def picture_size(jpeg: bytes) -> tuple[int, int]:
    with av.open(io.BytesIO(jpeg), format="image2pipe") as container:
        frame = next(container.decode(video=0))
        return frame.width, frame.height


@pytest.mark.parametrize("wake_delay", [0.0, 0.4, 1.5, 3.2])
async def test_cold_grab_sends_one_start_call(
    session: aiohttp.ClientSession, wake_delay: float
) -> None:
    """A cold stream costs exactly one start call, however long its playlist answers 404."""
    async with kutim_camera(session, wake_delay=wake_delay) as (_, portal, client, camera):
        # A viewer opening the live view at the same moment shares the wake-up.
        still, _ = await asyncio.gather(
            async_grab_still(client, camera), client.async_stream_url(camera)
        )
        counters = portal.counters.requests
        assert counters["start"] == 1
        assert client.wake_calls == 1
        # The manifest is looked at every half second until it answers; then one media
        # playlist and one segment make the picture.
        not_ready = round(wake_delay / READY_POLL_INTERVAL + 0.4999)
        assert counters["master"] == not_ready + 1
        assert counters["media"] == 1
        assert counters["segment"] == 1
        assert picture_size(still.image) == (320, 240)


async def test_no_wake_up_or_playlist_while_the_stream_is_alive(
    session: aiohttp.ClientSession,
) -> None:
    """While the stream is known alive a picture is one segment request and nothing else."""
    async with kutim_camera(session) as (clock, portal, client, camera):
        await async_grab_still(client, camera)
        for _ in range(10):
            clock.now += 30.0
            still = await async_grab_still(client, camera)
            assert picture_size(still.image) == (320, 240)
        counters = portal.counters.requests
        assert counters["start"] == 1
        assert counters["master"] == 1
        assert counters["media"] == 1
        assert counters["segment"] == 11
        # The predicted segment is the live edge: the newest one the portal has.
        edge = portal.live_edge()
        assert counters[f"/hls/{camera.stream_key}/seg{edge}.ts"] == 1


async def test_variant_url_is_reused(session: aiohttp.ClientSession) -> None:
    """A picture whose segment must be looked up reads the media playlist, not the master."""
    async with kutim_camera(session) as (clock, portal, client, camera):
        await async_grab_still(client, camera)
        memory = client.stream_memory(camera)
        assert memory is not None and memory.variant_url is not None
        for _ in range(3):
            clock.now += 10.0
            memory.forget_playlist()
            await async_grab_still(client, camera)
        counters = portal.counters.requests
        assert counters["master"] == 1
        assert counters["media"] == 4
        assert counters["start"] == 1


async def test_a_stopped_stream_is_woken_once_more(session: aiohttp.ClientSession) -> None:
    """A stream the portal stopped although we believed it alive costs one start call."""
    async with kutim_camera(session, wake_delay=1.0) as (clock, portal, client, camera):
        await async_grab_still(client, camera)
        assert camera.stream_key is not None
        portal.started.pop(camera.stream_key)  # the portal stopped the stream
        clock.now += 20.0
        still = await async_grab_still(client, camera)
        assert picture_size(still.image) == (320, 240)
        assert portal.counters.requests["start"] == 2
        # The window the stream is believed alive shrank below the gap that was too long.
        assert client.alive_seconds == pytest.approx(10.0, abs=0.5)
        assert client.alive_seconds < STREAM_ALIVE_SECONDS


async def test_segment_read_stops_after_the_first_keyframe(
    session: aiohttp.ClientSession,
) -> None:
    """With Range the portal sends the keyframe's bytes, not the whole segment."""
    async with kutim_camera(session) as (clock, portal, client, camera):
        await async_grab_still(client, camera)  # learns the keyframe size
        portal.counters.reset()
        clock.now += 30.0
        await async_grab_still(client, camera)
        counters = portal.counters
        segment_path = next(p for p in counters.requests if "/seg" in p)
        assert counters.requests["segment"] == 1
        assert counters.ranges == 1
        whole = len((await portal.encoded_segment(portal.cameras[0], portal.live_edge())).data)
        assert counters.bytes[segment_path] * 3 < whole


async def test_without_range_the_body_is_closed_after_the_keyframe(
    session: aiohttp.ClientSession,
) -> None:
    """A portal that ignores Range: reading stops once the keyframe has arrived."""
    data = encode_segment(VideoSpec(), PatternStyle.for_camera("k", "moving"), 4, VARIANT_MPEGTS)
    segment = data.data
    written = [0]

    async def trickle(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.content_type = "video/mp2t"
        response.content_length = len(segment)
        await response.prepare(request)
        for start in range(0, len(segment), TS_PACKET * 2):
            try:
                await response.write(segment[start : start + TS_PACKET * 2])
            except ConnectionError:
                break
            written[0] += 1
            await asyncio.sleep(0.01)
        return response

    async with serving({"/seg1.ts": trickle}) as url:
        client = PortalClient(session, PortalSettings(url=url, allow_local=True))
        media, fetched, trimmed = await read_keyframe(client, f"{url}/seg1.ts", StreamMemory())
        assert trimmed
        assert fetched < len(segment) // 2
        scanner = KeyframeScanner()
        assert scanner.feed(segment) == len(media)


async def test_fmp4_init_section_is_read_once(session: aiohttp.ClientSession) -> None:
    """fMP4 segments are read whole, but their initialisation section only once."""
    async with kutim_camera(session, hls_variant="fmp4") as (clock, portal, client, camera):
        for _ in range(3):
            still = await async_grab_still(client, camera)
            assert picture_size(still.image) == (320, 240)
            clock.now += 10.0
        counters = portal.counters.requests
        assert counters["init"] == 1
        assert counters["segment"] == 3
        assert counters["media"] == 1


async def test_concurrent_wake_ups_are_capped(session: aiohttp.ClientSession) -> None:
    """However many cold cameras are asked for, at most the cap of streams wake at once."""
    count = 3 * MAX_CONCURRENT_WAKEUPS
    async with cold_portal(session, count) as (portal, client, cameras):
        stills = await asyncio.gather(*(async_grab_still(client, c) for c in cameras))
        assert len(stills) == count
        assert portal.counters.requests["start"] == count
        assert portal.counters.peak_waking == MAX_CONCURRENT_WAKEUPS


def test_keyframe_scanner_finds_the_flagged_keyframe() -> None:
    """The keyframe ends where the next video packet starts; PAT and PMT are kept."""
    segment = encode_segment(
        VideoSpec(), PatternStyle.for_camera("x", "still"), 0, VARIANT_MPEGTS
    ).data
    assert looks_like_ts(segment)
    scanner = KeyframeScanner()
    end = None
    for size in range(TS_PACKET, len(segment) + TS_PACKET, TS_PACKET):
        end = scanner.feed(segment[:size])
        if end is not None:
            assert size > end  # only known once the next packet has started
            break
    assert end is not None and end % TS_PACKET == 0
    assert 0 < end < len(segment) // 3
    assert scanner.keyframe_bytes(segment) == segment[:end]


@pytest.mark.parametrize(
    "data", [b"", b"\x47" * 100, b"not a transport stream" * 20, b"\x00" * 188 * 3]
)
def test_keyframe_scanner_gives_up_on_other_data(data: bytes) -> None:
    scanner = KeyframeScanner()
    assert scanner.feed(data) is None


def test_segment_numbering_predicts_names() -> None:
    text = (
        "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:41\n"
        "#EXTINF:2.000,\nseg41.ts?t=9\n#EXTINF:2.000,\nseg42.ts?t=9\n#EXTINF:2.000,\nseg43.ts?t=9\n"
    )
    media = parse_media(text, "http://portal.example/hls/cam7/video1_stream.m3u8")
    numbering = segment_numbering(media)
    assert numbering is not None
    assert numbering.newest == 43
    assert numbering.duration == 2.0
    assert numbering.url_for(50) == "http://portal.example/hls/cam7/seg50.ts?t=9"


@pytest.mark.parametrize(
    "body",
    [
        # names that do not carry the sequence number
        "#EXT-X-MEDIA-SEQUENCE:5\n#EXTINF:2,\na.ts\n#EXTINF:2,\nb.ts\n",
        # numbers that do not follow the media sequence
        "#EXT-X-MEDIA-SEQUENCE:5\n#EXTINF:2,\nseg1.ts\n#EXTINF:2,\nseg2.ts\n",
        # varying durations
        "#EXT-X-MEDIA-SEQUENCE:5\n#EXTINF:2,\nseg5.ts\n#EXTINF:6,\nseg6.ts\n",
        # an ended playlist
        "#EXT-X-MEDIA-SEQUENCE:5\n#EXTINF:2,\nseg5.ts\n#EXTINF:2,\nseg6.ts\n#EXT-X-ENDLIST\n",
        # a single segment named otherwise than its number
        "#EXT-X-MEDIA-SEQUENCE:5\n#EXTINF:2,\nseg4.ts\n",
    ],
)
def test_segment_numbering_refuses_unclear_playlists(body: str) -> None:
    media = parse_media("#EXTM3U\n" + body, "http://portal.example/hls/c/index.m3u8")
    assert segment_numbering(media) is None


async def test_an_oversized_init_section_is_not_kept(session: aiohttp.ClientSession) -> None:
    """An init section over the memory bound is read again with its playlist each time."""
    async with kutim_camera(session, hls_variant="fmp4") as (clock, portal, client, camera):
        with patch("custom_components.kutim_cctv.portal.grab.INIT_KEEP_BYTES", 16):
            for _ in range(3):
                still = await async_grab_still(client, camera)
                assert picture_size(still.image) == (320, 240)
                clock.now += 10.0
        memory = client.stream_memory(camera)
        assert memory is not None and memory.init is None and memory.numbering is None
        counters = portal.counters.requests
        assert counters["init"] == 3
        assert counters["media"] == 3
        assert counters["segment"] == 3
