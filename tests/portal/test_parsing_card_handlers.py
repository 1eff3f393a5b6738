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


def _cam(name: str, n: int) -> str:
    return (
        f'<div class="card"><img src="/snap/{n}.jpg" alt="{name}"><h5>{name}</h5>'
        f'<button data-stream="https://atcs.kutim.example/hls/{n}.m3u8">Tonton</button></div>'
    )


_SECTIONS = {
    "tabs": (
        '<ul class="nav"><li><a href="#k1" data-toggle="tab">Sangatta Utara (2)</a></li>'
        '<li><a href="#k2" data-toggle="tab">Bengalon (1)</a></li></ul>'
        '<div class="tab-content"><div class="tab-pane" id="k1">{one}</div>'
        '<div class="tab-pane" id="k2">{two}</div></div>'
    ),
    "accordion": (
        '<div class="accordion"><h2 class="accordion-header" id="h1"><button '
        'data-bs-target="#c1" aria-controls="c1">Sangatta Utara <span class="badge">2</span>'
        '</button></h2><div id="c1" class="collapse" aria-labelledby="h1">{one}</div>'
        '<h2 id="h2"><button data-bs-target="#c2">Bengalon <span>1</span></button></h2>'
        '<div id="c2" class="collapse" aria-labelledby="h2">{two}</div></div>'
    ),
    "labelledby": (
        '<span id="l1">Sangatta Utara</span><span id="l2">Bengalon</span>'
        '<section aria-labelledby="l1">{one}</section><section aria-labelledby="l2">{two}</section>'
    ),
    "fieldset": (
        "<fieldset><legend>Sangatta Utara</legend>{one}</fieldset>"
        "<fieldset><legend>Bengalon</legend>{two}</fieldset>"
    ),
    "details": (
        "<details open><summary>Sangatta Utara</summary>{one}</details>"
        "<details><summary>Bengalon</summary>{two}</details>"
    ),
}


@pytest.mark.parametrize("shape", sorted(_SECTIONS))
def test_section_label_is_the_area_of_its_cards(shape: str) -> None:
    """Tabs, accordion headers, legends and summaries name the area of the cards inside."""
    page = _SECTIONS[shape].format(
        one=_cam("Simpang Kabo", 1) + _cam("Taman Bersemi", 2), two=_cam("Pasar Bengalon", 3)
    )
    found = cameras(page)
    assert [(c.raw_name, c.area) for c in found] == [
        ("Simpang Kabo", "Sangatta Utara"),
        ("Taman Bersemi", "Sangatta Utara"),
        ("Pasar Bengalon", "Bengalon"),
    ]


def test_tabs_per_camera_or_a_single_section_name_no_area() -> None:
    """A tab per camera, or one labelled section, is no area."""
    per_camera = _SECTIONS["tabs"].replace("Sangatta Utara (2)", "Simpang Kabo")
    per_camera = per_camera.replace("Bengalon (1)", "Pasar Bengalon")
    found = cameras(per_camera.format(one=_cam("Simpang Kabo", 1), two=_cam("Pasar Bengalon", 3)))
    assert [c.area for c in found] == [None, None]
    single = "<fieldset><legend>Daftar Kamera</legend>{one}</fieldset>".format(
        one=_cam("Simpang Kabo", 1) + _cam("Taman Bersemi", 2)
    )
    assert [c.area for c in cameras(single)] == [None, None]


def test_a_card_area_attribute_wins_over_its_section() -> None:
    """A card's own kecamatan wins over the label of the section holding it."""
    own = (
        '<div class="cam" data-hls="https://atcs.kutim.example/hls/{n}.m3u8" '
        'data-kecamatan="Teluk Pandan"><h5>Kamera {n}</h5></div>'
    )
    page = _SECTIONS["fieldset"].format(
        one=own.format(n=1) + _cam("Taman Bersemi", 2),
        two=_cam("Pasar Bengalon", 3) + _cam("Sepaso", 4),
    )
    assert sorted((c.raw_name, c.area) for c in cameras(page)) == [
        ("Kamera 1", "Teluk Pandan"),
        ("Pasar Bengalon", "Bengalon"),
        ("Sepaso", "Bengalon"),
        ("Taman Bersemi", "Sangatta Utara"),
    ]


