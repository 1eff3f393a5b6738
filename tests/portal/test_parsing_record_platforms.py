"""Records of list and document platforms: qualified divisions, relations, codes, flags."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import norm_key

BASE = "https://cams.example/api/list"
HLS = "https://cams.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_qualified_division_column_is_the_area() -> None:
    rows = [
        {"camera_id": f"C-{n}", "location": f"Main St {n}", "council_district": f"District {n}"}
        | {"video_url": HLS.format(n)}
        for n in (1, 2)
    ]
    assert [c.area for c in cameras({"results": rows})] == ["District 1", "District 2"]


def test_loose_or_numbered_qualified_words_are_no_area() -> None:
    rows = [
        {"id": n, "name": f"Cam {n}", "service_area": "North", "view_sector": "NE"}
        | {"district_2": "Old", "stream": HLS.format(n)}
        for n in (1, 2)
    ]
    assert [c.area for c in cameras(rows)] == [None, None]


def test_graphql_relation_names_the_area_and_envelope_names_no_group() -> None:
    body = {
        "data": {
            "webcams": [
                {
                    "id": "ck1",
                    "title": "Apron",
                    "aerodrome": {"id": "a1", "name": "Omaka", "icao": "NZOM"},
                    "operator": {"id": "o1", "name": "Aero Club"},
                    "streamUrl": HLS.format(1),
                }
            ],
            "webcamsCount": 1,
        }
    }
    (camera,) = cameras(body)
    assert (camera.name, camera.area) == ("Apron", "Omaka")


def test_relations_of_licence_operator_or_media_are_no_area() -> None:
    rows = [
        {
            "id": n,
            "name": f"Cam {n}",
            "licence": {"id": 7, "label": "Public Domain"},
            "owner": {"id": 2, "name": "Dishub"},
            "poster": {"id": 9, "name": "still", "url": "https://cams.example/p.jpg"},
            "stream": HLS.format(n),
        }
        for n in (1, 2)
    ]
    assert [c.area for c in cameras(rows)] == [None, None]


def test_escaped_column_names_read_as_their_characters() -> None:
    assert norm_key("Camera_x0020_nummer") == "camera_nummer"
    assert norm_key("L_x00e4_ngengrad") == "längengrad"
    assert norm_key("Max_x0020_Index") == "max_index"


def test_camera_code_column_beats_list_row_numbers() -> None:
    rows = [
        {"Id": n, "Title": f"Brug {n}", "Camera_x0020_nummer": f"DV-CAM-0{n}"}
        | {"Live_x0020_beeld": {"Description": "HLS", "Url": HLS.format(n)}}
        for n in (1, 2)
    ]
    assert [c.id for c in cameras({"d": {"results": rows}})] == ["DV-CAM-01", "DV-CAM-02"]


def test_numeric_camera_numbers_leave_the_row_id() -> None:
    rows = [
        {"Id": n, "Title": f"Brug {n}", "kamera_nr": str(10 + n), "stream": HLS.format(n)}
        for n in (1, 2)
    ]
    assert [c.id for c in cameras({"value": rows})] == ["1", "2"]


def test_naming_series_name_is_the_id_beside_a_title() -> None:
    rows = [
        {"name": f"TCAM-000{n}", "docstatus": 0, "camera_name": f"Kondele {n}"}
        | {"sub_county": "Kisumu East", "ward": "Kondele", "hls_url": HLS.format(n)}
        for n in (1, 2)
    ]
    found = cameras({"data": rows})
    assert [(c.id, c.name, c.area) for c in found] == [
        ("TCAM-0001", "Kondele 1", "Kisumu East"),
        ("TCAM-0002", "Kondele 2", "Kisumu East"),
    ]


def test_plain_name_stays_the_name() -> None:
    rows = [
        {"id": n, "name": f"Simpang {n}", "title": "CCTV", "stream": HLS.format(n)} for n in (1, 2)
    ]
    assert [c.name for c in cameras(rows)] == ["Simpang 1", "Simpang 2"]


def test_state_flag_named_in_another_language() -> None:
    rows = [
        {"id": 1, "nombre": "Av. Francia", "activa": True, "url_video": HLS.format(1)},
        {"id": 2, "nombre": "Av. Uriburu", "activa": False, "url_video": HLS.format(2)},
        {"id": 3, "nome": "Via Roma", "attiva": "no", "url_video": HLS.format(3)},
    ]
    assert [c.online for c in cameras(rows)] == [True, False, False]


def test_state_word_field_holding_other_values_says_nothing() -> None:
    rows = [
        {"id": n, "name": f"Cam {n}", "activa": "2024", "stream": HLS.format(n)} for n in (1, 2)
    ]
    assert [c.online for c in cameras(rows)] == [None, None]


def _content(n: int, code: str, fields: list[dict[str, object]]) -> dict[str, object]:
    return {
        "id": 48200 + n,
        "title": f"Calle {n}",
        "contentFields": [
            {"contentFieldValue": {"data": code}, "dataType": "string", "name": "Codigo"},
            {
                "contentFieldValue": {"geo": {"latitude": 6.25 + n / 100, "longitude": -75.56}},
                "dataType": "geolocation",
                "fieldReference": "ubicacion",
                "label": "Ubicación",
                "name": "Geolocation1",
                "nestedContentFields": [],
                "repeatable": False,
            },
            *fields,
        ],
        "taxonomyCategoryBriefs": [
            {"taxonomyCategoryId": 7, "taxonomyCategoryName": f"Comuna {n}"},
        ],
    }


def test_typed_field_list_reads_as_the_contents_fields() -> None:
    link = {"contentFieldValue": {"link": HLS.format(1)}, "dataType": "url", "name": "Video"}
    image = {
        "contentFieldValue": {"image": {"contentUrl": "/documents/1/cam2.jpg", "id": 5}},
        "dataType": "image",
        "name": "Image9",
    }
    found = cameras({"items": [_content(1, "CAM-01", [link]), _content(2, "CAM-02", [image])]})
    assert [(c.id, c.name, c.area, c.latitude) for c in found] == [
        ("CAM-01", "Calle 1", "Comuna 1", 6.26),
        ("CAM-02", "Calle 2", "Comuna 2", 6.27),
    ]
    assert found[0].stream_url == HLS.format(1)
    assert found[1].snapshot_url == "https://cams.example/documents/1/cam2.jpg"


def test_field_list_without_a_code_keeps_the_record_id() -> None:
    link = {"contentFieldValue": {"link": HLS.format(1)}, "dataType": "url", "name": "Video"}
    found = cameras({"items": [_content(1, "Sin código", [link])]})
    assert found[0].id == "48201"


def test_list_of_other_entries_is_no_field_list() -> None:
    rows = [
        {
            "id": n,
            "name": f"Cam {n}",
            "stream": HLS.format(n),
            "notes": [{"name": "x", "text": "y"}],
        }
        for n in (1, 2)
    ]
    assert [c.name for c in cameras(rows)] == ["Cam 1", "Cam 2"]


def _video(uid: int) -> dict[str, object]:
    return {
        "url": f"https://vimeo.com/{uid}",
        "provider": "vimeo",
        "providerUid": str(uid),
        "thumbnailUrl": f"https://i.vimeocdn.com/video/{uid}-d_640",
        "title": "Live",
        "width": 640,
        "height": 360,
    }


def test_external_video_field_is_the_video_page_not_its_poster() -> None:
    rows = [
        {"id": "1", "name": "Snapper", "liveVideo": _video(11)},
        {
            "id": "2",
            "name": "Spit",
            "still": "https://cams.example/spit.jpg",
            "liveVideo": _video(12),
        },
    ]
    found = cameras({"data": {"allSurfcams": rows}})
    assert [(c.stream_url, c.snapshot_url) for c in found] == [
        ("https://vimeo.com/11", None),
        (None, "https://cams.example/spit.jpg"),
    ]


def test_huge_typed_field_list_is_not_expanded() -> None:
    entry = {"contentFieldValue": {"data": "x"}, "dataType": "string", "name": "F"}
    many = [entry | {"name": f"F{n}"} for n in range(5000)]
    rows = [
        {"id": n, "name": f"Cam {n}", "stream": HLS.format(n), "contentFields": many}
        for n in (1, 2)
    ]
    found = cameras(rows)
    assert [c.name for c in found] == ["Cam 1", "Cam 2"]


def test_camera_code_column_leaves_a_record_id() -> None:
    rows = [
        {"id": n, "x_name": f"Simpang {n}", "kode_kamera": f"CAM-0{n}", "stream": HLS.format(n)}
        for n in (1, 2)
    ]
    assert [c.id for c in cameras(rows)] == ["1", "2"]
