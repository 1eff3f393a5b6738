"""Articles listing cameras as lists of links to each camera's viewer page elsewhere."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.linklists import link_list_cameras

BASE = "https://korankutim.example/read/60120/daftar-link-cctv"
ATCS = "https://atcs.kutimkab.example/cctv/live/{}"
PLAYER = "https://cctv-bpjn.kaltim.example/player.php?cam={}"


def page(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Daftar Link CCTV</title>{head}</head><body>"
        f"<article><h1>Daftar Link CCTV Kutai Timur</h1>{body}</article>"
        '<aside><h3>Terpopuler</h3><ol><li><a href="/read/60101/harga-cabai">Harga Cabai</a>'
        '</li><li><a href="/live/98231">Live Streaming Persikutim</a></li></ol></aside>'
        "</body></html>"
    )


def read(body: str, head: str = "") -> tuple[Camera, ...]:
    return parse_body(page(body, head), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def links(*pairs: tuple[str, str]) -> str:
    return "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in pairs) + "</ul>"


def no_key(_url: str) -> str | None:
    return None


PHOTO = (
    '<figure><img src="/uploads/2026/03/mudik.jpg" alt="Ilustrasi">'
    "<figcaption>Ilustrasi arus mudik. (Foto: Dok. Koran Kutim)</figcaption></figure>"
)
LISTS = links(
    (ATCS.format(7), "Simpang Tiga Sangatta"), (ATCS.format(9), "Bundaran Sangatta Baru")
) + links((PLAYER.format("sangkima"), "Tanjakan Sangkima"), (PLAYER.format("tp"), "Teluk Pandan"))


def test_each_listed_viewer_link_is_a_camera_and_the_photo_none() -> None:
    cams = read(PHOTO + LISTS)
    assert [(c.id, c.raw_name, c.stream_url) for c in cams] == [
        ("7", "Simpang Tiga Sangatta", ATCS.format(7)),
        ("9", "Bundaran Sangatta Baru", ATCS.format(9)),
        ("sangkima", "Tanjakan Sangkima", PLAYER.format("sangkima")),
        ("tp", "Teluk Pandan", PLAYER.format("tp")),
    ]
    assert all(c.snapshot_url is None for c in cams)


def test_a_list_of_portal_homes_and_list_pages_is_no_camera_list() -> None:
    body = links(
        ("https://cctv.kutimkab.example/", "Kutai Timur"),
        ("https://dishub.kaltimprov.example/atcs-kaltim", "Kalimantan Timur"),
    )
    assert link_list_cameras(page(body), BASE, no_key) == []
    with pytest.raises(PortalFormatError):
        read(body)


def test_one_item_that_is_not_a_viewer_link_spoils_its_list() -> None:
    body = links(
        (PLAYER.format("sangkima"), "Tanjakan Sangkima"),
        ("https://www.google.com/maps/search/cctv", "Peta CCTV"),
    ) + links((PLAYER.format("a"), "Simpang A"), (PLAYER.format("b"), "Lihat CCTV"))
    assert link_list_cameras(page(body), BASE, no_key) == []


def test_the_sites_own_links_and_share_links_are_never_cameras() -> None:
    body = links(("/cctv/live/7", "Simpang Tiga"), ("/cctv/live/9", "Bundaran")) + links(
        ("https://www.facebook.com/sharer/sharer.php?u=x", "Facebook"),
        ("https://twitter.com/intent/tweet?url=x", "Twitter"),
    )
    assert link_list_cameras(page(body), BASE, no_key) == []


def test_an_item_with_more_than_its_link_is_no_camera() -> None:
    body = (
        "<ul>"
        f'<li><a href="{PLAYER.format("a")}">Simpang A</a> &ndash; ramai sore hari</li>'
        f'<li><a href="{PLAYER.format("b")}">Simpang B</a></li>'
        "</ul>"
    )
    assert link_list_cameras(page(body), BASE, no_key) == []


def test_a_page_with_a_live_camera_keeps_its_own_reading() -> None:
    body = '<video controls><source src="https://atcs.kutimkab.example/hls/a.m3u8"></video>' + LISTS
    assert [c.stream_url for c in read(body)] == ["https://atcs.kutimkab.example/hls/a.m3u8"]


def test_pictures_stored_elsewhere_stay_unless_the_page_is_an_article() -> None:
    still = '<p><img src="https://snap.kutimkab.example/cam/a.jpg" alt="Simpang A"></p>'
    kept = read(still + LISTS)
    assert [c.snapshot_url for c in kept] == ["https://snap.kutimkab.example/cam/a.jpg"]
    article = '<meta property="og:type" content="article">'
    assert [c.raw_name for c in read(still + LISTS, article)][:1] == ["Simpang Tiga Sangatta"]


def test_hostile_lists_are_read_within_bounds() -> None:
    nested = "<ul><li>" * 3000 + "</li></ul>" * 3000
    assert link_list_cameras(nested, BASE, no_key) == []
    assert link_list_cameras("<ul><li><a href='http://[::1'>x</a></li></ul>", BASE, no_key) == []


ARTICLE = "https://www.beritakutim.example/2026/05/artikel.html"


def read_at(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=ARTICLE, prettify=False).cameras


FOOTBALL = links(
    ("https://streambola.example/player.php?id=77", "Persib vs Persija"),
    ("https://streambola.example/player.php?id=78", "Borneo FC vs Arema"),
    ("https://streambola.example/player.php?id=79", "Bali United vs PSM"),
)
SHOP = "<h2>Produk rekomendasi</h2>" + links(
    ("https://toko.example/product.php?id=5", "Kamera CCTV Hikvision 2MP"),
    ("https://toko.example/product.php?id=6", "Kamera CCTV Dahua 4MP"),
)
NEWS = "<h3>Baca juga di media lain</h3>" + links(
    ("https://kaltimpost.example/read.php?id=1234", "Banjir rendam Sangatta Utara"),
    ("https://tribun.example/read.php?id=98231", "Harga cabai naik jelang Lebaran"),
    ("https://detik.example/read.php?id=4412", "Jadwal kapal Maloy berubah"),
)


@pytest.mark.parametrize("body", [FOOTBALL, SHOP, NEWS], ids=["football", "shop", "news"])
def test_a_list_keyed_by_a_bare_id_with_no_camera_context_is_no_camera_list(body: str) -> None:
    assert link_list_cameras(body, ARTICLE, no_key) == []
    with pytest.raises(PortalFormatError):
        read_at(body)


def test_a_heading_naming_no_camera_beats_a_title_that_does() -> None:
    html = f"<html><head><title>Daftar Link CCTV Mudik</title></head><body>{NEWS}</body></html>"
    assert link_list_cameras(html, ARTICLE, no_key) == []


def test_a_bare_id_list_reads_under_a_heading_or_title_speaking_of_cameras() -> None:
    viewers = links(
        ("https://cctv.bontangkota.example/stream.php?id=sangkima-km32", "Sangkima KM 32"),
        ("https://cctv.bontangkota.example/stream.php?id=tanjung-laut", "Tanjung Laut"),
    )
    headed = link_list_cameras("<h2>Titik CCTV Bontang</h2>" + viewers, ARTICLE, no_key)
    assert [(c["id"], c["name"]) for c in headed] == [
        ("sangkima-km32", "Sangkima KM 32"),
        ("tanjung-laut", "Tanjung Laut"),
    ]
    titled = f"<html><head><title>Live Cam Bontang</title></head><body>{viewers}</body></html>"
    assert len(link_list_cameras(titled, ARTICLE, no_key)) == 2
    assert link_list_cameras(viewers, ARTICLE, no_key) == []


def test_a_camera_route_or_camera_field_reads_without_a_heading() -> None:
    body = links(
        ("https://atcs.kutimkab.example/cctv/live/7", "Simpang Tiga"),
        ("https://pantau.kutimkab.example/webcam/9", "Bundaran"),
    ) + links(
        ("https://cctv-bpjn.kaltim.example/player.php?cam=sangkima", "Tanjakan Sangkima"),
        ("https://pantau.example/view.php?camera_id=12", "Teluk Pandan"),
    )
    cams = link_list_cameras("<h2>Produk rekomendasi</h2>" + body, ARTICLE, lambda u: "")
    assert [c["name"] for c in cams] == [
        "Simpang Tiga",
        "Bundaran",
        "Tanjakan Sangkima",
        "Teluk Pandan",
    ]
    assert [c.raw_name for c in read_at(body)] == [c["name"] for c in cams]


def test_lists_beyond_the_list_cap_keep_the_open_lists_balanced() -> None:
    filler = "<ul><li>x</li></ul>" * 499  # the last list read is the camera list below
    body = (
        filler + '<h2>Titik CCTV</h2><ul><li><a href="https://a.example/x.php?id=1">Simpang A</a>'
        "</li><div><ul><li>x</li></ul></div>"  # a list past the cap, opened and closed
        '<li><a href="https://a.example/x.php?id=2">Simpang B</a></li></ul>'
    )
    assert [c["id"] for c in link_list_cameras(body, ARTICLE, no_key)] == ["1", "2"]
    past = "<ul><li>x</li></ul>" * 600 + body.removeprefix(filler)
    assert link_list_cameras(past, ARTICLE, no_key) == []  # lists past the cap are not read


def test_a_page_without_list_items_or_links_off_its_site_is_not_parsed() -> None:
    own = links((f"{ARTICLE}?id=1", "Simpang A"), ("https://beritakutim.example/?id=2", "B"))
    assert link_list_cameras("<h2>CCTV</h2>" + own, ARTICLE, no_key) == []
    assert link_list_cameras("<li>" * 100_000, ARTICLE, no_key) == []
