"""Table cells spanning rows and columns line up with their column's header."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/cctv/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _link(key: str) -> str:
    return f'<a href="https://s.example/{key}/index.m3u8">Lihat</a>'


def _rows(groups: list[tuple[str, list[str]]], first: bool = True) -> str:
    """Rows grouped by a kecamatan cell spanning the group, first or second column."""
    out = ""
    for area, names in groups:
        for number, name in enumerate(names):
            span = f'<td rowspan="{len(names)}">{area}</td>' if number == 0 else ""
            no = f"<td>{number + 1}</td>"
            lead = span + no if first else no + span
            out += f"<tr>{lead}<td>{name}</td><td>{_link(name.lower().replace(' ', '-'))}</td></tr>"
    return out


@pytest.mark.parametrize("first", [True, False])
def test_row_spanning_area_cell(first: bool) -> None:
    """A kecamatan cell spanning its group's rows is the area of each of them."""
    head = "<th>Kecamatan</th><th>No</th>" if first else "<th>No</th><th>Kecamatan</th>"
    table = (
        f"<table><thead><tr>{head}<th>Lokasi</th><th>Aksi</th></tr></thead><tbody>"
        + _rows([("Sangatta Utara", ["Simpang Tiga", "Kabo"]), ("Bengalon", ["Pasar"])], first)
        + "</tbody></table>"
    )
    assert [(c.raw_name, c.area) for c in cameras(table)] == [
        ("Simpang Tiga", "Sangatta Utara"),
        ("Kabo", "Sangatta Utara"),
        ("Pasar", "Bengalon"),
    ]


def test_two_row_header_names_grouped_columns() -> None:
    """A header's second row names the columns a cell above groups (lat and lng)."""
    table = (
        "<table><thead><tr><th rowspan='2'>Lokasi</th><th colspan='2'>Koordinat</th>"
        "<th rowspan='2'>Video</th></tr><tr><th>Lintang</th><th>Bujur</th></tr></thead>"
        f"<tbody><tr><td>Simpang Tiga</td><td>0.5092</td><td>117.5469</td><td>{_link('a')}</td>"
        f"</tr><tr><td>Kabo</td><td>0.5031</td><td>117.5502</td><td>{_link('b')}</td></tr>"
        "</tbody></table>"
    )
    found = cameras(table)
    assert [(c.raw_name, c.latitude, c.longitude) for c in found] == [
        ("Simpang Tiga", 0.5092, 117.5469),
        ("Kabo", 0.5031, 117.5502),
    ]


def test_spanning_media_cell_is_not_copied() -> None:
    """A link spanning two rows belongs to the first: the row below gets no media."""
    table = (
        "<table><tr><th>Lokasi</th><th>Video</th></tr>"
        f"<tr><td>Simpang Tiga</td><td rowspan='2'>{_link('a')}</td></tr>"
        "<tr><td>Kabo</td></tr></table>"
    )
    assert [c.raw_name for c in cameras(table)] == ["Simpang Tiga"]


def test_rowspan_does_not_cross_row_groups() -> None:
    """A span ends with its tbody: the next body's rows keep their own columns."""
    table = (
        "<table><thead><tr><th>Kecamatan</th><th>Lokasi</th><th>Aksi</th></tr></thead>"
        f"<tbody><tr><td rowspan='5'>Bengalon</td><td>Pasar</td><td>{_link('a')}</td></tr>"
        f"</tbody><tbody><tr><td>Kaliorang</td><td>Simpang</td><td>{_link('b')}</td></tr>"
        "</tbody></table>"
    )
    assert [(c.raw_name, c.area) for c in cameras(table)] == [
        ("Pasar", "Bengalon"),
        ("Simpang", "Kaliorang"),
    ]


def test_odd_span_values_read_as_one() -> None:
    """Non-numeric and zero column spans count as one column."""
    table = (
        "<table><tr><th colspan='x'>Lokasi</th><th colspan='0'>Kecamatan</th><th>Aksi</th></tr>"
        f"<tr><td rowspan='-1'>Pasar</td><td>Bengalon</td><td>{_link('a')}</td></tr>"
        f"<tr><td rowspan='abc'>Simpang</td><td>Kaliorang</td><td>{_link('b')}</td></tr></table>"
    )
    assert [(c.raw_name, c.area) for c in cameras(table)] == [
        ("Pasar", "Bengalon"),
        ("Simpang", "Kaliorang"),
    ]


def test_layout_table_with_spans_is_no_header() -> None:
    """A spanning caption cell over media rows names no column and no camera."""
    table = (
        "<table><tr><td colspan='2' rowspan='2'>Foto hari ini</td></tr>"
        "<tr></tr><tr><td><img src='/a.jpg'></td><td><img src='/b.jpg'></td></tr></table>"
    )
    assert all(c.area is None for c in cameras(table))


def test_hostile_spans_are_bounded() -> None:
    """Huge spans and many spanning cells are read in bounded time."""
    cells = "".join(f"<td rowspan='999999' colspan='999'>{n}</td>" for n in range(200))
    rows = "".join(f"<tr>{cells}<td>{_link(str(n))}</td></tr>" for n in range(300))
    table = f"<table><tr><th>Kecamatan</th><th>Lokasi</th><th>Aksi</th></tr>{rows}</table>"
    found = cameras(table)
    # One camera per row, from its link: the spanning cells before it add none.
    assert [c.stream_url for c in found] == [
        f"https://s.example/{n}/index.m3u8" for n in range(300)
    ]
