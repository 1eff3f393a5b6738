"""A live server's room (livego's ``Room``) is a camera's id when the record's media
address is published under it; a room holding a place is none. A shared ``location``
district may join letters by an apostrophe or an ampersand (``Simon's Town``, ``V&A
Waterfront``). A recorder holding its channels (a record with its maker, model or serial
number) is a device, not a place: its name is no area. A Frappe document's place-name
field (``nama_titik``) labels it beside its naming series code. An answer's plain fields
(version, date, default order) beside two or more keyed groups are no groups."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.sharedplace import location_district

BASE = "https://cams.yc.example/api/list"


def _parse(value: object, base: str = BASE) -> list[Camera]:
    text = json.dumps(value)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


# --- a live server's room ----------------------------------------------------------------


def _room(room: str, title: str, hls: str) -> dict[str, object]:
    return {"Room": room, "Title": title, "Comuna": "Providencia", "HLS": hls}


def test_a_room_its_stream_is_published_under_is_the_id() -> None:
    found = _parse(
        {
            "rooms": [
                _room("plaza", "Plaza Italia", "http://live.yc.example:7002/live/plaza.m3u8"),
                _room("cerro", "Cerro", "http://live.yc.example:7001/live/cerro.flv"),
                _room("andes", "Andes", "https://live.yc.example/hls/andes/index.m3u8"),
            ]
        }
    )
    assert [c.id for c in found] == ["plaza", "cerro", "andes"]


def test_a_room_naming_a_place_or_another_stream_is_no_id() -> None:
    found = _parse(
        {
            "rooms": [
                _room("Ruang Server", "Lobby", "https://live.yc.example/hls/lobby.m3u8"),
                _room("cam-7", "Gate", "https://live.yc.example/hls/cam-70.m3u8"),
                _room("live", "Hall", "https://live.yc.example/live/hall.m3u8"),
            ]
        }
    )
    assert [c.id.startswith("k-") for c in found] == [True, True, True]


# --- districts written with an apostrophe or an ampersand --------------------------------


def test_a_location_with_an_apostrophe_or_ampersand_reads_as_a_district() -> None:
    own = frozenset({"location"})
    assert location_district({"location": "Simon's Town"}, own) == "Simon's Town"
    assert location_district({"location": "V&A Waterfront"}, own) == "V&A Waterfront"
    assert location_district({"location": "Ma’rang Baru"}, own) == "Ma’rang Baru"


def test_a_location_starting_or_ending_with_a_joiner_is_no_district() -> None:
    own = frozenset({"location"})
    assert location_district({"location": "'Town"}, own) is None
    assert location_district({"location": "Town&"}, own) is None
    assert location_district({"location": "A&&B Town"}, own) is None
    assert location_district({"location": "Rock & Roll"}, own) is None


def test_a_camera_managers_shared_locations_are_areas() -> None:
    def cam(n: int, location: str) -> dict[str, object]:
        return {
            "id": f"c{n}",
            "name": f"Spot {'ABCDE'[n]}",
            "location": location,
            "source_url": f"rtsp://viewer:ReStream5@10.0.0.{n}:554/s",
            "stream_url": f"https://cams.yc.example/stream/c{n}/mjpeg",
            "status": "running",
        }

    found = _parse(
        {
            "cameras": [
                cam(0, "V&A Waterfront"),
                cam(1, "V&A Waterfront"),
                cam(2, "Simon's Town"),
            ]
        }
    )
    assert [c.area for c in found] == ["V&A Waterfront", "V&A Waterfront", "Simon's Town"]
    assert all("ReStream5" not in (c.stream_url or "") for c in found)


# --- a recorder holding its channels ------------------------------------------------------


def _channels(prefix: str) -> list[dict[str, object]]:
    return [
        {"channel_id": n, "channel_name": f"{prefix} {n}", "snapshot_url": f"/snap/{n}.jpg"}
        for n in (1, 2)
    ]


def test_a_recorders_name_is_no_area_of_its_channels() -> None:
    found = _parse(
        {
            "data": [
                {
                    "dvr_id": 1,
                    "dvr_name": "Dahua DVR 1",
                    "manufacturer": "Dahua",
                    "model": "HCVR5108",
                    "channels": _channels("Gate"),
                }
            ]
        }
    )
    assert [(c.raw_name, c.area) for c in found] == [("Gate 1", None), ("Gate 2", None)]


def test_a_group_with_one_device_field_keeps_its_name_as_area() -> None:
    found = _parse(
        {
            "data": [
                {"name": "Kecamatan Bengalon", "model": "v2", "cameras": _channels("Pasar")},
                {"name": "Kecamatan Rantau", "cameras": _channels("Dermaga")},
            ]
        }
    )
    assert {c.area for c in found} == {"Kecamatan Bengalon", "Kecamatan Rantau"}


# --- a Frappe document labelled by its place-name field -----------------------------------


def _doc(name: str, label: str, **meta: object) -> dict[str, object]:
    return {
        "name": name,
        **meta,
        "nama_titik": label,
        "url_hls": f"https://media.yc.example/live/{name.lower()}/playlist.m3u8",
    }


def test_a_frappe_documents_place_name_labels_it_and_the_series_is_its_id() -> None:
    meta = {"owner": "admin@yc.example", "modified_by": "Administrator", "docstatus": 0}
    found = _parse(
        {
            "data": [
                _doc("CCTV-00012", "Simpang Tugu", **meta),
                _doc("CCTV-00013", "Alun-alun", **meta),
            ]
        }
    )
    assert [(c.id, c.raw_name) for c in found] == [
        ("CCTV-00012", "Simpang Tugu"),
        ("CCTV-00013", "Alun-alun"),
    ]


def test_a_series_name_beside_a_place_name_outside_frappe_stays_the_name() -> None:
    found = _parse({"data": [_doc("CCTV-00012", "Simpang Tugu"), _doc("CCTV-00013", "Alun")]})
    assert [c.raw_name for c in found] == ["CCTV-00012", "CCTV-00013"]


# --- plain fields beside keyed groups -----------------------------------------------------


def _group(region: str, *names: str) -> dict[str, object]:
    return {
        "region": region,
        "beaches": [
            {"name": n, "url": f"https://video.yc.example/{n.lower()}/playlist.m3u8"} for n in names
        ],
    }


def test_plain_fields_beside_keyed_groups_are_no_groups() -> None:
    found = _parse(
        {
            "version": 3,
            "updated": "2026-11-30T06:00:00Z",
            "defaults": ["algarve"],
            "algarve": _group("Algarve", "Arrifana", "Rocha"),
            "ericeira": _group("Ericeira", "Lizandro"),
        }
    )
    assert [(c.raw_name, c.area) for c in found] == [
        ("Arrifana", "Algarve"),
        ("Rocha", "Algarve"),
        ("Lizandro", "Ericeira"),
    ]


def test_one_group_beside_plain_fields_is_read_as_before() -> None:
    found = _parse({"version": 3, "defaults": ["algarve"], "algarve": _group("Algarve", "Arr")})
    assert [c.raw_name for c in found] == ["Arr"]


def test_lists_beside_status_fields_are_no_groups() -> None:
    cams = [
        {"webcam_url": f"https://w.yc.example/{n}.jpg", "webcam_name": f"Cam {n}"} for n in "ab"
    ]
    ads = [{"slot": "sidebar", "img": "/banners/rental.png"}]
    found = _parse({"status": "ok", "generated": "2026-12-04", "cams": cams, "ads": ads})
    assert [c.raw_name for c in found] == ["Cam a", "Cam b"]


def test_renditions_keyed_by_quality_beside_a_name_are_no_groups() -> None:
    answer = {
        "name": "Pier",
        "meta": {"hd": {"url": "https://x.yc.example/hd.jpg"}},
        "renditions": {
            "hd": {"url": "https://x.yc.example/hd.m3u8"},
            "sd": {"url": "https://x.yc.example/sd.m3u8"},
        },
    }
    try:
        found = _parse(answer)
    except PortalFormatError:
        found = []
    assert not {c.raw_name for c in found} & {"hd", "sd"}


def test_many_plain_lists_beside_many_keyed_groups_stay_bounded() -> None:
    answer: dict[str, object] = {f"order{n}": [f"r{i}" for i in range(1000)] for n in range(100)}
    answer |= {f"region{n}": _group(f"Region {n}", f"A{n}", f"B{n}") for n in range(50)}
    found = _parse(answer)
    assert len(found) == 100
    assert found[0].area == "Region 0"
