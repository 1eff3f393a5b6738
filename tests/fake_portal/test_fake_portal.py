"""Tests for the fake Kutim portal: lists, wake-up, HLS, stills, faults and counters."""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import re
import ssl
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urljoin, urlsplit

import aiohttp
import av
import numpy as np
import pytest

from fake_portal import FakeCamera, FakePortal, demo_cameras, make_self_signed, many_cameras
from fake_portal.tls import CERT_FILE
from fake_portal.video import split_boxes

if TYPE_CHECKING:
    from pathlib import Path

    from .conftest import FakeClock, PortalFactory

pytestmark = pytest.mark.usefixtures("socket_enabled")

KEY = "simpang-yossudarso-1"
STILL_KEY = "polder-im-1"
OFFLINE_KEY = "bp-parkir"
DEMO_IDS = {camera.id for camera in demo_cameras()}


def decode(data: bytes) -> list[av.VideoFrame]:
    """Decode every video frame of an in-memory media file."""
    container = av.open(io.BytesIO(data), "r")
    try:
        return list(container.decode(video=0))
    finally:
        container.close()


def pixels(frame: av.VideoFrame) -> np.ndarray[Any, Any]:
    """Return the frame as an RGB array."""
    return frame.to_ndarray(format="rgb24")


async def get(http: aiohttp.ClientSession, url: str, **kwargs: Any) -> tuple[int, bytes, Any]:
    """GET ``url`` and return status, body and headers."""
    async with http.get(url, **kwargs) as response:
        return response.status, await response.read(), response.headers


async def start_stream(http: aiohttp.ClientSession, portal: FakePortal, key: str = KEY) -> None:
    """Make the wake-up call for ``key``."""
    async with http.post(f"{portal.url}/api/stream/{key}/start") as response:
        assert response.status == 200
        assert json.loads(await response.read()) == {"success": True}


async def media_playlist(
    http: aiohttp.ClientSession, portal: FakePortal, key: str = KEY
) -> tuple[str, str]:
    """Follow the master playlist of ``key``; return the media playlist URL and text."""
    master_url = f"{portal.url}/hls/{key}/index.m3u8"
    status, body, headers = await get(http, master_url)
    assert status == 200
    assert headers["Content-Type"] == "application/vnd.apple.mpegurl"
    lines = body.decode().splitlines()
    variant = lines[lines.index(next(x for x in lines if x.startswith("#EXT-X-STREAM-INF"))) + 1]
    media_url = urljoin(master_url, variant)
    status, body, _ = await get(http, media_url)
    assert status == 200
    return media_url, body.decode()


def segment_uris(playlist: str) -> list[str]:
    """Return the segment URIs of a media playlist."""
    return [line for line in playlist.splitlines() if line and not line.startswith("#")]


# --------------------------------------------------------------------------- F1 list


async def test_list_paging_with_page_cap(
    make_portal: PortalFactory, http: aiohttp.ClientSession
) -> None:
    portal = await make_portal(page_cap=3)
    items: list[Any] = []
    page = 1
    while True:
        status, body, headers = await get(
            http, f"{portal.url}/api/cctv/public", params={"page": page, "limit": 100}
        )
        assert status == 200
        assert headers["Content-Type"].startswith("application/json")
        document = json.loads(body)
        assert document["meta"] == {"page": page, "limit": 3, "total": 8}
        assert len(document["data"]) <= 3
        if not document["data"]:
            break
        items += document["data"]
        page += 1
    assert page == 4
    assert len(items) == 8
    good = [item for item in items if isinstance(item, dict) and item.get("streamKey")]
    assert {item["id"] for item in good} == DEMO_IDS
    assert items.count({"id": None, "name": 12345}) == 1
    assert all(isinstance(item["lat"], str) for item in good)
    assert next(item for item in good if item["streamKey"] == "taman-bersemi")["lat"] == ""


