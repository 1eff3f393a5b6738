"""Livewire 3 update answers (state in a snapshot string), JSON text as no address, aliases."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import resolve_url
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.framework import (
    MAX_STATE_CHARS,
    livewire_update_data,
)

BASE = "https://cctv.kutimkab.example/livewire/update"
HOST = "https://cctv.kutimkab.example"


def parse(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def php(value: Any) -> str:
    """Return value as PHP's json_encode writes it: compact, slashes escaped."""
    return json.dumps(value, separators=(",", ":")).replace("/", "\\/")


def tuple_of(value: Any) -> list[Any]:
    return [value, {"s": "arr"}]


def snapshot(data: dict[str, Any], name: str = "cctv-map") -> str:
    memo = {"id": "Qm7tR2xLw9PzKc4VbN1d", "name": name, "path": "cctv", "method": "GET"}
    return php({"data": data, "memo": memo, "checksum": "b8" * 32})


def answer(*snapshots: str, html: str = "<div></div>") -> str:
    components = [{"snapshot": s, "effects": {"returns": [], "html": html}} for s in snapshots]
    return php({"components": components, "assets": []})


def camera_rows(host: str = HOST) -> list[Any]:
    rows = [
        {
            "id": 3,
            "name": "Simpang Tiga Sangatta",
            "latitude": "0.5023300",
            "longitude": "117.5231000",
            "url": f"{host}/storage/hls/simpang-tiga/index.m3u8",
        },
        {
            "id": 4,
            "name": "Simpang Empat Sangatta Selatan",
            "latitude": "0.4689100",
            "longitude": "117.5617200",
            "url": f"{host}/storage/hls/simpang-empat/index.m3u8",
        },
    ]
    return tuple_of([tuple_of(row) for row in rows])


def test_update_answer_reads_the_camera_rows_of_the_snapshot_string() -> None:
    cameras = parse(answer(snapshot({"search": "sangatta", "cameras": camera_rows()})))
    assert [(c.id, c.name) for c in cameras] == [
        ("3", "Simpang Tiga Sangatta"),
        ("4", "Simpang Empat Sangatta Selatan"),
    ]
    assert cameras[0].stream_url == f"{HOST}/storage/hls/simpang-tiga/index.m3u8"
    assert (cameras[0].latitude, cameras[0].longitude) == (0.50233, 117.5231)
    assert all(c.snapshot_url is None for c in cameras)


def test_several_components_are_keyed_by_name_and_read_together() -> None:
    search = snapshot({"query": "", "suggestions": tuple_of(["Sangatta", "Bengalon"])}, "search")
    cameras = parse(answer(search, snapshot({"cameras": camera_rows()})))
    assert [c.id for c in cameras] == ["3", "4"]
    data = livewire_update_data(json.loads(answer(search, snapshot({"cameras": camera_rows()}))))
    assert data is not None
    assert set(data) == {"search", "cctv-map"}


def test_state_without_cameras_never_makes_the_snapshot_string_a_camera() -> None:
    form = snapshot({"name": "", "email": "", "message": "Terima kasih"}, "contact-form")
    with pytest.raises(PortalFormatError):
        parse(answer(form, html="<div><p>Pesan terkirim.</p></div>"))


def test_a_lan_camera_among_public_ones_of_the_state_is_left_out() -> None:
    rows = camera_rows()[0] + camera_rows("https://atcs2.kutimkab.example")[0]
    lan = camera_rows("http://192.168.1.20:8080")[0][0]
    lan[0] = dict(lan[0], id=99, name="Ruang Server")
    cameras = parse(answer(snapshot({"cameras": tuple_of([*rows, lan])})))
    assert len(cameras) == 4
    assert all("192.168." not in (c.stream_url or "") for c in cameras)
    assert all(not (c.snapshot_url or "").startswith(HOST + "/livewire/") for c in cameras)


@pytest.mark.parametrize(
    "value",
    [
        {"components": [{"snapshot": "https://cam.kutimkab.example/a.jpg", "name": "Cam"}]},
        {"components": [{"snapshot": "{}", "effects": {}}], "meta": {"page": 1}},
        {"components": [{"snapshot": '{"data": {"a": 1}}', "effects": {}}]},  # no memo
        {"components": [{"snapshot": "not json {", "effects": {}}]},
        {"components": []},
        {"data": [{"snapshot": '{"data": {}, "memo": {}}', "effects": {}}]},
    ],
)
def test_other_shapes_are_no_livewire_answer(value: Any) -> None:
    assert livewire_update_data(value) is None


