"""Camera lists of open-source CCTV hubs: the stream is the hub's own route on a key."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

SECRET = "RahasiaKutim1"
LAN_INPUT = f"rtsp://admin:{SECRET}@192.168.88.21:554/Streaming/Channels/101"
API = "https://cctv.rtrw.example/api/cameras"


def cameras(body: object, base: str) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _streams(body: object, base: str) -> list[str | None]:
    """Return the parsed cameras' streams, or none when the answer is refused."""
    try:
        return [camera.stream_url for camera in cameras(body, base)]
    except PortalFormatError:
        return []


def _no_input(found: tuple[Camera, ...]) -> None:
    """Assert no camera carries a hub's input address or its login."""
    text = repr(found)
    assert SECRET not in text
    assert "192.168." not in text
    assert "rtsp://" not in text


# --- RAF NET CCTV Hub (Golang/Fiber port) ------------------------------------


def _raf(cid: int, key: str, area: str | None = None, **admin: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": cid,
        "name": f"Kamera {cid}",
        "description": "",
        "location": "Jl. Poros",
        "group_name": "Jalan Utama",
        "stream_key": key,
        **admin,
    }
    if area is not None:
        record |= {"area_id": 1, "area_name": area}
    return record


def test_raf_hub_public_list_plays_on_the_hubs_hls_proxy() -> None:
    """The public list names keys: HLS /api/stream/hls/{key}/index.m3u8 on the API's server."""
    body = {
        "success": True,
        "data": [_raf(1, "simpang-1727410022", "Desa Wanasari"), _raf(9, "pos-9")],
    }
    found = cameras(body, API + "/active")
    assert [(c.id, c.name, c.area) for c in found] == [
        ("1", "Kamera 1", "Desa Wanasari"),
        ("9", "Kamera 9", None),
    ]
    assert [c.stream_url for c in found] == [
        "https://cctv.rtrw.example/api/stream/hls/simpang-1727410022/index.m3u8",
        "https://cctv.rtrw.example/api/stream/hls/pos-9/index.m3u8",
    ]
    assert [c.online for c in found] == [None, None]  # the public list states no state


def test_raf_hub_admin_list_reads_enabled_and_never_the_private_rtsp() -> None:
    """The admin list's private RTSP input is never read; enabled is the state."""
    admin = {"private_rtsp_url": LAN_INPUT, "created_at": "2024-09-27T04:07:02Z"}
    body = {
        "success": True,
        "data": [
            _raf(1, "a-1", "Desa A", enabled=True, updated_at="2025-01-01T00:00:00Z", **admin),
            _raf(3, "b-3", "Desa B", enabled=False, updated_at="2025-01-01T00:00:00Z", **admin),
        ],
    }
    found = cameras(body, "https://warga.example/cctv/api/cameras")
    _no_input(found)
    assert [c.online for c in found] == [True, False]
    assert found[0].stream_url == "https://warga.example/cctv/api/stream/hls/a-1/index.m3u8"


def test_raf_hub_one_camera_and_a_name_derived_key() -> None:
    """GET /api/cameras/{id} answers one record; a key with spaces is one quoted segment."""
    record = _raf(7, "Gerbang Gang Melati-1739262014", enabled=True, private_rtsp_url=LAN_INPUT)
    found = cameras({"data": record, "success": True}, API + "/7")
    _no_input(found)
    assert [c.stream_url for c in found] == [
        "https://cctv.rtrw.example/api/stream/hls/Gerbang%20Gang%20Melati-1739262014/index.m3u8"
    ]


@pytest.mark.parametrize(
    ("body", "url"),
    [
        # A generic list of keys from an unknown server names no route.
        ({"success": True, "data": [{"id": 1, "name": "Pasar", "stream_key": "pasar-1"}]}, API),
        ([{"id": 1, "name": "Pasar", "stream_key": "pasar-1"}], API),
        # The hub's shape with a field it never writes is another server's record.
        ({"success": True, "data": [_raf(1, "pasar-1") | {"latitude": -0.5}]}, API),
        # Beside the answer's own fields, another field: another server's wrapper.
        ({"success": True, "data": [_raf(1, "pasar-1")], "total": 1}, API),
        ({"success": False, "data": [_raf(1, "pasar-1")]}, API),
        # Not served under /api/: the hub's routes cannot be placed.
        ({"success": True, "data": [_raf(1, "pasar-1")]}, "https://cctv.rtrw.example/cameras.json"),
    ],
)
def test_raf_hub_route_only_for_its_exact_shape(body: object, url: str) -> None:
    """Near misses of the hub's shape never get its HLS route."""
    assert not any(s and "/api/stream/hls/" in s for s in _streams(body, url))


# --- Papais CCTV (Mongoose camera documents) ---------------------------------


def _papais(oid: str, enabled: bool, **extra: object) -> dict[str, object]:
    return {
        "_id": oid,
        "name": f"Kamera {oid}",
        "location_id": "6734aff09c0e4a2d8f51a0e1",
        "location_text": "Jl. Yos Sudarso",
        "enabled": enabled,
        "source": {
            "type": "rtsp",
            "ip": "192.168.10.31",
            "port": 554,
            "path": "/Streaming/Channels/101",
            "username": "admin",
        },
        "__v": 0,
        **extra,
    }


