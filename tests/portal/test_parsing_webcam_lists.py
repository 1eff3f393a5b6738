"""Camera lists side by side in one answer (a place's webcams beside its road webcams)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.webcamlists import kind_camera_lists

_BASE = "https://wisata.kutim.example/api/mountains/bukitpelangi"


def _cameras(value: object) -> list[Camera]:
    return list(parse_body(json.dumps(value), profile=Profile.AUTO, base_url=_BASE).cameras)


def _cam(cam_id: str, host: str = "wisata.kutim.example") -> dict[str, object]:
    return {"id": cam_id, "name": f"Kamera {cam_id}", "url": f"https://{host}/cams/{cam_id}.jpg"}


def test_webcams_and_road_webcams_are_all_read() -> None:
    answer = {
        "id": "bukitpelangi",
        "name": "Taman Wisata Bukit Pelangi",
        "location": {"lat": 0.48, "lng": 117.54},
        "webcams": [_cam("puncak"), _cam("danau")],
        "roadWebcams": [
            {**_cam("simpang", "cctv.dishub.kutim.example"), "highway": "JN01", "agency": "DISHUB"}
        ],
        "status": {"isOpen": True, "message": "Buka"},
    }
    cameras = _cameras(answer)
    assert [c.id for c in cameras] == ["puncak", "danau", "simpang"]
    assert all(c.area is None and c.latitude is None for c in cameras)
    assert cameras[2].snapshot_url == "https://cctv.dishub.kutim.example/cams/simpang.jpg"


def test_lists_named_otherwise_are_not_joined() -> None:
    answer = {
        "webcams": [_cam("puncak")],
        "photos": [{"url": "https://wisata.kutim.example/photos/a.jpg", "caption": "Tebing"}],
        "webcam_categories": [{"id": "road", "label": "Kamera Jalan"}],
    }
    assert kind_camera_lists(answer, lambda entry: "url" in entry) is None
    assert "puncak" in [c.id for c in _cameras(answer)]


def test_a_camera_list_holding_no_camera_stops_the_join() -> None:
    answer = {
        "webcams": [_cam("puncak")],
        "traffic_cameras": [{"label": "Kamera Jalan"}],
    }
    assert (
        kind_camera_lists(answer, lambda entry: isinstance(entry, dict) and "url" in entry) is None
    )


def test_lan_only_camera_in_a_second_list_is_not_listed() -> None:
    # Joined lists are one answer: a LAN-only camera among published ones is unpublished.
    answer = {
        "id": "bukitpelangi",
        "status": {"isOpen": True},
        "webcams": [_cam("puncak"), _cam("danau")],
        "road_webcams": [_cam("simpang", "cctv.kutim.example"), _cam("lan", "192.168.1.20")],
    }
    cameras = _cameras(answer)
    assert [c.id for c in cameras] == ["puncak", "danau", "simpang"]
    assert all("192.168." not in (c.snapshot_url or "") for c in cameras)


def test_join_is_bounded() -> None:
    many = {f"{i}_webcams": [_cam(str(i))] for i in range(20)}
    assert kind_camera_lists(many, lambda entry: True) is None  # more lists than read
    big = {"webcams": [_cam(str(i)) for i in range(5000)], "road_webcams": [_cam("x")]}
    joined = kind_camera_lists(big, lambda entry: True)
    assert joined is not None and len(joined) <= 5000


def test_a_shops_camera_lists_of_priced_products_give_no_camera() -> None:
    # A camera shop's catalogue by camera kind: every entry carries a price.
    base = "https://toko.example/api/catalog"
    answer = {
        "store": "Toko Kamera",
        "security_cameras": [
            {
                "id": i,
                "name": f"Hikvision {i}MP",
                "price": 450000 + i,
                "image": f"https://toko.example/img/h{i}.jpg",
            }
            for i in range(1, 4)
        ],
        "dash_cameras": [
            {
                "id": 10 + i,
                "name": f"Xiaomi Dashcam {i}",
                "price": 650000,
                "image": f"https://toko.example/img/d{i}.jpg",
            }
            for i in range(1, 3)
        ],
    }
    # No camera list at all (a format error), not a valid list holding no camera.
    with pytest.raises(PortalFormatError, match="shop's catalogue"):
        kind_camera_lists(answer, lambda entry: "image" in entry)
    with pytest.raises(PortalFormatError, match="shop's catalogue"):
        parse_body(json.dumps(answer), profile=Profile.AUTO, base_url=base)


def _catalogue_entry(i: int, price: dict[str, object]) -> dict[str, object]:
    return {
        "id": i,
        "name": f"Hikvision {i}MP",
        "image": f"https://toko.example/img/h{i}.jpg",
        **price,
    }


@pytest.mark.parametrize(
    "price",
    [
        {"offers": {"price": 450001, "priceCurrency": "IDR"}},
        {"cost": 450001},
        {"msrp": 450001, "currency": "IDR"},
        {"tarif": 450001},
        {"hrg": "Rp 450.000"},
        {"description": "Harga Rp 450.000, garansi 1 tahun"},
    ],
)
def test_a_shops_camera_lists_priced_under_other_keys_give_no_camera(
    price: dict[str, object],
) -> None:
    answer = {
        "store": "Toko",
        "security_cameras": [_catalogue_entry(i, price) for i in range(1, 4)],
        "dash_cameras": [_catalogue_entry(10 + i, price) for i in range(1, 3)],
    }
    with pytest.raises(PortalFormatError):
        _shop_cameras(answer)


def test_a_shops_single_priced_camera_list_gives_no_camera() -> None:
    answer = {
        "store": "Toko",
        "security_cameras": [_catalogue_entry(i, {"price": 450000 + i}) for i in range(1, 4)],
    }
    with pytest.raises(PortalFormatError):
        _shop_cameras(answer)


def _shop_cameras(answer: dict[str, object]) -> list[Camera]:
    result = parse_body(
        json.dumps(answer), profile=Profile.AUTO, base_url="https://toko.example/api/catalog"
    )
    return list(result.cameras)


def _priced(k: str) -> list[dict[str, object]]:
    return [
        {
            "id": i,
            "name": f"Hikvision {i}MP",
            "price": 450000 + i,
            "image": f"https://toko.example/img/{k}{i}.jpg",
        }
        for i in range(1, 4)
    ]


_REAL = [
    {"id": f"r{i}", "name": f"Simpang {i}", "snapshot": f"https://cctv.kutim.example/snap/{i}.jpg"}
    for i in range(3)
]


def _parse(text: str, base: str = "https://cctv.kutim.example/api") -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


@pytest.mark.parametrize(
    "answer",
    [
        {"store": "Toko", "cameras": _priced("c")},
        {"store": "Toko", "webcams": _priced("w"), "cameras": _priced("c")},
    ],
)
def test_a_shops_catalogue_under_cameras_or_webcams_is_no_camera_list(answer: object) -> None:
    with pytest.raises(PortalFormatError):
        _parse(json.dumps(answer), "https://toko.example/api/catalog")


def test_a_shops_catalogue_beside_real_cameras_leaves_the_real_ones() -> None:
    batch = [
        {"data": {"cctv": _REAL}},
        {"data": {"security_cameras": _priced("h"), "dash_cameras": _priced("d")}},
    ]
    assert [c.name for c in _parse(json.dumps(batch))] == ["Simpang 0", "Simpang 1", "Simpang 2"]
    page = (
        "<html><head><title>CCTV</title></head><body>"
        f"<script type='application/json'>{json.dumps({'cameras': _priced('c'), 'webcams': _priced('w')})}</script>"
        f"<script type='application/json'>{json.dumps({'cctv': _REAL})}</script></body></html>"
    )
    assert [c.name for c in _parse(page, "https://cctv.kutim.example/")] == [
        "Simpang 0",
        "Simpang 1",
        "Simpang 2",
    ]


def test_cameras_playing_live_media_beside_a_price_field_stay_cameras() -> None:
    # A toll gate's tariff or an old price beside a live stream or MJPEG address: the
    # records are cameras, not a shop's products.
    rows = [
        {
            "name": "Gerbang Tol Sangatta",
            "tarif": 12000,
            "stream": "https://cctv.kutim.example/gt.m3u8",
        },
        {"name": "Simpang Kabo", "old_price": 520000, "mjpeg": "https://cctv.kutim.example/k.mjpg"},
        {"name": "Dermaga", "harga": 1, "rtsp": "rtsp://cctv.kutim.example:554/dermaga"},
    ]
    found = parse_body(
        json.dumps({"cameras": rows}),
        profile=Profile.AUTO,
        base_url="https://cctv.kutim.example/api",
        prettify=False,
    ).cameras
    assert [camera.raw_name for camera in found] == [
        "Gerbang Tol Sangatta",
        "Simpang Kabo",
        "Dermaga",
    ]
