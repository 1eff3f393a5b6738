"""Bounds and negative cases of the readers added for tables of live pages and bare ``&``.

- A table listing video platform pages beside each row's state names its cameras: a
  table of documents by number (no column naming anything), each with its state and a
  recording on YouTube, lists no camera.
- Bare ``&`` between query fields is read as a browser reads it: each start tag's
  references are looked at once, names no reference starts with are never looked at,
  and a link's query is taken apart only as far as its first fields are read, so a page
  of thousands of links with hundreds of bare fields each stays cheap
  (``scripts/bench_hostile.py`` case).
- A player's card line before its labelled place line names it, unless the line only
  dates the picture ("Diperbarui 02.12.2026 12:30 WIB"), as no other card line does.
- One record answered beside status fields is that camera: under a key naming no camera
  (``item``), a shop's product or a user with only a picture is none; a stream counts.
"""

from __future__ import annotations

import html
import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import (
    literal_ampersands,
    marked_ampersands,
    unescape_attribute,
    unmarked,
)

BASE = "https://desa.example.id/"


def _cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _table(header: str, rows: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<tr><td>{n}</td><td>{label}</td><td>{state}</td><td><a href="{link}">Tonton</a></td></tr>'
        for n, (label, state, link) in enumerate(rows, 1)
    )
    return (
        "<html><body><table><tr><th>No</th>"
        f"<th>{header}</th><th>Status</th><th>Video</th></tr>{body}</table></body></html>"
    )


def test_a_table_of_numbered_documents_with_states_and_videos_lists_no_camera() -> None:
    """Rows naming nothing (a "Dokumen" column read as no field) are no cameras."""
    rows = [
        (f"Perda {n}", "Aktif", f"https://www.youtube.com/watch?v=AbCdEfGhIj{n}") for n in range(4)
    ]
    with pytest.raises(PortalFormatError):
        _cameras(_table("Dokumen", rows))


def test_a_table_of_named_cameras_with_states_and_live_pages_still_lists_them() -> None:
    """The same table naming its cameras in a "Lokasi Kamera" column lists them."""
    rows = [
        ("Kantor Desa", "Aktif", "https://www.youtube.com/live/Ue3bKq9LmA1"),
        ("Pertigaan Pasar", "Tidak Aktif", "https://youtu.be/Fa6wNc2XpZ7"),
    ]
    cameras = _cameras(_table("Lokasi Kamera", rows))
    assert [(c.name, c.stream_url, c.online) for c in cameras] == [
        ("Kantor Desa", "https://www.youtube.com/live/Ue3bKq9LmA1", True),
        ("Pertigaan Pasar", "https://youtu.be/Fa6wNc2XpZ7", False),
    ]


@pytest.mark.parametrize(
    "value",
    [
        "snap.jpg?cam=1&region=2&timestamp=9&para=x&copy=1",
        "a&para;b&notin;c&not d&noti=1&copy",
        "&amp;para=1&AMP;x&lt;y&gt&#38;para=2&#xFDD0;",
        "x&frac12=1&frac123&sup2&sup23=&eacutex&Eacute;",
        "plain&cam=1&page=2&zoom=3",
        "no ampersand at all",
    ],
)
def test_marked_decoding_reads_references_as_escaped_decoding(value: str) -> None:
    """Marking literal ampersands decodes every value as escaping them does."""
    assert unmarked(marked_ampersands(value)) == html.unescape(literal_ampersands(value))
    assert unescape_attribute(value) == html.unescape(literal_ampersands(value))


def test_a_value_holding_the_mark_is_read_as_written() -> None:
    """A value already holding the noncharacter used as mark keeps it and its fields."""
    value = "snap.jpg?a=\ufdd0&para=1&copy;"
    assert unescape_attribute(value) == "snap.jpg?a=\ufdd0&para=1\u00a9"