def test_papais_documents_play_at_live_id_on_the_api_server() -> None:
    """Each document plays at /live/{id}/index.m3u8 on the API's server; source is an input."""
    body = [_papais("6734b1f29c0e4a2d8f51a001", True), _papais("6734b27a9c0e4a2d8f51a007", False)]
    found = cameras(body, "https://cctv.kutimkab.example:8000/api/cameras")
    _no_input(found)
    assert [(c.id, c.online, c.area) for c in found] == [
        ("6734b1f29c0e4a2d8f51a001", True, None),
        ("6734b27a9c0e4a2d8f51a007", False, None),
    ]
    assert found[0].stream_url == (
        "https://cctv.kutimkab.example:8000/live/6734b1f29c0e4a2d8f51a001/index.m3u8"
    )


def test_papais_id_virtual_alone_names_the_camera() -> None:
    """A document with only the id virtual (no _id) plays at that id."""
    record = _papais("x", True)
    del record["_id"]
    record["id"] = "6734b3059c0e4a2d8f51a00d"
    found = cameras([record], "http://cctv.example:8000/api/cameras")
    assert [c.stream_url for c in found] == [
        "http://cctv.example:8000/live/6734b3059c0e4a2d8f51a00d/index.m3u8"
    ]


@pytest.mark.parametrize(
    "record",
    [
        # No source: another API's camera document.
        {"_id": "a1", "name": "Pasar", "enabled": True, "location_text": "Jl. Pendidikan"},
        # A source carrying an address field the software never writes.
        _papais("a1", True) | {"source": {"ip": "203.0.113.5", "url": "rtsp://203.0.113.5/1"}},
        # A field the software never writes.
        _papais("a1", True, stream_url="https://other.example/a1.m3u8"),
        # enabled not a flag.
        _papais("a1", True) | {"enabled": "yes"},
    ],
)
def test_papais_route_only_for_its_exact_shape(record: dict[str, object]) -> None:
    """Near misses of the document shape never get the /live/{id} route."""
    streams = _streams([record], "https://cctv.example:8000/api/cameras")
    assert not any(s and "/live/a1/index.m3u8" in s for s in streams)


def test_hub_lists_are_bounded() -> None:
    """A huge list is read with the parser's own caps and never an input."""
    body = [_papais(f"{n:024x}", True) for n in range(3000)]
    found = cameras(body, "https://cctv.example/api/cameras")
    assert 0 < len(found) <= 3000
    _no_input(found)


@pytest.mark.parametrize(
    ("record", "url"),
    [
        # A device list at another route, its source holding no path or type.
        (
            {
                "_id": "65f0",
                "name": "Gate",
                "location_id": "x1",
                "enabled": True,
                "source": {"ip": "203.0.113.7", "port": 554},
            },
            "https://vms.example.com/api/devices",
        ),
        # A sensor list whose source is no camera input the software writes.
        (
            {
                "_id": "65f0",
                "name": "Gate",
                "location_text": "Lobby",
                "enabled": True,
                "source": {"type": "webcam", "ip": "10.0.0.5"},
            },
            "https://iot.example.com/api/sensors",
        ),
        # The whole document shape, but answered at another route than /api/cameras.
        (_papais("65f0", True), "https://iot.example.com/api/sensors"),
    ],
)
def test_papais_route_only_for_its_source_shape_and_route(record: object, url: str) -> None:
    """A document list elsewhere than /api/cameras, or a partial source, names no route."""
    assert not any(s and "/live/65f0/index.m3u8" in s for s in _streams([record], url))


def test_raf_hub_route_only_at_its_own_api_routes() -> None:
    """The RAF answer at a path that merely holds /api/ is none of the hub's lists."""
    body = {"success": True, "data": [_raf(1, "pasar-1")]}
    assert not any(
        s and "/api/stream/hls/" in s for s in _streams(body, "https://h.example/api/devices")
    )
    found = cameras(body, "https://h.example/api/cameras/")
    assert [c.stream_url for c in found] == ["https://h.example/api/stream/hls/pasar-1/index.m3u8"]


def test_papais_documents_with_the_maps_coordinates_are_placed() -> None:
    """The latitude/longitude the software's map reads place the camera."""
    record = _papais("a1", True, latitude=-6.55, longitude=107.44)
    found = cameras([record], "https://cctv.kutimkab.example:8000/api/cameras")
    assert [(c.stream_url, c.latitude, c.longitude) for c in found] == [
        ("https://cctv.kutimkab.example:8000/live/a1/index.m3u8", -6.55, 107.44)
    ]


def test_raf_hub_routes_sit_beside_the_answering_route_under_a_proxy_holding_api() -> None:
    """A proxy prefix holding /api/ is kept: the routes sit next to /api/cameras."""
    body = {"success": True, "data": [_raf(1, "x")]}
    found = cameras(body, "https://h.example/proxy/api/v2/api/cameras")
    assert [c.stream_url for c in found] == [
        "https://h.example/proxy/api/v2/api/stream/hls/x/index.m3u8"
    ]
