"""Typed property envelopes of low-code backends: Notion properties, Squidex values."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.cmsfields import typed_property_fields
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.bengalon.kutim.example/api/cctv"
HLS = "https://live.bengalon.kutim.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _text(kind: str, text: str) -> dict[str, object]:
    rich = [{"type": "text", "text": {"content": text, "link": None}, "plain_text": text}]
    return {"id": "t", "type": kind, kind: rich if text else []}


def _page(page_id: str, props: dict[str, object]) -> dict[str, object]:
    return {
        "object": "page",
        "id": page_id,
        "parent": {"type": "database_id", "database_id": "db-1"},
        "properties": props,
        "url": f"https://www.notion.so/{page_id}",
    }


def test_notion_properties_read_as_fields() -> None:
    props = {
        "Nama": _text("title", "Simpang Tiga"),
        "Kecamatan": {"id": "k", "type": "select", "select": {"id": "1", "name": "Bengalon"}},
        "Stream": {"id": "s", "type": "url", "url": HLS.format("a")},
        "Foto": {
            "id": "f",
            "type": "files",
            "files": [
                {
                    "name": "a.jpg",
                    "type": "external",
                    "external": {"url": "https://img.example/a.jpg"},
                }
            ],
        },
        "Latitude": {"id": "la", "type": "number", "number": 0.83},
        "Longitude": {"id": "lo", "type": "number", "number": 117.82},
        "Aktif": {"id": "ak", "type": "checkbox", "checkbox": False},
        "Catatan": _text("rich_text", ""),
    }
    (camera,) = cameras({"object": "list", "results": [_page("p-1", props)], "has_more": False})
    assert camera.id == "p-1"
    assert camera.raw_name == "Simpang Tiga"
    assert camera.area == "Bengalon"
    assert camera.stream_url == HLS.format("a")
    assert camera.snapshot_url == "https://img.example/a.jpg"
    assert (camera.latitude, camera.longitude) == (0.83, 117.82)
    assert camera.online is False


def test_status_multi_select_and_formula_properties() -> None:
    fields = typed_property_fields(
        {
            "Status": {"id": "s", "type": "status", "status": {"name": "Offline", "color": "red"}},
            "Wilayah": {"id": "w", "type": "multi_select", "multi_select": [{"name": "Kaliorang"}]},
            "Tags": {
                "id": "t",
                "type": "multi_select",
                "multi_select": [{"name": "A"}, {"name": "B"}],
            },
            "Link": {"id": "l", "type": "formula", "formula": {"type": "string", "string": "x"}},
            "Petugas": {"id": "p", "type": "people", "people": [{"object": "user", "id": "u"}]},
            "Diubah": {"id": "d", "type": "last_edited_time", "last_edited_time": "2026-11-30"},
            "Judul": _text("title", "Pasar"),
        }
    )
    assert fields == {
        "Status": "Offline",
        "Wilayah": "Kaliorang",
        "Tags": ["A", "B"],
        "Link": "x",
        "Petugas": None,
        "Diubah": None,
        "Judul": "Pasar",
    }


def test_objects_typed_another_way_are_no_envelope() -> None:
    # A stream descriptor {type, url} and a plain {type, value} pair are not self-typed.
    assert typed_property_fields({"a": {"type": "hls", "url": HLS.format("b")}}) is None
    assert typed_property_fields({"a": {"id": "x", "type": "url", "url": "u", "extra": 1}}) is None
    assert typed_property_fields({}) is None


def test_notion_pages_without_media_are_no_cameras() -> None:
    props = {
        "Nama": _text("title", "Tanpa Kamera"),
        "Nomor": {"id": "n", "type": "number", "number": 3},
    }
    body = {"object": "list", "results": [_page("p-2", props), _page("p-3", props)]}
    with pytest.raises(PortalFormatError):
        cameras(body)  # the pages' own notion.so addresses are no media


def test_squidex_invariant_values() -> None:
    def item(cid: str, name: str, online: bool) -> dict[str, object]:
        return {
            "id": cid,
            "data": {
                "judul": {"iv": name},
                "kecamatan": {"iv": "Sangatta Utara"},
                "posisi": {"iv": {"latitude": 0.53, "longitude": 117.56}},
                "hls": {"iv": HLS.format(cid)},
                "online": {"iv": online},
                "catatan": {"id": "Jalan", "en": "Road"},
            },
            "status": "Published",
            "schemaName": "kamera",
            "schemaDisplayName": "Kamera",
        }

    found = cameras(
        {"total": 2, "items": [item("c1", "Teluk Lingga", True), item("c2", "Kenyamukan", False)]}
    )
    assert [(c.id, c.raw_name, c.area, c.online) for c in found] == [
        ("c1", "Teluk Lingga", "Sangatta Utara", True),
        ("c2", "Kenyamukan", "Sangatta Utara", False),
    ]
    assert found[0].latitude == 0.53


def test_hostile_envelope_is_bounded() -> None:
    deep: dict[str, object] = {"type": "formula", "formula": {}}
    cursor = deep
    for _ in range(200):
        inner: dict[str, object] = {"type": "formula", "formula": {}}
        cursor["formula"] = inner
        cursor = inner
    big = {f"p{n}": {"id": str(n), "type": "rich_text", "rich_text": []} for n in range(500)}
    assert typed_property_fields({"a": deep}) == {"a": None}
    assert typed_property_fields(big) is None  # more properties than an item holds
    long_text = _text("rich_text", "x")
    long_text["rich_text"] = long_text["rich_text"] * 10_000  # type: ignore[operator]
    assert typed_property_fields({"a": long_text}) == {"a": "x" * 16}
