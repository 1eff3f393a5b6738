"""A registry's typed source entries: a link or a directory id is no camera; slugs place."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://pantau.kutim-watch.example/api/cams.json"


def _entry(number: int, source: dict[str, object], **extra: object) -> dict[str, object]:
    return {
        "id": f"cam-{number}",
        "name": f"Kamera {number} Sangatta",
        "cityId": "sangatta-utara",
        "coords": [0.5012 + number / 1000, 117.553],
        "source": source,
        **extra,
    }


def _cameras(entries: list[dict[str, object]]) -> dict[str, tuple[str | None, str | None]]:
    result = parse_body(json.dumps(entries), profile=Profile.AUTO, base_url=BASE, prettify=False)
    return {c.id: (c.stream_url or c.snapshot_url, c.area) for c in result.cameras}


_HLS = {"kind": "hls", "url": "https://live.kutimkab.example/hls/kabo/index.m3u8"}


@pytest.mark.parametrize("kind", ["link", "website", "Link", "page", "external_link"])
def test_a_link_kind_entry_is_no_camera(kind: str) -> None:
    link = _entry(2, {"kind": kind, "url": "https://www.kamera-kutim.example/sangatta/"})
    link["pageUrl"] = "https://www.kamera-kutim.example/sangatta/"
    cameras = _cameras([_entry(1, _HLS), link])
    assert set(cameras) == {"cam-1"}


@pytest.mark.parametrize("key", ["kind", "type"])
def test_a_webcam_directory_id_with_its_detail_page_is_no_camera(key: str) -> None:
    windy = _entry(
        2,
        {key: "windy", "webcamId": "1718204466"},
        pageUrl="https://www.windy.com/webcams/1718204466",
    )
    cameras = _cameras([_entry(1, _HLS), windy])
    assert set(cameras) == {"cam-1"}


def test_a_flat_directory_type_with_its_page_is_no_camera() -> None:
    entries = [
        {
            "id": "a",
            "title": "Simpang Tiga",
            "type": "youtube",
            "src": "https://www.youtube.com/embed/Sg3TgPk9aQx",
            "lat": 0.5,
            "lng": 117.5,
        },
        {
            "id": "b",
            "title": "Polder",
            "type": "windy",
            "webcamId": "1719302288",
            "pageUrl": "https://www.windy.com/webcams/1719302288",
            "lat": 0.51,
            "lng": 117.56,
        },
    ]
    result = parse_body(json.dumps(entries), profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert [c.id for c in result.cameras] == ["a"]


def test_a_typed_entry_with_media_stays_a_camera() -> None:
    # A link kind beside a still of its own, a directory kind with a playlist: cameras.
    still = _entry(
        2,
        {"kind": "link", "url": "https://www.kamera-kutim.example/sangatta/"},
        imageUrl="https://www.kamera-kutim.example/snap/sangatta.jpg",
    )
    windy = _entry(3, {"kind": "windy", "url": "https://live.kutimkab.example/hls/polder.m3u8"})
    youtube = _entry(
        4,
        {"kind": "youtube", "videoId": "Kt7sGa3Ptz1"},
        pageUrl="https://www.youtube.com/watch?v=Kt7sGa3Ptz1",
    )
    iframe = _entry(
        5, {"kind": "iframe", "url": "https://g2.ipcamlive.com/player/player.php?alias=6a1f40e7"}
    )
    cameras = _cameras([_entry(1, _HLS), still, windy, youtube, iframe])
    assert cameras["cam-2"][0] == "https://www.kamera-kutim.example/snap/sangatta.jpg"
    assert cameras["cam-3"][0] == "https://live.kutimkab.example/hls/polder.m3u8"
    assert cameras["cam-4"][0] == "https://www.youtube.com/watch?v=Kt7sGa3Ptz1"
    assert cameras["cam-5"][0] == "https://g2.ipcamlive.com/player/player.php?alias=6a1f40e7"


@pytest.mark.parametrize("key", ["cityId", "regionId", "district_id", "kecamatanId"])
def test_a_place_slug_reference_is_the_area_as_written(key: str) -> None:
    entry = {
        "id": "cam-1",
        "name": "Jembatan Kabo",
        key: "sangatta-utara",
        "streamUrl": "https://live.kutimkab.example/hls/kabo/index.m3u8",
    }
    assert _cameras([entry]) == {
        "cam-1": ("https://live.kutimkab.example/hls/kabo/index.m3u8", "sangatta-utara")
    }


@pytest.mark.parametrize("slug", ["kab-07", "12", "sangatta_utara", "Sangatta-Utara", "ab"])
def test_a_code_or_key_is_no_place_slug(slug: str) -> None:
    entry = {
        "id": "cam-1",
        "name": "Jembatan Kabo",
        "cityId": slug,
        "streamUrl": "https://live.kutimkab.example/hls/kabo/index.m3u8",
    }
    assert _cameras([entry])["cam-1"][1] is None


def test_the_region_name_beside_its_slug_is_the_area() -> None:
    entry = {
        "id": "cam-1",
        "name": "Bundaran Pelangi",
        "region_id": "sangatta-utara",
        "region_name": "Sangatta Utara",
        "streamUrl": "https://live.kutimkab.example/hls/pelangi/index.m3u8",
    }
    assert _cameras([entry])["cam-1"][1] == "Sangatta Utara"


def test_a_slug_under_another_field_is_no_area() -> None:
    entry = {
        "id": "cam-1",
        "name": "Jembatan Kabo",
        "groupId": "sangatta-utara",
        "cameraId": "jembatan-kabo",
        "streamUrl": "https://live.kutimkab.example/hls/kabo/index.m3u8",
    }
    assert _cameras([entry])["cam-1"][1] is None


@pytest.mark.parametrize(
    "url",
    [
        "http://www.atcs.kutimkab.example/PlayVideo.aspx?ID=17",
        "https://satwa-sangatta.example/live/view.php?id=7",
    ],
)
def test_a_link_kind_to_one_cameras_keyed_viewer_stays(url: str) -> None:
    entries = [
        {"id": "bma-17", "title": "Kamera Bundaran Pelangi", "kind": "link", "url": url},
        {
            "id": "hls-1",
            "title": "Simpang Tiga",
            "kind": "hls",
            "url": "https://live.kutimkab.example/hls/s3/index.m3u8",
        },
    ]
    result = parse_body(json.dumps(entries), profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert {c.id: c.stream_url for c in result.cameras}["bma-17"] == url
