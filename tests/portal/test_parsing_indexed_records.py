"""Script records assigned one at a time by a written key (``cctv_link[7] = {…}``)."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.indexed import indexed_records

BASE = "https://peta.kutim.example/peta"


def _page(script: str) -> str:
    return f"<!doctype html><html><body><div id='map'></div><script>{script}</script></body></html>"


def _cams(script: str) -> tuple[Camera, ...]:
    return parse_body(_page(script), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_records_by_index_are_cameras_keyed_by_their_index() -> None:
    """Each record is a camera; the index is its id when the record names none."""
    cameras = _cams(
        "var cctv_link = [];\n"
        'cctv_link[7] = { nama: "Simpang Tugu", kordinat: [-7.5616, 110.8102], hls: "/hls/tugu/index.m3u8" };\n'
        'cctv_link[13] = { nama: "Simpang Baturono", kordinat: [-7.5769, 110.8234], hls: "/hls/baturono/index.m3u8" };\n'
        "cctv_link.forEach(function (o) { L.marker([o.kordinat[0], o.kordinat[1]]).addTo(map); });"
    )
    assert [(c.id, c.name, c.latitude, c.stream_url) for c in cameras] == [
        ("7", "Simpang Tugu", -7.5616, "https://peta.kutim.example/hls/tugu/index.m3u8"),
        ("13", "Simpang Baturono", -7.5769, "https://peta.kutim.example/hls/baturono/index.m3u8"),
    ]


def test_quoted_keys_and_own_ids() -> None:
    """A quoted key is an id too; a record naming its own id keeps it."""
    cameras = _cams(
        "var cams = new Array();\n"
        'cams["north-pier"] = {name: "North Pier", img: "https://cams.example/north.jpg"};\n'
        "cams['ferry'] = {id: 'F-1', name: 'Ferry', img: 'https://cams.example/ferry.jpg'};\n"
    )
    assert [(c.id, c.name) for c in cameras] == [("north-pier", "North Pier"), ("F-1", "Ferry")]


def test_computed_keys_and_single_records_are_no_list() -> None:
    """Keys computed by code, one lone record and records of other things are not read."""
    script = (
        "var stok = {};\n"
        "rows.forEach(function (r) { stok[r.id] = {nama: r.nama, img: r.foto}; });\n"
        'var one = []; one[0] = {name: "Solo", img: "https://cams.example/solo.jpg"};\n'
        "this.cam[0] = {x: 200, y: 200}; this.cam[1] = {x: 1200, y: 1200};\n"
        'cards[0] = {name: "Visa", length: "13,16"}; cards[1] = {name: "Master", length: "16"};\n'
    )
    values = indexed_records(script)
    assert values == [
        {"0": {"name": "Visa", "length": "13,16"}, "1": {"name": "Master", "length": "16"}}
    ]


def test_skipped_spans_and_first_key_wins() -> None:
    """An assignment inside a span another reader took is left; a repeated key keeps its first."""
    script = 'a[1] = {n: "x"}; a[2] = {n: "y"}; a[1] = {n: "z"}; b[1] = {n: "p"}; b[2] = {n: "q"};'
    skip_b = [(script.index("b[1]"), len(script))]
    assert indexed_records(script, skip_b) == [{"1": {"n": "x"}, "2": {"n": "y"}}]
