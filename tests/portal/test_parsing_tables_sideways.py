"""Tables in more layouts: media written as cell text, record ids on buttons, and tables
whose columns (not rows) are the cameras."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import _scan_page

BASE = "https://cctv.kutim.example/admin/cctv"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"
JPG = "https://live.kutim.example/foto/{}.jpg"


def cameras(body: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def table(*rows: str, head: str = "") -> str:
    """Return a page holding one table."""
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    return (
        f"<html><body><h1>CCTV Kutim</h1><table>{head}<tbody>{body}</tbody></table></body></html>"
    )


def cells(*texts: str, tag: str = "td") -> str:
    return "".join(f"<{tag}>{text}</{tag}>" for text in texts)


# ---------------------------------------------------------------------------
# Media written as a cell's text
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "text", "slot", "want"),
    [
        ("Url", HLS.format("kabo"), "stream_url", HLS.format("kabo")),
        ("Link", "  " + HLS.format("kabo") + "\n  ", "stream_url", HLS.format("kabo")),
        ("Stream", "rtsp://cam.kutim.example/live", "stream_url", "rtsp://cam.kutim.example/live"),
        ("Foto", JPG.format("kabo"), "snapshot_url", JPG.format("kabo")),
        (
            "URL Kamera",
            "http://cam.kutim.example/axis-cgi/mjpg/video.cgi",
            "mjpeg_url",
            "http://cam.kutim.example/axis-cgi/mjpg/video.cgi",
        ),
        (
            "Alamat",
            "/hls/kabo/index.m3u8",
            "stream_url",
            "https://cctv.kutim.example/hls/kabo/index.m3u8",
        ),
        ("Link", "HLS: " + HLS.format("kabo"), "stream_url", HLS.format("kabo")),
        (
            "Link",
            f"({HLS.format('kabo')})<br>{JPG.format('kabo')}",
            "snapshot_url",
            JPG.format("kabo"),
        ),
    ],
)
def test_media_written_as_cell_text(header: str, text: str, slot: str, want: str) -> None:
    """A media address written as plain text in a cell is the row's media, resolved."""
    page = table(
        cells("No", "Nama", header, tag="th"),
        cells("1", "Bundaran Kabo", text),
    )
    found = cameras(page)
    assert [c.raw_name for c in found] == ["Bundaran Kabo"]
    assert getattr(found[0], slot) == want


@pytest.mark.parametrize(
    "text",
    [
        "https://cctv.kutim.example/cctv/12",  # a page of unknown shape is no media
        "https://cctv.kutim.example/cctv/12 https://cctv.kutim.example/cctv/13",
        "Simpang Tiga",
        "-",
    ],
)
def test_cell_text_that_is_no_media_address(text: str) -> None:
    """Only a cell that is one address of a known media kind gives media."""
    page = table(cells("Nama", "Url", tag="th"), cells("Bundaran Kabo", text))
    with pytest.raises(PortalFormatError):
        cameras(page)


def test_cell_text_address_loses_its_login() -> None:
    """user:password@ written in a cell is never copied."""
    page = table(
        cells("Nama", "Url", tag="th"),
        cells("Bundaran Kabo", "rtsp://admin:RahasiaKutim1@cam.kutim.example/live"),
    )
    found = cameras(page)
    assert found[0].stream_url == "rtsp://cam.kutim.example/live"
    assert "RahasiaKutim1" not in repr(found)


# ---------------------------------------------------------------------------
# Record ids on a row's buttons
# ---------------------------------------------------------------------------


def _buttons(*ids: str) -> str:
    return "".join(f"<a href='#edit' class='btn' data-id='{i}'>Edit</a>" for i in ids)


@pytest.mark.parametrize(
    ("ids", "want"),
    [(("14", "14"), "14"), (("14",), "14"), (("14", "15"), None), ((), None)],
)
def test_row_id_from_its_buttons(ids: tuple[str, ...], want: str | None) -> None:
    """The id every button of a row names is the row's id; differing ids name none."""
    page = table(
        cells("Nama", "Url", "Aksi", tag="th"),
        cells("Bundaran Kabo", HLS.format("kabo"), _buttons(*ids)),
    )
    found = cameras(page)
    if want is None:
        assert found[0].id.startswith("k-")
    else:
        assert found[0].id == want


def test_row_attribute_id_beats_button_ids() -> None:
    page = table(cells("Nama", "Url", "Aksi", tag="th"))
    page = page.replace(
        "</tbody>",
        f"<tr data-id='7'>{cells('Bundaran Kabo', HLS.format('kabo'), _buttons('99'))}</tr></tbody>",
    )
    assert [c.id for c in cameras(page)] == ["7"]


