"""Area fields of JSON records: a station sub-object's water system, municipality words
of Galician, Portuguese and Spanish open data, fields sharing a table prefix and a
``location`` naming a district shared by several records."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

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
