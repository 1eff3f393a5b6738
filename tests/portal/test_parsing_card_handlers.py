"""Card pages: player calls in event directives, and status pills on cards."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/cctv/"
URLS = (
    "https://atcs.kutim.example/hls/a/index.m3u8",
    "https://atcs.kutim.example/hls/b/index.m3u8",
)


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "attribute",
    [
        *("onclick", "@click", "@click.prevent", "x-on:click", "v-on:click", "ng-click"),
        *("data-ng-click", "wire:click", "wire:click.prevent", "ondblclick"),
    ],
)
@pytest.mark.parametrize(
    "call",
    [
        "putar('{url}', '{name}')",
        "lihat('{name}', '{url}')",
        "$dispatch('open-player', {{ url: '{url}', title: '{name}' }})",
        "$emit('putar', {{nama: '{name}', src: '{url}'}})",
    ],
)
@pytest.mark.parametrize("tag", ["img", "button", "div", "a"])
def test_player_call_in_any_event_directive(attribute: str, call: str, tag: str) -> None:
    """A stream handed to a player by any event attribute is the card's, named by the call."""
    cards = []
    for url, name in zip(URLS, ("Simpang Kabo", "Jl. Yos Sudarso"), strict=True):
        code = call.format(url=url, name=name)
        inner = f'<{tag} {attribute}="{code}"'
        inner += " src='/thumb/x.jpg'>" if tag == "img" else ' href="#">Putar</' + tag + ">"
        cards.append(f'<div class="card"><div class="body">{inner}</div></div>')
    found = cameras('<div class="row">' + "".join(cards) + "</div>")
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Simpang Kabo", URLS[0]),
        ("Jl. Yos Sudarso", URLS[1]),
    ]


def test_handler_codes_never_name_a_camera() -> None:
    """Event names, element ids and code beside the address never name the camera."""
    page = (
        '<div class="card"><h4>Pasar Sangatta</h4>'
        f"<button onclick=\"play('#modal', 'open-player', '{URLS[0]}')\">Putar</button></div>"
        '<div class="card"><h4>Dermaga Maloy</h4>'
        f"<button onclick=\"play('#modal', 'open-player', '{URLS[1]}')\">Putar</button></div>"
    )
    found = cameras(page)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Pasar Sangatta", URLS[0]),
        ("Dermaga Maloy", URLS[1]),
    ]


def test_not_an_event_attribute_hands_nothing() -> None:
    """Only event attributes are handler code: a data-note quoting an address is not."""
    page = f'<div class="card"><h4>Kabo</h4><span data-note="x(\'{URLS[0]}\')">i</span></div>'
    with pytest.raises(Exception, match="No camera list"):
        cameras(page)


def test_clicked_picture_keeps_its_still_but_never_a_logo() -> None:
    """A clicked picture is the still of the stream it plays, unless it is a logo."""
    page = (
        f'<div class="card"><img src="/snap/a.jpg" onclick="putar(\'{URLS[0]}\',\'Kabo\')"></div>'
        f'<div class="card"><img src="/img/logo.png" onclick="putar(\'{URLS[1]}\',\'Tugu\')"></div>'
    )
    found = cameras(page)
    assert [(c.raw_name, c.snapshot_url) for c in found] == [
        ("Kabo", "https://portal.kutim.example/snap/a.jpg"),
        ("Tugu", None),
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("Online", "Offline"), [True, False]),
        (("Aktif", "Mati"), [True, False]),
        (("ONLINE", "Rusak"), [True, False]),
        (("Tersedia", "Dalam Perbaikan"), [True, False]),
    ],
)
@pytest.mark.parametrize(
    "pill",
    [
        '<span class="badge">{word}</span>',
        '<span class="rounded-full"><span class="dot"></span> {word}</span>',
        '<p class="x"><small>{word}</small></p>',
    ],
)
def test_status_pill_on_each_card(words: tuple[str, str], expected: list[bool], pill: str) -> None:
    """A status pill inside a card gives that card's camera its status."""
    cards = "".join(
        f'<div class="card"><h4>Kamera {n}</h4>{pill.format(word=word)}'
        f"<button onclick=\"putar('{url}')\">Putar</button></div>"
        for n, (word, url) in enumerate(zip(words, URLS, strict=True))
    )
    found = cameras(f'<div class="row">{cards}</div>')
    assert [c.online for c in found] == expected


