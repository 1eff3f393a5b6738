"""Card captions over an alt text with a camera word, and group headings' full place words."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://webcams.kutim.example/"


def _cards(cells: str) -> list[tuple[str, str | None, str | None]]:
    page = f"<html><body><div class='row'>{cells}</div></body></html>"
    found = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    return [(c.raw_name, c.snapshot_url, c.area) for c in found]


def _cell(caption: str, alt: str, picture: str) -> str:
    return (
        f"<div class='col-md-4'><p class='lead'>{caption}</p>"
        f"<img src='https://webcams.kutim.example/{picture}.jpg' alt='{alt}'></div>"
    )


def test_alt_with_a_trailing_camera_word_yields_to_the_card_caption() -> None:
    found = _cards(
        _cell("Dermaga Sangatta", "Dermaga Sangatta Webcam", "a")
        + _cell("Bukit Pelangi timur", "Bukit Pelangi Webcam", "b")
        + _cell("Pantai Teluk Lombok", "Kamera Pantai Teluk Lombok", "c")
    )
    assert [name for name, _still, _area in found] == [
        "Dermaga Sangatta",
        "Bukit Pelangi timur",
        "Pantai Teluk Lombok",
    ]


def test_a_caption_that_says_something_else_leaves_the_alt() -> None:
    # A refresh note is no name; a one-word alt ("Harbour Webcam") is no shortened caption.
    found = _cards(
        _cell("Updated every 5 minutes", "Harbour Webcam", "a")
        + _cell("Harbour basin at low tide", "Harbour Webcam", "b")
    )
    assert [name for name, _still, _area in found] == ["Harbour Webcam", "Harbour Webcam"]


def test_a_card_with_two_text_lines_keeps_its_alt() -> None:
    cell = (
        "<div class='col-md-4'><p>Jalan Yos Sudarso</p><p>Dermaga Sangatta</p>"
        "<img src='https://webcams.kutim.example/a.jpg' alt='Dermaga Sangatta Webcam'></div>"
    )
    found = _cards(cell + _cell("Other", "Other place", "b"))
    assert found[0][0] == "Dermaga Sangatta Webcam"


def _grouped(headings: tuple[str, str]) -> list[str | None]:
    first, second = headings
    page = (
        f"<html><body><h3>{first}</h3><ul>"
        "<li><a href='https://cctv.kutim.example/hls/a.m3u8'>Simpang Tiga</a></li>"
        "<li><a href='https://cctv.kutim.example/hls/b.m3u8'>Pasar Induk</a></li></ul>"
        f"<h3>{second}</h3><ul>"
        "<li><a href='https://cctv.kutim.example/hls/c.m3u8'>Dermaga</a></li></ul>"
        "</body></html>"
    )
    found = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    return [c.area for c in found]


def test_group_heading_loses_its_full_district_word() -> None:
    assert _grouped(("Kecamatan Sangatta Utara", "Kelurahan Swarga Bara")) == [
        "Sangatta Utara",
        "Sangatta Utara",
        "Swarga Bara",
    ]


def test_group_heading_keeps_other_words_and_a_lone_district_word() -> None:
    # "Kota" is no district word here, and "Desa" alone names no place to strip it from.
    assert _grouped(("Kota Bontang", "Desa")) == ["Kota Bontang", "Kota Bontang", "Desa"]


def _chart(call: str) -> list[tuple[str, float | None, float | None, str | None]]:
    page = (
        "<html><body><div id='map'></div><script>"
        "var s = chart.series.push(am5map.MapPointSeries.new(root, {}));"
        f"{call}</script></body></html>"
    )
    found = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    return [(c.raw_name, c.latitude, c.longitude, c.stream_url) for c in found]


_POINTS = (
    "[{title: 'Simpang Tiga', geometry: {type: 'Point', coordinates: [117.5, 0.55]},"
    " hls: 'https://cctv.kutim.example/a.m3u8'},"
    " {title: 'Pasar Induk', geometry: {type: 'Point', coordinates: [117.6, 0.5]},"
    " hls: 'https://cctv.kutim.example/b.m3u8'}]"
)


def test_amcharts_point_series_data_is_a_camera_list() -> None:
    expected = [
        ("Simpang Tiga", 0.55, 117.5, "https://cctv.kutim.example/a.m3u8"),
        ("Pasar Induk", 0.5, 117.6, "https://cctv.kutim.example/b.m3u8"),
    ]
    assert _chart(f"s.data.setAll({_POINTS});") == expected
    assert _chart(f"s.data.pushAll({_POINTS});") == expected


def test_a_template_setall_holds_no_cameras() -> None:
    # Settings given to a template (an object, not a data list) are never read as cameras.
    call = (
        "s.mapPolygons.template.setAll({tooltipText: '{name}', url: 'https://x.example/a.m3u8'});"
    )
    with pytest.raises(PortalFormatError):
        _chart(call)


def _feature_table(header: str, rows: str) -> list[tuple[str, str]]:
    page = (
        "<html><body><table class='featureInfo'><caption class='featureInfo'>cctv</caption>"
        f"<tr>{header}</tr>{rows}</table></body></html>"
    )
    found = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    return [(c.id, c.raw_name) for c in found]


def test_feature_id_column_is_the_camera_id() -> None:
    rows = "".join(
        f"<tr><td>cctv.{n}</td><td>Titik {n}</td>"
        f"<td>https://cctv.kutim.example/hls/{n}.m3u8</td></tr>"
        for n in (3, 4)
    )
    found = _feature_table("<th>fid</th><th>nama</th><th>url_hls</th>", rows)
    assert found == [("cctv.3", "Titik 3"), ("cctv.4", "Titik 4")]


def test_an_own_id_column_wins_over_the_feature_id() -> None:
    rows = (
        "<tr><td>cctv.fid-1a</td><td>ATCS-01</td><td>Simpang</td>"
        "<td>https://cctv.kutim.example/hls/1.m3u8</td></tr>"
    )
    found = _feature_table("<th>fid</th><th>kode</th><th>lokasi</th><th>stream</th>", rows)
    assert found == [("ATCS-01", "Simpang")]


def _page(body: str) -> list[tuple[str, str | None, str | None, str | None]]:
    page = f"<html><body>{body}</body></html>"
    found = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    return [(c.raw_name, c.stream_url, c.snapshot_url, c.mjpeg_url) for c in found]


_WALL = (
    "<h1>Kamera Kota</h1>"
    "<div class='cam'><iframe title='Alun-alun' src='https://www.youtube.com/embed/AbCdEfGhIjk'>"
    "</iframe></div>"
    "<div class='cam'><img title='Pasar' src='webcam.php?id=3'></div>"
    "<div class='cam'><img title='Pasar' src='webcam.php?id=4'></div>"
)


def test_a_wall_reads_its_frame_and_camera_script_pictures() -> None:
    # Frames read among other cameras come after them.
    assert sorted(_page(_WALL)) == [
        ("Alun-alun", "https://www.youtube.com/embed/AbCdEfGhIjk", None, None),
        ("Pasar", None, "https://webcams.kutim.example/webcam.php?id=3", None),
        ("Pasar", None, "https://webcams.kutim.example/webcam.php?id=4", None),
    ]


def test_a_frame_outside_the_wall_cards_is_no_camera() -> None:
    promo = (
        "<section class='promo'><iframe title='Promo' "
        "src='https://www.youtube.com/embed/PromoVideo01'></iframe></section>"
    )
    names = sorted(name for name, *_ in _page(promo + _WALL))
    assert names == ["Alun-alun", "Pasar", "Pasar"]


def test_a_script_picture_not_named_for_a_camera_is_no_still() -> None:
    cells = (
        "<div class='cam'><img title='Visitors' src='counter.php?id=1'></div>"
        "<div class='cam'><img title='Pasar' src='https://webcams.kutim.example/p.jpg'></div>"
    )
    assert [name for name, *_ in _page(cells)] == ["Pasar"]


def _feed(items: str) -> list[tuple[str, str | None, str | None]]:
    body = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Kamera</title>"
        f"<link>https://feed.kutim.example/</link>{items}</channel></rss>"
    )
    found = parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    return [(c.raw_name, c.stream_url, c.snapshot_url) for c in found]


def _item(title: str, link: str, description: str = "") -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link>"
        f"<description>{description}</description></item>"
    )


_STILL = "&lt;img src=&quot;https://feed.kutim.example/snap/a.jpg&quot;/&gt;"


def test_an_item_with_only_its_web_page_is_no_camera() -> None:
    found = _feed(
        _item("Simpang", "https://feed.kutim.example/cam/simpang", _STILL)
        + _item("Pasar", "https://feed.kutim.example/cam/pasar", "Sedang perbaikan")
    )
    assert found == [("Simpang", None, "https://feed.kutim.example/snap/a.jpg")]


def test_an_item_linking_its_stream_or_a_video_page_keeps_it() -> None:
    found = _feed(
        _item("Simpang", "https://feed.kutim.example/hls/simpang.m3u8")
        + _item("Pantai", "https://www.youtube.com/watch?v=AbCdEfGhIjk")
    )
    assert found == [
        ("Simpang", "https://feed.kutim.example/hls/simpang.m3u8", None),
        ("Pantai", "https://www.youtube.com/watch?v=AbCdEfGhIjk", None),
    ]
