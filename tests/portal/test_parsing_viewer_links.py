"""Tables of viewer links and pictures of a page that show no camera."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.foreignpictures import (
    foreign_picture,
    news_picture,
)

BASE = "https://smartcity.kab.example/cctv"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _table(rows: list[tuple[str, str, str]], head: str = "Tautan") -> str:
    body = "".join(
        f"<tr><td>{n}</td><td>Kota</td><td>{place}</td><td>Dishub</td>"
        f"<td><a href='{href}'>{label}</a></td></tr>"
        for n, (place, href, label) in enumerate(rows, start=1)
    )
    return (
        "<table><thead><tr><th>No</th><th>Wilayah</th><th>Lokasi</th><th>Pengelola</th>"
        f"<th>{head}</th></tr></thead><tbody>{body}</tbody></table>"
    )


def test_viewer_link_column_gives_each_row_its_page() -> None:
    """'Lihat CCTV' links in two or more named rows: each viewer page is its row's camera."""
    page = _table(
        [
            ("Simpang Tiga", "/cctv/view/13", "Lihat CCTV"),
            ("Taman Kota", "/cctv/view/14", "Lihat CCTV"),
            ("Pelabuhan", "https://port.example/live/dermaga", "Lihat CCTV"),
        ]
    )
    found = cameras(page)
    assert [(c.id, c.raw_name, c.area, c.stream_url) for c in found][:2] == [
        ("13", "Simpang Tiga", "Kota", "https://smartcity.kab.example/cctv/view/13"),
        ("14", "Taman Kota", "Kota", "https://smartcity.kab.example/cctv/view/14"),
    ]
    assert found[2].raw_name == "Pelabuhan"
    assert found[2].id.startswith("k-")
    assert found[2].stream_url == "https://port.example/live/dermaga"


def test_watch_live_label_names_a_viewer_column() -> None:
    """'Watch live' says the page plays: the column is a list of viewer links."""
    page = _table(
        [("North Gate", "/cameras/7/live", "Watch live"), ("Pier", "/cameras/9/live", "Watch live")]
    )
    assert [c.raw_name for c in cameras(page)] == ["North Gate", "Pier"]


def test_bare_verb_or_detail_label_keeps_no_page() -> None:
    """A bare 'Lihat' or 'Detail' links a record's page, never a camera's viewer."""
    for label in ("Lihat", "Detail", "Selengkapnya"):
        page = _table(
            [("Simpang Tiga", "/cctv/view/13", label), ("Taman Kota", "/cctv/view/14", label)]
        )
        try:
            found = cameras(page)
        except PortalFormatError:
            continue
        assert all(c.raw_name not in ("Simpang Tiga", "Taman Kota") for c in found), label


def test_one_viewer_row_is_no_list() -> None:
    """A single row linking a viewer page is no column of viewer links."""
    page = _table(
        [("Simpang Tiga", "/cctv/view/13", "Lihat CCTV"), ("Taman Kota", "/berita/14", "Berita")]
    )
    try:
        found = cameras(page)
    except PortalFormatError:
        return
    assert all(c.raw_name != "Simpang Tiga" for c in found)


def test_viewer_page_on_a_lan_address_is_not_kept() -> None:
    """A public table's viewer links on a LAN address give no row its camera."""
    page = _table(
        [
            ("Simpang Tiga", "http://192.168.1.20/live/13", "Lihat CCTV"),
            ("Taman Kota", "http://192.168.1.20/live/14", "Lihat CCTV"),
        ]
    )
    try:
        found = cameras(page)
    except PortalFormatError:
        return
    assert all(c.raw_name not in ("Simpang Tiga", "Taman Kota") for c in found)


_CARDS = """
<div class="cam" data-cam="A1"><img src="https://cctv.example/snap/a1.jpg" alt="Simpang A">
<video data-src="https://cctv.example/hls/a1.m3u8"></video><h3>Simpang A</h3></div>
<div class="cam" data-cam="A2"><img src="https://cctv.example/snap/a2.jpg" alt="Simpang B">
<video data-src="https://cctv.example/hls/a2.m3u8"></video><h3>Simpang B</h3></div>
"""


