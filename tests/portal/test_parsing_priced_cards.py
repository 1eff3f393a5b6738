"""Cards stating a price are a shop's products, never cameras, beside a portal's cameras."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import shop_page

BASE = "https://dishub.kutaitimurkab.example/cctv"


def card(name: str, picture: str, *lines: str) -> str:
    extra = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f'<div class="col-md-4"><div class="card"><img class="card-img-top" src="{picture}"'
        f' alt="{name}"><div class="card-body"><h5 class="card-title">{name}</h5>{extra}'
        "</div></div></div>"
    )


def names(*cards: str) -> list[str]:
    page = f'<html><body><div class="row">{"".join(cards)}</div></body></html>'
    result = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [camera.name for camera in result.cameras]


CAMERAS = (
    card("Bundaran Sangatta", "/snap/bundaran.jpg", "Online"),
    card("Pelabuhan Kenyamukan", "/snap/pelabuhan.jpg", "Online"),
)


def test_priced_product_cards_beside_cameras_are_no_cameras() -> None:
    found = names(
        *CAMERAS,
        card("Kamera Bullet 2MP", "/produk/bullet.jpg", "Rp 1.250.000", "Stok: 12"),
        card("Kamera Dome 4MP", "/produk/dome.jpg", "IDR 850.000"),
    )
    assert found == ["Bundaran Sangatta", "Pelabuhan Kenyamukan"]


def test_shop_word_alone_keeps_a_camera() -> None:
    found = names(*CAMERAS, card("Simpang Beli Sangatta", "/snap/beli.jpg", "Beli", "Stok"))
    assert found == ["Bundaran Sangatta", "Pelabuhan Kenyamukan", "Simpang Beli Sangatta"]


def test_currency_name_without_an_amount_keeps_a_camera() -> None:
    found = names(*CAMERAS, card("Gerbang Tol Rp Kabo", "/snap/tol.jpg", "Tarif Rp per km"))
    assert found == ["Bundaran Sangatta", "Pelabuhan Kenyamukan", "Gerbang Tol Rp Kabo"]


def test_price_outside_the_card_refuses_nothing() -> None:
    page_note = '<p class="lead">Pasang CCTV mulai Rp 850.000 hubungi kami</p>'
    found = names(page_note, *CAMERAS)
    assert found == ["Bundaran Sangatta", "Pelabuhan Kenyamukan"]


def cards_on(base: str, *cards: str) -> list[str]:
    page = f'<html><body><div class="row">{"".join(cards)}</div></body></html>'
    try:
        result = parse_body(page, profile=Profile.AUTO, base_url=base, prettify=False)
    except PortalFormatError:
        return []
    return [camera.name for camera in result.cameras]


def test_camera_cards_stating_a_tariff_or_fee_stay_cameras() -> None:
    gates = [("Gerbang Tol Samboja", "7.500"), ("Gerbang Tol Palaran", "12.000")]
    toll = [
        card(n, f"/snap/gt{i}.jpg", f"Tarif Gol I: Rp {p}", "Online")
        for i, (n, p) in enumerate(gates)
    ]
    toll.append(card("Gerbang Tol Manggar", "/snap/gt3.jpg", "Tarif Gol I: Rp 9.000", "Online"))
    assert cards_on("https://cctv.jalantol.example.id/", *toll) == [
        "Gerbang Tol Samboja",
        "Gerbang Tol Palaran",
        "Gerbang Tol Manggar",
    ]
    parking = (
        card("Parkir Pasar Induk", "/snap/p1.jpg", "Parkir Rp 2.000/jam"),
        card("Parkir Terminal", "/snap/p2.jpg", "Parkir Rp 3.000/jam"),
    )
    assert cards_on("https://parkir.kota.example.id/", *parking) == [
        "Parkir Pasar Induk",
        "Parkir Terminal",
    ]
    ski = (
        card("Base Lift Cam", "https://cams.ski.example.com/base.jpg", "Day pass $89"),
        card("Summit Cam", "https://cams.ski.example.com/summit.jpg", "Day pass $89"),
    )
    assert cards_on("https://ski.example.com/webcams", *ski) == ["Base Lift Cam", "Summit Cam"]


def test_product_cards_in_other_price_spellings_are_no_cameras() -> None:
    products = (
        card("Kamera Bullet 2MP", "/produk/bullet.jpg", "850.000 IDR"),
        card("Kamera Dome 4MP", "/produk/dome.jpg", "Harga: 1.250.000"),
        card("Kamera PTZ", "/produk/ptz.jpg", "rp 3.000.000"),
        card("IP Cam", "/produk/ipcam.jpg", "45,00 €"),
    )
    assert cards_on("https://toko.example.id/", *products) == []
    # Beside a portal's cameras, on the portal's own page, too.
    assert cards_on(BASE, *CAMERAS, *products) == ["Bundaran Sangatta", "Pelabuhan Kenyamukan"]


def test_an_address_no_page_is_at_names_no_shop() -> None:
    # An address that cannot be split (``http://[zz/``) is no shop's page and raises nothing.
    assert shop_page("http://[zz/toko/cctv") is False
    assert shop_page("https://tokocctv.example.id/kategori/cctv") is True
    assert shop_page("https://dishub.kutaitimurkab.example/cctv") is False
