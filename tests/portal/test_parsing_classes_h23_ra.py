"""Area fields of JSON records: a station sub-object's water system, municipality words
of Galician, Portuguese and Spanish open data, fields sharing a table prefix and a
``location`` naming a district shared by several records."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.sharedplace import shared_location_districts

BASE = "https://data.kutim.example/api/"


def _parse(payload: object) -> list[Camera]:
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


# A water system on the station sub-object each reading nests.


def test_the_station_sub_objects_water_system_is_the_area() -> None:
    payload = {
        "data": [
            {
                "reading_id": 90 + n,
                "level_cm": 40 * n,
                "station": {"id": n, "name": f"Pos {n}", "das": das, "cctv": f"/c/{n}.jpg"},
            }
            for n, das in ((1, "Ciliwung"), (2, "Cisadane"), (3, "Ciliwung"))
        ]
    }
    found = _parse(payload)
    assert [(c.id, c.area) for c in found] == [
        ("1", "Ciliwung"),
        ("2", "Cisadane"),
        ("3", "Ciliwung"),
    ]


def test_a_flow_value_is_no_area() -> None:
    # ``aliran`` holding a number (a flow rate) names no water system.
    payload = {
        "data": [
            {"id": n, "name": f"Pintu {n}", "aliran": 12.5 * n, "cctv": f"/c/{n}.jpg"}
            for n in (1, 2)
        ]
    }
    assert [c.area for c in _parse(payload)] == [None, None]


# Municipality words: the finer one beside a province or district.


def test_a_concello_beside_its_provincia_is_the_area() -> None:
    payload = {
        "listaCamaras": [
            {
                "identificador": 7,
                "nomeCamara": "Ferrol - Porto",
                "concello": "Ferrol",
                "provincia": "A Coruña",
                "imaxeCamara": "/cam/7.jpg",
            }
        ]
    }
    assert [c.area for c in _parse(payload)] == ["Ferrol"]


def test_a_concelho_is_finer_than_its_distrito() -> None:
    payload = {
        "camaras": [
            {
                "id": 1,
                "nome": "Praia da Rocha",
                "distrito": "Faro",
                "concelho": "Portimão",
                "imagem": "/c/1.jpg",
            }
        ]
    }
    assert [c.area for c in _parse(payload)] == ["Portimão"]


def test_a_comarca_beside_its_provincia_is_the_area() -> None:
    payload = {
        "camaras": [
            {
                "id": "C1",
                "nombre": "Puerto de Cotos",
                "comarca": "Sierra Norte",
                "provincia": "Madrid",
                "imagen": "/c/1.jpg",
            },
            {
                "id": "C2",
                "nombre": "Navacerrada",
                "municipio": "Navacerrada",
                "comarca": "Sierra de Guadarrama",
                "imagen": "/c/2.jpg",
            },
        ]
    }
    assert [c.area for c in _parse(payload)] == ["Sierra Norte", "Navacerrada"]


# Fields sharing a table's prefix.


def _layer(properties: list[dict[str, object]]) -> dict[str, object]:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [110.0 + n, -7.0]},
                "properties": props,
            }
            for n, props in enumerate(properties)
        ],
    }


def test_a_table_prefixed_records_code_is_its_id_and_province_its_area() -> None:
    payload = _layer(
        [
            {
                "gm_code": code,
                "gm_nama_gunung": name,
                "gm_prov_bnpb": province,
                "gm_tinggi": None,
                "st_level": "Normal",
                "cctv_url": f"https://cam.kutim.example/{code}.jpg",
            }
            for code, name, province in (
                ("KLD", "Kelud", "Jawa Timur"),
                ("SLM", "Slamet", "Jawa Tengah"),
            )
        ]
    )
    found = _parse(payload)
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("KLD", "Kelud", "Jawa Timur"),
        ("SLM", "Slamet", "Jawa Tengah"),
    ]


def test_a_finer_place_of_a_prefixed_record_wins_over_its_province() -> None:
    payload = _layer(
        [
            {
                "bd_kode": "BD-1",
                "bd_nama": "Bendungan Wonorejo",
                "bd_kabupaten": "Tulungagung",
                "bd_provinsi": "Jawa Timur",
                "bd_kamera": "https://cam.kutim.example/bd1.jpg",
            }
        ]
    )
    assert [c.area for c in _parse(payload)] == ["Tulungagung"]


def test_a_prefixed_records_province_is_finer_than_its_country() -> None:
    # One rule places a record by its province (search hits, CMS entries, prefixed
    # tables): after every finer place, before a country written out.
    rows = [
        {
            "gm_code": code,
            "gm_nama_gunung": name,
            "gm_prov_bnpb": province,
            "country": "Indonesia",
            "cctv_url": f"https://cam.kutim.example/{code}.jpg",
        }
        for code, name, province in (
            ("KLD", "Kelud", "Jawa Timur"),
            ("SLM", "Slamet", "Jawa Tengah"),
        )
    ]
    assert [c.area for c in _parse(rows)] == ["Jawa Timur", "Jawa Tengah"]
    # Without the province column the written-out country still places them.
    for row in rows:
        del row["gm_prov_bnpb"]
    assert [c.area for c in _parse(rows)] == ["Indonesia", "Indonesia"]


def test_a_province_without_a_table_prefix_is_no_area() -> None:
    payload = {
        "cameras": [
            {"id": n, "name": f"Kamera {n}", "provinsi": "Jawa Timur", "img": f"/c/{n}.jpg"}
            for n in (1, 2)
        ]
    }
    assert [c.area for c in _parse(payload)] == [None, None]


def test_a_word_prefix_is_no_table_prefix() -> None:
    # ``cam_`` is the field's own word: ``cam_prov`` stays unread as a province.
    payload = {
        "cameras": [
            {
                "cam_code": f"X{n}",
                "cam_title": f"Kamera {n}",
                "cam_prov": "Jawa Timur",
                "cam_image": f"/c/{n}.jpg",
            }
            for n in (1, 2)
        ]
    }
    assert [c.area for c in _parse(payload)] == [None, None]


# A ``location`` naming a district several records share.


def _service(locations: list[object]) -> dict[str, object]:
    return {
        "cameras": [
            {
                "id": f"c{n}",
                "name": f"Camera {n}",
                "location": location,
                "image": f"https://cam.kutim.example/{n}.jpg",
            }
            for n, location in enumerate(locations)
        ]
    }


def test_a_shared_location_district_is_the_area() -> None:
    found = _parse(_service(["Centrum", "Centrum", "Oost", "West"]))
    assert [c.area for c in found] == ["Centrum", "Centrum", "Oost", "West"]


def test_locations_no_record_shares_are_no_area() -> None:
    assert [c.area for c in _parse(_service(["Centrum", "Oost", "West"]))] == [None] * 3


def test_street_addresses_in_location_are_no_area() -> None:
    found = _parse(_service(["Damrak 1", "Damrak 1", "Kalverstraat 92"]))
    assert [c.area for c in found] == [None] * 3
    found = _parse(_service(["Main Street", "Main Street", "Oak Avenue"]))
    assert [c.area for c in found] == [None] * 3


def test_a_mounting_place_or_one_city_in_location_is_no_area() -> None:
    assert [c.area for c in _parse(_service(["Indoor", "Outdoor", "Indoor"]))] == [None] * 3
    assert [c.area for c in _parse(_service(["Amsterdam"] * 3))] == [None] * 3


def test_a_position_in_location_is_no_area() -> None:
    found = _parse(_service(["52.37, 4.89", "52.37, 4.89", "52.35, 4.90"]))
    assert [c.area for c in found] == [None] * 3


def test_shared_location_districts_reads_a_bounded_part_of_a_long_list() -> None:
    # A hostile list of many records costs no more than the records it looks at.
    items: list[object] = [{"location": "Centrum", "name": str(n)} for n in range(100_000)]
    items[:2] = [{"location": "Noord"}, {"location": "Noord"}]
    items[50_000] = {"location": "Damrak 1"}  # past the records looked at
    assert shared_location_districts(items) is True
