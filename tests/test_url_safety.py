"""End to end: a public portal handing out URLs into the home network gets nothing fetched.

The portal is served under a public name (see tests/harness.py), so no local-network
exemption applies. Every hostile URL points, one way or another, at the fake portal's own
``CANARY`` still on loopback: if any of them were followed, the portal would count it.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web
from homeassistant.components import camera
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.kutim_cctv.const import (
    CONF_ALLOW_LOCAL,
    CONF_CAMERAS,
    CONF_EXTRA_HOSTS,
    CONF_HEADERS,
    CONF_HLS_URL,
    CONF_KNOWN_CAMERAS,
    CONF_PROFILE,
    CONF_URL,
    CONF_VERIFY_SSL,
    DOMAIN,
)
from fake_portal import FakePortal

from .conftest import entry_options
from .harness import PORTAL_HOST, Harness, LogWatch
from .test_init import camera_entities, setup_entry
from .webrtc import fetch_live

CANARY = "/snapshot/polder-im-1.jpg"
RELAY_HOST = "relay.kutim-cdn.example"
PRIVATE_NAME = "cams.intranet-kutim.example"
LISTED = ["good", "half", "dns", "hop", "stream-hop", "variant"]
DROPPED = ["private", "metadata", "loopback", "userinfo", "mapped", "decimal", "octal"]


def hostile_items(origin: str, port: int) -> list[dict[str, Any]]:
    """Return list items with media URLs that try to reach the home network."""
    loop = f"127.0.0.1:{port}"
    return [
        {
            "id": "good",
            "name": "Simpang Baik",
            "url": f"{origin}/hls/simpang-yossudarso-1/index.m3u8",
            "thumbnail": f"{origin}/snapshot/simpang-yossudarso-1.jpg",
        },
        {
            "id": "half",
            "name": "Separuh Aman",
            "url": f"http://{loop}/hls/bp-gerbang/index.m3u8",
            "thumbnail": f"{origin}/snapshot/bp-gerbang.jpg",
        },
        {"id": "dns", "name": "Nama Privat", "thumbnail": f"http://{PRIVATE_NAME}:{port}{CANARY}"},
        {"id": "hop", "name": "Lompat", "thumbnail": f"{origin}/hop/1/still.jpg"},
        {"id": "stream-hop", "name": "Siaran Lompat", "url": f"{origin}/hop/1/index.m3u8"},
        {"id": "variant", "name": "Varian Privat", "url": f"{origin}/evil/master.m3u8"},
        {
            "id": "private",
            "name": "Privat",
            "url": "http://10.0.0.8/hls/x/index.m3u8",
            "thumbnail": "http://192.168.1.20/snapshot.jpg",
        },
        {"id": "metadata", "name": "Metadata", "thumbnail": "http://169.254.169.254/latest/x.jpg"},
        {"id": "loopback", "name": "Loopback", "thumbnail": f"http://{loop}{CANARY}"},
        {"id": "userinfo", "name": "Userinfo", "thumbnail": f"http://{PORTAL_HOST}@{loop}{CANARY}"},
        {
            "id": "mapped",
            "name": "Mapped",
            "thumbnail": f"http://[::ffff:127.0.0.1]:{port}{CANARY}",
        },
        {"id": "decimal", "name": "Desimal", "thumbnail": f"http://2130706433:{port}{CANARY}"},
        {"id": "octal", "name": "Oktal", "thumbnail": f"http://0177.0.0.1:{port}{CANARY}"},
    ]


def hostile_routes(portal: FakePortal) -> None:
    """Add the hostile list, a redirect chain and a master playlist with a private variant."""

    async def listing(request: web.Request) -> web.Response:
        origin = str(request.url.origin())
        return web.json_response(hostile_items(origin, request.url.port or 80))

    async def hop(request: web.Request) -> web.Response:
        # Hop 1 goes to another public name (allowed), hop 2 into loopback (refused).
        rest = request.match_info["rest"]
        port = request.url.port
        if request.match_info["n"] == "1":
            raise web.HTTPFound(f"http://{RELAY_HOST}:{port}/hop/2/{rest}")
        target = CANARY if rest.endswith(".jpg") else "/hls/polder-im-1/index.m3u8"
        raise web.HTTPFound(f"http://127.0.0.1:{port}{target}")

    async def master(request: web.Request) -> web.Response:
        text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=100000\nhttp://10.0.0.9/live/index.m3u8\n"
        return web.Response(text=text, content_type="application/vnd.apple.mpegurl")

    portal.app.router.add_get("/evil.json", listing)
    portal.app.router.add_get("/hop/{n}/{rest}", hop)
    portal.app.router.add_get("/evil/master.m3u8", master)


@pytest.fixture
async def loaded(hass: HomeAssistant, harness: Harness, logs: LogWatch) -> MockConfigEntry:
    """Set up an entry for the hostile portal with every camera selected."""
    await harness.start(routes=hostile_routes, require_start=False)
    harness.network.policy_answers[PRIVATE_NAME] = ["192.168.1.10"]
    ids = LISTED + DROPPED
    entry = harness.entry(
        profile="json",
        path="/evil.json",
        **{CONF_CAMERAS: ids, CONF_KNOWN_CAMERAS: ids},
    )
    await setup_entry(hass, entry)
    return entry


def canary_requests(harness: Harness) -> int:
    """Return how often the loopback canary still was fetched."""
    assert harness.portal is not None
    return harness.portal.counters.requests[CANARY]


async def test_unsafe_media_urls_give_no_camera(
    hass: HomeAssistant, harness: Harness, loaded: MockConfigEntry
) -> None:
    """Cameras whose only media point at private, metadata or loopback addresses are dropped."""
    entities = camera_entities(hass, loaded)
    assert sorted(entities) == sorted(LISTED)
    data = loaded.runtime_data.coordinator.data
    assert data.skipped == len(DROPPED)
    assert any("refused" in warning for warning in data.warnings)
    # The half-safe camera keeps its still but has no stream.
    half = data.cameras["half"]
    assert half.stream_url is None
    assert half.snapshot_url is not None
    assert await camera.async_get_stream_source(hass, entities["half"]) is None
    image = await camera.async_get_image(hass, entities["half"])
    assert image.content[:2] == b"\xff\xd8"
    # The safe camera works normally.
    assert await camera.async_get_stream_source(hass, entities["good"])
    assert (await camera.async_get_image(hass, entities["good"])).content[:2] == b"\xff\xd8"
    assert canary_requests(harness) == 0


async def test_name_resolving_to_private_address_is_refused(
    hass: HomeAssistant, harness: Harness, loaded: MockConfigEntry
) -> None:
    """A public-looking name that resolves into the home network gets no request."""
    entities = camera_entities(hass, loaded)
    with pytest.raises(HomeAssistantError):
        await camera.async_get_image(hass, entities["dns"])
    snapshots = loaded.runtime_data.snapshots
    assert "non-public address" in snapshots.last_errors["dns"]
    assert canary_requests(harness) == 0


async def test_redirects_are_checked_at_every_hop(
    hass: HomeAssistant, harness: Harness, loaded: MockConfigEntry
) -> None:
    """A still behind a redirect chain is refused at the hop into loopback."""
    assert harness.portal is not None
    requests = harness.portal.counters.requests
    entities = camera_entities(hass, loaded)
    with pytest.raises(HomeAssistantError):
        await camera.async_get_image(hass, entities["hop"])
    assert requests["/hop/1/still.jpg"] == 1
    assert requests["/hop/2/still.jpg"] == 1  # the public relay hop is allowed
    assert canary_requests(harness) == 0
    assert "Refused the URL" in loaded.runtime_data.snapshots.last_errors["hop"]


@pytest.mark.parametrize("camera_id", ["stream-hop", "variant"])
async def test_stream_into_private_network_is_refused(
    hass: HomeAssistant, harness: Harness, loaded: MockConfigEntry, live_server: str, camera_id: str
) -> None:
    """A stream whose playlist redirects or points into the home network is not played."""
    assert harness.portal is not None
    entities = camera_entities(hass, loaded)
    source = await camera.async_get_stream_source(hass, entities[camera_id])
    assert source is not None and source.startswith(live_server)
    status, body = await fetch_live(hass, source)
    assert status == 403
    assert body == b""
    assert harness.portal.counters.requests["/hls/polder-im-1/index.m3u8"] == 0


# ---------------------------------------------------------------------------
# A portal on the local network reaches its own origin, nothing else local
# ---------------------------------------------------------------------------

LOCAL_CANARY = "/snapshot/simpang-yossudarso-1.jpg"


def local_items(own: str, neighbour_port: int) -> list[dict[str, Any]]:
    """Return a LAN portal's list: its own still, and stills elsewhere on the network."""
    return [
        {"id": "own", "name": "Sendiri", "thumbnail": f"{own}/snapshot/polder-im-1.jpg"},
        {
            "id": "neighbour",
            "name": "Tetangga",
            "thumbnail": f"http://127.0.0.1:{neighbour_port}{LOCAL_CANARY}",
        },
        {
            "id": "neighbour-name",
            "name": "Nama Tetangga",
            "thumbnail": f"http://localhost:{neighbour_port}{LOCAL_CANARY}",
        },
        {"id": "aws", "name": "AWS", "thumbnail": "http://169.254.169.254/latest/x.jpg"},
        {"id": "aws6", "name": "AWS6", "thumbnail": "http://[fd00:ec2::254]/latest/x.jpg"},
        {"id": "alibaba", "name": "Alibaba", "thumbnail": "http://100.100.100.200/latest/x.jpg"},
        {"id": "gcp", "name": "GCP", "thumbnail": "http://metadata.google.internal/x.jpg"},
        {"id": "router", "name": "Router", "thumbnail": "http://192.168.1.1/snapshot.jpg"},
    ]


