"""A camera's zone relation drawn as a polygon, and a carousel's slide pictures."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.media import is_slide_picture
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.zones import zone_relation

API = "https://patroli.kutim.example/api/cctv"
PAGE = "https://lantas.kutim.example/"
_POLYGON = {
    "type": "Polygon",
    "coordinates": [
        [[117.51, 0.49], [117.57, 0.49], [117.57, 0.55], [117.51, 0.55], [117.51, 0.49]]
    ],
}


def _api(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(records), profile=Profile.AUTO, base_url=API, prettify=False
    ).cameras


def _page(body: str) -> tuple[Camera, ...]:
    page = f"<!doctype html><html><head><title>Lalu lintas</title></head><body>{body}</body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=PAGE, prettify=False).cameras


def _record(relation: dict[str, object], **own: object) -> dict[str, object]:
    return {
        "id": 7,
        "nama": "CCTV Simpang Tiga",
        "url_stream": "https://live.patroli.kutim.example/simpang3/index.m3u8",
        "lokasi": relation,
        **own,
    }


def test_zone_with_polygon_text_names_the_area_and_places_nothing() -> None:
    zone = {
        "id": 2,
        "nama_lokasi": "Kecamatan Sangatta Utara",
        "latitude": "0.5233",
        "longitude": "117.5410",
        "polygon_geojson": json.dumps(_POLYGON),
    }
    (camera,) = _api([_record(zone)])
    assert camera.area == "Kecamatan Sangatta Utara"
    assert (camera.latitude, camera.longitude) == (None, None)
    assert camera.stream_url == "https://live.patroli.kutim.example/simpang3/index.m3u8"


def test_zone_with_boundary_object_and_centre_point_places_nothing() -> None:
    zone = {
        "nama_wilayah": "Bengalon",
        "boundary": _POLYGON,
        "center": {"type": "Point", "coordinates": [117.74, 0.75]},
    }
    (camera,) = _api([{**_record({}), "lokasi": None, "wilayah": zone}])
    assert camera.area == "Bengalon"
    assert (camera.latitude, camera.longitude) == (None, None)


def test_camera_own_position_wins_over_its_zone() -> None:
    zone = {"nama_lokasi": "Sangatta Utara", "lat": 0.5233, "lng": 117.541, "polygon": _POLYGON}
    (camera,) = _api([_record(zone, latitude=0.50912, longitude=117.53401)])
    assert (camera.latitude, camera.longitude) == (0.50912, 117.53401)


def test_related_spot_without_polygon_still_places_the_camera() -> None:
    spot = {"id": 3, "name": "Simpang Tiga", "kecamatan": "Sangatta Utara", "latitude": "0.50233"}
    spot["longitude"] = "117.5231"
    (camera,) = _api([_record(spot)])
    assert (camera.latitude, camera.longitude) == (0.50233, 117.5231)
    assert camera.area == "Sangatta Utara"


@pytest.mark.parametrize(
    "outline",
    [
        {"type": "Point", "coordinates": [117.54, 0.52]},  # a point, no outline
        {"type": "LineString", "coordinates": [[117.5, 0.5], [117.6, 0.6]]},  # a road
        [[117.5, 0.5], [117.6, 0.6]],  # two vertices: no ring
        "Polygon",  # a word, no geometry
    ],
)
def test_outlines_that_are_no_polygon_leave_the_relation_alone(outline: object) -> None:
    relation = {"nama_lokasi": "Simpang Tiga", "lat": 0.5, "lng": 117.5, "geometry": outline}
    item = {"id": 1, "lokasi": relation}
    assert zone_relation(item) == (item, None)


def test_polygon_outside_a_place_relation_is_not_a_zone() -> None:
    item = {"id": 1, "owner": {"name": "Dishub", "lat": 0.5, "lng": 117.5, "polygon": _POLYGON}}
    assert zone_relation(item) == (item, None)


def test_zone_loses_its_point_and_outline_keeps_its_plain_fields() -> None:
    zone = {"id": 9, "name": "Zona Barat", "lat": 0.5, "lng": 117.5, "polygon": _POLYGON}
    plain, name = zone_relation({"id": 1, "zone": zone})
    assert name == "Zona Barat"
    assert plain["zone"] == {"id": 9, "name": "Zona Barat"}


def test_private_stream_beside_a_zone_is_never_media() -> None:
    zone = {"nama_lokasi": "Sangatta Utara", "polygon": _POLYGON}
    private = _record(zone, id=5, url_stream="http://10.12.0.45:8080/kenyamukan/stream.m3u8")
    cameras = _api([_record(zone), private])
    assert [camera.id for camera in cameras] == ["7"]
    assert all("10.12.0.45" not in (camera.stream_url or "") for camera in cameras)


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/images/slider/slide1.png",
        "https://x.example/images/slide2.png",
        "https://x.example/assets/img/slider/banner-2.jpg",
        "https://x.example/carousel_3.webp",
        "https://x.example/uploads/slideshow/hero.jpg",
    ],
)
def test_slide_pictures(url: str) -> None:
    assert is_slide_picture(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/webcam/teluk-lombok.jpg",
        "https://x.example/cams/landslide.jpg",  # a word merely holding one
        "https://x.example/cams/slide-rock-cam.jpg",  # a place named by the word
        "https://x.example/snapshot/slider-gate/latest.jpg",  # a folder named otherwise
    ],
)
def test_pictures_that_are_no_slides(url: str) -> None:
    assert not is_slide_picture(url)


def test_carousel_slide_pictures_are_no_cameras_but_cards_are() -> None:
    slides = "".join(
        f"<div class='swiper-slide'><img src='/images/slider/slide1.png' alt='{name}'>"
        f"<h2>{name}</h2></div>"
        for name in ("Simpang Tiga Sangatta", "Bundaran Pelangi", "Teluk Lingga")
    )
    cards = (
        "<div class='card'><h5>Simpang Tiga Sangatta</h5>"
        "<video src='https://live.lantas.kutim.example/hls/simpang3.m3u8'></video></div>"
    )
    cameras = _page(f"<div class='swiper'><div class='swiper-wrapper'>{slides}</div></div>{cards}")
    assert [camera.name for camera in cameras] == ["Simpang Tiga Sangatta"]
    assert cameras[0].snapshot_url is None


def test_webcam_stills_in_a_carousel_stay_cameras() -> None:
    items = "".join(
        f"<div class='carousel-item'><img src='/webcam/{slug}.jpg' alt='{name}'></div>"
        for slug, name in (("maloy", "Webcam Pelabuhan Maloy"), ("lombok", "Webcam Teluk Lombok"))
    )
    cameras = _page(f"<div class='carousel slide'><div class='carousel-inner'>{items}</div></div>")
    assert sorted(camera.snapshot_url or "" for camera in cameras) == [
        "https://lantas.kutim.example/webcam/lombok.jpg",
        "https://lantas.kutim.example/webcam/maloy.jpg",
    ]
