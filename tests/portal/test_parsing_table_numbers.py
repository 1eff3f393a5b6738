"""Camera tables whose number column numbers the cameras, headed by bold plain cells."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.media import is_page_header_picture
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import parse_status

BASE = "http://cameras.transito.example/cameras.asp"
HEADER = (
    '<tr class="titulo"><td><b>Nº</b></td><td><b>Local</b></td><td><b>Região</b></td>'
    "<td><b>Imagem</b></td><td><b>Situação</b></td></tr>"
)


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def row(number: str, name: str, area: str, state: str, picture: bool = True) -> str:
    """Return one camera row: its number, place, region, thumbnail link and state."""
    key = number.lstrip("0") or "0"
    cell = (
        f'<a href="Cams/{key}/1.jpg"><img src="Cams/{key}/1_thumb.jpg" alt="Câmera {key}"></a>'
        if picture
        else "-"
    )
    return (
        f"<tr><td>{number}</td><td>{name}</td><td>{area}</td><td>{cell}</td><td>{state}</td></tr>"
    )


def page(*rows: str) -> str:
    """Return a classic layout page: a header banner table, then the camera table."""
    return (
        '<html><body><table width="780"><tr><td><img src="img/topo_cet.gif" width="780"'
        ' height="90" alt="CET"></td></tr></table>'
        f'<table class="tabelaCameras">{HEADER}{"".join(rows)}</table></body></html>'
    )


def test_camera_numbers_are_ids_as_written() -> None:
    """Numbers that are no count of the rows are the cameras' ids, zero-padded as written."""
    found = cameras(
        page(
            row("017", "Av. Paulista", "Centro", "Operando"),
            row("024", "Marginal Pinheiros", "Sul", "Operando"),
            row("038", "Radial Leste", "Leste", "Desativada", picture=False),
            row("045", "Marginal Tietê", "Norte", "Sem imagem"),
        )
    )
    assert [(c.id, c.name, c.area, c.snapshot_url, c.online) for c in found] == [
        ("017", "Av. Paulista", "Centro", "http://cameras.transito.example/Cams/17/1.jpg", True),
        ("024", "Marginal Pinheiros", "Sul", "http://cameras.transito.example/Cams/24/1.jpg", True),
        ("045", "Marginal Tietê", "Norte", "http://cameras.transito.example/Cams/45/1.jpg", False),
    ]


def test_row_count_is_no_id() -> None:
    """A column counting the rows (01, 02, 03 in order) gives no id, rows without media too."""
    found = cameras(
        page(
            row("01", "Av. Duque de Caxias", "Central", "Em operação"),
            row("02", "Av. São Paulo", "Central", "Operando"),
            row("03", "Av. Dez de Dezembro", "Leste", "Desativado", picture=False),
            row("04", "Av. Winston Churchill", "Leste", "Fora de operação"),
        )
    )
    assert [c.name for c in found] == [
        "Av. Duque de Caxias",
        "Av. São Paulo",
        "Av. Winston Churchill",
    ]
    assert all(c.id.startswith("k-") for c in found)
    assert [c.online for c in found] == [True, True, False]
    assert [c.area for c in found] == ["Central", "Central", "Leste"]


def test_repeated_or_worded_numbers_are_no_ids() -> None:
    """Numbers repeated, or a column holding words, give no id."""
    repeated = cameras(
        page(row("7", "Ponte A", "Sul", "Operando"), row("7", "Ponte B", "Sul", "Operando"))
    )
    assert all(c.id.startswith("k-") for c in repeated)
    worded = cameras(
        page(row("7", "Ponte A", "Sul", "Operando"), row("A9", "Ponte B", "Sul", "Operando"))
    )
    assert all(c.id.startswith("k-") for c in worded)


def test_header_banner_is_no_camera() -> None:
    """The page's header banner beside the camera table is no camera."""
    found = cameras(page(row("017", "Av. Paulista", "Centro", "Operando")))
    assert [c.name for c in found] == ["Av. Paulista"]


@pytest.mark.parametrize(
    ("url", "banner"),
    [
        ("img/topo_cet.gif", True),
        ("/img/cabecalho.jpg", True),
        ("/assets/header-bg.png", True),
        ("/img/masthead.jpg", True),
        ("/header/cam1.jpg", False),  # a folder says nothing
        ("/img/topography.jpg", False),  # a word merely holding one
        ("/assets/header_image.svg", True),
        ("/images/header_intip.jpg", True),
        ("/webcams/topo-da-serra.jpg", False),  # a summit's camera
        ("/webcams/morro-topo.jpg", False),
        ("/Cams/17/1.jpg", False),
    ],
)
def test_page_header_pictures(url: str, banner: bool) -> None:
    """A header banner is told by its file name's words."""
    assert is_page_header_picture(url) is banner


@pytest.mark.parametrize(
    ("word", "state"),
    [
        ("Operando", True),
        ("Em operação", True),
        ("Desativada", False),
        ("Fora de operação", False),
        ("Sem imagem", False),
        ("Sin imagen", False),
    ],
)
def test_portuguese_state_words(word: str, state: bool) -> None:
    """Portuguese and Spanish operating states are read."""
    assert parse_status(word) is state


def _card(file: str, name: str) -> str:
    return (
        f'<div class="card"><img src="/webcams/{file}.jpg" alt="{name}">'
        f'<div class="card-body"><h5 class="card-title">{name}</h5></div></div>'
    )


@pytest.mark.parametrize("file", ["topo-da-serra", "morro-topo"])
def test_a_summit_s_camera_is_no_banner(file: str) -> None:
    """A camera named for a summit (``topo``) keeps its picture."""
    body = f"<html><body>{_card(file, 'Topo da Serra')}{_card('pico-jabre', 'Pico do Jabre')}"
    found = parse_body(
        body + "</body></html>",
        profile=Profile.AUTO,
        base_url="https://webcams.example.com.br/",
        prettify=False,
    ).cameras
    assert [(c.name, c.snapshot_url) for c in found] == [
        ("Topo da Serra", f"https://webcams.example.com.br/webcams/{file}.jpg"),
        ("Pico do Jabre", "https://webcams.example.com.br/webcams/pico-jabre.jpg"),
    ]


@pytest.mark.parametrize("numbers", [["5", "4", "3", "2", "1"], ["1", "2", "3", "5", "6"]])
def test_a_count_in_another_order_is_no_id(numbers: list[str]) -> None:
    """A row count running down or skipping a row numbers positions, never cameras."""
    rows = "".join(
        f'<tr><td>{n}</td><td>Lokasi {n}</td><td><img src="/snap/{i}.jpg"></td></tr>'
        for i, n in enumerate(numbers)
    )
    found = cameras(
        f"<html><body><table><tr><th>No</th><th>Lokasi</th><th>Gambar</th></tr>{rows}"
        "</table></body></html>"
    )
    assert [c.name for c in found] == [f"Lokasi {n}" for n in numbers]
    assert all(c.id.startswith("k-") for c in found)