def test_a_video_is_named_by_the_caption_after_it_not_the_page_heading() -> None:
    """A player whose card title follows it is named by that title."""
    cards = "".join(
        f'<div class="card"><video data-src="https://atcs.kutim.example/hls/{n}.m3u8"></video>'
        f'<div class="card-body"><h6 class="card-title">{name}</h6></div></div>'
        for n, name in enumerate(("Taman Bersemi", "Jembatan Pinang"))
    )
    found = cameras(
        f'<div class="container"><h4>Tayangan CCTV</h4><div class="row">{cards}</div></div>'
    )
    assert [c.raw_name for c in found] == ["Taman Bersemi", "Jembatan Pinang"]


def test_many_section_labels_stay_bounded() -> None:
    """Thousands of tab labels are remembered up to a bound and the page still reads."""
    tabs = "".join(f'<a href="#t{i}">Tab {i}</a>' for i in range(3000))
    page = tabs + _SECTIONS["fieldset"].format(
        one=_cam("Simpang Kabo", 1) + _cam("Taman Bersemi", 2), two=_cam("Pasar Bengalon", 3)
    )
    assert [c.area for c in cameras(page)] == ["Sangatta Utara", "Sangatta Utara", "Bengalon"]


@pytest.mark.parametrize(
    "tag", ["media-player", "hls-video", "dash-video", "mux-video", "shaka-video", "video-js"]
)
def test_web_component_players_are_cameras(tag: str) -> None:
    """A web-component player with a src is a camera named by its title or its card."""
    page = (
        f'<article><{tag} title="Dermaga Sangkulirang" src="{URLS[0]}"></{tag}></article>'
        f"<article><h3>Pasar Sangkulirang</h3><{tag} src='{URLS[1]}'></{tag}></article>"
    )
    found = cameras(page)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Dermaga Sangkulirang", URLS[0]),
        ("Pasar Sangkulirang", URLS[1]),
    ]


def test_poster_element_inside_a_player_is_its_still() -> None:
    """A <media-poster> inside a player is its still; one outside any player is nothing."""
    page = (
        '<media-poster src="/stray.jpg"></media-poster>'
        f'<media-player title="Dermaga" src="{URLS[0]}"><media-provider>'
        '<media-poster src="/poster/dermaga.jpg" alt="x"></media-poster></media-provider>'
        f'</media-player><media-player title="Pasar" src="{URLS[1]}"></media-player>'
    )
    found = cameras(page)
    assert [(c.raw_name, c.snapshot_url) for c in found] == [
        ("Dermaga", "https://portal.kutim.example/poster/dermaga.jpg"),
        ("Pasar", None),
    ]


# --- An element whose own id is its live address ------------------------------------------


def _id_cards(ids: tuple[str, ...], state: str = "") -> str:
    return (
        "<html><body>"
        + "".join(
            f'<div class="avs_thumb" id="{value}" title="Cam {n}" '
            f"onclick='display_camera(this.id, this.title)'>"
            f'<img class="image" src="https://atcs.kutim.example/thumb/{n}.png" alt="">'
            f'<span class="title">Cam {n}</span> <span class="note">{state}</span></div>'
            for n, value in enumerate(ids)
        )
        + "</body></html>"
    )


def test_an_element_id_written_as_a_live_address_is_its_stream() -> None:
    found = cameras(_id_cards(URLS))
    assert [(c.raw_name, c.stream_url) for c in found] == [("Cam 0", URLS[0]), ("Cam 1", URLS[1])]
    # The unlabelled thumbnail inside the element handing the stream is its still.
    assert [c.snapshot_url for c in found] == [
        "https://atcs.kutim.example/thumb/0.png",
        "https://atcs.kutim.example/thumb/1.png",
    ]


def test_a_state_written_in_parentheses_is_the_cameras() -> None:
    found = cameras(_id_cards(URLS, "(Under Maintenance)"))
    assert [c.online for c in found] == [False, False]
    assert [c.online for c in cameras(_id_cards(URLS, "(Online)"))] == [True, True]


@pytest.mark.parametrize(
    "value",
    [
        "cam-1",  # a plain id
        "https://atcs.kutim.example/cctv/simpang",  # a page, no media
        "https://atcs.kutim.example/thumb/0.png",  # a picture is no live address
        "/hls/a/index.m3u8",  # a relative path is no absolute address
    ],
)
def test_an_element_id_that_is_no_absolute_live_address_hands_nothing(value: str) -> None:
    page = (
        f'<html><body><div id="{value}" onclick="go(this.id)"><span>Simpang</span></div>'
        f'<div><img src="https://atcs.kutim.example/snap/x.jpg" alt="Pasar"></div></body></html>'
    )
    assert [c.stream_url for c in cameras(page)] == [None]
