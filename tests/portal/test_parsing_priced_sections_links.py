"""Priced products in headed sections and link lists are no cameras; tariffs and fees stay."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.headedsections import headed_cameras
from custom_components.kutim_cctv.portal.parsing.linklists import link_list_cameras
from custom_components.kutim_cctv.portal.values import priced_goods, shop_page

BLOG = "https://blog.sangatta.example/2026/12/cctv-publik/"
SHOP_BLOG = "https://tokocctv.example/blog/cctv-publik/"
NEWS = "https://korankutim.example/read/60120/link-cctv"
SHOP_NEWS = "https://korankutim.example/produk/60120/link-cctv"
HLS = "https://atcs.kutimkab.example/live/{}.m3u8"
ATCS = "https://atcs.kutimkab.example/cctv/live/{}"
GOODS = "https://belanjakamera.example/cctv/detail/{}"


def no_key(_url: str) -> str | None:
    return None


def last_part(url: str) -> str | None:
    return url.rstrip("/").rsplit("/", 1)[-1]


def post(sections: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>CCTV Publik Sangatta</title></head><body>"
        f'<article><h1>CCTV Publik Sangatta</h1><div class="entry">{sections}</div></article>'
        "</body></html>"
    )


def section(name: str, key: str, text: str = "") -> str:
    return (
        f'<h3>{name}</h3><video controls><source src="{HLS.format(key)}"'
        f' type="application/x-mpegURL"></video><p>{text}</p>'
    )


CAMERAS = section("Simpang Tiga", "sg3") + section("Bundaran Patung Burung", "bpb")
PACKAGE = (
    '<h3>Paket 4 Kamera Bullet 2MP</h3><p><img src="https://cdn.gudangkamera.example/p4.jpg">'
    '</p><p>Rp 3.450.000</p><p><a href="https://wa.me/62812">Beli</a></p>'
)


def headed_names(text: str, base_url: str = BLOG) -> list[str]:
    return [str(camera.item["name"]) for camera in headed_cameras(text, base_url, no_key)]


def read(text: str, base_url: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def test_a_priced_package_section_is_no_camera() -> None:
    text = post(CAMERAS + PACKAGE)
    assert headed_names(text) == ["Simpang Tiga", "Bundaran Patung Burung"]
    # A review video's frame the page reader leaves to this reading: no camera either.
    review = (
        '<h3>Paket 8 Kamera Dome</h3><iframe src="https://www.youtube.com/embed/kT9x2Paket8">'
        "</iframe><p>Harga: 6.900.000</p>"
    )
    text = post(CAMERAS + review)
    assert headed_names(text) == ["Simpang Tiga", "Bundaran Patung Burung"]
    assert [c.raw_name for c in read(text, BLOG)] == ["Simpang Tiga", "Bundaran Patung Burung"]
    # Its shop's word may stand in the heading and its price in the text, or both in the text.
    priced = section("Paket 8 Kamera", "p8", "Harga: 6.900.000 · Stok: 5 set")
    assert headed_names(post(CAMERAS + priced)) == ["Simpang Tiga", "Bundaran Patung Burung"]


def test_a_price_alone_refuses_a_section_only_on_a_shops_page() -> None:
    fee = section("Parkir Taman Bersemi", "tb", "Tarif parkir Rp 2.000/jam")
    assert headed_names(post(CAMERAS + fee)) == [
        "Simpang Tiga",
        "Bundaran Patung Burung",
        "Parkir Taman Bersemi",
    ]
    assert headed_names(post(CAMERAS + fee), SHOP_BLOG) == [
        "Simpang Tiga",
        "Bundaran Patung Burung",
    ]


def test_near_misses_stay_cameras_in_headed_sections() -> None:
    toll = section("Gerbang Tol Sangatta", "gts", "Tarif Gol I: Rp 7.500")
    beli = section("Simpang Beli Sangatta", "sbs", "Arah ke Jl. Soekarno-Hatta.")
    assert headed_names(post(CAMERAS + toll + beli)) == [
        "Simpang Tiga",
        "Bundaran Patung Burung",
        "Gerbang Tol Sangatta",
        "Simpang Beli Sangatta",
    ]


def test_a_price_after_the_read_slice_of_a_section_refuses_nothing() -> None:
    long_text = "Kamera Bullet pantau simpang. " + "a" * 5000 + " Rp 850.000"
    cameras = headed_names(post(CAMERAS + section("Simpang Kabo", "kabo", long_text)))
    assert cameras == ["Simpang Tiga", "Bundaran Patung Burung", "Simpang Kabo"]


def links(*pairs: tuple[str, str]) -> str:
    return "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in pairs) + "</ul>"


def article(*blocks: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Link CCTV Sangatta</title></head><body>"
        f"<article><h1>Link CCTV Sangatta</h1>{''.join(blocks)}</article></body></html>"
    )


CAMERA_LINKS = "<h2>Link CCTV Sangatta</h2>" + links(
    (ATCS.format(7), "Simpang Tiga Sangatta"), (ATCS.format(12), "Bundaran Patung Burung")
)
PRODUCT_LINKS = "<h2>Rekomendasi CCTV untuk Rumah</h2>" + links(
    (GOODS.format(3318), "Kamera Bullet 2MP Outdoor Rp 449.000"),
    (GOODS.format(3342), "IP Camera PTZ 4MP WiFi Rp 689.000"),
)


def linked(text: str, base_url: str = NEWS) -> list[tuple[object, object]]:
    return [(c["id"], c["name"]) for c in link_list_cameras(text, base_url, last_part)]


def test_priced_product_links_beside_camera_links_are_no_cameras() -> None:
    text = article(CAMERA_LINKS, PRODUCT_LINKS)
    assert linked(text) == [("7", "Simpang Tiga Sangatta"), ("12", "Bundaran Patung Burung")]
    assert [c.raw_name for c in read(text, NEWS)] == [
        "Simpang Tiga Sangatta",
        "Bundaran Patung Burung",
    ]
    # A list holding a product link among camera links is no camera list.
    mixed = links(
        (ATCS.format(7), "Simpang Tiga Sangatta"),
        (ATCS.format(12), "Bundaran Patung Burung"),
        (GOODS.format(3318), "Kamera Bullet 2MP Outdoor Rp 449.000"),
    )
    assert linked(article("<h2>Link CCTV</h2>", mixed)) == []


def test_near_misses_stay_cameras_in_link_lists() -> None:
    text = article(
        "<h2>Link CCTV Sangatta</h2>",
        links(
            (ATCS.format(7), "Simpang Tiga Sangatta"),
            (ATCS.format(21), "Parkir Pasar Induk (Rp 2.000/jam)"),
            (ATCS.format(30), "Gerbang Tol Sangatta Tarif Gol I: Rp 7.500"),
            (ATCS.format(31), "Simpang Beli Sangatta"),
        ),
    )
    assert linked(text) == [
        ("7", "Simpang Tiga Sangatta"),
        ("21", "Parkir Pasar Induk (Rp 2.000/jam)"),
        ("30", "Gerbang Tol Sangatta Tarif Gol I: Rp 7.500"),
        ("31", "Simpang Beli Sangatta"),
    ]
    # On a shop's page a price alone makes the link a product: the list is none.
    assert linked(text, SHOP_NEWS) == []


def test_priced_goods_is_the_card_readers_price_and_shop_word_test() -> None:
    assert priced_goods("Kamera Bullet 2MP Outdoor Rp 449.000")
    assert priced_goods("Paket 8 Kamera\nHarga: 6.900.000 · Stok: 5")
    assert priced_goods("Parkir Rp 2.000/jam", on_shop_page=True)
    assert not priced_goods("Parkir Pasar Induk Rp 2.000/jam")
    assert not priced_goods("Tarif Gol I: Rp 7.500")
    assert not priced_goods("Simpang Beli Sangatta")
    assert not priced_goods("Simpang Beli Sangatta", on_shop_page=True)  # no price
    assert not priced_goods("Kamera Bullet " + "a" * 5000 + " Rp 850.000")
    assert shop_page(SHOP_NEWS) and shop_page(SHOP_BLOG)
    assert not shop_page(NEWS) and not shop_page(BLOG)


def test_a_shops_unpriced_product_links_beside_a_priced_one_are_no_cameras() -> None:
    # One priced link shows the list is a shop's: its unpriced links are products too.
    shop_list = links(
        (GOODS.format(3318), "Kamera Bullet 2MP Outdoor Rp 449.000"),
        (GOODS.format(3319), "Kamera Dome 4MP Indoor"),
        (GOODS.format(3320), "Ezviz C6N Wifi"),
    )
    news = "https://korankutim.example/read/60121/rekomendasi-cctv"
    shop = "https://korankutim.example/produk/cctv"
    for base_url in (news, shop):
        text = article("<h2>Rekomendasi CCTV</h2>", shop_list)
        assert linked(text, base_url) == []
        names = [c.raw_name for c in _read_or_none(text, base_url)]
        assert "Kamera Dome 4MP Indoor" not in names and "Ezviz C6N Wifi" not in names


def _read_or_none(text: str, base_url: str) -> tuple[Camera, ...]:
    """Return what the whole parser reads, or nothing when it finds no camera list."""
    try:
        return read(text, base_url)
    except PortalFormatError:
        return ()
