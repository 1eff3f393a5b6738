"""Media servers' stream lists: the camera's stream is the server's output, never an input."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import MAX_CAMERAS, Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

SECRET = "RahasiaKutim1"
LAN_INPUT = f"rtsp://admin:{SECRET}@192.168.1.20:554/Streaming/Channels/101"


def cameras(body: object, base: str) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _no_input(found: tuple[Camera, ...]) -> None:
    """Assert no camera carries a server's input address or its credentials."""
    text = repr(found)
    assert SECRET not in text
    assert "192.168." not in text
    assert "rtsp://" not in text


# --- Flussonic --------------------------------------------------------------


def _fluss(name: str, alive: bool, **extra: object) -> dict[str, object]:
    return {"name": name, "inputs": [{"url": LAN_INPUT}], "stats": {"alive": alive}, **extra}


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("https://media.kutim.example/streamer/api/v3/streams", "https://media.kutim.example"),
        (
            "http://m.kutim.example:8080/tv/streamer/api/v3/streams",
            "http://m.kutim.example:8080/tv",
        ),
    ],
)
def test_flussonic_v3_streams_give_the_servers_hls(url: str, base: str) -> None:
    """Each stream plays at /{name}/index.m3u8 on the server; its inputs are never used."""
    body = {
        "estimated_count": 2,
        "streams": [
            _fluss("simpang", True, title="Simpang Tiga"),
            _fluss("a/pinang", False),
        ],
    }
    found = cameras(body, url)
    assert [(c.id, c.raw_name, c.online) for c in found] == [
        ("simpang", "Simpang Tiga", True),
        ("a/pinang", "a/pinang", False),
    ]
    assert [c.stream_url for c in found] == [
        f"{base}/simpang/index.m3u8",
        f"{base}/a/pinang/index.m3u8",
    ]
    assert found[0].snapshot_url == f"{base}/simpang/preview.jpg"
    _no_input(found)


def test_flussonic_one_stream_and_legacy_media_list() -> None:
    """GET /streamer/api/v3/streams/{name} and /flussonic/api/media are read alike."""
    one = cameras(_fluss("kabo", True), "https://m.kutim.example/streamer/api/v3/streams/kabo")
    assert [(c.id, c.stream_url) for c in one] == [
        ("kabo", "https://m.kutim.example/kabo/index.m3u8")
    ]
    media = [
        {"entry": "stream", "value": {"name": "x", "urls": [{"url": LAN_INPUT}], "stats": {}}},
        {"entry": "file", "value": {"name": "vod", "options": {}}},
    ]
    found = cameras(media, "https://m.kutim.example/flussonic/api/media")
    assert [(c.id, c.stream_url) for c in found] == [("x", "https://m.kutim.example/x/index.m3u8")]
    _no_input(one + found)


def test_flussonic_names_that_climb_out_are_no_cameras() -> None:
    """A stream name with parent or empty segments gives no address on the server."""
    body = {
        "estimated_count": 4,
        "streams": [_fluss(n, True) for n in ("ok", "..", "a/../admin", "a//b")],
    }
    found = cameras(body, "https://m.kutim.example/streamer/api/v3/streams")
    assert [c.id for c in found] == ["ok"]


# --- Wowza ------------------------------------------------------------------

WOWZA = "http://wowza.kutim.example:8087/v2/servers/_defaultServer_/vhosts/_defaultVHost_"


def _incoming(name: str, connected: bool, instance: str = "_definst_") -> dict[str, object]:
    return {
        "applicationInstance": instance,
        "name": name,
        "sourceIp": LAN_INPUT,
        "isConnected": connected,
    }


def test_wowza_incoming_streams_play_on_the_streaming_port() -> None:
    """Incoming streams give /{app}/{name}/playlist.m3u8 on port 1935; sourceIp is unused."""
    body = {
        "serverName": "_defaultServer_",
        "name": "_definst_",
        "incomingStreams": [_incoming("a.stream", True), _incoming("b", False)],
    }
    found = cameras(body, f"{WOWZA}/applications/live/instances/_definst_")
    assert [(c.id, c.online) for c in found] == [("a.stream", True), ("b", False)]
    assert [c.stream_url for c in found] == [
        "http://wowza.kutim.example:1935/live/a.stream/playlist.m3u8",
        "http://wowza.kutim.example:1935/live/b/playlist.m3u8",
    ]
    _no_input(found)


def test_wowza_named_instances_and_stream_files() -> None:
    """A named instance is part of the path; a stream file plays as {id}.stream."""
    body = {
        "serverName": "_defaultServer_",
        "instanceList": [{"name": "kota", "incomingStreams": [_incoming("c", True, "kota")]}],
    }
    found = cameras(body, f"{WOWZA}/applications/cctv/instances")
    assert [c.stream_url for c in found] == [
        "http://wowza.kutim.example:1935/cctv/kota/c/playlist.m3u8"
    ]
    files = {"serverName": "_defaultServer_", "streamFiles": [{"id": "d", "href": "/v2/x"}]}
    found = cameras(
        files, "https://cctv.kutim.example/wowza/v2/servers/s/vhosts/v/applications/a/streamfiles"
    )
    assert [(c.id, c.stream_url) for c in found] == [
        ("d", "https://cctv.kutim.example/wowza/a/d.stream/playlist.m3u8")
    ]


def test_wowza_without_an_application_is_a_clear_error() -> None:
    """Without the application in the URL there is no playback address: no input is used."""
    body = {"serverName": "_defaultServer_", "incomingStreams": [_incoming("a", True)]}
    with pytest.raises(PortalFormatError, match="without its application"):
        cameras(body, "http://wowza.kutim.example:8087/streams")


# --- SRS --------------------------------------------------------------------