def test_component_count_and_state_size_are_capped() -> None:
    one = {"snapshot": snapshot({"cameras": []}), "effects": {}}
    assert livewire_update_data({"components": [one] * 32}) is not None
    assert livewire_update_data({"components": [one] * 33}) is None
    big = {"snapshot": snapshot({"blob": "x" * MAX_STATE_CHARS}), "effects": {}}
    assert livewire_update_data({"components": [big]}) is None


def test_a_plain_components_list_with_still_addresses_is_still_read() -> None:
    text = json.dumps(
        {
            "components": [
                {"id": "c1", "name": "Simpang Tiga", "snapshot": f"{HOST}/snap/c1.jpg"},
                {"id": "c2", "name": "Pasar Induk", "snapshot": f"{HOST}/snap/c2.jpg"},
            ]
        }
    )
    cameras = parse(text, f"{HOST}/api/components")
    assert [c.snapshot_url for c in cameras] == [f"{HOST}/snap/c1.jpg", f"{HOST}/snap/c2.jpg"]


@pytest.mark.parametrize(
    "text",
    [
        '{"data":{"cameras":[]},"memo":{"name":"cctv-map"}}',
        '{ "url": "/storage/a.jpg" }',
        "{}",
        '[{"id":1,"url":"/a.m3u8"}]',
        '["a.jpg","b.jpg"]',
        "[[0.5, 117.5]]",
        "[0.5023, 117.5231]",
        "[]",
    ],
)
def test_json_text_is_never_resolved_to_an_address(text: str) -> None:
    assert resolve_url(text, BASE) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/storage/hls/a/index.m3u8", f"{HOST}/storage/hls/a/index.m3u8"),
        ("snap/a.jpg", f"{HOST}/livewire/snap/a.jpg"),
        ("https://cam.kutimkab.example/a.jpg", "https://cam.kutimkab.example/a.jpg"),
    ],
)
def test_addresses_still_resolve(text: str, expected: str) -> None:
    assert resolve_url(text, BASE) == expected


# --- records identified by their alias ------------------------------------------------


def alias_list(rows: list[dict[str, Any]]) -> str:
    return json.dumps({"status": "success", "data": rows})


def row(name: str, alias: str, slug: str, **extra: Any) -> dict[str, Any]:
    link = f"https://restream.kutimkab.example/{slug}.html"
    return {
        "nama_cctv": name,
        "alias": alias,
        "koordinat": "0.5023, 117.5231",
        "link": link,
    } | extra


def test_alias_is_the_id_of_a_record_without_an_id_field() -> None:
    rows = [row("SIMPANG TIGA", "simpang_tiga", "a1"), row("PASAR INDUK", "pasar-induk.2", "b2")]
    cameras = parse(alias_list(rows), "https://atcs.kutimkab.example/get-cctv")
    assert [(c.id, c.name) for c in cameras] == [
        ("simpang_tiga", "SIMPANG TIGA"),
        ("pasar-induk.2", "PASAR INDUK"),
    ]


def test_an_id_field_beats_the_alias() -> None:
    rows = [
        row("SIMPANG TIGA", "simpang_tiga", "a1", id=31),
        row("PASAR INDUK", "pasar_induk", "b2", id=32),
    ]
    cameras = parse(alias_list(rows), "https://atcs.kutimkab.example/get-cctv")
    assert [c.id for c in cameras] == ["31", "32"]


@pytest.mark.parametrize(
    "alias",
    ["Kamera Simpang Tiga", "", "https://restream.kutimkab.example/a1.html", "-x", "kam/1"],
)
def test_a_label_an_address_or_an_empty_alias_is_no_id(alias: str) -> None:
    rows = [row("SIMPANG TIGA", alias, "a1"), row("PASAR INDUK", "", "b2")]
    cameras = parse(alias_list(rows), "https://atcs.kutimkab.example/get-cctv")
    assert cameras[0].name == "SIMPANG TIGA"
    assert cameras[0].id != alias
    assert cameras[0].id.startswith("k-")


def test_a_state_string_under_a_still_field_is_no_still() -> None:
    state = php({"data": {"zoom": 13}, "memo": {"name": "peta"}})
    text = json.dumps({"widgets": [{"name": "Peta CCTV", "snapshot": state, "image": "[]"}]})
    with pytest.raises(PortalFormatError):
        parse(text, f"{HOST}/api/widgets")
