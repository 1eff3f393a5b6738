"""A framework state's stream-only records joined to the rendered cards showing them."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import _state_streams_on_cards

BASE = "https://sekolah.kutim.example/parent/cameras"
HOST = "https://cctv-sekolah.tunnel.example"


def _card(name: str, still: str, badge: str = "Aktif", alt: str | None = None) -> str:
    alt = f"Snapshot {name}" if alt is None else alt
    return (
        f'<article class="card"><div class="relative"><img alt="{alt}" src="{still}"/></div>'
        f'<div class="p-4"><h3 class="font-semibold">{name}</h3>'
        f'<span class="badge">{badge}</span></div></article>'
    )


def _page(records: list[dict[str, object]], cards: list[str]) -> str:
    flight = "b:" + json.dumps(["$", "$L7", None, {"cameras": records}]) + "\n"
    return (
        "<!DOCTYPE html><html><head><title>Kamera</title></head><body><main>"
        + "".join(cards)
        + "</main><script>self.__next_f.push([1,"
        + json.dumps(flight)
        + "])</script></body></html>"
    )


def _cams(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _record(ident: str, name: str, src: str) -> dict[str, object]:
    return {"id": ident, "nama_kamera": name, "tunnel_url": f"{HOST}/stream.html?src={src}"}


def _rows(cameras: tuple[Camera, ...]) -> list[tuple[str, str, str | None, str | None, object]]:
    return [(c.id, c.name, c.stream_url, c.snapshot_url, c.online) for c in cameras]


def test_state_record_and_its_card_are_one_camera() -> None:
    """The state's id and stream join the card's still and badge; no alt prefix in the name."""
    still_a, still_b = f"{HOST}/api/frame.jpeg?src=a_sub", f"{HOST}/api/frame.jpeg?src=b"
    text = _page(
        [_record("u-1", "Kelas 7A", "a"), _record("u-2", "Kelas 7B", "b")],
        [_card("Kelas 7A", still_a), _card("Kelas 7B", still_b)],
    )
    assert _rows(_cams(text)) == [
        ("u-1", "Kelas 7A", f"{HOST}/stream.html?src=a", still_a, True),
        ("u-2", "Kelas 7B", f"{HOST}/stream.html?src=b", still_b, True),
    ]


def test_repeated_names_join_nothing() -> None:
    """Near miss: two cards of one name cannot say which state record each shows."""
    still_1, still_2 = f"{HOST}/snap/1.jpg", f"{HOST}/snap/2.jpg"
    text = _page(
        [_record("u-1", "Gerbang", "g")],
        [_card("Gerbang", still_1), _card("Gerbang", still_2)],
    )
    rows = _rows(_cams(text))
    assert ("u-1", "Gerbang", f"{HOST}/stream.html?src=g", None, None) in rows
    assert all(row[2] is None for row in rows if row[3] is not None)


def test_other_names_join_nothing() -> None:
    """Near miss: a card of another name keeps its own camera."""
    still = f"{HOST}/snap/lapangan.jpg"
    text = _page([_record("u-1", "Kelas 8A", "k8")], [_card("Lapangan", still)])
    rows = _rows(_cams(text))
    assert ("u-1", "Kelas 8A", f"{HOST}/stream.html?src=k8", None, None) in rows
    assert any(row[1] == "Lapangan" and row[3] == still and row[2] is None for row in rows)


def test_snapshot_alt_words_are_no_part_of_the_name() -> None:
    """``Snapshot``/``Screenshot``/``Cuplikan`` before a name is dropped; alone it stays."""
    page = (
        "<html><body>"
        + _card("", f"{HOST}/snap/a.jpg", alt="Screenshot Simpang Tiga")
        + _card("", f"{HOST}/snap/b.jpg", alt="Cuplikan Jembatan Kabo")
        + "</body></html>"
    )
    names = sorted(c.name for c in _cams(page))
    assert names == ["Jembatan Kabo", "Simpang Tiga"]


def test_only_the_state_cameras_themselves_are_joined() -> None:
    # The join is keyed by the state cameras' identities: an identity recorded for a
    # camera that is no longer the one held (a dropped camera's, taken by a later one)
    # makes no state record.
    record = Camera(id="7", raw_name="Simpang", name="Simpang", stream_url=f"{HOST}/play/7")
    card = Camera(id="c", raw_name="Simpang", name="Simpang", snapshot_url=f"{HOST}/s/7.jpg")
    other = Camera(id="7", raw_name="Simpang", name="Simpang", stream_url=f"{HOST}/play/7")
    joined = _state_streams_on_cards([record, card], {id(record): record})
    assert [(c.id, c.stream_url, c.snapshot_url) for c in joined] == [
        ("7", f"{HOST}/play/7", f"{HOST}/s/7.jpg")
    ]
    stale = _state_streams_on_cards([record, card], {id(record): other})
    assert stale == [record, card]
