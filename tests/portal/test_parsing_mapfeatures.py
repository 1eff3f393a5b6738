"""Map feature records drawn by their one GeoJSON feature; icons are never stills."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://511.lalin.kutim.example/api/graphql"
STILL = "https://pictures.lalin.kutim.example/cameras/KT0712.jpg"
HLS = "https://video.lalin.kutim.example/rtplive/KT0712/playlist.m3u8"
CLOSED = "/images/icon-camera-closed-fill-solid-padded.svg"


def parse(answer: Any) -> list[Camera]:
    text = json.dumps(answer)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def point(feature_id: str, lng: float = 117.5231, lat: float = 0.50233) -> dict[str, Any]:
    geometry = {"type": "Point", "coordinates": [lng, lat]}
    return {
        "id": feature_id,
        "geometry": geometry,
        "properties": {"icon": {"url": "/images/marker.svg"}},
    }


def camera(title: str, features: list[Any], views: list[Any], **extra: Any) -> dict[str, Any]:
    return {
        "title": title,
        "uri": "camera/x",
        "__typename": "Camera",
        "features": features,
        "views": views,
        **extra,
    }


def view(url: str = STILL, src: str | None = HLS) -> dict[str, Any]:
    sources = [{"type": "application/x-mpegURL", "src": src}] if src else []
    return {"category": "VIDEO", "url": url, "sources": sources}


def answer(*features: dict[str, Any]) -> dict[str, Any]:
    return {"data": {"mapFeaturesQuery": {"mapFeatures": list(features), "error": None}}}


def test_the_one_feature_gives_the_id_and_the_point() -> None:
    found = parse(answer(camera("Simpang Tiga", [point("18493")], [view()])))
    assert len(found) == 1
    assert found[0].id == "18493"
    assert (found[0].latitude, found[0].longitude) == (0.50233, 117.5231)
    assert (found[0].stream_url, found[0].snapshot_url) == (HLS, STILL)


def test_a_batched_answer_is_read_like_a_single_one() -> None:
    found = parse([answer(camera("Simpang Tiga", [point("18493")], [view()]))])
    assert [item.id for item in found] == ["18493"]


def test_an_array_of_other_objects_is_no_batch() -> None:
    rows = [
        {"data": {"x": 1}, "nama": "Simpang Tiga", "stream": HLS},
        {"data": {"x": 2}, "nama": "Simpang Kabo", "stream": HLS.replace("KT0712", "KT0713")},
    ]
    assert [item.name for item in parse(rows)] == ["Simpang Tiga", "Simpang Kabo"]


def test_the_record_s_own_id_and_position_come_first() -> None:
    record = camera("Simpang Tiga", [point("18493")], [view()], id="own-1", lat=0.6, lng=117.6)
    found = parse(answer(record))
    assert found[0].id == "own-1"
    assert (found[0].latitude, found[0].longitude) == (0.6, 117.6)


def test_several_features_or_a_line_say_nothing() -> None:
    line = {
        "id": "L1",
        "geometry": {"type": "LineString", "coordinates": [[117.5, 0.5], [117.6, 0.6]]},
    }
    two = camera("Dua", [point("1"), point("2", 117.6, 0.6)], [view()])
    lined = camera(
        "Garis", [line], [view(STILL.replace("KT0712", "KT0800"), HLS.replace("KT0712", "KT0800"))]
    )
    found = parse(answer(two, lined))
    assert len(found) == 2
    assert all(item.latitude is None for item in found)
    assert "1" not in [item.id for item in found] and "L1" not in [item.id for item in found]


def test_an_icon_is_never_a_still() -> None:
    found = parse(answer(camera("Kenyamukan", [point("20")], [view(url=CLOSED)])))
    assert found[0].stream_url == HLS
    assert found[0].snapshot_url is None


def test_a_camera_with_only_an_icon_is_no_camera() -> None:
    closed = camera("Sepaso", [point("30")], [view(url=CLOSED, src=None)], active=False)
    working = camera("Simpang Tiga", [point("31")], [view()])
    assert [item.id for item in parse(answer(closed, working))] == ["31"]


def test_a_logo_or_marker_view_is_no_still_but_a_camera_picture_is() -> None:
    marker = camera("Pinang", [point("40")], [view(url="/img/markers/cctv.png", src=None)])
    logo = camera("Logo", [point("42")], [view(url="/assets/logo-dishub.png", src=None)])
    pinang = camera("Pinang 2", [point("41")], [view(url="/cameras/pinang.jpg", src=None)])
    found = parse(answer(marker, logo, pinang))
    assert [item.id for item in found] == ["41"]
    assert found[0].snapshot_url == "https://511.lalin.kutim.example/cameras/pinang.jpg"


def test_events_and_signs_are_no_cameras() -> None:
    event = {
        "title": "Perbaikan jalan",
        "uri": "event/1",
        "__typename": "Event",
        "features": [point("E1")],
    }
    found = parse(answer(event, camera("Simpang Tiga", [point("18493")], [view()])))
    assert [item.id for item in found] == ["18493"]


def test_a_view_photo_named_with_a_decoration_word_is_the_still() -> None:
    # A 511 view's photo of a place called Banner Summit (``BannerSummit.jpg``), or a
    # beach's north view (``logo-beach-north.jpg``) is a camera's picture, no placeholder.
    base = "https://511.example.org/api/v2/get/cameras"
    names = ["BannerSummit", "I84Boise", "US95Lewiston", "us-6-banner-summit", "logo-beach-north"]
    records = [
        {
            "Id": 10 + number,
            "Name": f"Camera {name}",
            "Views": [
                {
                    "Url": f"https://511.example.org/cams/{name}.jpg",
                    "Status": "Enabled",
                    "Description": name,
                }
            ],
        }
        for number, name in enumerate(names)
    ]
    found = parse_body(
        json.dumps(records), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras
    assert [item.id for item in found] == ["10", "11", "12", "13", "14"]
    assert found[0].snapshot_url == "https://511.example.org/cams/BannerSummit.jpg"
