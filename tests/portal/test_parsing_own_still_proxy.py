"""A site's own proxy route handed one public picture is the camera's still as written."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from custom_components.kutim_cctv.portal.fieldurls import own_still_proxy
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/api/cameras"
PICTURE = "https://cdn.webcams.example/live5501.jpg"
ROUTE = "https://peta.kutim.example/api/cctv/proxy?url=" + quote(PICTURE, safe="")


def _cams(key: str, values: list[str]) -> list[Camera]:
    records = [
        {"id": f"c{n}", "name": f"Kamera {n}", "lat": 0.5 + n / 100, "lng": 117.5, key: value}
        for n, value in enumerate(values, 1)
    ]
    text = json.dumps({"cameras": records})
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


@pytest.mark.parametrize(
    "url",
    [
        ROUTE,
        "https://peta.kutim.example/api/webcam-proxy?url="
        + quote(PICTURE, safe="")
        + "&snapshot=true",
        "https://peta.kutim.example/proxy.php?src=" + PICTURE,
        "https://peta.kutim.example/snapshot-proxy?url=" + quote(PICTURE, safe=""),
    ],
)
def test_own_still_proxy_routes(url: str) -> None:
    assert own_still_proxy(url, BASE)


@pytest.mark.parametrize(
    "url",
    [
        # another host's proxy
        "https://corsproxy.example.net/proxy?url=" + quote(PICTURE, safe=""),
        # a playlist: the media proxy rule's, not a still
        "https://peta.kutim.example/api/proxy?url=https://hls.kutim.example/a/index.m3u8",
        # a LAN, loopback or metadata picture
        "https://peta.kutim.example/api/proxy?url=http://192.168.1.20/snapshot.jpg",
        "https://peta.kutim.example/api/proxy?url=http://127.0.0.1/snapshot.jpg",
        "https://peta.kutim.example/api/proxy?url=http://169.254.169.254/latest.jpg",
        # two addresses handed, or a login beside the picture
        "https://peta.kutim.example/api/proxy?url="
        + PICTURE
        + "&fallback=https://cdn.webcams.example/b.jpg",
        "https://peta.kutim.example/api/proxy?url=" + PICTURE + "&auth=admin:rahasia",
        # a player page (no proxy segment) and a word merely holding proxy
        "https://peta.kutim.example/viewer.html?img=" + PICTURE,
        "https://peta.kutim.example/proxymity/page?url=" + PICTURE,
        # no address handed
        "https://peta.kutim.example/api/cctv/proxy",
    ],
)
def test_not_own_still_proxy_routes(url: str) -> None:
    assert not own_still_proxy(url, BASE)


@pytest.mark.parametrize("key", ["feed_url", "url", "src", "imageSrc", "thumbnail"])
def test_the_route_is_the_still_under_any_field(key: str) -> None:
    routes = [ROUTE, ROUTE.replace("5501", "5216")]
    cams = _cams(key, ["/api/cctv/proxy?url=" + route.split("url=", 1)[1] for route in routes])
    assert [cam.snapshot_url for cam in cams] == routes
    assert all(cam.stream_url is None for cam in cams)


def test_another_hosts_proxy_still_hands_its_picture() -> None:
    other = "https://corsproxy.example.net/proxy?url=" + quote(PICTURE, safe="")
    cams = _cams("feed_url", [other, other.replace("5501", "5216")])
    assert [cam.snapshot_url for cam in cams] == [PICTURE, PICTURE.replace("5501", "5216")]


def test_own_proxy_handed_a_playlist_stays_the_stream() -> None:
    playlist = quote("https://hls.kutim.example/a/index.m3u8", safe="")
    cams = _cams(
        "url", ["/api/cctv/proxy?url=" + playlist, "/api/cctv/proxy?url=" + playlist + "2"]
    )
    assert cams[0].stream_url == "https://peta.kutim.example/api/cctv/proxy?url=" + playlist
    assert cams[0].snapshot_url is None


def test_own_proxy_handed_a_lan_picture_never_gives_that_picture() -> None:
    cams = _cams("feed_url", ["/api/cctv/proxy?url=http%3A%2F%2F192.168.1.20%2Fsnap.jpg", ROUTE])
    assert all("192.168" not in (cam.snapshot_url or "") for cam in cams)
    assert ROUTE in [cam.snapshot_url for cam in cams]