@pytest.mark.parametrize(
    ("allow_local", "extra", "listed"),
    [
        (False, False, {"own"}),
        (True, False, {"own"}),  # entries made before: their own origin keeps working
        (False, True, {"own", "neighbour"}),
    ],
)
async def test_local_portal_reaches_only_its_own_origin(
    hass: HomeAssistant,
    socket_enabled: None,
    logs: LogWatch,
    allow_local: bool,
    extra: bool,
    listed: set[str],
) -> None:
    """A LAN portal cannot point stills at metadata, the router or other loopback ports."""
    neighbour = FakePortal()
    await neighbour.start()
    ports: dict[str, int] = {}

    async def listing(request: web.Request) -> web.Response:
        return web.json_response(local_items(str(request.url.origin()), ports["neighbour"]))

    portal = FakePortal()
    portal.app.router.add_get("/local.json", listing)
    await portal.start()
    ports["neighbour"] = int(neighbour.url.rsplit(":", 1)[1])
    ids = [item["id"] for item in local_items(portal.url, ports["neighbour"])]
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="LAN portal",
        unique_id=f"{portal.url}/local.json",
        data={
            CONF_PROFILE: "json",
            CONF_URL: f"{portal.url}/local.json",
            CONF_HLS_URL: portal.url,
            CONF_HEADERS: {},
            CONF_VERIFY_SSL: True,
            CONF_ALLOW_LOCAL: allow_local,
            **({CONF_EXTRA_HOSTS: [f"127.0.0.1:{ports['neighbour']}"]} if extra else {}),
        },
        options=entry_options(**{CONF_CAMERAS: ids, CONF_KNOWN_CAMERAS: ids}),
    )
    try:
        await setup_entry(hass, entry)
        entities = camera_entities(hass, entry)
        assert set(entities) == listed
        data = entry.runtime_data.coordinator.data
        assert data.skipped == len(ids) - len(listed)
        warning = next(warning for warning in data.warnings if "refused" in warning)
        # The warning names the refused hosts, so the user knows what to allow.
        assert "169.254.169.254:80" in warning
        assert "192.168.1.1:80" in warning
        assert (f"127.0.0.1:{ports['neighbour']}" in warning) is not extra
        assert any(warning in line for line in logs.lines())
        for camera_id in listed:
            image = await camera.async_get_image(hass, entities[camera_id])
            assert image.content[:2] == b"\xff\xd8"
        expected = 1 if "neighbour" in listed else 0
        assert neighbour.counters.requests[LOCAL_CANARY] == expected
        assert portal.counters.requests["/snapshot/polder-im-1.jpg"] == 1
        assert await hass.config_entries.async_unload(entry.entry_id)
    finally:
        await portal.stop()
        await neighbour.stop()
