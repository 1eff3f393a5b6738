"""One-shot stills from the fake portal: HLS keyframes (MPEG-TS and fMP4), JPEG, MJPEG."""

from __future__ import annotations

from collections.abc import AsyncIterator
import io

import aiohttp
import av
import pytest

from custom_components.kutim_cctv.portal import (
    Camera,
    CameraList,
    PortalClient,
    PortalFormatError,
    PortalNoStreamError,
    PortalSettings,
    Profile,
    async_grab_still,
)
from custom_components.kutim_cctv.portal.grab import decode_keyframe_jpeg, first_jpeg
from custom_components.kutim_cctv.portal.hls import is_master, parse_master, parse_media
from fake_portal import FakePortal
from fake_portal.data import demo_cameras

pytestmark = pytest.mark.usefixtures("socket_enabled")


def jpeg_size(data: bytes) -> tuple[int, int]:
    with av.open(io.BytesIO(data), format="image2pipe") as container:
        frame = next(container.decode(video=0))
        return frame.width, frame.height


@pytest.fixture(params=["mpegts", "fmp4"])
async def portal(request: pytest.FixtureRequest) -> AsyncIterator[FakePortal]:
    fake = FakePortal(demo_cameras(), hls_variant=request.param)
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as sess:
        yield sess


async def test_hls_keyframe_still(portal: FakePortal, session: aiohttp.ClientSession) -> None:
    """A Kutim camera's still costs one wake-up, two playlists and one segment."""
    client = PortalClient(session, PortalSettings(url=portal.url, hls_url=portal.url))
    result = await client.async_get_cameras()
    assert isinstance(result, CameraList)
    camera = next(c for c in result.cameras if c.id == "101")
    portal.counters.reset()
    still = await async_grab_still(client, camera)
    assert still.source == "hls"
    assert still.content_type == "image/jpeg"
    assert jpeg_size(still.image) == (320, 240)
    assert portal.counters.requests["start"] == 1
    assert portal.counters.total_requests <= 6
    assert still.fetched_bytes < portal.counters.total_bytes + 1


async def test_snapshot_and_mjpeg_stills(session: aiohttp.ClientSession) -> None:
    fake = FakePortal(demo_cameras(), mjpeg_fps=20)
    await fake.start()
    try:
        client = PortalClient(
            session, PortalSettings(profile=Profile.AUTO, url=f"{fake.url}/f5/cameras.json")
        )
        result = await client.async_get_cameras()
        assert isinstance(result, CameraList)
        snap = next(c for c in result.cameras if c.snapshot_url)
        still = await async_grab_still(client, snap)
        assert still.source == "snapshot"
        assert jpeg_size(still.image) == (320, 240)
        mjpeg = Camera(id="m", raw_name="M", name="M", mjpeg_url=f"{fake.url}/mjpeg/polder-im-1")
        still = await async_grab_still(client, mjpeg)
        assert still.source == "mjpeg"
        assert jpeg_size(still.image) == (320, 240)
        not_image = Camera(
            id="x", raw_name="X", name="X", snapshot_url=f"{fake.url}/f2/cameras.json"
        )
        with pytest.raises(PortalFormatError):
            await async_grab_still(client, not_image)
        with pytest.raises(PortalNoStreamError):
            await async_grab_still(client, Camera(id="n", raw_name="N", name="N"))
    finally:
        await fake.stop()


def test_first_jpeg_and_decode_errors() -> None:
    assert first_jpeg(b"--frame\r\n\r\n") is None
    assert first_jpeg(b"xx\xff\xd8abc") is None
    assert first_jpeg(b"--b\r\n\xff\xd8abc\xff\xd9rest") == b"\xff\xd8abc\xff\xd9"
    with pytest.raises(PortalNoStreamError):
        decode_keyframe_jpeg(b"not a video at all" * 100)


def test_playlist_parsing() -> None:
    master = (
        '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,CODECS="avc1.42e01e,mp4a.40.2"\n'
        "hi.m3u8?session=1\n#EXT-X-STREAM-INF:BANDWIDTH=200000\nlo.m3u8\n"
    )
    assert is_master(master)
    variants = parse_master(master, "https://cctv.example.id/hls/a/index.m3u8")
    assert [v.url for v in variants] == [
        "https://cctv.example.id/hls/a/hi.m3u8?session=1",
        "https://cctv.example.id/hls/a/lo.m3u8",
    ]
    assert [v.bandwidth for v in variants] == [800000, 200000]
    media = parse_media(
        '#EXTM3U\n#EXT-X-MAP:URI="init.mp4"\n#EXTINF:2.0,\nseg1.mp4\n#EXTINF:2.0,\nseg2.mp4\n'
        "#EXT-X-ENDLIST\n",
        "https://cctv.example.id/hls/a/video1_stream.m3u8",
    )
    assert media.init_url == "https://cctv.example.id/hls/a/init.mp4"
    assert media.segments[-1] == "https://cctv.example.id/hls/a/seg2.mp4"
    assert media.ended
    for bad in ("<html>", "#EXTM3U\n#EXT-X-TARGETDURATION:2\n"):
        with pytest.raises(PortalFormatError):
            parse_media(bad, "https://x.example/")
    with pytest.raises(PortalFormatError):
        parse_master("#EXTM3U\n", "https://x.example/")