async def test_list_conditional_get(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    url = f"{portal.url}/api/cctv/public?page=1&limit=100"
    status, body, headers = await get(http, url)
    assert status == 200
    etag = headers["ETag"]
    assert etag.startswith('"')
    assert not etag.startswith("W/")
    assert "Last-Modified" in headers
    status, body304, _ = await get(http, url, headers={"If-None-Match": etag})
    assert (status, body304) == (304, b"")
    status, _, _ = await get(http, url, headers={"If-Modified-Since": headers["Last-Modified"]})
    assert status == 304
    status, body2, _ = await get(http, url, headers={"If-None-Match": '"other"'})
    assert (status, body2) == (200, body)
    portal.cameras.append(FakeCamera(999, "CCTV BARU", "0.51", "117.55", "baru", "Bengalon"))
    status, body3, headers3 = await get(http, url, headers={"If-None-Match": etag})
    assert status == 200
    assert headers3["ETag"] != etag
    assert "baru" in body3.decode()


# --------------------------------------------------------------------------- wake-up and HLS


async def test_manifest_404_until_started(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    url = f"{portal.url}/hls/{KEY}/index.m3u8"
    assert (await get(http, url))[0] == 404
    assert (await get(http, f"{portal.url}/hls/{KEY}/video1_stream.m3u8"))[0] == 404
    await start_stream(http, portal)
    assert KEY in portal.started
    status, body, _ = await get(http, url)
    assert status == 200
    text = body.decode()
    assert text.startswith("#EXTM3U")
    assert "#EXT-X-INDEPENDENT-SEGMENTS" in text
    assert re.search(r'CODECS="avc1\.[0-9a-f]{6}",RESOLUTION=320x240', text)
    assert re.search(r"^video1_stream\.m3u8\?session=\w+$", text, re.MULTILINE)
    # Offline cameras are listed and accept the wake-up call, but never play.
    await start_stream(http, portal, OFFLINE_KEY)
    assert (await get(http, f"{portal.url}/hls/{OFFLINE_KEY}/index.m3u8"))[0] == 404
    async with http.post(f"{portal.url}/api/stream/nope/start") as response:
        assert response.status == 404


async def test_stream_expires_when_idle(
    make_portal: PortalFactory, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    portal = await make_portal(stream_idle_timeout=60.0)
    url = f"{portal.url}/hls/{KEY}/index.m3u8"
    await start_stream(http, portal)
    clock.advance(45)
    assert (await get(http, url))[0] == 200  # activity keeps it alive
    clock.advance(45)
    assert (await get(http, url))[0] == 200
    clock.advance(61)
    assert (await get(http, url))[0] == 404
    assert KEY not in portal.started
    await start_stream(http, portal)
    assert (await get(http, url))[0] == 200


async def test_dropped_streams_answer_404_until_started_again(
    make_portal: PortalFactory, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    """The drop switch forgets running streams: playlists and segments 404 until a start."""
    portal = await make_portal()
    clock.advance(4.5)
    await start_stream(http, portal)
    media_url, playlist = await media_playlist(http, portal)
    segment = urljoin(media_url, segment_uris(playlist)[-1])
    assert (await get(http, segment))[0] == 200
    assert portal.drop_streams("other-key") == 0
    assert portal.drop_streams() == 1
    assert portal.streams_dropped == 1
    for url in (f"{portal.url}/hls/{KEY}/index.m3u8", media_url, segment):
        assert (await get(http, url))[0] == 404
    await start_stream(http, portal)
    assert (await get(http, segment))[0] == 200
    assert portal.drop_streams(KEY) == 1


async def test_mpegts_chain_decodes_with_continuous_timestamps(
    make_portal: PortalFactory, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    portal = await make_portal(segment_seconds=2.0)
    clock.advance(10.5)  # live edge: segment 5
    await start_stream(http, portal)
    media_url, playlist = await media_playlist(http, portal)
    assert "#EXT-X-TARGETDURATION:2" in playlist
    assert "#EXT-X-MEDIA-SEQUENCE:2" in playlist
    uris = segment_uris(playlist)
    assert uris == ["seg2.ts", "seg3.ts", "seg4.ts", "seg5.ts"]
    starts = []
    for uri in uris[-2:]:
        status, data, headers = await get(http, urljoin(media_url, uri))
        assert status == 200
        assert headers["Content-Type"] == "video/mp2t"
        assert data[0] == 0x47  # MPEG-TS sync byte
        frames = decode(data)
        assert len(frames) == 20
        assert (frames[0].width, frames[0].height) == (320, 240)
        assert frames[0].key_frame
        starts.append(frames[0].time)
        first, second = pixels(frames[0]), pixels(frames[1])
        assert not np.array_equal(first, second)
    assert starts == pytest.approx([8.0, 10.0], abs=0.01)
    # Future segments do not exist yet; old ones are gone.
    assert (await get(http, urljoin(media_url, "seg6.ts")))[0] == 404
    clock.advance(60)
    assert (await get(http, urljoin(media_url, "seg2.ts")))[0] == 404
    assert (await get(http, urljoin(media_url, "seg2.mp4")))[0] == 404


async def test_still_pattern_frames_are_identical(
    portal: FakePortal, http: aiohttp.ClientSession
) -> None:
    await start_stream(http, portal, STILL_KEY)
    await start_stream(http, portal, KEY)
    media_url, playlist = await media_playlist(http, portal, STILL_KEY)
    status, data, _ = await get(http, urljoin(media_url, segment_uris(playlist)[-1]))
    assert status == 200
    frames = [pixels(frame) for frame in decode(data)]
    assert all(np.array_equal(frames[0], frame) for frame in frames[1:])
    # Pictures differ per camera.
    moving_url, moving_playlist = await media_playlist(http, portal, KEY)
    _, moving, _ = await get(http, urljoin(moving_url, segment_uris(moving_playlist)[-1]))
    assert not np.array_equal(frames[0], pixels(decode(moving)[0]))


async def test_fmp4_init_and_segment_decode(
    make_portal: PortalFactory, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    portal = await make_portal(hls_variant="fmp4", segment_seconds=1.0)
    clock.advance(3.2)
    await start_stream(http, portal)
    media_url, playlist = await media_playlist(http, portal)
    assert '#EXT-X-MAP:URI="init.mp4"' in playlist
    uris = segment_uris(playlist)
    assert uris == ["seg0.mp4", "seg1.mp4", "seg2.mp4", "seg3.mp4"]
    status, init, headers = await get(http, urljoin(media_url, "init.mp4"))
    assert status == 200
    assert headers["Content-Type"] == "video/mp4"
    assert [kind for kind, _ in split_boxes(init)] == ["ftyp", "moov"]
    seg_status, segment, _ = await get(http, urljoin(media_url, "seg3.mp4"))
    assert seg_status == 200
    assert [kind for kind, _ in split_boxes(segment)] == ["moof", "mdat"]
    frames = decode(init + segment)
    assert len(frames) == 10
    assert (frames[0].width, frames[0].height) == (320, 240)
    assert frames[0].time == pytest.approx(3.0)
    assert not np.array_equal(pixels(frames[0]), pixels(frames[1]))
    # Consecutive segments continue each other's timeline.
    _, previous, _ = await get(http, urljoin(media_url, "seg2.mp4"))
    both = decode(init + previous + segment)
    assert [round(f.time, 2) for f in both] == [round(2.0 + i / 10, 2) for i in range(20)]
    assert (await get(http, urljoin(media_url, "seg3.ts")))[0] == 404


@pytest.mark.parametrize("variant", ["mpegts", "fmp4"])
async def test_pyav_hls_demux_returns_frame(
    make_portal: PortalFactory, http: aiohttp.ClientSession, clock: FakeClock, variant: str
) -> None:
    portal = await make_portal(hls_variant=variant, segment_seconds=1.0)
    clock.advance(20)
    await start_stream(http, portal)
    url = f"{portal.url}/hls/{KEY}/index.m3u8"

    def read_frames() -> list[tuple[int, int, float]]:
        frames = []
        with av.open(url, timeout=10.0) as container:
            for frame in container.decode(video=0):
                frames.append((frame.width, frame.height, float(frame.time or 0.0)))
                if len(frames) == 25:
                    break
        return frames

    frames = await asyncio.get_running_loop().run_in_executor(None, read_frames)
    assert {(w, h) for w, h, _ in frames} == {(320, 240)}
    assert frames[0][2] >= 16.0  # live playback starts near the edge, not at zero
    # Timestamps run on across segment boundaries (25 frames span three 1 s segments).
    steps = {round(b[2] - a[2], 3) for a, b in itertools.pairwise(frames)}
    assert steps == {0.1}
    assert portal.counters.requests["segment"] >= 1


# --------------------------------------------------------------------------- stills


async def test_snapshot_is_a_jpeg(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    status, body, headers = await get(http, f"{portal.url}/snapshot/{KEY}.jpg")
    assert status == 200
    assert headers["Content-Type"] == "image/jpeg"
    assert body[:2] == b"\xff\xd8"
    frame = decode(body)[0]
    assert (frame.width, frame.height) == (320, 240)
    assert (await get(http, f"{portal.url}/snapshot/{OFFLINE_KEY}.jpg"))[0] == 404
    assert (await get(http, f"{portal.url}/snapshot/nope.jpg"))[0] == 404


async def test_mjpeg_multipart(make_portal: PortalFactory, http: aiohttp.ClientSession) -> None:
    portal = await make_portal(mjpeg_fps=20.0)
    async with http.get(f"{portal.url}/mjpeg/{KEY}") as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "multipart/x-mixed-replace; boundary=frame"
        reader = aiohttp.MultipartReader.from_response(response)
        parts: list[bytes] = []
        while len(parts) < 3:
            part = await reader.next()
            assert isinstance(part, aiohttp.BodyPartReader)
            assert part.headers["Content-Type"] == "image/jpeg"
            parts.append(await part.read())
    assert all(p[:2] == b"\xff\xd8" and p[-2:] == b"\xff\xd9" for p in parts)
    assert portal.counters.requests["mjpeg"] == 1
    await asyncio.sleep(0.2)  # the handler notices the disconnect at its next write
    assert portal.counters.bytes["mjpeg"] >= sum(len(p) for p in parts)


# --------------------------------------------------------------------------- other formats


async def test_f2_variants(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    _, body, _ = await get(http, f"{portal.url}/f2/cameras.json")
    flat = json.loads(body)
    assert len(flat) == 7
    first = flat[0]
    assert set(first) == {
        "cctv_id", "cctv_title", "cctv_link", "cctv_latitude", "cctv_longitude",
        "cctv_status", "kecamatan", "thumbnail",
    }  # fmt: skip
    assert first["cctv_id"] == "101"
    assert first["cctv_link"] == f"{portal.url}/hls/{KEY}/index.m3u8"
    assert first["thumbnail"] == f"{portal.url}/snapshot/{KEY}.jpg"
    statuses = {item["cctv_id"]: item["cctv_status"] for item in flat}
    assert statuses["104"] == "0"
    assert statuses["101"] == "1"
    _, body, _ = await get(http, f"{portal.url}/f2/wrapped.json")
    assert json.loads(body)["data"]["items"] == flat
    _, body, _ = await get(http, f"{portal.url}/f2/keyed.json")
    assert json.loads(body)["101"] == first


async def test_f3_geojson(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    _, body, _ = await get(http, f"{portal.url}/f3/cameras.geojson")
    document = json.loads(body)
    assert document["type"] == "FeatureCollection"
    by_id = {f["properties"]["id"]: f for f in document["features"]}
    assert by_id[101]["geometry"]["coordinates"] == [117.54683, 0.50912]
    assert by_id[105]["geometry"] is None
    assert by_id[104]["properties"]["status"] == "nonaktif"
    assert by_id[101]["properties"]["stream_url"].endswith(f"/hls/{KEY}/index.m3u8")


async def test_f4_pages(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    status, body, headers = await get(http, f"{portal.url}/f4/index.html")
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    page = body.decode()
    script = re.search(r"var cctvs = (\[.*?\]);\n</script>", page, re.DOTALL)
    assert script is not None
    assert "\\/hls\\/" in script.group(1)
    points = json.loads(script.group(1))
    links = [link for point in points for link in point["links"]]
    assert {link["name"] for link in links} >= {
        "CCTV BUKIT PELANGI [GERBANG]",
        "CCTV BUKIT PELANGI [PARKIR]",
    }
    assert max(len(point["links"]) for point in points) == 2
    assert links[0]["url"] == f"{portal.url}/hls/{KEY}/index.m3u8"
    assert (
        '<h3>CCTV TAMAN BERSEMI</h3><video controls muted playsinline><source src="/hls/taman-bersemi/index.m3u8"'
        in page
    )
    assert len(links) + page.count('<div class="cam">') == 7
    _, body, _ = await get(http, f"{portal.url}/f4/jsonparse.html")
    literal = re.search(r"JSON\.parse\('(.*)'\);", body.decode())
    assert literal is not None
    items = json.loads(literal.group(1))
    assert items[0]["cctv_link"] == f"{portal.url}/hls/{KEY}/index.m3u8"


async def test_f5_stills_only(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    _, body, _ = await get(http, f"{portal.url}/f5/cameras.json")
    items = json.loads(body)
    assert len(items) == 7
    assert not any("stream" in key or "link" in key for item in items for key in item)
    assert all("snapshot" in item or "mjpeg" in item for item in items)
    status, jpeg, _ = await get(http, items[0]["snapshot"])
    assert status == 200
    assert jpeg[:2] == b"\xff\xd8"
    assert "mjpeg" in items[0]
    assert "mjpeg" not in items[1]
    assert "snapshot" not in items[2]


# --------------------------------------------------------------------------- faults


async def test_fault_status_and_retry_after(
    portal: FakePortal, http: aiohttp.ClientSession
) -> None:
    portal.faults.status = 503
    portal.faults.retry_after = 7
    status, _, headers = await get(http, f"{portal.url}/api/cctv/public")
    assert (status, headers["Retry-After"]) == (503, "7")
    assert (await get(http, f"{portal.url}/f2/cameras.json"))[0] == 503
    async with http.post(f"{portal.url}/api/stream/{KEY}/start") as response:
        assert response.status == 503
    portal.faults.status = 429
    assert (await get(http, f"{portal.url}/f3/cameras.geojson"))[0] == 429


async def test_fault_delay(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    portal.faults.delay = 0.3
    began = time.monotonic()
    assert (await get(http, f"{portal.url}/api/cctv/public"))[0] == 200
    assert (await get(http, f"{portal.url}/snapshot/{KEY}.jpg"))[0] == 200
    assert time.monotonic() - began >= 0.6


async def test_fault_body_mangling(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    url = f"{portal.url}/api/cctv/public"
    _, clean, _ = await get(http, url)
    faults = portal.faults
    faults.truncate = True
    _, body, _ = await get(http, url)
    assert body == clean[: len(clean) // 2]
    faults.reset()
    faults.garbage = True
    status, body, _ = await get(http, url)
    assert status == 200
    with pytest.raises(UnicodeDecodeError):
        body.decode()
    faults.reset()
    faults.php_warning = True
    _, body, _ = await get(http, url)
    assert body.startswith(b"<br />\n<b>Warning</b>:  Undefined variable $x")
    assert json.loads(body[body.index(b"{") :]) == json.loads(clean)
    faults.bom = True
    _, body, _ = await get(http, url)
    assert body.startswith(b"\xef\xbb\xbf<br />")
    faults.reset()
    faults.html_error_200 = True
    status, body, headers = await get(http, url)
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert body.startswith(b"<!DOCTYPE html>")


async def test_fault_wrong_content_type(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    portal.faults.wrong_content_type = True
    await start_stream(http, portal)
    media_url, playlist = await media_playlist_html(http, portal)
    for url in (
        f"{portal.url}/api/cctv/public",
        f"{portal.url}/snapshot/{KEY}.jpg",
        urljoin(media_url, segment_uris(playlist)[-1]),
    ):
        status, _, headers = await get(http, url)
        assert status == 200
        assert headers["Content-Type"].startswith("text/html")


async def media_playlist_html(http: aiohttp.ClientSession, portal: FakePortal) -> tuple[str, str]:
    """Follow the master playlist while the wrong content type fault is on."""
    master_url = f"{portal.url}/hls/{KEY}/index.m3u8"
    _, body, headers = await get(http, master_url)
    assert headers["Content-Type"].startswith("text/html")
    variant = next(line for line in body.decode().splitlines() if line.startswith("video1"))
    media_url = urljoin(master_url, variant)
    _, media, _ = await get(http, media_url)
    return media_url, media.decode()


async def test_fault_oversize_is_streamed(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    portal.faults.oversize_bytes = 3_000_000
    async with http.get(f"{portal.url}/api/cctv/public") as response:
        assert response.content_length is None
        body = await response.read()
    assert len(body) == 3_000_000
    assert len(json.loads(body)["data"]) == 8
    assert portal.counters.bytes["list"] == 3_000_000


async def test_fault_trickle(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    _, clean, _ = await get(http, f"{portal.url}/api/cctv/public")
    portal.faults.trickle = 0.05
    began = time.monotonic()
    _, body, _ = await get(http, f"{portal.url}/api/cctv/public")
    assert time.monotonic() - began >= 0.4
    assert body == clean


async def test_fault_referer_and_cookie(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    url = f"{portal.url}/api/cctv/public"
    portal.faults.require_referer = "https://cctv.kutaitimurkab.go.id"
    assert (await get(http, url))[0] == 403
    good = {"Referer": "https://cctv.kutaitimurkab.go.id/map"}
    assert (await get(http, url, headers=good))[0] == 200
    portal.faults.reset()
    portal.faults.require_cookie = True
    assert (await get(http, url))[0] == 403
    async with http.post(f"{portal.url}/api/stream/{KEY}/start") as response:
        assert response.status == 403
    # aiohttp's default cookie jar ignores cookies from IP-address hosts.
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
        status, _, headers = await get(browser, f"{portal.url}/landing")
        assert status == 200
        assert "portal_session=" in headers["Set-Cookie"]
        assert (await get(browser, url))[0] == 200
        await start_stream(browser, portal)
    forged = {"Cookie": "portal_session=0123456789abcdef"}
    assert (await get(http, url, headers=forged))[0] == 403


async def test_fault_start_status(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    portal.faults.start_status = 500
    async with http.post(f"{portal.url}/api/stream/{KEY}/start") as response:
        assert response.status == 500
    assert KEY not in portal.started


async def test_fault_segment_404(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    await start_stream(http, portal)
    portal.faults.segment_404 = True
    media_url, playlist = await media_playlist(http, portal)
    assert (await get(http, urljoin(media_url, segment_uris(playlist)[-1])))[0] == 404


async def test_fault_token_ttl(
    portal: FakePortal, http: aiohttp.ClientSession, clock: FakeClock
) -> None:
    portal.faults.token_ttl = 120.0
    await start_stream(http, portal)
    _, body, _ = await get(http, f"{portal.url}/f2/cameras.json")
    link = json.loads(body)[0]["cctv_link"]
    query = parse_qs(urlsplit(link).query)
    assert set(query) == {"token", "expires"}
    assert (await get(http, f"{portal.url}/hls/{KEY}/index.m3u8"))[0] == 403
    status, master, _ = await get(http, link)
    assert status == 200
    variant = next(line for line in master.decode().splitlines() if line.startswith("video1"))
    assert "token=" in variant
    media_url = urljoin(link, variant)
    status, playlist, _ = await get(http, media_url)
    assert status == 200
    segment = segment_uris(playlist.decode())[-1]
    assert "token=" in segment
    assert (await get(http, urljoin(media_url, segment)))[0] == 200
    assert (await get(http, urljoin(media_url, segment.split("?")[0])))[0] == 403
    forged = link.replace(query["token"][0], "0" * len(query["token"][0]))
    assert (await get(http, forged))[0] == 403
    clock.advance(121)
    assert (await get(http, link))[0] == 403


async def test_fault_redirects(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    url = f"{portal.url}/api/cctv/public?page=1"
    portal.faults.redirect_loop = True
    status, _, headers = await get(http, url, allow_redirects=False)
    assert (status, headers["Location"]) == (302, "/api/cctv/public?page=1")
    with pytest.raises(aiohttp.TooManyRedirects):
        await get(http, url, max_redirects=5)
    portal.faults.reset()
    portal.faults.redirect_to = "https://elsewhere.example/list"
    status, _, headers = await get(http, url, allow_redirects=False)
    assert (status, headers["Location"]) == (302, "https://elsewhere.example/list")


async def test_fault_list_shape(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    url = f"{portal.url}/api/cctv/public"
    portal.faults.malformed_item = False
    document = json.loads((await get(http, url))[1])
    assert len(document["data"]) == 7
    assert document["meta"]["total"] == 7
    portal.faults.duplicate_ids = True
    data = json.loads((await get(http, url))[1])["data"]
    ids = [item["id"] for item in data]
    assert len(ids) == 8
    assert ids.count(101) == 2
    portal.faults.omit_meta = True
    assert "meta" not in json.loads((await get(http, url))[1])
    portal.faults.reset()
    document = json.loads((await get(http, url))[1])
    assert document["meta"]["total"] == 8
    assert portal.faults.malformed_item
    assert not portal.faults.omit_meta


# --------------------------------------------------------------------------- counters, TLS, data


async def test_counters(portal: FakePortal, http: aiohttp.ClientSession) -> None:
    _, body, _ = await get(http, f"{portal.url}/api/cctv/public")
    await start_stream(http, portal)
    media_url, playlist = await media_playlist(http, portal)
    _, segment, _ = await get(http, urljoin(media_url, segment_uris(playlist)[-1]))
    counters = portal.counters
    assert counters.requests["list"] == 1
    assert counters.requests["/api/cctv/public"] == 1
    assert counters.bytes["list"] == len(body)
    assert counters.requests["start"] == 1
    assert counters.requests["master"] == counters.requests["media"] == 1
    assert counters.requests["segment"] == 1
    assert counters.bytes["segment"] == len(segment)
    assert counters.encodes["segment"] == 1  # the master's encode was reused
    assert counters.total_requests == 5
    assert counters.total_bytes == sum(
        counters.bytes[name] for name in ("list", "start", "master", "media", "segment")
    )
    await get(http, f"{portal.url}/nothing-here")
    assert counters.requests["other"] == 1
    counters.reset()
    assert counters.total_requests == 0
    assert counters.bytes["list"] == 0


async def test_tls(tmp_path: Path) -> None:
    portal = FakePortal(demo_cameras())
    url = await portal.start(ssl_context=make_self_signed(tmp_path))
    try:
        assert url.startswith("https://127.0.0.1:")
        client_context = ssl.create_default_context(cafile=str(tmp_path / CERT_FILE))
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{url}/f2/cameras.json", ssl=client_context) as response:
                assert response.status == 200
                assert (await response.json())[0]["cctv_link"].startswith("https://127.0.0.1:")
            with pytest.raises(aiohttp.ClientConnectorCertificateError):
                await session.get(f"{url}/api/cctv/public")
    finally:
        await portal.stop()


def test_demo_and_many_cameras() -> None:
    demo = demo_cameras()
    assert 6 <= len(demo) <= 8
    assert sum(1 for c in demo if c.lat == "" and c.lng == "") == 1
    for camera in demo:
        assert camera.name == camera.name.upper()
        if camera.lat:
            assert 0.50 <= float(camera.lat) <= 0.54
            assert camera.lng is not None
            assert 117.54 <= float(camera.lng) <= 117.60
    many = many_cameras(1000)
    assert many == many_cameras(1000)
    assert len({c.id for c in many}) == len({c.stream_key for c in many}) == 1000
    assert any(not c.online for c in many)
    assert any(not c.has_coordinates for c in many)


def test_faults_reset_restores_defaults() -> None:
    portal = FakePortal()
    faults = portal.faults
    faults.status, faults.garbage, faults.malformed_item, faults.token_ttl = 500, True, False, 1.0
    faults.reset()
    assert faults == type(faults)()
