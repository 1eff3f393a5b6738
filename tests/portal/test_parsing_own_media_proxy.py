"""A site's own media proxy route handed its playlist is the stream; player pages are not."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from custom_components.kutim_cctv.portal.fieldurls import own_media_proxy
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://atcs.kutim.example/cctv"
UPSTREAM = "https://transcode.kutim.example/cctv/simpang-tiga/index.m3u8"


def _cams(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(records), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


@pytest.mark.parametrize("key", ["streaming_url", "stream_url", "hlsSource"])
def test_own_proxy_route_is_kept_as_the_stream(key: str) -> None:
    route = "/api/proxy/hls?url=" + quote(UPSTREAM, safe="")
    records = [
        {"id": 1, "name": "Simpang Tiga", key: route},
        {"id": 2, "name": "Bundaran Pelangi", key: route.replace("simpang-tiga", "pelangi")},
    ]
    streams = [camera.stream_url for camera in _cams(records)]
    assert streams == [
        "https://atcs.kutim.example" + route,
        "https://atcs.kutim.example" + route.replace("simpang-tiga", "pelangi"),
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://atcs.kutim.example/api/proxy?url=" + quote(UPSTREAM, safe=""),
        "https://atcs.kutim.example/hls-proxy?src=" + UPSTREAM,
        "https://atcs.kutim.example/proxy.php?url=" + UPSTREAM,
        "https://atcs.kutim.example/api/proxy/m3u8?url=" + quote(UPSTREAM, safe=""),
    ],
)
def test_proxy_routes(url: str) -> None:
    assert own_media_proxy(url, BASE) == "stream"


@pytest.mark.parametrize(
    "url",
    [
        # a player page handed its playlist: the playlist is the stream
        "https://atcs.kutim.example/embed.html?url=" + UPSTREAM,
        # another host's proxy: not the site's own route
        "https://corsproxy.example.net/proxy?url=" + quote(UPSTREAM, safe=""),
        # a proxy handed a LAN address or a still
        "https://atcs.kutim.example/api/proxy?url=http://192.168.1.20/live/a.m3u8",
        "https://atcs.kutim.example/api/proxy?url=https://transcode.kutim.example/snap.jpg",
        # a word merely holding "proxy"
        "https://atcs.kutim.example/proxymity/page?url=" + UPSTREAM,
        # no address handed
        "https://atcs.kutim.example/api/proxy/hls",
    ],
)
def test_not_own_proxy_routes(url: str) -> None:
    assert own_media_proxy(url, BASE) is None


def test_player_page_still_hands_its_playlist() -> None:
    records = [
        {"id": 1, "name": "Simpang Tiga", "streaming_url": "/embed.html?url=" + UPSTREAM},
        {"id": 2, "name": "Pelangi", "streaming_url": "/embed.html?url=" + UPSTREAM + "?b"},
    ]
    assert _cams(records)[0].stream_url == UPSTREAM


def test_own_proxy_handed_a_lan_address_never_hands_that_address() -> None:
    records = [
        {"id": 1, "name": "Simpang Tiga", "streaming_url": "/api/proxy?url=" + UPSTREAM},
        {"id": 2, "name": "Gudang", "streaming_url": "/api/proxy?url=http://10.0.0.5/live/a.m3u8"},
    ]
    cameras = _cams(records)
    assert cameras[0].stream_url == "https://atcs.kutim.example/api/proxy?url=" + UPSTREAM
    # The device's own address is never media; at most the public relay is.
    assert all(not (camera.stream_url or "").startswith("http://10.") for camera in cameras)


def _streams_at(base: str, records: list[dict[str, object]]) -> list[str | None]:
    cameras = parse_body(
        json.dumps({"cameras": records}), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras
    return [camera.stream_url for camera in cameras]


def test_own_proxy_route_never_keeps_a_login_outer_or_handed() -> None:
    records = [
        {
            "id": 3,
            "name": "Cam 3",
            "stream_url": "/hls-proxy?src=https://cams.example.org/live/3.m3u8&auth=admin:secret",
        },
        {
            "id": 4,
            "name": "Cam 4",
            "stream_url": "/proxy.php?url=https%3A%2F%2Fcams.example.org%2Flive%2F4.m3u8"
            "%3Ftoken%3Dabc%26pass%3Dxyz",
        },
    ]
    streams = _streams_at("https://cctv.example.go.id/api/cameras", records)
    assert streams == [
        "https://cams.example.org/live/3.m3u8",
        "https://cams.example.org/live/4.m3u8?token=abc",
    ]
    for stream in streams:
        assert "secret" not in (stream or "")
        assert "xyz" not in (stream or "")


@pytest.mark.parametrize(
    "url",
    [
        "https://atcs.kutim.example/hls-proxy?src=" + UPSTREAM + "&auth=admin:secret",
        "https://atcs.kutim.example/proxy.php?url=" + quote(UPSTREAM + "?pass=xyz", safe=""),
        "https://atcs.kutim.example/proxy.php?url=" + quote(UPSTREAM + "?password=xyz", safe=""),
    ],
)
def test_own_proxy_route_with_a_login_is_no_route(url: str) -> None:
    assert own_media_proxy(url, BASE) is None


def test_own_proxy_route_also_handed_a_lan_address_is_no_route() -> None:
    route = (
        "/api/proxy/hls?url=https%3A%2F%2Fcams.example.org%2Flive%2F7.m3u8"
        "&url=http://192.168.1.5/x.m3u8"
    )
    assert own_media_proxy("https://atcs.kutim.example" + route, BASE) is None
    records = [
        {"id": 7, "name": "Cam 7", "stream_url": route},
        {"id": 8, "name": "Cam 8", "stream_url": route.replace("7.m3u8", "8.m3u8")},
    ]
    streams = _streams_at("https://cctv.example.go.id/api/cameras", records)
    assert all("192.168." not in (stream or "") for stream in streams)
    assert streams[0] == "https://cams.example.org/live/7.m3u8"


@pytest.mark.parametrize(
    "login",
    [
        "&u=admin&p=secret",  # the short user/password pair
        "&usr=admin&pw=secret",
        "#user=admin&pass=secret",  # a login written after the fragment mark
    ],
)
def test_own_proxy_route_with_a_short_or_fragment_login_is_no_route(login: str) -> None:
    route = "/hls-proxy?src=https://cams.example.org/live/3.m3u8" + login
    assert own_media_proxy("https://cctv.example.go.id" + route, BASE) is None
    records = [
        {"id": 1, "name": "Cam 1", "stream_url": route},
        {"id": 2, "name": "Cam 2", "stream_url": route.replace("3.m3u8", "4.m3u8")},
    ]
    streams = _streams_at("https://cctv.example.go.id/api/cameras", records)
    # The route's login is dropped as a query login is (``user=``/``pwd=``).
    assert streams == [
        "https://cctv.example.go.id/hls-proxy?src=https://cams.example.org/live/3.m3u8",
        "https://cctv.example.go.id/hls-proxy?src=https://cams.example.org/live/4.m3u8",
    ]


def test_fragment_login_of_a_plain_stream_field_is_dropped() -> None:
    records = [
        {"id": n, "name": f"Cam {n}", "stream_url": f"https://cams.example.org/live/{n}.m3u8"}
        for n in (1, 2)
    ]
    records[0]["stream_url"] = str(records[0]["stream_url"]) + "#user=admin&pass=secret"
    streams = _streams_at("https://cctv.example.go.id/api/cameras", records)
    assert streams == [
        "https://cams.example.org/live/1.m3u8",
        "https://cams.example.org/live/2.m3u8",
    ]


@pytest.mark.parametrize(
    "route",
    [
        "/hls-proxy?src=http://169.254.169.254/live/{n}.m3u8",
        "/hls-proxy?src=http://localhost/live/{n}.m3u8",
        "/hls-proxy?src=http://127.0.0.1/live/{n}.m3u8",
    ],
)
def test_own_proxy_route_handed_a_metadata_or_loopback_address_is_no_stream(route: str) -> None:
    records = [{"id": n, "name": f"Cam {n}", "stream_url": route.format(n=n)} for n in (1, 2)] + [
        {"id": 3, "name": "Cam 3", "stream_url": "https://cams.example.org/live/3.m3u8"}
    ]
    streams = _streams_at("https://cctv.example.go.id/api/cameras", records)
    assert streams == ["https://cams.example.org/live/3.m3u8"]
