"""Shapes read after holdout 21: shared icons, mesonet lists, name→URL maps, extra entries."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import document_file
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/api/cctv"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a text body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def answer(value: object) -> str:
    return json.dumps(value)


# --- One picture shared by every record ------------------------------------------------


def _record(number: int, own: str | None) -> dict[str, object]:
    record: dict[str, object] = {"id": number, "nama": f"Titik {number}"}
    record["thumbnail"] = "./img/cctv-icon.png"
    if own is not None:
        record["foto"] = own
    return record


def test_a_thumbnail_every_record_shares_yields_to_each_records_own_picture() -> None:
    records = [_record(n, f"https://cctv.kutim.example/snap/{n}.jpg") for n in (1, 2, 3)]
    found = cameras(answer({"data": records}))
    assert [c.snapshot_url for c in found] == [
        "https://cctv.kutim.example/snap/1.jpg",
        "https://cctv.kutim.example/snap/2.jpg",
        "https://cctv.kutim.example/snap/3.jpg",
    ]


def test_a_shared_picture_stays_when_a_record_has_no_other() -> None:
    records = [_record(1, "https://cctv.kutim.example/snap/1.jpg"), _record(2, None)]
    records.append(_record(3, "https://cctv.kutim.example/snap/3.jpg"))
    found = cameras(answer({"data": records}))
    assert found[1].snapshot_url == "https://cctv.kutim.example/api/img/cctv-icon.png"
    assert found[0].snapshot_url == "https://cctv.kutim.example/api/img/cctv-icon.png"


def test_two_records_sharing_a_picture_keep_it() -> None:
    records = [_record(n, f"https://cctv.kutim.example/snap/{n}.jpg") for n in (1, 2)]
    found = cameras(answer({"data": records}))
    assert {c.snapshot_url for c in found} == {"https://cctv.kutim.example/api/img/cctv-icon.png"}


# --- Mesonet webcam lists --------------------------------------------------------------


MESONET = {
    "images": [
        {
            "cid": "WX-000",
            "name": "NEXRAD Overview",
            "county": "",
            "url": "https://wx.example/current/camrad.php?network=WX&1",
        },
        {
            "cid": "WX-003",
            "name": "Ames",
            "county": "Story",
            "url": "https://wx.example/WX-003.jpg",
        },
        {
            "cid": "WX-004",
            "name": "Radar Hill",
            "county": "Polk",
            "url": "https://wx.example/rh.php",
        },
    ]
}


def test_a_mesonet_list_is_keyed_by_cid_and_its_overview_entry_is_no_camera() -> None:
    found = cameras(answer(MESONET))
    assert [(c.id, c.name, c.area) for c in found] == [
        ("WX-003", "Ames", "Story"),
        ("WX-004", "Radar Hill", "Polk"),
    ]


def test_an_overview_entry_with_a_picture_file_stays() -> None:
    value = json.loads(json.dumps(MESONET))
    value["images"][0]["url"] = "https://wx.example/radar/overview.jpg"
    found = cameras(answer(value))
    assert found[0].id == "WX-000"
    assert found[0].snapshot_url == "https://wx.example/radar/overview.jpg"


# --- A "lat,lng" text and a geo area ---------------------------------------------------


MODULE = """export const cams = [
  {"name": "Harbour", "geo": "Chile/Valparaíso", "pos": "-33.0381,-71.6290",
   "src": "https://www.youtube.com/embed/AbCdEfGhIjK"},
  {"name": "Square", "geo": "48.85,2.35", "pos": "48.8566, 2.3522",
   "src": "https://www.youtube.com/embed/ZyXwVuTsRqP"}
];"""


def test_pos_text_places_a_camera_and_a_worded_geo_is_its_area() -> None:
    found = cameras(MODULE, "https://live.example/js/cams.js")
    assert [(c.area, c.latitude, c.longitude) for c in found] == [
        ("Chile/Valparaíso", -33.0381, -71.629),
        (None, 48.8566, 2.3522),  # a geo written as numbers is no area
    ]


# --- An object of camera names and their picture addresses -------------------------------


def test_an_object_mapping_names_to_stills_lists_one_camera_each() -> None:
    body = answer({"cameras": {"Nord": "/snap/nord.jpg?1", "Süd": "https://cam.example/s.m3u8"}})
    found = cameras(body, "https://cam.example/cgi-bin/latest")
    assert [(c.name, c.snapshot_url, c.stream_url) for c in found] == [
        ("Nord", "https://cam.example/snap/nord.jpg?1", None),
        ("Süd", None, "https://cam.example/s.m3u8"),
    ]


def test_one_cameras_fields_under_a_camera_key_are_no_name_map() -> None:
    body = answer({"camera": {"image": "/snap/a.jpg", "hls": "/live/a.m3u8"}})
    found = cameras(body, "https://cam.example/api")
    assert len(found) == 1
    assert found[0].name != "image"
    assert found[0].stream_url == "https://cam.example/live/a.m3u8"


def test_a_name_map_with_a_value_that_is_no_media_is_not_read_as_one() -> None:
    body = answer({"cameras": {"Nord": "/snap/nord.jpg", "Info": "ask at the desk"}})
    found = cameras(body, "https://cam.example/api")
    assert "Nord" not in [c.name for c in found]  # read as one record, not as a name map


# --- A province field as the last area -------------------------------------------------


def _hit(key: str, **extra: str) -> dict[str, object]:
    highlight = {"nama": {"value": f"<em>{key}</em>", "matchLevel": "full"}}
    hit: dict[str, object] = {"objectID": key, "nama": f"Dermaga {key}", "provinsi": "Banten"}
    return (
        hit | extra | {"live_url": f"https://x.example/{key}.m3u8", "_highlightResult": highlight}
    )


def test_a_search_hits_province_is_the_area_when_nothing_finer_is() -> None:
    found = cameras(answer({"hits": [_hit("a"), _hit("b")], "nbHits": 2}))
    assert [c.area for c in found] == ["Banten", "Banten"]
    finer = [_hit("a", kecamatan="Pulomerak"), _hit("b", kecamatan="Ciwandan")]
    found = cameras(answer({"hits": finer, "nbHits": 2}))
    assert [c.area for c in found] == ["Pulomerak", "Ciwandan"]


def test_a_province_outside_search_hits_is_no_area() -> None:
    items = [
        {"id": n, "nama": f"S{n}", "provinsi": "Banten", "hls": f"https://x.example/{n}.m3u8"}
        for n in (1, 2)
    ]
    assert [c.area for c in cameras(answer(items))] == [None, None]


# --- Documents and map pages beside cameras --------------------------------------------


def test_document_files_are_no_media() -> None:
    assert document_file("https://data.example/dataset/x/resource/y/download/rekap.csv")
    assert document_file("https://data.example/sop.PDF?download=1")
    assert not document_file("https://cam.example/hls/index.m3u8")
    assert not document_file("https://cam.example/snap/cam.jpg")


def test_a_catalogue_resource_that_is_a_table_file_is_no_camera() -> None:
    resources = [
        {"id": "r0", "name": "Rekap", "format": "CSV", "url": "https://d.example/rekap.csv"},
        {"id": "r1", "name": "Gerbang", "format": "HLS", "url": "https://d.example/g.m3u8"},
    ]
    found = cameras(answer({"success": True, "result": {"resources": resources}}))
    assert [c.id for c in found] == ["r1"]


def test_a_table_file_alone_is_no_camera_list() -> None:
    with pytest.raises(PortalFormatError):
        cameras(answer([{"id": 1, "name": "Rekap", "url": "https://d.example/rekap.xlsx"}]))


CONFIG = """
export const MAPS = {
  nord: {id: "nord", title: "Map North", url: "https://maps.example/sis/north/2"},
  sued: {id: "sued", title: "Map South", url: "https://maps.example/sis/south/2"}
};
export const WEBCAMS = [
  {id: "top", name: "Top", imageUrl: "https://img.example/top.jpg"},
  {id: "lake", name: "Lake", imageUrl: "https://img.example/lake.jpg"}
];
"""


def test_page_only_entries_of_another_value_beside_webcams_are_no_cameras() -> None:
    found = cameras(CONFIG, "https://resort.example/config.ts")
    assert [c.id for c in found] == ["top", "lake"]


def test_player_pages_of_another_value_stay() -> None:
    config = CONFIG.replace("https://maps.example/sis/north/2", "https://tv.example/embed/north")
    config = config.replace("https://maps.example/sis/south/2", "https://tv.example/embed/south")
    found = cameras(config, "https://resort.example/config.ts")
    assert [c.id for c in found] == ["nord", "sued", "top", "lake"]
