"""The live proxy view: tokens, references, the URL policy on the whole chain, TLS, logs.

The portal is served under a public name (tests/harness.py). Hostile playlists point
segments, init sections, keys and variants (directly or through redirects) at cloud
metadata, private and loopback addresses; none of them may be fetched.
"""

from __future__ import annotations

import re
from typing import Any
from unittest.mock import patch

from aiohttp import web
from homeassistant.components import camera
from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.network import NoURLAvailableError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from yarl import URL

from custom_components.kutim_cctv.const import (
    CONF_CAMERAS,
    CONF_EXTRA_HOSTS,
    CONF_KNOWN_CAMERAS,
    CONF_VERIFY_SSL,
)
from custom_components.kutim_cctv.live import camera_path_id
from custom_components.kutim_cctv.portal import Camera
from fake_portal import FakePortal

from .harness import Harness, LogWatch
from .test_init import camera_entities, setup_entry
from .webrtc import fetch_live

CANARY = "/snapshot/polder-im-1.jpg"
PRIVATE_NAME = "media.intranet-kutim.example"
M3U8 = "application/vnd.apple.mpegurl"
REFERENCE = re.compile(r"(?m)^([pskm]-[A-Za-z0-9_-]{22}(?:\.\w+)?)$")
ATTRIBUTE = re.compile(r'URI="([pskm]-[^"]+)"')

# Playlists whose addresses are refused as soon as they are read.
REFUSED_AT_ONCE = {
    "segment-metadata": "#EXTINF:2,\nhttp://169.254.169.254/latest/seg.ts\n",
    "segment-private": "#EXTINF:2,\nhttp://10.0.0.8/hls/seg1.ts\n",
    "segment-loopback": "#EXTINF:2,\nhttp://127.0.0.1:{port}" + CANARY + "\n",
    "segment-ha": "#EXTINF:2,\nhttp://127.0.0.1:{ha_port}/api/states\n",
    "map-metadata": '#EXT-X-MAP:URI="http://169.254.169.254/init.mp4"\n#EXTINF:2,\n/ok.ts\n',
    "map-loopback": '#EXT-X-MAP:URI="http://[::1]:{port}/init.mp4"\n#EXTINF:2,\n/ok.ts\n',
    "key-private": '#EXT-X-KEY:METHOD=AES-128,URI="http://192.168.1.1/k"\n#EXTINF:2,\n/ok.ts\n',
    "key-loopback": (
        '#EXT-X-KEY:METHOD=AES-128,URI="http://localhost:{ha_port}/auth/token"\n#EXTINF:2,\n/a.ts\n'
    ),
    "variant-private": "#EXT-X-STREAM-INF:BANDWIDTH=1\nhttp://10.1.2.3/live.m3u8\n",
    "media-rendition": '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",NAME="x",URI="http://172.16.0.1/a.m3u8"\n',
}
# Playlists whose addresses look public; the hop into the home network comes later.
REFUSED_LATER = {
    "variant-redirect": "#EXT-X-STREAM-INF:BANDWIDTH=1\n/hop/loopback/video.m3u8\n",
    "segment-redirect": "#EXTINF:2,\n/hop/metadata/seg.ts\n",
    "map-redirect": '#EXT-X-MAP:URI="/hop/ha/init.mp4"\n#EXTINF:2,\n/a.ts\n',
    "key-redirect": '#EXT-X-KEY:METHOD=AES-128,URI="/hop/loopback/k.key"\n#EXTINF:2,\n/a.ts\n',
    "segment-dns": "#EXTINF:2,\nhttp://" + PRIVATE_NAME + ":{port}" + CANARY + "\n",
}
CASES = [*REFUSED_AT_ONCE, *REFUSED_LATER]


def hostile_routes(ha_port: list[int]) -> Any:
    """Return a route installer for playlists and redirects aimed at the home network."""

    def install(portal: FakePortal) -> None:
        async def listing(request: web.Request) -> web.Response:
            origin = str(request.url.origin())
            items = [
                {"id": case, "name": case, "url": f"{origin}/live/{case}/index.m3u8"}
                for case in CASES
            ]
            return web.json_response(items)

        async def playlist(request: web.Request) -> web.Response:
            case = request.match_info["case"]
            body = {**REFUSED_AT_ONCE, **REFUSED_LATER}[case]
            text = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n" + body.format(
                port=request.url.port, ha_port=ha_port[0]
            )
            return web.Response(text=text, content_type=M3U8)

        async def hop(request: web.Request) -> web.Response:
            target = {
                "loopback": f"http://127.0.0.1:{request.url.port}{CANARY}",
                "metadata": "http://169.254.169.254/latest/meta-data/",
                "ha": f"http://127.0.0.1:{ha_port[0]}/api/states",
            }[request.match_info["where"]]
            raise web.HTTPFound(target)

        portal.app.router.add_get("/live.json", listing)
        portal.app.router.add_get("/live/{case}/index.m3u8", playlist)
        portal.app.router.add_get("/hop/{where}/{name}", hop)

    return install


