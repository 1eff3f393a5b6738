"""Camera viewers' cards whose picture's alt is the camera's key: written as a key
(``vagen-indre``) and ending the page link around the picture (``/cameras/vagen-indre``,
``view.php?cam=salzlager``), the alt is the camera's id and the card's caption names it.
Player lists whose cards hold a name line and a labelled place line (``Distrito:
Miraflores``, ``Bezirk: Mitte``) and no title: the other line names the camera. A page's
busy indicator (``ajax-loader.gif``, ``spinner.gif``) is no camera's picture."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.media import is_placeholder_picture
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cams.harbour.example/cameras"
AXIS = "http://cam{n}.harbour.example/axis-cgi/mjpg/video.cgi?camera=1&amp;fps=10"


def _parse(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _card(n: int, href: str, alt: str, caption: str, caption_tag: str = "div") -> str:
    image = f'<img alt="{alt}" src="{AXIS.format(n=n)}">'
    return (
        f'<div class="camera"><a href="{href}">{image}</a>'
        f'<{caption_tag} class="name">{caption}</{caption_tag}></div>'
    )


def _grid(*cards: str) -> str:
    return f'<html><body><h1>Cameras</h1><div class="cameras">{"".join(cards)}</div></body></html>'


# --- a picture's alt that is its link's key ---------------------------------------------


def test_an_alt_written_as_its_links_key_is_the_id_and_the_caption_names_the_camera() -> None:
    found = _parse(
        _grid(
            _card(1, "/cameras/vagen-indre", "vagen-indre", "Vågen indre"),
            _card(2, "/cameras/dokken/", "dokken", "Dokken terminal"),
            _card(3, "/cameras/kai_2.html", "kai_2", "Kai 2"),
        )
    )
    assert [(c.id, c.raw_name) for c in found] == [
        ("vagen-indre", "Vågen indre"),
        ("dokken", "Dokken terminal"),
        ("kai_2", "Kai 2"),
    ]
    assert (
        found[0].mjpeg_url == "http://cam1.harbour.example/axis-cgi/mjpg/video.cgi?camera=1&fps=10"
    )


def test_a_query_value_of_the_link_is_a_key_and_a_plain_caption_line_names_the_camera() -> None:
    found = _parse(
        _grid(
            _card(1, "view.php?cam=salzlager&size=2", "salzlager", "Salzlager Halle 3", "span"),
            _card(2, "view.php?cam=einfahrt", "einfahrt", "Einfahrt Nord", "span"),
        )
    )
    assert [(c.id, c.raw_name) for c in found] == [
        ("salzlager", "Salzlager Halle 3"),
        ("einfahrt", "Einfahrt Nord"),
    ]


def test_a_keyed_picture_without_a_caption_is_named_by_its_key() -> None:
    cards = "".join(
        f'<li class="camera"><a href="/cameras/{key}"><img alt="{key}" src="{AXIS.format(n=n)}"></a></li>'
        for n, key in ((1, "north-pier"), (2, "south-pier"))
    )
    found = _parse(f"<html><body><ul>{cards}</ul></body></html>")
    assert [(c.id, c.raw_name) for c in found] == [
        ("north-pier", "north-pier"),
        ("south-pier", "south-pier"),
    ]


def test_an_alt_that_is_not_its_links_key_gives_no_id() -> None:
    found = _parse(
        _grid(
            _card(1, "/cameras/hof", "werkstatt", "Werkstatthof"),
            _card(2, "/cameras/pier", "Pier", "Pier"),
        )
    )
    assert all(c.id.startswith("k-") for c in found)
    assert [c.raw_name for c in found] == ["werkstatt", "Pier"]


def test_a_written_name_as_alt_is_never_a_key_even_when_the_link_ends_in_it() -> None:
    # A capital or a space makes the alt a name, whatever the link says.
    found = _parse(
        _grid(
            _card(1, "/cameras/Bryggen", "Bryggen", "Bryggen"),
            _card(2, "/cameras/Vagen%20indre", "Vagen indre", "Vågen indre"),
        )
    )
    assert all(c.id.startswith("k-") for c in found)


def test_a_key_alt_without_a_link_or_inside_a_media_link_is_no_id() -> None:
    bare = f'<div class="camera"><img alt="dokken" src="{AXIS.format(n=1)}"><div class="name">Dokken</div></div>'
    media_link = (
        f'<div class="camera"><a href="{AXIS.format(n=3)}"><img alt="kai" src="{AXIS.format(n=3)}">'
        '</a><div class="name">Kai</div></div>'
    )
    found = _parse(_grid(bare, _card(2, "/cameras/pier", "pier", "Pier"), media_link))
    assert [c.id for c in found][1] == "pier"
    assert found[0].id.startswith("k-") and found[2].id.startswith("k-")
    assert [c.raw_name for c in found] == ["Dokken", "Pier", "Kai"]


# --- a player's card named beside its labelled place line ------------------------------


def _players(cards: str, targets: list[tuple[str, str]]) -> str:
    setups = "".join(
        f"jwplayer('{target}').setup({{file: '{stream}', width: 320}});"
        for target, stream in targets
    )
    return (
        "<html><head><title>Administrador — Cámaras</title></head><body>"
        f'<ul id="lista">{cards}</ul><script>{setups}</script></body></html>'
    )


def _player_card(n: int, first: str, second: str) -> str:
    return (
        f'<li data-id="{n}"><a class="camara" href="/camaras/detalle/{n}">'
        f'<div id="stream_{n}"></div></a><p>{first}</p><p>{second}</p></li>'
    )


def _streams(*numbers: int) -> list[tuple[str, str]]:
    return [(f"stream_{n}", f"https://video.lima.example/live/cam{n}/index.m3u8") for n in numbers]


def test_the_line_beside_a_labelled_place_line_names_the_player() -> None:
    cards = _player_card(1, "Plaza San Martín", "Distrito: Cercado de Lima")
    cards += _player_card(4, "Óvalo Gutiérrez", "Distrito: Miraflores")
    found = _parse(_players(cards, _streams(1, 4)), "https://lima.example/camaras")
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("1", "Plaza San Martín", "Cercado de Lima"),
        ("4", "Óvalo Gutiérrez", "Miraflores"),
    ]


def test_other_place_labels_name_the_line_beside_them_too() -> None:
    cards = _player_card(3, "Kaiserdamm", "Bezirk: Charlottenburg")
    cards += _player_card(7, "Simpang Lima", "Kecamatan: Samarinda Ulu")
    found = _parse(_players(cards, _streams(3, 7)), "https://lima.example/camaras")
    assert [(c.raw_name, c.area) for c in found] == [
        ("Kaiserdamm", "Charlottenburg"),
        ("Simpang Lima", "Samarinda Ulu"),
    ]


def test_a_card_title_beats_the_line_beside_the_place() -> None:
    cards = "".join(
        f'<li data-id="{n}"><h5>{title}</h5><div class="body"><div id="stream_{n}"></div>'
        f"<p>Cámara {n}</p><p>Distrito: {area}</p></div></li>"
        for n, title, area in ((1, "Plaza Mayor", "Centro"), (2, "Puente Viejo", "Rímac"))
    )
    found = _parse(_players(cards, _streams(1, 2)), "https://lima.example/camaras")
    assert [c.raw_name for c in found] == ["Plaza Mayor", "Puente Viejo"]


def test_a_state_line_or_a_place_line_first_or_a_third_line_names_nothing() -> None:
    cards = _player_card(1, "Online", "Distrito: Centro")
    cards += _player_card(2, "Distrito: Rímac", "Puente Viejo")
    cards += (
        '<li data-id="3"><div id="stream_3"></div><p>Plaza Dos de Mayo</p>'
        "<p>Distrito: Centro</p><p>Actualizado hoy</p></li>"
    )
    found = _parse(_players(cards, _streams(1, 2, 3)), "https://lima.example/camaras")
    # The areas are read; no line names a camera (the page's title stands in).
    assert [(c.id, c.area) for c in found] == [("1", "Centro"), ("2", "Rímac"), ("3", "Centro")]
    assert {c.raw_name for c in found} == {"Administrador — Cámaras"}


def test_a_line_without_a_labelled_place_names_no_player() -> None:
    cards = _player_card(1, "Plaza San Martín", "Abierto 24 horas")
    cards += _player_card(2, "Parque Kennedy", "Abierto 24 horas")
    found = _parse(_players(cards, _streams(1, 2)), "https://lima.example/camaras")
    assert [(c.id, c.area) for c in found] == [("1", None), ("2", None)]
    assert {c.raw_name for c in found} == {"Administrador — Cámaras"}


# --- a busy indicator --------------------------------------------------------------------


def test_busy_indicators_are_placeholder_pictures() -> None:
    for url in (
        "https://lima.example/img/ajax-loader.gif",
        "/assets/img/spinner.gif",
        "/img/preloader.svg",
        "/static/throbber.gif",
        "/img/ajax_loader.gif",
    ):
        assert is_placeholder_picture(url), url
    for url in ("/cams/ship-loader.jpg", "/cams/loader/latest.jpg", "/cams/spinnerei.jpg"):
        assert not is_placeholder_picture(url), url


def test_a_hidden_ajax_loader_beside_a_player_list_is_no_camera() -> None:
    cards = _player_card(1, "Plaza San Martín", "Distrito: Cercado de Lima")
    cards += _player_card(2, "Parque Kennedy", "Distrito: Miraflores")
    page = _players(cards, _streams(1, 2)).replace(
        "</ul>",
        '</ul><div id="ajax-loader" style="display:none"><img src="/img/ajax-loader.gif" alt="cargando"></div>',
    )
    found = _parse(page, "https://lima.example/camaras")
    assert [c.raw_name for c in found] == ["Plaza San Martín", "Parque Kennedy"]


# --- bounds ------------------------------------------------------------------------------


def test_many_keyed_cards_with_long_links_stay_bounded() -> None:
    # Each link is read up to 2,000 characters and 20 query values; longer ones give no key.
    query = "&".join(f"p{n}=v{n}" for n in range(300))
    cards = "".join(
        _card(
            n,
            f"view.php?{query}&cam=k{n}" if n % 2 else f"/c/k{n}?{query[:1500]}",
            f"k{n}",
            f"Kai {n}",
        )
        for n in range(1, 400)
    )
    found = _parse(_grid(cards))
    assert found and all(c.id.startswith("k-") for c in found[::2])
    assert [(c.id, c.raw_name) for c in found[1:4:2]] == [("k2", "Kai 2"), ("k4", "Kai 4")]
