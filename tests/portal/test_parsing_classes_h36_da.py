"""Classes read after holdout 36 (part da).

Node-Media-Server lists its live streams as ``{app: {name: {publisher, subscribers}}}``
(GET /api/streams). Forks and portal backends serve the same answer at other API paths
(the HOAG media-server's ``/api/public/streams``, a portal's ``/api/cctv/live-streams``):
it is read when every stream has NMS's exact shape (only ``publisher``, null while none
is connected, and the ``subscribers`` list, each client naming its app, stream and
client id) and at least one client is listed. Each stream is a camera, ``app/name`` its
id, HTTP-FLV ``/{app}/{name}.flv`` on the server before ``/api/`` its stream, online
while a publisher is connected; clients' addresses are never read.

Not read so: the server's statistics (``/api/server``), apps without streams, streams
with other fields beside their sessions, clients that do not name their stream, an
answer outside an API path.

Coordinates under the misspellings kept in column and model names are read as the axis
they misspell: ``longtitude`` (Laravel migrations, DRF serializers, pandas renames) and
``lattitude`` (Gson models), beside either spelling of the other axis, in JSON records
and CSV columns. Not read so: a misspelled axis without the other, text that is no
number (``"NA"``), a pair out of the degree ranges.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body


def cameras(body: object, base: str) -> tuple[Camera, ...]:
    """Parse a value as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _nothing(body: object, url: str) -> None:
    """Assert an answer gives no camera: an empty list or a format error, never a crash."""
    try:
        found = cameras(body, url)
    except PortalFormatError:
        return
    assert found == ()


def _client(app: str, stream: str, ip: str, **extra: object) -> dict[str, object]:
    return {"app": app, "stream": stream, "clientId": "K1", "ip": ip, **extra}


def _nms() -> dict[str, object]:
    return {
        "live": {
            "simpang": {
                "publisher": _client("live", "simpang", "::ffff:192.168.7.3", video={"fps": 15}),
                "subscribers": [_client("live", "simpang", "::ffff:10.1.1.9", protocol="http")],
            },
            "menunggu": {
                "publisher": None,
                "subscribers": [_client("live", "menunggu", "::ffff:10.1.1.8", protocol="rtmp")],
            },
        },
        "cctv": {
            "pasar": {
                "publisher": _client("cctv", "pasar", "::ffff:192.168.7.4"),
                "subscribers": [],
            }
        },
        "kosong": {},
    }


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://nms.kutim.example:8000/api/public/streams", "http://nms.kutim.example:8000"),
        ("https://kutim.example/media/api/cctv/live-streams?_=1", "https://kutim.example/media"),
        ("https://kutim.example/nms/api/streams", "https://kutim.example/nms"),
    ],
)
def test_nms_streams_at_any_api_path_give_http_flv(url: str, base: str) -> None:
    """NMS's exact stream shape is read at another API path, FLV before /api/."""
    found = cameras(_nms(), url)
    assert [(c.id, c.raw_name, c.stream_url, c.online) for c in found] == [
        ("live/simpang", "simpang", f"{base}/live/simpang.flv", True),
        ("live/menunggu", "menunggu", f"{base}/live/menunggu.flv", False),
        ("cctv/pasar", "pasar", f"{base}/cctv/pasar.flv", True),
    ]
    assert "192.168." not in repr(found) and "10.1.1." not in repr(found)


def test_nms_server_statistics_are_no_cameras() -> None:
    """GET /api/server (os, cpu, mem, clients counters) lists no stream."""
    body = {
        "os": {"arch": "x64", "platform": "linux", "release": "6.1.0"},
        "cpu": {"num": 2, "load": 12, "model": "Intel", "speed": 2400},
        "mem": {"totle": 4096, "free": 1024},
        "net": {"inbytes": 100, "outbytes": 200},
        "nodejs": {"uptime": 10, "version": "v20", "mem": {"rss": 1}},
        "clients": {"accepted": 4, "active": 2, "idle": 0, "rtmp": 1, "http": 1, "ws": 0},
        "version": "2.7.0",
    }
    _nothing(body, "http://nms.kutim.example:8000/api/server")
    _nothing(body, "http://nms.kutim.example:8000/api/public/server")


@pytest.mark.parametrize(
    "body",
    [
        {"live": {}},
        {"live": {}, "cctv": {}},
        # No client anywhere: nothing says it is NMS's answer.
        {"live": {"a": {"publisher": None, "subscribers": []}}},
        # Other fields beside the sessions: some other server's record.
        {
            "live": {
                "a": {
                    "publisher": _client("live", "a", "x"),
                    "subscribers": [],
                    "meta": {"fps": 15},
                }
            }
        },
        # Clients that do not name their stream.
        {"live": {"a": {"publisher": {"id": 1, "ip": "::1"}, "subscribers": []}}},
        {"live": {"a": {"publisher": _client("live", "a", "x"), "subscribers": "none"}}},
    ],
)
def test_nms_lookalikes_at_other_paths_give_no_camera(body: object) -> None:
    """Without NMS's exact shape an answer at another API path is not read as NMS."""
    _nothing(body, "http://nms.kutim.example:8000/api/public/streams")


def test_nms_shape_outside_an_api_path_is_not_read() -> None:
    """The same answer at a path without /api/ names no server to play from."""
    _nothing(_nms(), "https://kutim.example/data/streams.json")


# --- misspelt coordinate fields ----------------------------------------------------


def _record(**fields: object) -> dict[str, object]:
    return {"name": "Simpang Tiga", "video": "/media/hls/simpang/index.m3u8", **fields}


@pytest.mark.parametrize(
    "fields",
    [
        {"latitude": 0.5012, "longtitude": 117.5638},
        {"Latitude": "0.5012", "Longtitude": "117.5638"},
        {"lattitude": 0.5012, "longitude": 117.5638},
        {"lattitude": 0.5012, "longtitude": 117.5638},
    ],
)
def test_misspelt_axes_are_read(fields: dict[str, object]) -> None:
    """longtitude and lattitude are the longitude and the latitude."""
    found = cameras({"results": [_record(**fields)]}, "https://kutim.example/api/cctvs/")
    assert [(c.latitude, c.longitude) for c in found] == [(0.5012, 117.5638)]
    assert found[0].stream_url == "https://kutim.example/media/hls/simpang/index.m3u8"


def test_misspelt_csv_column_is_read() -> None:
    """A CSV column named Longtitude is the longitude."""
    text = (
        "Name,Latitude,Longtitude,Snapshot\nSimpang,0.1371,117.4912,https://kutim.example/a.jpg\n"
    )
    found = cameras(text, "https://kutim.example/cameras.csv")
    assert [(c.latitude, c.longitude) for c in found] == [(0.1371, 117.4912)]


@pytest.mark.parametrize(
    "fields",
    [
        {"lattitude": 0.5012},
        {"longtitude": 117.5638},
        {"latitude": "NA", "longtitude": "NA"},
        {"lattitude": 117.5638, "longtitude": 190.5},
    ],
)
def test_misspelt_axes_without_a_position_give_none(fields: dict[str, object]) -> None:
    """One axis alone, text that is no number or a pair out of range is no position."""
    found = cameras({"results": [_record(**fields)]}, "https://kutim.example/api/cctvs/")
    assert [(c.latitude, c.longitude) for c in found] == [(None, None)]
