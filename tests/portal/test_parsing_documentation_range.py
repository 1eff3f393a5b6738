"""Documentation-range addresses under fields of unknown name stand in for public ones."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

PUBLIC = "https://webcam.kutimkab.example/api/webcams"


def cameras(body: object, url: str = PUBLIC) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=url, prettify=False).cameras


def _webcam(ident: int, name: str, feed: str) -> dict[str, object]:
    return {
        "id": ident,
        "name": name,
        "region_name": "Sangatta Utara",
        "metadata": {"direct_feed_url": feed, "live_feed_status": "active"},
    }


def _list(*feeds: str) -> dict[str, object]:
    public = [
        _webcam(1, "Bundaran Pelangi", "https://feeds.kutim.example/sgt/pelangi/latest.jpg"),
        _webcam(2, "Teluk Lombok", "https://stream.kutim.example/hls/teluk/index.m3u8"),
        _webcam(3, "Kaliorang Bridge", "https://feeds.kutim.example/kal/bridge/latest.jpg"),
    ]
    odd = [_webcam(10 + n, f"Kamera {n}", feed) for n, feed in enumerate(feeds)]
    return {"webcams": [*public, *odd], "count": len(public) + len(odd)}


def test_documentation_range_feed_is_read_as_written() -> None:
    for address in (
        "http://198.51.100.61/mjpg/video.mjpg",
        "http://203.0.113.9:8080/mjpg/video.mjpg",
        "http://192.0.2.33/mjpg/video.mjpg",
    ):
        found = {c.name: c for c in cameras(_list(address))}
        assert found["Kamera 0"].mjpeg_url == address
        assert len(found) == 4


def test_lan_loopback_and_metadata_feeds_are_still_never_media() -> None:
    for address in (
        "http://192.168.20.15/mjpg/video.mjpg",
        "http://10.12.0.8/mjpg/video.mjpg",
        "http://127.0.0.1:8080/mjpg/video.mjpg",
        "http://169.254.169.254/mjpg/video.mjpg",
        "http://100.64.3.4/mjpg/video.mjpg",
        "http://198.18.0.5/mjpg/video.mjpg",
    ):
        found = cameras(_list(address))
        assert [c.name for c in found] == ["Bundaran Pelangi", "Teluk Lombok", "Kaliorang Bridge"]


def test_neighbouring_public_ranges_are_read_reserved_ones_are_not() -> None:
    # 198.51.101.x and 203.0.114.x are ordinary public addresses (read before too);
    # 198.18.0.0/15 (benchmarking) and 192.0.0.x (protocol assignments) are reserved.
    found = {c.name: c for c in cameras(_list("http://198.51.101.7/mjpg/video.mjpg"))}
    assert found["Kamera 0"].mjpeg_url == "http://198.51.101.7/mjpg/video.mjpg"
    found = {c.name: c for c in cameras(_list("http://192.0.0.9/mjpg/video.mjpg"))}
    assert "Kamera 0" not in found


def test_a_login_on_a_documentation_range_feed_is_never_copied() -> None:
    found = cameras(_list("http://admin:rahasia@198.51.100.61/mjpg/video.mjpg"))
    for camera in found:
        for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url):
            assert url is None or "rahasia" not in url
