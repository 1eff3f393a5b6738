"""API field vocabularies: context-broker attributes, picker groups, select fields, units."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.kutim.example/cameras"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _attribute(kind: str, value: object, **extra: object) -> dict[str, object]:
    return {"type": kind, "value": value, **extra}


# --- Context brokers: NGSI v2 normalized, NGSI-LD normalized and keyValues -------------


@pytest.mark.parametrize(
    ("text", "url", "geo", "extra"),
    [
        ("Text", "URL", "geo:json", {"metadata": {}}),
        ("Property", "Property", "GeoProperty", {"observedAt": "2026-11-30T03:12:00Z"}),
        ("Text", "Text", "geo:json", {}),
    ],
)
def test_broker_attributes_read_as_their_values(
    text: str, url: str, geo: str, extra: dict[str, object]
) -> None:
    entities = [
        {
            "id": f"urn:ngsi-ld:Camera:kutim:{n}",
            "type": "Camera",
            "name": _attribute(text, f"Simpang {n}", **extra),
            "areaServed": _attribute(text, "Sangatta Utara", **extra),
            "location": _attribute(
                geo, {"type": "Point", "coordinates": [117.5 + n / 100, 0.5]}, **extra
            ),
            "streamURL": _attribute(url, HLS.format(n), **extra),
            "status": _attribute(text, "offline" if n == 2 else "online", **extra),
        }
        for n in (1, 2)
    ]
    found = cameras(entities)
    assert [(c.name, c.area, c.stream_url, c.online) for c in found] == [
        ("Simpang 1", "Sangatta Utara", HLS.format(1), True),
        ("Simpang 2", "Sangatta Utara", HLS.format(2), False),
    ]
    assert (found[0].latitude, found[0].longitude) == (0.5, 117.51)


def test_key_values_area_served() -> None:
    rows = [
        {"id": f"Camera:{n}", "type": "Camera", "name": f"Pasar {n}", "areaServed": "Bengalon"}
        | {"streamURL": HLS.format(n)}
        for n in (1, 2)
    ]
    assert {c.area for c in cameras(rows)} == {"Bengalon"}


@pytest.mark.parametrize(
    "value",
    [
        {"type": "hls", "value": HLS.format(1)},  # a stream descriptor, no broker attribute
        {"type": "Text", "value": "x", "label": "other field"},  # fields no attribute has
    ],
)
def test_other_type_value_objects_are_not_unwrapped(value: dict[str, object]) -> None:
    rows = [{"id": "c1", "nama": "Simpang Tiga", "url": HLS.format(1), "extra": value}] * 1
    assert cameras(rows)[0].stream_url == HLS.format(1)


def test_broker_attributes_are_read_like_plain_fields() -> None:
    """A wrapped address goes through the same credential stripping as a plain one."""
    url = "http://admin:ZmSecret9@cam.kutim.example/live.m3u8"
    wrapped = [
        {"id": "cam-1", "name": _attribute("Text", "Simpang"), "streamURL": _attribute("URL", url)}
    ]
    plain = [{"id": "cam-1", "name": "Simpang", "streamURL": url}]
    assert cameras(wrapped) == cameras(plain)
    assert "ZmSecret9" not in repr(cameras(wrapped))


# --- Select2 grouped results -------------------------------------------------------------


def test_select2_groups_name_their_options_area() -> None:
    body = {
        "results": [
            {
                "text": area,
                "children": [
                    {"id": f"{area[:3]}-{n}", "text": f"Simpang {area} {n}", "url": HLS.format(n)}
                    for n in (1, 2)
                ],
            }
            for area in ("Kaliorang", "Bengalon")
        ],
        "pagination": {"more": False},
    }
    found = cameras(body)
    assert [(c.name, c.area) for c in found] == [
        ("Simpang Kaliorang 1", "Kaliorang"),
        ("Simpang Kaliorang 2", "Kaliorang"),
        ("Simpang Bengalon 1", "Bengalon"),
        ("Simpang Bengalon 2", "Bengalon"),
    ]


def test_select2_flat_results_have_no_area() -> None:
    body = {
        "results": [{"id": str(n), "text": f"Simpang {n}", "url": HLS.format(n)} for n in (1, 2)]
    }
    assert [(c.name, c.area) for c in cameras(body)] == [("Simpang 1", None), ("Simpang 2", None)]


# --- Select and checkbox fields: one choice as a list ------------------------------------


@pytest.mark.parametrize(
    ("key", "choice", "online"),
    [
        ("statusKamera", ["aktif"], True),
        ("statusKamera", ["nonaktif"], False),
        ("kondisi_cctv", ["Online"], True),
        ("status", [{"value": "rusak", "label": "Rusak"}], False),
        ("status_cctv", [{"value": "on", "label": "Aktif"}], True),
        ("status", ["aktif", "rusak"], None),  # several choices say nothing
        ("status", [], None),
        ("status", [1], None),  # a number in a list is no choice
    ],
)
def test_select_field_status(key: str, choice: list[object], online: bool | None) -> None:
    rows = [{"id": "1", "nama": "Simpang Tiga", "url": HLS.format(1), key: choice}]
    assert cameras(rows)[0].online is online


# --- Maintenance units and other languages' titles ----------------------------------------


def test_maintenance_unit_is_the_area_only_without_a_finer_one() -> None:
    rows = [
        {"id": "1", "nama": "Tanjakan", "url": HLS.format(1), "uptd": "UPTD Wilayah I"},
        {"id": "2", "nama": "Simpang", "url": HLS.format(2), "sup": "SUP Sangatta Utara"},
        {
            "id": "3",
            "nama": "Jembatan",
            "url": HLS.format(3),
            "uptd": "UPTD Wilayah II",
            "kecamatan": "Bengalon",
        },
    ]
    assert [c.area for c in cameras(rows)] == ["UPTD Wilayah I", "SUP Sangatta Utara", "Bengalon"]


@pytest.mark.parametrize("key", ["titre", "titulo", "título", "nom", "nome", "titolo"])
def test_title_names_over_generic_description(key: str) -> None:
    rows = [
        {"id": str(n), key: f"Jalan Pendidikan {n}", "description": f"Caméra de trafic n° {n}"}
        | {"url_image": f"https://data.kutim.example/cam/{n}.jpg"}
        for n in (1, 2)
    ]
    assert [c.name for c in cameras(rows)] == ["Jalan Pendidikan 1", "Jalan Pendidikan 2"]


def test_deep_broker_attributes_are_bounded() -> None:
    value: object = HLS.format(1)
    for _ in range(200):
        value = {"type": "Property", "value": value}
    rows = [{"id": "1", "nama": "Simpang", "streamURL": value}]
    try:
        found = cameras(rows)
    except PortalFormatError:
        return
    assert len(found) <= 1