@pytest.fixture
async def hostile(
    hass: HomeAssistant, harness: Harness, logs: LogWatch, live_server: str
) -> MockConfigEntry:
    """Set up an entry for a portal whose playlists point into the home network."""
    ha_port = [URL(live_server).port or 0]
    await harness.start(routes=hostile_routes(ha_port), require_start=False)
    harness.network.policy_answers[PRIVATE_NAME] = ["192.168.1.10"]
    entry = harness.entry(
        profile="json", path="/live.json", **{CONF_CAMERAS: CASES, CONF_KNOWN_CAMERAS: CASES}
    )
    await setup_entry(hass, entry)
    return entry


async def kutim_on_portal(
    hass: HomeAssistant, harness: Harness
) -> tuple[FakePortal, MockConfigEntry]:
    """Start the portal (a live start not required) and set a Kutim entry up on it."""
    portal = await harness.start(require_start=False)
    entry = harness.entry()
    await setup_entry(hass, entry)
    return portal, entry


def next_reference(playlist: bytes) -> str:
    """Return the one reference a rewritten playlist names."""
    text = playlist.decode()
    found = ATTRIBUTE.findall(text) + REFERENCE.findall(text)
    assert found, text
    return found[0]


@pytest.mark.parametrize("case", CASES)
async def test_the_whole_chain_follows_the_url_policy(
    hass: HomeAssistant, harness: Harness, hostile: MockConfigEntry, case: str
) -> None:
    """Nothing a playlist names (or redirects to) outside the policy is ever fetched."""
    assert harness.portal is not None
    source = await camera.async_get_stream_source(hass, camera_entities(hass, hostile)[case])
    assert source is not None
    status, body = await fetch_live(hass, source)
    if case in REFUSED_AT_ONCE:
        assert status == 403
        assert body == b""
    else:
        assert status == 200
        assert b"hop" not in body and b"intranet" not in body
        base = source.partition("?")[0].rsplit("/", 1)[0]
        status, body = await fetch_live(hass, f"{base}/{next_reference(body)}")
        assert status == 403
        assert body == b""
    assert harness.portal.counters.requests[CANARY] == 0
    assert harness.portal.counters.requests["/ok.ts"] == 0


async def test_tokens_and_references_are_checked(
    hass: HomeAssistant, harness: Harness, logs: LogWatch, live_server: str
) -> None:
    """Bad, missing and revoked tokens, foreign and made-up references all answer 404."""
    _, entry = await kutim_on_portal(hass, harness)
    entities = camera_entities(hass, entry)
    source = await camera.async_get_stream_source(hass, entities["101"])
    assert source is not None
    url = URL(source)
    token = url.query["auth"]
    status, body = await fetch_live(hass, source)
    assert status == 200
    assert body.startswith(b"#EXTM3U")
    variant = next_reference(body)
    base = str(url.with_query(None)).rsplit("/", 1)[0]
    other_base = base.rsplit("/", 1)[0] + "/102"
    refusals = [
        str(url.with_query(auth="x" * len(token))),
        str(url.with_query(None)),
        str(url.with_query(auth="")),
        str(url.with_query(token=token)),
        f"{other_base}/{variant}",  # a reference of camera 101 under camera 102
        f"{base}/p-{'A' * 22}.m3u8",  # a well-formed reference nobody made
        f"{base}/../../states",
        f"{base.rsplit('/', 1)[0]}/nope/index.m3u8?auth={token}",
    ]
    for wrong in refusals:
        assert (await fetch_live(hass, wrong))[0] == 404, wrong
    assert (await fetch_live(hass, f"{base}/{variant}"))[0] == 200
    # Reloading rotates the token and forgets the references.
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done(wait_background_tasks=True)
    assert (await fetch_live(hass, source))[0] == 404
    assert (await fetch_live(hass, f"{base}/{variant}"))[0] == 404
    fresh = await camera.async_get_stream_source(hass, entities["101"])
    assert fresh is not None and fresh != source
    assert (await fetch_live(hass, fresh))[0] == 200
    # Unloading revokes it.
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert (await fetch_live(hass, fresh))[0] == 404
    logged = "\n".join(r.getMessage() for r in logs.records if r.name != "aiohttp.access")
    assert token not in logged
    assert URL(fresh).query["auth"] not in logged


