"""Camera tables with Portuguese and Spanish headers: the code column (Código, Cód.) is
the id, the place column (Local, Localização, Ubicación) names the camera, the
neighbourhood column (Bairro, Barrio) is its area and Situação / Estado its state.

Which field is the id: a code named for the camera (``cam_code``, ``kode_cctv``) beats a
database hash (a MongoDB ObjectId ``_id``), and an id named with its length (``id32``)
is the record's id even though it is a hash.

A record's location tag (``location_tag``, ``webcam_location_tag``) is its area; other
tags are not. Chilean Spanish state words (``en mantención``, ``en reparación``) are
offline."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import header_field
from custom_components.kutim_cctv.portal.shapes import choose_id_key

BASE = "https://transito.kutim.example/cameras/"


def _parse(text: str) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        "<!DOCTYPE html><html><body><table class='table'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


def _link(name: str) -> str:
    return f"<a href='https://video.kutim.example/{name}/index.m3u8'>Vídeo</a>"


def test_portuguese_headers_give_id_name_area_and_state() -> None:
    page = _table(
        ["#", "Código", "Local", "Bairro", "Situação", "Ao vivo"],
        [
            ["1", "SP-01", "Av. Paulista x Rua Augusta", "Bela Vista", "Ativa", _link("a")],
            ["2", "SP-02", "Marginal Tietê", "Santana", "Offline", _link("b")],
        ],
    )
    found = _parse(page)
    assert [(c.id, c.raw_name, c.area, c.online) for c in found] == [
        ("SP-01", "Av. Paulista x Rua Augusta", "Bela Vista", True),
        ("SP-02", "Marginal Tietê", "Santana", False),
    ]


def test_spanish_headers_give_id_name_and_area() -> None:
    page = _table(
        ["Cód.", "Ubicación", "Barrio", "Video"],
        [
            ["MV-1", "Av. Italia y Bolivia", "Carrasco", _link("c")],
            ["MV-2", "Rambla y Ejido", "Centro", _link("d")],
        ],
    )
    found = _parse(page)
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("MV-1", "Av. Italia y Bolivia", "Carrasco"),
        ("MV-2", "Rambla y Ejido", "Centro"),
    ]


def test_a_name_column_wins_over_the_place_column() -> None:
    page = _table(
        ["Nome", "Local", "Vídeo"],
        [
            ["Câmera Praça", "Praça Central", _link("e")],
            ["Câmera Terminal", "Terminal Norte", _link("f")],
        ],
    )
    assert [c.raw_name for c in _parse(page)] == ["Câmera Praça", "Câmera Terminal"]


def test_header_words_are_whole_words_only() -> None:
    assert header_field("Código") == "id"
    assert header_field("Cód.") == "id"
    assert header_field("Bairro") == "area"
    assert header_field("Ubicación") == "place"
    assert header_field("Situação") == "status"
    # Words that only contain them are no column of the list.
    assert header_field("Localidade fiscal") is None
    assert header_field("Codificação") is None
    assert header_field("Bairros atendidos") is None


# Which field is the id.

_OBJECT_IDS = ["6650c1d2a3b4c5d6e7f80911", "6650c1d2a3b4c5d6e7f80912"]
_HASHES = ["0f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e", "1e3c5a7f9d1b3e5c7a9f1d3b5e7c9a1f"]


def test_a_camera_code_beats_a_mongodb_object_id() -> None:
    rows = [
        {"_id": oid, "cam_code": f"BMA-{n}", "name": f"Cam {n}"}
        for n, oid in enumerate(_OBJECT_IDS)
    ]
    assert choose_id_key(rows) == "cam_code"
    rows = [{"_id": oid, "kode_cctv": f"KT-{n}"} for n, oid in enumerate(_OBJECT_IDS)]
    assert choose_id_key(rows) == "kode_cctv"


def test_a_plain_code_still_yields_to_a_hash_id() -> None:
    # A code not named for the camera (a road or area code) is no camera's id.
    rows = [{"_id": oid, "road_code": f"R-{n}"} for n, oid in enumerate(_OBJECT_IDS)]
    assert choose_id_key(rows) == "_id"


def test_an_id_named_for_the_camera_beats_a_camera_code() -> None:
    rows = [
        {"camera_id": f"C{n}", "cam_code": f"BMA-{n}", "_id": oid}
        for n, oid in enumerate(_OBJECT_IDS)
    ]
    assert choose_id_key(rows) == "camera_id"


def test_a_sized_hash_id_beats_a_channel_name() -> None:
    rows = [{"id32": h, "channel_id": f"ch0{n}"} for n, h in enumerate(_HASHES)]
    assert choose_id_key(rows) == "id32"


def test_other_numbered_ids_are_no_ids() -> None:
    rows = [{"id2": f"x{n}", "channel_id": f"ch0{n}"} for n in range(2)]
    assert choose_id_key(rows) == "channel_id"
    # An unsized hash still yields to the channel named for the camera.
    rows = [{"uid": h, "channel_id": f"ch0{n}"} for n, h in enumerate(_HASHES)]
    assert choose_id_key(rows) == "channel_id"


# A location tag names the area.


def _cams(records: list[dict[str, object]]) -> list[Camera]:
    return _parse(json.dumps({"webcams": records}))


def test_a_location_tag_is_the_area() -> None:
    found = _cams(
        [
            {"webcam_name": "Base", "webcam_location_tag": "Valle Nevado", "webcam_url": "/a.jpg"},
            {"webcam_name": "Cumbre", "webcam_location_tag": "Portillo", "webcam_url": "/b.jpg"},
        ]
    )
    assert [(c.raw_name, c.area) for c in found] == [
        ("Base", "Valle Nevado"),
        ("Cumbre", "Portillo"),
    ]
    found = _cams(
        [
            {"name": "Base", "location_tag": "Valle Nevado", "image": "/a.jpg"},
            {"name": "Cumbre", "location_tag": "Portillo", "image": "/b.jpg"},
        ]
    )
    assert [c.area for c in found] == ["Valle Nevado", "Portillo"]


def test_other_tags_are_no_area() -> None:
    found = _cams(
        [
            {"name": "Base", "tag": "snow", "quality_tag": "HD", "image": "/a.jpg"},
            {"name": "Cumbre", "tag": "lift", "quality_tag": "HD", "image": "/b.jpg"},
        ]
    )
    assert [c.area for c in found] == [None, None]


# Chilean Spanish state words.


def _states(states: list[str]) -> list[bool | None]:
    records = [
        {"nombre": f"Cámara {chr(65 + n)}", "estado": state, "imagen": f"/c{n}.jpg"}
        for n, state in enumerate(states)
    ]
    return [c.online for c in _parse(json.dumps(records))]


def test_maintenance_and_repair_in_chilean_spanish_are_offline() -> None:
    assert _states(["operativa", "En mantención", "en mantencion", "en reparación"]) == [
        True,
        False,
        False,
        False,
    ]


def test_a_sentence_about_maintenance_states_nothing() -> None:
    assert _states(["operativa", "mantención programada el lunes"]) == [True, None]