def test_a_link_query_with_its_stream_past_many_blank_fields_is_read_to_its_bound() -> None:
    """A player link's query hands its stream among its first fields (bounded)."""
    stream = "https://media.example.id/live/gerbang/index.m3u8"
    page = (
        '<html><body><div class="cctv-card"><h3>Gerbang</h3>'
        f'<a href="/player.php?cam=1&region=2&videoUrl={stream}">Lihat</a></div>'
        '<div class="cctv-card"><h3>Pasar</h3>'
        f'<a href="/player.php?cam=2&para=1&videoUrl={stream.replace("gerbang", "pasar")}">'
        "Lihat</a></div></body></html>"
    )
    assert [c.stream_url for c in _cameras(page)] == [
        stream,
        stream.replace("gerbang", "pasar"),
    ]


def test_many_links_of_bare_references_stay_bounded() -> None:
    """1,500 links of 300 bare ``&para=`` fields each (bench_hostile case)."""
    fields = "&para=1" * 300
    links = f'<a href="/berita.php?id=1{fields}">Berita</a>' * 1_500
    card = (
        '<div class="cctv-card"><h3>Simpang Lima</h3>'
        '<img src="/snap/5.jpg?region=2&timestamp=9"></div>'
    )
    cameras = _cameras(f"<html><body>{links}{card}</body></html>")
    assert [(c.name, c.snapshot_url) for c in cameras] == [
        ("Simpang Lima", "https://desa.example.id/snap/5.jpg?region=2&timestamp=9")
    ]


def test_one_item_answered_with_only_a_picture_is_no_camera() -> None:
    """``{success, item: {title, price, image}}``: a shop's product, no camera."""
    answer = {
        "success": True,
        "item": {"id": 12, "title": "Kaos Batik", "price": 90000, "image": "/p/12.jpg"},
    }
    with pytest.raises(PortalFormatError):
        _cameras(json.dumps(answer))
    user = {"status": "ok", "record": {"id": 7, "name": "Budi", "avatar": "/u/7.png"}}
    with pytest.raises(PortalFormatError):
        _cameras(json.dumps(user))


def test_one_item_answered_with_a_stream_or_a_camera_with_a_still_is_that_camera() -> None:
    """A stream under ``item``, or a still under ``camera``, is still the camera."""
    item = {
        "success": True,
        "item": {"id": 12, "title": "Gerbang", "hls": "https://cdn.example.id/a/index.m3u8"},
    }
    assert [(c.id, c.name, c.stream_url) for c in _cameras(json.dumps(item))] == [
        ("12", "Gerbang", "https://cdn.example.id/a/index.m3u8")
    ]
    camera = {"status": "ok", "camera": {"id": 3, "name": "Pasar", "snapshot": "/snap/3.jpg"}}
    assert [(c.name, c.snapshot_url) for c in _cameras(json.dumps(camera))] == [
        ("Pasar", "https://desa.example.id/snap/3.jpg")
    ]


def _player_cards(first_line: str) -> str:
    cards = "".join(
        f'<div class="card"><p>{first_line.format(n=n)}</p><p>Kec. Bengalon</p>'
        f'<div id="player{n}"></div></div>'
        for n in range(2)
    )
    setups = "".join(f'jwplayer("player{n}").setup({{file: "/hls/{n}.m3u8"}});' for n in range(2))
    return f"<html><body>{cards}<script>{setups}</script></body></html>"


def test_a_dated_line_beside_a_place_line_names_no_player() -> None:
    """An update time over the place line is no name; the area is still read."""
    cameras = _cameras(_player_cards("Diperbarui 02.12.2026 12:3{n} WIB"))
    assert [c.area for c in cameras] == ["Bengalon", "Bengalon"]
    assert not any("Diperbarui" in c.name for c in cameras)


def test_a_name_line_beside_a_place_line_still_names_its_player() -> None:
    """``Simpang Kabo 0`` over ``Kec. Bengalon`` names the player."""
    cameras = _cameras(_player_cards("Simpang Kabo {n}"))
    assert [(c.name, c.area) for c in cameras] == [
        ("Simpang Kabo 0", "Bengalon"),
        ("Simpang Kabo 1", "Bengalon"),
    ]