# ---------------------------------------------------------------------------
# Tables read sideways
# ---------------------------------------------------------------------------

NAMES = ("Simpang Tiga Sangatta", "Bundaran Patung Burung", "Taman Bersemi")
SLUGS = ("simpang", "burung", "taman")


def _links(label: str = "Lihat") -> str:
    return cells(*(f"<a href='{HLS.format(s)}'><button>{label}</button></a>" for s in SLUGS))


def _images() -> str:
    return cells(*(f"<img src='{JPG.format(s)}'>" for s in SLUGS))


@pytest.mark.parametrize(
    "page",
    [
        table(_links(), head=f"<thead><tr>{cells(*NAMES, tag='th')}</tr></thead>"),
        table(cells(*NAMES, tag="th"), _links("Live")),
        table(cells(*(f"<b>{n}</b>" for n in NAMES)), _images(), _links()),
        table(cells(*NAMES), _links("Tonton"), _images()),
    ],
)
def test_names_row_above_media_rows(page: str) -> None:
    """A first row naming the cameras above rows of their media: one camera a column."""
    found = cameras(page)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        (name, HLS.format(slug)) for name, slug in zip(NAMES, SLUGS, strict=True)
    ]


def test_field_labels_in_the_first_column() -> None:
    """A first column labelling the fields, one column per camera."""
    page = table(
        cells("Lokasi", tag="th") + cells(*NAMES),
        cells("Kecamatan", tag="th") + cells("Sangatta Utara", "Sangatta Selatan", "Bengalon"),
        cells("Status", tag="th") + cells("Online", "Offline", "Online"),
        cells("Foto", tag="th") + _images(),
        cells("Video", tag="th") + _links(),
    )
    found = cameras(page)
    assert [(c.raw_name, c.area, c.online, c.stream_url, c.snapshot_url) for c in found] == [
        (
            "Simpang Tiga Sangatta",
            "Sangatta Utara",
            True,
            HLS.format("simpang"),
            JPG.format("simpang"),
        ),
        (
            "Bundaran Patung Burung",
            "Sangatta Selatan",
            False,
            HLS.format("burung"),
            JPG.format("burung"),
        ),
        ("Taman Bersemi", "Bengalon", True, HLS.format("taman"), JPG.format("taman")),
    ]


def test_corner_cell_and_field_rows() -> None:
    """An empty corner cell: the first row names the cameras, the first column the fields."""
    page = table(
        cells("", *NAMES, tag="th"),
        cells("Kecamatan", tag="th") + cells("Kaliorang", "Kaliorang", "Kaubun"),
        cells("Live", tag="th") + _links(),
    )
    found = cameras(page)
    assert [(c.raw_name, c.area) for c in found] == [
        (NAMES[0], "Kaliorang"),
        (NAMES[1], "Kaliorang"),
        (NAMES[2], "Kaubun"),
    ]


@pytest.mark.parametrize(
    ("page", "names"),
    [
        # One camera per row, even with one row holding a still and a stream.
        (
            table(
                cells("Nama", "Foto", "Live", tag="th"),
                cells(
                    "Bundaran Kabo",
                    f"<img src='{JPG.format('kabo')}'>",
                    f"<a href='{HLS.format('kabo')}'>Lihat</a>",
                ),
            ),
            ["Bundaran Kabo"],
        ),
        # Two streams of one camera side by side, its name in the row.
        (
            table(
                cells("Nama", "Streaming Utama", "Streaming Cadangan", tag="th"),
                cells(
                    "Bundaran Kabo",
                    f"<a href='{HLS.format('kabo')}'>HD</a>",
                    f"<a href='{HLS.format('kabo2')}'>SD</a>",
                ),
            ),
            ["Bundaran Kabo"],
        ),
        # Several rows of media: the rows are the cameras.
        (
            table(
                cells("Simpang", "Taman", tag="th"),
                cells(f"<a href='{HLS.format('a')}'>Lihat</a>", f"<img src='{JPG.format('a')}'>"),
                cells(f"<a href='{HLS.format('b')}'>Lihat</a>", f"<img src='{JPG.format('b')}'>"),
            ),
            None,
        ),
    ],
)
def test_row_tables_stay_row_tables(page: str, names: list[str] | None) -> None:
    """Only the structure of a sideways table makes its columns the cameras."""
    found = cameras(page)
    if names is not None:
        assert [c.raw_name for c in found][: len(names)] == names
        assert not {c.raw_name for c in found} & {
            "Foto",
            "Live",
            "Streaming Utama",
            "Streaming Cadangan",
        }
    else:
        assert len(found) == 2
        assert {c.stream_url for c in found} == {HLS.format("a"), HLS.format("b")}
        assert not {c.raw_name for c in found} & {"Simpang", "Taman"}