_FOREIGN = (
    (
        '<div class="card"><div class="card-header">Berita Dishub</div><ul><li>'
        '<img src="/uploads/berita/2025/11/apill.jpg" alt="">APILL baru</li></ul></div>'
    ),
    '<a href="/berita/1"><img src="/assets/berita1.jpeg" alt="Rapat koordinasi"></a>',
    (
        '<a href="https://play.google.example/store/apps/details?id=x">'
        '<img src="/assets/img/google-play-badge.png" alt="Google Play"></a>'
    ),
    '<a href="#"><img src="/appstore.png" alt="Download on the App Store"></a>',
    (
        '<div class="cam" data-cam="A9"><img src="/assets/img/cctv-9.png" alt="Segera hadir">'
        "<h3>Simpang C</h3></div>"
    ),
    (
        '<article id="webcam-summit"><h2>Summit</h2>'
        '<img src="/img/summit.png" alt="Camera coming soon"></article>'
    ),
)


@pytest.mark.parametrize("extra", _FOREIGN)
def test_pictures_showing_no_camera_are_no_cameras(extra: str) -> None:
    """News pictures, app-store badges and coming-soon pictures beside cameras are none."""
    found = cameras(f"<main>{_CARDS}</main><aside>{extra}</aside>")
    assert [c.id for c in found] == ["A1", "A2"]


def test_pictures_near_the_words_stay_cameras() -> None:
    """A webcam named for its place (Newsroom, Play area) and its own stills stay cameras."""
    page = (
        '<div class="cam" data-cam="N1"><img src="https://cams.example/snap/newsroom.jpg" '
        'alt="Newsroom roof"><h3>Newsroom roof</h3></div>'
        '<div class="cam" data-cam="P1"><img src="https://cams.example/snap/play-area.jpg" '
        'alt="Play area"><h3>Play area</h3></div>'
    )
    assert [c.id for c in cameras(page)] == ["N1", "P1"]


def test_foreign_picture_reads_alt_path_and_class() -> None:
    """The helpers tell each kind by its own sign, and a camera's still by none."""
    store = "https://play.google.com/store/apps/details?id=id.kota.cctv"
    assert foreign_picture({"alt": "Get it on Google Play"}, "https://a.example/b.png", store)
    assert foreign_picture({}, "https://a.example/badges/google-play-badge.png")
    assert foreign_picture({"alt": "Download"}, "https://a.example/appstore.png")
    assert foreign_picture({"alt": "CCTV Segera Hadir"}, "https://a.example/x.png")
    assert not foreign_picture({"alt": "Simpang Plaza"}, "https://a.example/snapshot/1.jpg")
    assert not foreign_picture({"alt": "Store front"}, "https://a.example/cams/store.jpg")
    assert not foreign_picture({"alt": "Segera hadir di Simpang"}, "https://a.example/s.jpg")
    assert news_picture("https://a.example/uploads/berita/2025/x.jpg")
    assert news_picture("https://a.example/storage/news/2025/10/rapat.jpg")
    assert news_picture("https://a.example/assets/berita1.jpeg")
    assert news_picture("https://a.example/img/news-2025-11.jpg")
    assert not news_picture("https://a.example/snapshot/1.jpg")


@pytest.mark.parametrize(
    "url",
    [
        "https://wisata.kutimkab.example/blog/wp-content/uploads/2024/11/teluk-lombok.jpg",
        "https://kota.example/news/cctv/snapshot/simpang.jpg",
        "https://kota.example/uploads/cctv/newsroom-roof.jpg",
        "https://kota.example/berita-kota/uploads/cam1.jpg",
    ],
)
def test_a_news_word_elsewhere_in_the_path_is_a_camera_picture(url: str) -> None:
    """A site under ``/blog/`` or ``/news/`` keeps its cameras' pictures."""
    assert not foreign_picture({"alt": "Pantai Teluk Lombok"}, url)