def test_srs_one_stream_answer_uses_the_records_id() -> None:
    """GET /api/v1/streams/{id} holds the one stream under "stream"."""
    stream = {
        "id": "vid-1",
        "name": "kabo",
        "vhost": "v",
        "app": "live",
        "publish": {"active": True},
    }
    found = cameras(
        {"code": 0, "server": "s", "stream": stream},
        "http://s.kutim.example:1985/api/v1/streams/vid-1",
    )
    assert [(c.id, c.raw_name, c.stream_url, c.online) for c in found] == [
        ("vid-1", "kabo", "http://s.kutim.example:8080/live/kabo.m3u8", True)
    ]


# --- Frigate stats ----------------------------------------------------------


def _fps(fps: float) -> dict[str, object]:
    return {"camera_fps": fps, "process_fps": fps, "pid": 3, "capture_pid": 4}


@pytest.mark.parametrize("nested", [True, False])
def test_frigate_stats_cameras_among_service_blocks(nested: bool) -> None:
    """Cameras keyed by name (under "cameras" or at the top) give Frigate's still and MJPEG."""
    blocks: dict[str, object] = {
        "detection_fps": 1.0,
        "detectors": {"coral": {"pid": 1, "inference_speed": 9.0}},
        "processes": {"go2rtc": {"pid": 2}},
        "service": {"uptime": 1, "version": "0.14.1", "storage": {}},
    }
    cams = {"gerbang": _fps(5.0), "pasar": _fps(0.0)}
    body = {"cameras": cams, **blocks} if nested else {**cams, **blocks}
    found = cameras(body, "https://f.kutim.example/api/stats")
    assert [(c.id, c.snapshot_url, c.mjpeg_url) for c in found] == [
        (
            "gerbang",
            "https://f.kutim.example/api/gerbang/latest.jpg",
            "https://f.kutim.example/api/gerbang",
        ),
        (
            "pasar",
            "https://f.kutim.example/api/pasar/latest.jpg",
            "https://f.kutim.example/api/pasar",
        ),
    ]


# --- hostile input ----------------------------------------------------------


def test_huge_media_server_lists_are_bounded() -> None:
    """A list far over the camera cap gives exactly the cap, never more."""
    streams = [_fluss(f"s{i}", True) for i in range(20000)]
    body = {"estimated_count": 20000, "streams": streams}
    found = cameras(body, "https://m.kutim.example/streamer/api/v3/streams")
    assert len(found) == MAX_CAMERAS
    many = [
        {"name": f"i{i}", "incomingStreams": [_incoming(f"s{i}-{j}", True) for j in range(100)]}
        for i in range(300)
    ]
    wowza = {"serverName": "s", "instanceList": many}
    found = cameras(wowza, f"{WOWZA}/applications/live/instances")
    assert len(found) == MAX_CAMERAS
    frigate = {"service": {}, "detectors": {}, **{f"c{i}": _fps(1.0) for i in range(20000)}}
    found = cameras(frigate, "https://f.kutim.example/api/stats")
    assert len(found) == MAX_CAMERAS


@pytest.mark.parametrize(
    "body",
    [
        {"estimated_count": 1, "streams": [{"name": None, "inputs": "x", "stats": []}]},
        {"service": {}, "detectors": {}, "cameras": {"a": "x", "b": None}},
    ],
)
def test_malformed_media_server_answers_are_a_clear_error(body: object) -> None:
    """Records without the fields of a server's record are no server list: a clear error."""
    with pytest.raises(PortalFormatError, match="No camera list found"):
        cameras(body, f"{WOWZA}/applications/live/streamer/api/v3/streams")


@pytest.mark.parametrize(
    "body",
    [
        [{"entry": "stream", "value": {"name": ["x"], "urls": [1, None]}}],
        {"serverName": 5, "incomingStreams": [{"name": {}, "isConnected": "y", "sourceIp": 1}]},
        {"serverName": "s", "streamFiles": [{"id": None}, "x", 3]},
        {"code": 0, "server": "s", "stream": {"name": "x", "app": "..", "vhost": "v"}},
    ],
)
def test_malformed_media_server_records_give_no_camera(body: object) -> None:
    """A server list whose records have no usable name gives no camera, never a crash."""
    assert cameras(body, f"{WOWZA}/applications/live/streamer/api/v3/streams") == ()


# --- Red5 Pro ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "base"),
    [
        (
            "http://r.kutim.example:5080/api/v1/applications/live/streams?accessToken=t",
            "http://r.kutim.example:5080",
        ),
        (
            "https://k.kutim.example/red5/api/v1/applications/live/streams/",
            "https://k.kutim.example/red5",
        ),
    ],
)
def test_red5_stream_names_and_records(url: str, base: str) -> None:
    """Names or records named by "name" play at /{app}/{name}.m3u8; sourceUrl is unused."""
    names = {"status": "success", "code": 200, "data": ["a", "..", "b/c", "d"]}
    found = cameras(names, url)
    assert [(c.id, c.stream_url) for c in found] == [
        ("a", f"{base}/live/a.m3u8"),
        ("d", f"{base}/live/d.m3u8"),
    ]
    records = {"data": [{"name": "e", "publisherCount": 1, "sourceUrl": LAN_INPUT}]}
    found = cameras(records, url)
    assert [(c.id, c.stream_url) for c in found] == [("e", f"{base}/live/e.m3u8")]
    _no_input(found)


def test_red5_list_only_at_its_api_path() -> None:
    """The same names elsewhere are no Red5 list: no address is invented for them."""
    with pytest.raises(PortalFormatError, match="No camera list found"):
        cameras({"status": "success", "data": ["a", "b"]}, "https://k.kutim.example/api/streams")