@pytest.mark.parametrize("label", ["Lihat", "HD", "Foto", "Latitude", "Status", "720p"])
def test_column_titles_that_name_no_camera(label: str) -> None:
    """Button words, quality labels and field names over the columns never name cameras."""
    page = table(cells(label, NAMES[1], NAMES[2], tag="th"), _links())
    found = cameras(page)
    assert label not in {c.raw_name for c in found}


def test_long_and_spanning_tables_are_never_read_sideways() -> None:
    """Tables longer than a few rows, or with spanning cells, are read one row a camera."""
    rows = [cells(*NAMES, tag="th")] + [cells("x", "y", "z")] * 12 + [_links()]
    found = cameras(table(*rows))
    assert not {c.raw_name for c in found} & set(NAMES)
    spanning = table(cells(*NAMES, tag="th"), "<td colspan='2'>gabungan</td><td>z</td>", _links())
    assert not {c.raw_name for c in cameras(spanning)} & set(NAMES)


def test_hostile_wide_and_deep_tables_stay_bounded() -> None:
    """Thousands of columns, rows and nested tables give a bounded answer, no crash."""
    wide = table(
        cells(*(f"Kamera {i}" for i in range(3000)), tag="th"),
        cells(*(f"<a href='{HLS.format(i)}'>x</a>" for i in range(3000))),
    )
    found = cameras(wide)
    assert 0 < len(found) <= 2001
    nested = "<table><tr><td>" * 50 + _links() + "</td></tr></table>" * 50
    assert len(cameras(f"<html><body>{nested}</body></html>")) <= 3
    many = table(
        cells("Nama", "Url", tag="th"), *[cells(f"Kamera {i}", HLS.format(i)) for i in range(3000)]
    )
    assert len(cameras(many)) <= 2001


@pytest.mark.parametrize("linked", [False, True])
def test_caption_row_below_the_pictures(linked: bool) -> None:
    """Names written as captions under the pictures name the columns' cameras."""
    pictures = [
        f"<a href='{HLS.format(s)}'><img src='{JPG.format(s)}'></a>"
        if linked
        else f"<img src='{JPG.format(s)}'>"
        for s in SLUGS
    ]
    found = cameras(table(cells(*pictures), cells(*NAMES)))
    assert [(c.raw_name, c.snapshot_url) for c in found] == [
        (name, JPG.format(slug)) for name, slug in zip(NAMES, SLUGS, strict=True)
    ]
    assert [c.stream_url for c in found] == [HLS.format(s) if linked else None for s in SLUGS]


def test_state_row_under_pictures_names_no_camera() -> None:
    """A row of states or repeated words under the pictures is no names row."""
    found = cameras(
        table(_images(), cells("Online", "Offline", "Online"), cells("CCTV", "CCTV", "CCTV"))
    )
    assert not {c.raw_name for c in found} & {"Online", "Offline", "CCTV"}


def _grid_cell(name: str, slug: str, extra: str = "") -> str:
    return (
        f"<b>{name}</b><br><a href='{HLS.format(slug)}'><img src='{JPG.format(slug)}'></a>{extra}"
    )


def test_grid_of_named_cells() -> None:
    """A layout table whose every cell is one camera: its first text names it."""
    page = table(
        cells(
            _grid_cell(NAMES[0], SLUGS[0], "<small>Klik gambar</small>"),
            _grid_cell(NAMES[1], SLUGS[1]),
        ),
        cells(f"<a href='{HLS.format(SLUGS[2])}'>Lihat</a><br>{NAMES[2]}", ""),
    )
    found = cameras(page)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        (name, HLS.format(slug)) for name, slug in zip(NAMES, SLUGS, strict=True)
    ]
    assert [c.snapshot_url for c in found] == [JPG.format(SLUGS[0]), JPG.format(SLUGS[1]), None]


@pytest.mark.parametrize(
    "second",
    [
        "Keterangan",  # a cell of text alone
        _grid_cell(NAMES[0], "lain"),  # the same name twice
        _grid_cell("Online", "lain"),  # a state, no name
        _grid_cell(NAMES[1], SLUGS[1]) + f"<a href='{HLS.format('lain')}'>HD</a>",  # two streams
    ],
)
def test_grids_that_are_not_named_cells(second: str) -> None:
    """Only cells that each name one camera make a grid; the page reads otherwise."""
    page = table(cells(_grid_cell(NAMES[0], SLUGS[0]), second))
    assert _scan_page(page, BASE).tables.items == []
    names = [c.raw_name for c in cameras(page)]
    assert "Online" not in names and "Keterangan" not in names
