"""Shapes read after holdout 18: nested keyed groups, ERP records, readings, sitemaps."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.kutim.example/cctv"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"


def cameras(body: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value (or a text body) as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _row(ident: int, name: str, **extra: object) -> dict[str, object]:
    return {"id": ident, "nama": name, "url_stream": HLS.format(ident), **extra}


# --- Laravel groupBy with two keys: {kecamatan: {kelurahan: [rows]}} -------------------


def test_two_level_groups_take_the_inner_key_as_area() -> None:
    body = {
        "success": True,
        "data": {
            "Bengalon": {"Sepaso": [_row(1, "Pasar", kecamatan={"nama": "Bengalon"})]},
            "Sangatta Utara": {
                "Singa Gembara": [_row(2, "Simpang Tiga", kecamatan="Sangatta Utara")],
                "Teluk Lingga": [_row(3, "Jembatan", kecamatan="Sangatta Utara")],
            },
        },
    }
    found = cameras(body)
    assert [(c.id, c.area) for c in found] == [
        ("1", "Sepaso"),
        ("2", "Singa Gembara"),
        ("3", "Teluk Lingga"),
    ]


def test_two_level_groups_with_preserved_keys() -> None:
    body = {
        "Pesisir": {"Sangkulirang": {"0": _row(1, "Pelabuhan"), "3": _row(2, "Dermaga")}},
        "Pedalaman": {"Busang": {"1": _row(3, "Jembatan")}},
    }
    found = cameras(body)
    assert [(c.id, c.area) for c in found] == [
        ("1", "Sangkulirang"),
        ("2", "Sangkulirang"),
        ("3", "Busang"),
    ]


def test_a_group_holding_its_camera_list_is_no_sub_group() -> None:
    # {"area": {"data": [...]}} is one level: the outer key is the area.
    body = {"Bengalon": {"data": [_row(1, "Pasar")]}, "Kaubun": {"data": [_row(2, "Simpang")]}}
    assert [(c.id, c.area) for c in cameras(body)] == [("1", "Bengalon"), ("2", "Kaubun")]


def test_a_graphql_answer_is_no_nested_group() -> None:
    body = {"data": {"cctv_kamera": [_row(1, "Pasar", kecamatan={"nama": "Kaubun"})]}}
    assert [(c.id, c.area) for c in cameras(body)] == [("1", "Kaubun")]