def test_a_wordpress_site_under_blog_keeps_its_camera_cards() -> None:
    """A webcam page of a WordPress site installed under ``/blog/`` gives its cameras."""
    cards = "".join(
        f'<div class="cam"><h3>{name}</h3>'
        f'<img src="/blog/wp-content/uploads/2024/11/{slug}.jpg" alt="{name}"></div>'
        for name, slug in (
            ("Pantai Teluk Lombok", "teluk-lombok"),
            ("Dermaga Kenyamukan", "kenyamukan"),
            ("Simpang Tiga", "simpang"),
        )
    )
    page = f"<html><body><h1>Webcam Pantai</h1>{cards}</body></html>"
    cameras = parse_body(
        page, profile=Profile.AUTO, base_url="https://wisata.kutimkab.example/blog/webcams"
    ).cameras
    assert [c.name for c in cameras] == [
        "Pantai Teluk Lombok",
        "Dermaga Kenyamukan",
        "Simpang Tiga",
    ]
    assert all(c.snapshot_url and "/blog/wp-content/uploads/" in c.snapshot_url for c in cameras)


def _still_cards(base: str, pictures: list[tuple[str, str]], attrs: str = "") -> list[str]:
    """Return the names and stills of Bootstrap cards of pictures read at base."""
    page = "".join(
        f'<div class="card"><img{attrs} src="{src}" alt="{name}"><div class="card-body">'
        f'<h5 class="card-title">{name}</h5></div></div>'
        for name, src in pictures
    )
    found = parse_body(page, profile=Profile.AUTO, base_url=base, prettify=False).cameras
    return [f"{c.raw_name} {c.snapshot_url}" for c in found]


@pytest.mark.parametrize(
    ("base", "pictures"),
    [
        (
            "https://balicams.example.com/blog/webcams/",
            [
                ("Pantai Kuta", "/blog/wp-content/uploads/webcam/kuta.jpg"),
                ("Sanur", "/blog/wp-content/uploads/webcam/sanur.jpg"),
            ],
        ),
        (
            "https://www.wxyz.example/weather/cams",
            [
                ("Downtown", "https://media.wxyz.example/news/webcams/downtown.jpg"),
                ("Airport", "https://media.wxyz.example/news/webcams/airport.jpg"),
            ],
        ),
        (
            "https://www.wxyz.example/weather/cams",
            [
                ("Harbour", "/webcams/article-12/harbour.jpg"),
                ("Lighthouse", "/webcams/article-13/lighthouse.jpg"),
            ],
        ),
        (
            "https://www.wxyz.example/weather/cams",
            [
                ("Downtown", "https://media.wxyz.example/images/news/webcams/downtown.jpg"),
                ("Airport", "https://media.wxyz.example/images/news/webcams/airport.jpg"),
            ],
        ),
        (
            "https://www.wxyz.example/weather/cams",
            [("News desk", "/snap/news-desk.jpg"), ("News roof", "/snap/news-roof.jpg")],
        ),
    ],
)
def test_a_news_outlets_webcam_stills_stay_cameras(
    base: str, pictures: list[tuple[str, str]]
) -> None:
    """A camera folder inside a news folder, or a page with no other camera, keeps its stills."""
    found = _still_cards(base, pictures)
    assert [line.split(" http")[0] for line in found] == [name for name, _src in pictures]
    assert all(
        src.rsplit("/", 1)[-1] in line for line, (_name, src) in zip(found, pictures, strict=True)
    )


def test_news_pictures_beside_cameras_are_still_left_out() -> None:
    """A sidebar of news pictures beside the cameras gives none, also filed by date."""
    aside = (
        '<aside><a href="/berita/3"><img src="/storage/news/2025/10/rapat.jpg" alt="Rapat"></a>'
        '<a href="/berita/4"><img src="/images/news/2025/apill.jpg" alt="APILL"></a></aside>'
    )
    assert [c.id for c in cameras(f"<main>{_CARDS}</main>{aside}")] == ["A1", "A2"]


def test_a_play_class_or_a_store_named_place_is_no_badge() -> None:
    """A store's name in a class or in a camera's own alt drops no still."""
    found = _still_cards(
        "https://cams.example/live",
        [("Gate", "/snap/gate.jpg"), ("Pier", "/snap/pier.jpg")],
        ' class="thumb has-play-badge"',
    )
    assert [line.split(" ")[0] for line in found] == ["Gate", "Pier"]
    found = _still_cards(
        "https://cams.example/live",
        [("App Store entrance", "/snap/entrance.jpg"), ("Food court", "/snap/food.jpg")],
    )
    assert found == [
        "App Store entrance https://cams.example/snap/entrance.jpg",
        "Food court https://cams.example/snap/food.jpg",
    ]
