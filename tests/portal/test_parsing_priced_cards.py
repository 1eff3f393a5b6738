"""Cards stating a price are a shop's products, never cameras, beside a portal's cameras."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

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
