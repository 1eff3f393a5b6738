"""Script records assigned one at a time by a written key (``cctv_link[7] = {…}``)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import indexed, parse_body
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
    assert values == [[{"name": "Visa", "length": "13,16"}, {"name": "Master", "length": "16"}]]


def test_skipped_spans_and_first_key_wins() -> None:
    """An assignment inside a span another reader took is left; a repeated key keeps its first."""
    script = 'a[4] = {n: "x"}; a[7] = {n: "y"}; a[4] = {n: "z"}; b[4] = {n: "p"}; b[7] = {n: "q"};'
    skip_b = [(script.index("b[4]"), len(script))]
    assert indexed_records(script, skip_b) == [{"4": {"n": "x"}, "7": {"n": "y"}}]


def test_positions_are_no_ids() -> None:
    """Keys that are only the records' positions (0..n-1, 1..n) read as a list: no ids."""
    records = (
        '{nama: "Simpang Tiga", hls: "https://cctv.example.go.id/hls/a.m3u8"}',
        '{nama: "Bundaran", hls: "https://cctv.example.go.id/hls/b.m3u8"}',
    )
    listed = _cams(f"var cams = [{records[0]}, {records[1]}];")
    for first in (0, 1):
        script = f"var cams = []; cams[{first}] = {records[0]}; cams[{first + 1}] = {records[1]};"
        cameras = _cams(script)
        assert [(c.id, c.name) for c in cameras] == [(c.id, c.name) for c in listed]
        assert [c.id for c in cameras] != [str(first), str(first + 1)]
    assert [c.name for c in listed] == ["Simpang Tiga", "Bundaran"]
    # Out of order, still positions: the list in key order; a gap or a start at 2 keeps keys.
    assert indexed_records('a[1] = {n: "y"}; a[0] = {n: "x"};') == [[{"n": "x"}, {"n": "y"}]]
    assert indexed_records('a[0] = {n: "x"}; a[2] = {n: "y"};') == [
        {"0": {"n": "x"}, "2": {"n": "y"}}
    ]
    assert indexed_records('a[2] = {n: "x"}; a[3] = {n: "y"};') == [
        {"2": {"n": "x"}, "3": {"n": "y"}}
    ]


def test_unclosed_records_are_read_within_a_bounded_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A record never closing is looked for in a bounded window, and only a few times."""
    scanned: list[int] = []
    balanced_end = indexed._balanced_end

    def counting(text: str, start: int) -> int | None:
        scanned.append(len(text))
        return balanced_end(text, start)

    monkeypatch.setattr(indexed, "_balanced_end", counting)
    script = "".join(f"x[{i}]={{ " + "{a:1}," * 2000 for i in range(100))
    assert indexed_records(script) == []
    assert all(length <= indexed._MAX_RECORD for length in scanned)
    assert sum(scanned) <= len(script) + (indexed._MAX_UNCLOSED + 1) * indexed._MAX_RECORD
    # Many short unclosed records before a long tail: scans stay linear in the script.
    scanned.clear()
    script = "x[1]={ " * 4000 + "{a:1}," * 20_000
    assert indexed_records(script) == []
    assert sum(scanned) <= len(script) + (indexed._MAX_UNCLOSED + 1) * indexed._MAX_RECORD
    # Records closing within the window are still read after one that never closes.
    tail = 'cams[3] = {name: "A", img: "/a.jpg"}; cams[5] = {name: "B", img: "/b.jpg"};'
    found = indexed_records("broken[1] = { " + "{a:1}," * 4000 + tail)
    assert found == [{"3": {"name": "A", "img": "/a.jpg"}, "5": {"name": "B", "img": "/b.jpg"}}]


def test_records_after_many_long_ones_are_read() -> None:
    """Records too long for the window do not stop the good records after them."""
    long_records = "".join(f"x[{i}]={{ a:1" + " " * 20_000 for i in range(16))
    tail = "".join(
        f'c[{i}] = {{nama: "Simpang {i}", hls: "https://cctv.example.go.id/hls/{i}.m3u8"}};'
        for i in (7, 8, 9)
    )
    found = indexed_records(long_records + tail)
    assert found == [
        {
            str(i): {"nama": f"Simpang {i}", "hls": f"https://cctv.example.go.id/hls/{i}.m3u8"}
            for i in (7, 8, 9)
        }
    ]
