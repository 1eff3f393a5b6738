"""List widgets' row keys as ids, a card's labelled place line, the id of a paired card."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/cctv/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _grid(attribute: str, keys: tuple[str, str]) -> str:
    rows = "".join(
        f'<tr {attribute}="{key}"><td>{n}</td><td>{name}</td><td>Bengalon</td>'
        f'<td><a href="/hls/{name.lower().replace(" ", "-")}.m3u8">Putar</a></td></tr>'
        for n, (key, name) in enumerate(zip(keys, ("Simpang Tiga", "Pasar Bengalon"), strict=True))
    )
    return (
        "<table><thead><tr><th>#</th><th>Nama Titik</th><th>Kecamatan</th><th>Siaran</th>"
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


@pytest.mark.parametrize("attribute", ["data-key", "data-uniqueid"])
def test_a_row_key_is_the_camera_id(attribute: str) -> None:
    found = cameras(_grid(attribute, ("14", "SGT-09")))
    assert [c.id for c in found] == ["14", "SGT-09"]
    assert [c.raw_name for c in found] == ["Simpang Tiga", "Pasar Bengalon"]


def test_a_row_position_is_no_id() -> None:
    """bootstrap-table numbers rows with data-index: a position, not the camera's id."""
    found = cameras(_grid("data-index", ("0", "1")))
    assert all(c.id.startswith("k-") for c in found)


def test_a_long_key_is_no_row_key() -> None:
    """A map or API key written as data-key on a card is never taken for an id."""
    key = "AIzaSyD4kutimExampleKey0123456789abcd"
    found = cameras(_grid("data-key", (key, key[::-1])))
    assert all(c.id.startswith("k-") for c in found)
    assert not any(key in repr(c) for c in found)


def _card(key: str, name: str, line: str) -> str:
    slug = name.lower().replace(" ", "-")
    return (
        f'<div class="col-md-4" data-key="{key}"><div class="thumbnail">'
        f'<img src="/snap/{slug}.jpg" alt="{name}"><div class="caption"><h4>{name}</h4>'
        f'<p><small>{line}</small></p><a href="/hls/{slug}/index.m3u8">Tonton</a>'
        "</div></div></div>"
    )


@pytest.mark.parametrize(
    ("lines", "areas"),
    [
        (("Kecamatan: Sangatta Utara", "Kecamatan: Bengalon"), ["Sangatta Utara", "Bengalon"]),
        (("Kec. Sangatta Utara", "Kec. Bengalon"), ["Sangatta Utara", "Bengalon"]),
        (("Wilayah : Sangatta Utara", "Wilayah : Bengalon"), ["Sangatta Utara", "Bengalon"]),
        (("District: Kaliorang", "District: Kongbeng"), ["Kaliorang", "Kongbeng"]),
    ],
)
def test_a_labelled_place_line_is_the_card_area(lines: tuple[str, str], areas: list[str]) -> None:
    page = _card("3", "Simpang Tiga", lines[0]) + _card("8", "Bundaran Kabo", lines[1])
    found = cameras(page)
    assert [c.area for c in found] == areas
    # A card holding its still and its stream gets the card's own key as its id.
    assert [c.id for c in found] == ["3", "8"]
    assert found[0].snapshot_url == "https://portal.kutim.example/snap/simpang-tiga.jpg"
    assert found[0].stream_url == "https://portal.kutim.example/hls/simpang-tiga/index.m3u8"


@pytest.mark.parametrize("line", ["Kamera: PTZ", "Diperbarui: 12 Mei", "Status: Aktif"])
def test_other_labelled_lines_name_no_area(line: str) -> None:
    found = cameras(_card("3", "Simpang Tiga", line) + _card("8", "Bundaran Kabo", line))
    assert [c.area for c in found] == [None, None]


def test_a_key_around_two_cameras_is_neither_camera_id() -> None:
    """A row keyed once around two cards (a still and a stream each) gives no shared id."""
    inner = (
        '<div class="thumbnail"><img src="/snap/a.jpg"><a href="/hls/a/index.m3u8">A</a></div>'
        '<div class="thumbnail"><img src="/snap/b.jpg"><a href="/hls/b/index.m3u8">B</a></div>'
    )
    found = cameras(f'<div class="row" data-key="5">{inner}</div>')
    assert len(found) == 2
    assert "5" not in {c.id for c in found}