async def test_answers_hand_on_nothing_of_the_portal(
    hass: HomeAssistant, harness: Harness, logs: LogWatch, live_server: str
) -> None:
    """Playlists name only references; no portal header, cookie or address comes through."""
    portal, entry = await kutim_on_portal(hass, harness)
    source = await camera.async_get_stream_source(hass, camera_entities(hass, entry)["101"])
    assert source is not None
    http = async_get_clientsession(hass)
    base = source.partition("?")[0].rsplit("/", 1)[0]
    async with http.get(source) as response:
        assert response.headers["Content-Type"].startswith(M3U8)
        assert response.headers["Cache-Control"].startswith("no-cache")
        assert "Set-Cookie" not in response.headers
        master = await response.read()
    async with http.get(f"{base}/{next_reference(master)}") as response:
        media = (await response.read()).decode()
    lines = [line for line in media.splitlines() if line and not line.startswith("#")]
    assert lines and all(REFERENCE.match(line) for line in lines)
    assert str(portal.url.rsplit(":", 1)[1]) not in media
    async with http.get(f"{base}/{lines[-1]}") as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "video/mp2t"
        assert (await response.read())[:1] == b"\x47"
    logs.assert_no_crash()


@pytest.mark.parametrize(("verify", "expected"), [(True, 502), (False, 200)])
async def test_tls_setting_applies_to_live_streams(
    hass: HomeAssistant,
    harness: Harness,
    logs: LogWatch,
    live_server: str,
    verify: bool,
    expected: int,
) -> None:
    """With verification off, a portal with a broken certificate streams; with it on, not."""
    await harness.start(tls=True, require_start=False)
    entry = harness.entry(data={CONF_VERIFY_SSL: verify})
    await setup_entry(hass, entry)
    harness.use_certificate(trusted=False)
    source = await camera.async_get_stream_source(hass, camera_entities(hass, entry)["101"])
    assert source is not None
    assert source.startswith(live_server)  # the consumer never talks TLS to the portal
    assert (await fetch_live(hass, source))[0] == expected


def test_camera_path_ids_are_path_safe() -> None:
    """Ids that are not plain path segments are replaced by a digest."""
    assert camera_path_id("101") == "101"
    assert camera_path_id("k-0123abcd") == "k-0123abcd"
    for odd in ("a/b", "..", "x-101", "kamera 1", "é", "a" * 65, "%2F"):
        path_id = camera_path_id(odd)
        assert re.fullmatch(r"x-[0-9a-f]{24}", path_id), odd
    assert camera_path_id("a/b") != camera_path_id("a/c")


@pytest.mark.parametrize(
    ("listed", "answers", "expected"),
    [
        # A public name is pinned to the address it was checked at; the rest is kept.
        ("rtsp://cams.kutim.example/live/1", ["36.91.12.34"], "rtsp://36.91.12.34/live/1"),
        (
            "rtsps://cams.kutim.example:8322/live/1?token=a%2Fb&ch=2",
            ["36.91.12.35"],
            "rtsps://36.91.12.35:8322/live/1?token=a%2Fb&ch=2",
        ),
        (
            "rtsp://cams.kutim.example/ch1",
            ["2001:4860:4860::8888"],
            "rtsp://[2001:4860:4860::8888]/ch1",
        ),
        # A name answering a local or mixed address is refused.
        ("rtsp://cams.kutim.example/live/1", ["192.168.1.10"], None),
        ("rtsp://cams.kutim.example/live/1", ["36.91.12.34", "10.0.0.7"], None),
        ("rtsp://cams.kutim.example/live/1", ["169.254.169.254"], None),
        ("rtsp://cams.kutim.example/live/1", ["::ffff:127.0.0.1"], None),
        # Address literals: public ones as listed, local ones never.
        ("rtsp://36.91.12.40:554/h264", ["10.0.0.1"], "rtsp://36.91.12.40:554/h264"),
        ("rtsp://10.0.0.5/live", ["36.91.12.34"], None),
        ("rtsp://[fd00::5]/live", ["36.91.12.34"], None),
    ],
)
async def test_rtsp_sources_are_pinned_to_their_checked_address(
    hass: HomeAssistant,
    harness: Harness,
    logs: LogWatch,
    listed: str,
    answers: list[str],
    expected: str | None,
) -> None:
    """A non-HLS stream is handed on at the public address its name was checked at.

    The consumer (the stream worker, go2rtc) resolves names on its own: given the name, a
    second DNS answer could send it into the local network. Nothing is fetched.
    """
    portal, entry = await kutim_on_portal(hass, harness)
    live = entry.runtime_data.live
    before = portal.counters.total_requests
    harness.network.policy_answers["cams.kutim.example"] = answers
    rtsp = Camera(id="r", raw_name="R", name="R", stream_url=listed)
    assert await live.stream_source(rtsp) == expected
    assert portal.counters.total_requests == before