def test_status_of_a_section_or_a_sentence_belongs_to_no_camera() -> None:
    """Several pills in one card, a long sentence and a LIVE label give no status."""
    page = (
        '<div class="card"><h4>Kabo</h4><span>Online</span><span>Offline</span>'
        f"<button onclick=\"putar('{URLS[0]}')\">Putar</button></div>"
        '<div class="card"><h4>Tugu</h4><span class="badge">LIVE</span>'
        "<p>Kamera ini online setiap hari kecuali saat perbaikan jaringan</p>"
        f"<button onclick=\"putar('{URLS[1]}')\">Putar</button></div>"
    )
    found = cameras(f'<div class="row">{page}</div>')
    assert [(c.raw_name, c.online) for c in found] == [("Kabo", None), ("Tugu", None)]


def test_a_status_pill_never_overrides_a_status_attribute() -> None:
    """A card's own data-status wins over a pill in its text."""
    page = (
        f'<div class="cam" data-hls="{URLS[0]}" data-status="offline"><h4>Kabo</h4>'
        '<span class="badge">Online</span></div>'
        f'<div class="cam" data-hls="{URLS[1]}" data-status="offline"><h4>Tugu</h4></div>'
    )
    found = cameras(page)
    assert [c.online for c in found] == [False, False]


def test_huge_handlers_and_pills_stay_bounded() -> None:
    """Long handlers and overlong pill texts give each card its stream and no status."""
    noise = "x" * 5000
    cards = "".join(
        f'<div class="card"><span>{noise} Online</span>'
        f"<b onclick=\"f('/hls/{i}.m3u8', '{noise}', 'A {i}', '{'q' * 3000}')\">p</b></div>"
        for i in range(400)
    )
    found = cameras(cards)
    assert [c.stream_url for c in found] == [
        f"https://portal.kutim.example/hls/{i}.m3u8" for i in range(400)
    ]
    assert all(c.online is None for c in found)


def _video(name: str, url: str, poster: str) -> str:
    return (
        f'<div class="col"><h5>{name}</h5><video controls poster="{poster}">'
        f'<source src="{url}" type="application/x-mpegURL"></video></div>'
    )


@pytest.mark.parametrize(
    "poster", ["/img/loading.gif", "/assets/no-signal.png", "https://cdn.kutim.example/stock.jpeg"]
)
def test_a_poster_every_player_shows_is_no_still(poster: str) -> None:
    """A placeholder shared by cameras with different streams is no still; own ones stay."""
    page = (
        _video("Simpang Polres", URLS[0], poster)
        + _video("Terminal", URLS[1], poster)
        + _video("Pelabuhan", "https://atcs.kutim.example/hls/c.m3u8", "/snap/c.jpg")
    )
    found = cameras(f'<div class="row">{page}</div>')
    assert [(c.raw_name, c.snapshot_url) for c in found] == [
        ("Simpang Polres", None),
        ("Terminal", None),
        ("Pelabuhan", "https://portal.kutim.example/snap/c.jpg"),
    ]


def test_a_picture_shown_twice_for_one_stream_stays_its_still() -> None:
    """The same camera shown twice (a slider and a grid) keeps its still."""
    page = _video("Kabo", URLS[0], "/snap/kabo.jpg") + _video("Kabo", URLS[0], "/snap/kabo.jpg")
    found = cameras(f'<div class="row">{page}</div>')
    assert {c.snapshot_url for c in found} == {"https://portal.kutim.example/snap/kabo.jpg"}


def test_a_shared_picture_never_drops_a_camera() -> None:
    """Cards whose only shared media is a placeholder still keep their own streams."""
    cards = "".join(
        f'<div class="card"><img src="/img/default.jpg" alt="{name}"><h5>{name}</h5>'
        f'<a class="btn" href="https://cam{n}.kutim.example/mjpg/video.mjpg">Lihat</a></div>'
        for n, name in enumerate(("Balai Desa", "Lapangan", "Masjid"))
    )
    found = cameras(f'<div class="row">{cards}</div>')
    assert [(c.raw_name, c.mjpeg_url, c.snapshot_url) for c in found] == [
        (name, f"https://cam{n}.kutim.example/mjpg/video.mjpg", None)
        for n, name in enumerate(("Balai Desa", "Lapangan", "Masjid"))
    ]
