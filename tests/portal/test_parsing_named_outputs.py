"""Fields named for HLS or WebRTC by their words holding a media server's path address."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://nvr.kutim.example/api/v1/cameras"
MTX = "https://nvr.kutim.example"


def parse(records: list[dict[str, Any]]) -> list[Camera]:
    """Parse a bare JSON list of camera records."""
    text = json.dumps(records)
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def one_stream(record: dict[str, Any]) -> str | None:
    """Return the stream of a record beside another (each shown by a still of its own)."""
    other = {"id": 99, "name": "Lain", "snapshot": f"{MTX}/snap/lain.jpg"}
    still = {"snapshot": f"{MTX}/snap/pasar.jpg"}
    cameras = parse([{"id": 1, "name": "Pasar", **still, **record}, other])
    return next(c.stream_url for c in cameras if c.id == "1")


@pytest.mark.parametrize(
    "field", ["visualisation_url_hls", "url_hls", "urlHls", "hls_stream", "link_hls"]
)
def test_an_hls_named_field_holding_a_relay_path_is_the_stream(field: str) -> None:
    record = {"rtsp_url": "rtsp://10.20.1.15:554/live", field: f"{MTX}:8888/live/pasar"}
    assert one_stream(record) == f"{MTX}:8888/live/pasar"


def test_an_hls_path_ending_with_the_record_code_needs_no_relay_port() -> None:
    record = {"path": "pasar-induk", "hlsStream": f"{MTX}/pasar-induk"}
    assert one_stream(record) == f"{MTX}/pasar-induk"


def test_the_hls_page_with_its_trailing_slash_is_the_stream() -> None:
    assert one_stream({"url_hls": f"{MTX}/live/pasar/"}) == f"{MTX}/live/pasar/"


@pytest.mark.parametrize(
    "record",
    [
        {"url_hls_low": f"{MTX}:8888/live/pasar_low"},  # a low rendition
        {"hls_playback_url": f"{MTX}:8888/live/pasar"},  # recordings' playback
        {"hls_server": f"{MTX}:8888/live"},  # the server's setting
        {"url_hls": f"{MTX}/about"},  # no relay port, no code of the record
        {"url_hls": f"{MTX}:8888/live/pasar?token=1"},  # a query
        {"url_hls": "http://192.168.1.5:8888/live/pasar"},  # a LAN host
        {"hls_enabled": f"{MTX}:8888/live/pasar"},  # a switch's name
    ],
)
def test_hls_named_fields_that_are_no_camera_stream(record: dict[str, Any]) -> None:
    assert one_stream(record) is None


@pytest.mark.parametrize("field", ["visualisation_url_webrtc", "url_webrtc", "webrtcUrl"])
def test_a_webrtc_page_without_its_slash_stands_in_for_a_lan_stream(field: str) -> None:
    record = {"rtsp_url": "rtsp://10.20.1.17:554/h264", field: f"{MTX}:8889/live/kabo"}
    assert one_stream(record) == f"{MTX}:8889/live/kabo"


def test_hls_goes_before_the_webrtc_page() -> None:
    record = {
        "url_hls": f"{MTX}:8888/live/kabo/index.m3u8",
        "url_webrtc": f"{MTX}:8889/live/kabo",
    }
    assert one_stream(record) == f"{MTX}:8888/live/kabo/index.m3u8"


@pytest.mark.parametrize(
    "record",
    [
        # On the host of the record's still but ending with no code of it: a site's page.
        {"url_webrtc": f"{MTX}/about", "snapshot": f"{MTX}/snap/pasar.jpg"},
        {"url_webrtc": f"{MTX}:8889/live/kabo/whep"},  # the signalling endpoint
        {"url_webrtc_low": f"{MTX}:8889/live/kabo_low"},  # a low rendition
        {"webrtc_port": f"{MTX}:8889/live/kabo"},  # a setting's name
    ],
)
def test_webrtc_named_fields_that_are_no_camera_stream(record: dict[str, Any]) -> None:
    assert one_stream(record) is None


def test_a_login_in_an_hls_named_field_never_reaches_the_stream() -> None:
    stream = one_stream({"url_hls": "https://op:pw@nvr.kutim.example:8888/live/pasar"})
    assert stream is None or ("pw" not in stream and "@" not in stream)


def test_a_value_not_written_as_an_address_is_no_server_path() -> None:
    # A Stimulus value ``data-hls-player-camera-id-value="41"`` names the camera, and a
    # bare path is resolved against the portal's page, never a media server's.
    assert one_stream({"hls_player_camera_id_value": "1"}) is None
    assert one_stream({"url_hls": "/live/pasar", "path": "pasar"}) is None


@pytest.mark.parametrize(
    "record",
    [
        {"url_hls": f"{MTX}/live/radio-a/"},  # a folder naming nothing of the record
        {"link_hls": "https://school.kutim.example/course/lesson1/"},  # a course's lesson
        {"url_hls": "https://radio.kutim.example/live/pasar/"},  # a radio's host
        {"url_hls": f"{MTX}:8888/listen/pasar/"},  # a sound server's path on the port
    ],
)
def test_hls_named_folders_that_are_no_camera_stream(record: dict[str, Any]) -> None:
    assert one_stream(record) is None


def test_an_hls_named_folder_on_the_relay_port_is_the_stream() -> None:
    assert one_stream({"url_hls": f"{MTX}:8888/live/kb/"}) == f"{MTX}:8888/live/kb/"


def test_radio_and_course_records_with_hls_named_folders_are_no_cameras() -> None:
    records = [
        {"name": "Radio A", "url_hls": "https://radio.kutim.example/live/radio-a/"},
        {"name": "Course", "link_hls": "https://school.kutim.example/course/lesson1/"},
    ]
    with pytest.raises(PortalFormatError):
        parse(records)