async def test_rtsp_source_refusals_are_logged_once(
    hass: HomeAssistant, harness: Harness, logs: LogWatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An unresolvable or local stream host is said once per camera, and not again."""
    _, entry = await kutim_on_portal(hass, harness)
    live = entry.runtime_data.live
    harness.network.unresolvable.add("gone.kutim.example")
    harness.network.policy_answers["lan.kutim.example"] = ["192.168.0.9"]
    gone = Camera(id="g", raw_name="G", name="Gone", stream_url="rtsp://gone.kutim.example/1")
    lan = Camera(id="l", raw_name="L", name="Lan", stream_url="rtsp://lan.kutim.example/1")
    for _ in range(3):
        assert await live.stream_source(gone) is None
        assert await live.stream_source(lan) is None
    said = [r.getMessage() for r in caplog.records if "is not offered" in r.getMessage()]
    assert len(said) == 2
    assert any("Gone" in line for line in said)
    assert any("Lan" in line for line in said)
    # Resolvable again: offered, pinned.
    harness.network.unresolvable.discard("gone.kutim.example")
    assert await live.stream_source(gone) == "rtsp://36.91.12.34/1"


async def test_rtsp_source_on_an_allowed_local_host_is_kept_by_name(
    hass: HomeAssistant, harness: Harness, logs: LogWatch
) -> None:
    """A host the user allowed (extra allowed hosts) is handed on as listed."""
    await harness.start(require_start=False)
    entry = harness.entry(data={CONF_EXTRA_HOSTS: ["nvr.lan"]})
    await setup_entry(hass, entry)
    harness.network.policy_answers["nvr.lan"] = ["192.168.1.20"]
    nvr = Camera(id="n", raw_name="N", name="N", stream_url="rtsp://nvr.lan:554/ch1")
    assert await entry.runtime_data.live.stream_source(nvr) == "rtsp://nvr.lan:554/ch1"


async def test_non_stream_cameras_have_no_source(
    hass: HomeAssistant, harness: Harness, logs: LogWatch
) -> None:
    """A camera with a still only has no stream source."""
    _, entry = await kutim_on_portal(hass, harness)
    still = Camera(id="s", raw_name="S", name="S", snapshot_url="https://a.example/s.jpg")
    assert await entry.runtime_data.live.stream_source(still) is None


async def test_without_an_internal_url_loopback_is_used_and_said(
    hass: HomeAssistant, harness: Harness, logs: LogWatch, caplog: pytest.LogCaptureFixture
) -> None:
    """No internal URL known: the address falls back to loopback, with one warning."""
    _, entry = await kutim_on_portal(hass, harness)
    live = entry.runtime_data.live
    listed = entry.runtime_data.coordinator.data.cameras["101"]
    with patch("custom_components.kutim_cctv.live.get_url", side_effect=NoURLAvailableError):
        assert hass.config.api is not None
        first = await live.stream_source(listed)
        second = await live.stream_source(listed)
        assert first == second
        assert first is not None
        assert first.startswith(f"http://127.0.0.1:{hass.config.api.port}/api/kutim_cctv/live/")
        warnings = [r for r in caplog.records if "No internal URL" in r.getMessage()]
        assert len(warnings) == 1
        assert "auth=" not in warnings[0].getMessage()
        with patch.object(hass.config, "api", None):
            assert await live.stream_source(listed) is None
