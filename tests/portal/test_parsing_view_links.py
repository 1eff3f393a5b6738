"""Camera cards linking their camera's page by a viewing verb, beside stock pictures."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.media import is_placeholder_picture
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import detail_link_id

BASE = "https://rodovia.example/cameras"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def card(number: str, name: str, still: str, href: str | None = None) -> str:
    """Return one lazy-picture card linking the camera's page."""
    link = href or f"/cameras/ver/{number}"
    return (
        f'<div class="col"><div class="card card-camera"><a href="{link}">'
        f'<img class="lazy" src="/img/loading.gif" data-src="{still}" alt="{name}"></a>'
        f'<div class="card-body"><h5 class="card-title">{name}</h5>'
        f'<a href="{link}" class="btn">Ver câmera</a></div></div></div>'
    )


@pytest.mark.parametrize(
    ("href", "key"),
    [
        ("/cameras/ver/12", "12"),
        ("https://rodovia.example/camera/view/4/", "4"),
        ("/webcams/watch/3", "3"),
        ("/site/camaras/detalle/101", "101"),
        ("/camaras/101", "101"),
    ],
)
def test_view_verb_links_name_the_camera(href: str, key: str) -> None:
    """A viewing verb between the camera folder and the number keeps the number."""
    assert detail_link_id(href) == key


@pytest.mark.parametrize(
    "href",
    [
        "/ver/3",  # no camera folder
        "/api/ver/2",  # an API version
        "/cameras/catalogo/ver/3",  # the verb not right after the camera folder
        "/blog/cameras/ver/3",  # a blog's section
        "/cameras/ver/3?page=2",  # a query
        "/cameras/ver/proxima",  # no number
        "/cameras/baixar/3",  # another verb
    ],
)
def test_other_links_name_no_camera(href: str) -> None:
    """Links that are no camera's own page give no id."""
    assert detail_link_id(href) is None


def test_cards_take_ids_from_view_links_and_areas_from_headings() -> None:
    """Each card's id is its page's number, its area the section heading above."""
    page = (
        "<html><body><main><h1>Câmeras</h1>"
        '<section><h3>Trecho Planalto</h3><div class="row">'
        + card("3", "SP-099 km 11", "https://img.rodovia.example/km11.jpg")
        + card("5", "SP-099 km 23", "https://img.rodovia.example/km23.jpg")
        + '</div></section><section><h3>Trecho Serra</h3><div class="row">'
        + card("12", "SP-099 km 60", "https://img.rodovia.example/km60.jpg")
        + card("14", "SP-099 km 68", "https://img.rodovia.example/km68.jpg")
        + "</div></section></main></body></html>"
    )
    found = {(c.id, c.name, c.area, c.snapshot_url) for c in cameras(page)}
    assert found == {
        ("3", "SP-099 km 11", "Trecho Planalto", "https://img.rodovia.example/km11.jpg"),
        ("5", "SP-099 km 23", "Trecho Planalto", "https://img.rodovia.example/km23.jpg"),
        ("12", "SP-099 km 60", "Trecho Serra", "https://img.rodovia.example/km60.jpg"),
        ("14", "SP-099 km 68", "Trecho Serra", "https://img.rodovia.example/km68.jpg"),
    }


def test_cards_linking_no_camera_page_keep_derived_ids() -> None:
    """A card linking a download or a non-camera page gets no id from it."""
    page = (
        '<html><body><div class="row">'
        + card("7", "Praça", "https://img.rodovia.example/praca.jpg", "/arquivos/ver/7")
        + card("8", "Ponte", "https://img.rodovia.example/ponte.jpg", "/cameras/baixar/8")
        + "</div></body></html>"
    )
    ids = {c.id for c in cameras(page)}
    assert len(ids) == 2
    assert not ids & {"7", "8"}


def test_unavailable_card_is_no_camera() -> None:
    """A card showing only the stock 'indisponível' picture has no media."""
    page = (
        '<html><body><div class="row">'
        + card("3", "SP-099 km 11", "https://img.rodovia.example/km11.jpg")
        + '<div class="col"><div class="card card-camera indisponivel">'
        '<img src="/img/camera-indisponivel.png" alt="Câmera indisponível">'
        '<div class="card-body"><h5 class="card-title">SP-099 km 74</h5>'
        '<span class="badge">Em manutenção</span></div></div></div>'
        "</div></body></html>"
    )
    assert [(c.id, c.name) for c in cameras(page)] == [("3", "SP-099 km 11")]


@pytest.mark.parametrize(
    "url",
    [
        "/img/camera-indisponivel.png",
        "/images/cameras/indisponivel.png",
        "/img/imagen_no_disponible.jpg",
        "/img/image-indisponible.png",
        "/img/NaoDisponivel.jpg",
    ],
)
def test_unavailable_pictures_are_placeholders(url: str) -> None:
    """Portuguese, Spanish and French 'unavailable' file names are stock pictures."""
    assert is_placeholder_picture(url)


@pytest.mark.parametrize(
    "url",
    ["/cams/disponivel/12.jpg", "/img/disponibilidade.jpg", "/indisponivel/km11.jpg"],
)
def test_available_pictures_are_no_placeholders(url: str) -> None:
    """A picture whose file name says nothing missing, or a folder so named, is a still."""
    assert not is_placeholder_picture(url)
