"""Video.js players fed by a script declared as HLS; card place lines led by a pin emoji.

A webcam page renders one video.js player per camera: its ``data-setup`` JSON names the
poster, its ``<source>`` declares a script serving the playlist as HLS
(``m3u8.php?camkey=…``) whatever the address looks like, a channel mask or watermark is
laid over it, and a page script may key each camera's state by the camera's key. Card
templates write a camera's place as a line led by a map-pin emoji (``📍 Split``).
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.statetables import give_states, state_tables
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://webcam.kutim.example/cams/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _player(
    key: str,
    name: str,
    *,
    source: str | None = None,
    kind: str = "application/x-mpegURL",
    setup: str | None = None,
    overlay: str = "",
) -> str:
    src = source if source is not None else f"m3u8.php?camkey={key}"
    options = setup if setup is not None else f'{{"controls": true, "poster": "posters/{key}.jpg"}}'
    return (
        f'<div class="outer-container"><h2>{name}</h2><div class="inner-container">{overlay}'
        f'<video id="player-{key}" class="video-js" data-setup=\'{options}\'>'
        f'<source src="{src}" type="{kind}"></video></div></div>'
    )


_MASK = '<div class="video-overlay"><img class="channel-mask" src="img/mask.png"></div>'


def _page(*players: str, script: str = "") -> str:
    return f"<html><head><script>{script}</script></head><body>{''.join(players)}</body></html>"


def test_typed_playlist_script_is_the_stream_keyed_by_its_query() -> None:
    """A source declared as HLS is the stream; its script's one key field is the id."""
    found = cameras(_page(_player("puncak", "Puncak Semeru"), _player("kobokan", "Besuk Kobokan")))
    assert [(c.id, c.raw_name) for c in found] == [
        ("puncak", "Puncak Semeru"),
        ("kobokan", "Besuk Kobokan"),
    ]
    assert found[0].stream_url == f"{BASE}m3u8.php?camkey=puncak"
    assert found[0].snapshot_url == f"{BASE}posters/puncak.jpg"


def test_vnd_apple_type_and_camera_field_names() -> None:
    """Apple's HLS type counts too, and ``cam``/``cam_id`` fields key the camera."""
    found = cameras(
        _page(
            _player(
                "a", "Dermaga", source="stream.aspx?cam=a", kind="application/vnd.apple.mpegurl"
            ),
            _player("b", "Jetty", source="hls.php?cam_id=b"),
        )
    )
    assert [(c.id, c.stream_url) for c in found] == [
        ("a", f"{BASE}stream.aspx?cam=a"),
        ("b", f"{BASE}hls.php?cam_id=b"),
    ]


def test_other_query_fields_are_no_id() -> None:
    """A version, a token or two fields key no camera: the id is derived."""
    found = cameras(
        _page(
            _player("a", "Dermaga", source="live.php?v=2"),
            _player("b", "Jetty", source="live.php?token=ZmSecret9"),
            _player("c", "Menara", source="live.php?cam=c&quality=hd"),
        )
    )
    assert len(found) == 3
    assert all(c.id.startswith("k-") for c in found)
    assert [c.raw_name for c in found] == ["Dermaga", "Jetty", "Menara"]


def test_undeclared_script_source_stays_no_stream() -> None:
    """A script address of no media shape without an HLS type is no stream."""
    found = cameras(
        _page(
            _player("a", "Dermaga", kind="video/mp4"),
            _player("b", "Jetty", kind="text/html"),
        )
    )
    assert all(c.stream_url is None for c in found)


def test_shaped_hls_source_beats_the_typed_script() -> None:
    """Beside an address shaped as HLS, a typed script is not the stream."""
    page = _page(
        '<div><h2>Dermaga</h2><video data-setup=\'{"poster": "p/a.jpg"}\'>'
        '<source src="m3u8.php?camkey=a" type="application/x-mpegURL">'
        '<source src="https://hls.kutim.example/a/index.m3u8" type="application/x-mpegURL">'
        "</video></div>"
    )
    (camera,) = cameras(page)
    assert camera.stream_url == "https://hls.kutim.example/a/index.m3u8"
    assert not camera.id.startswith("a")


def test_setup_poster_and_malformed_setup() -> None:
    """The poster of data-setup is the still; setup JSON that does not parse gives none."""
    found = cameras(
        _page(
            _player("a", "Dermaga"),
            _player("b", "Jetty", setup='{"poster": "posters/b.jpg",'),
        )
    )
    assert found[0].snapshot_url == f"{BASE}posters/a.jpg"
    assert found[1].snapshot_url is None


def test_setup_options_are_no_list_of_their_own() -> None:
    """A player's data-setup options are read with it, never as a camera of their own."""
    found = cameras(_page(_player("a", "Dermaga"), _player("b", "Jetty")))
    assert len(found) == 2


def test_channel_mask_over_the_player_is_no_camera() -> None:
    """A mask or watermark laid over each player is neither a camera nor its still."""
    watermark = '<div class="overlay"><img class="station-watermark" src="img/wm.png"></div>'
    found = cameras(
        _page(
            _player("a", "Dermaga", overlay=_MASK),
            _player("b", "Jetty", overlay=watermark),
        )
    )
    assert [(c.id, c.snapshot_url) for c in found] == [
        ("a", f"{BASE}posters/a.jpg"),
        ("b", f"{BASE}posters/b.jpg"),
    ]


def test_picture_in_a_plain_overlay_stays() -> None:
    """An overlay named for no player (a card's caption overlay) keeps its picture."""
    page = (
        '<div class="card"><div class="overlay"><img src="snap/1.jpg" alt="Dermaga"></div></div>'
        '<div class="card"><div class="overlay"><img src="snap/2.jpg" alt="Jetty"></div></div>'
    )
    assert [c.raw_name for c in cameras(page)] == ["Dermaga", "Jetty"]


def test_offline_still_showing_the_poster_is_the_players() -> None:
    """A picture showing a player's own poster (its offline still) is no second camera."""
    offline = '<div id="offline" style="background-image:url(posters/b.jpg)">Offline</div>'
    found = cameras(_page(_player("a", "Dermaga"), _player("b", "Jetty", overlay=offline)))
    assert [c.id for c in found] == ["a", "b"]


def test_state_table_keyed_by_the_camera_keys() -> None:
    """A script's states keyed by the cameras' keys give each camera its state."""
    script = (
        'var camStatus = {"a": {"cameraOn": true, "cameraOnline": true},'
        ' "b": {"cameraOn": false, "cameraOnline": false}};'
    )
    found = cameras(_page(_player("a", "Dermaga"), _player("b", "Jetty"), script=script))
    assert [(c.id, c.online) for c in found] == [("a", True), ("b", False)]


def test_state_table_of_other_keys_or_records_says_nothing() -> None:
    """A table keyed by other keys, or of records with addresses, gives no state."""
    scripts = [
        'var camStatus = {"x": {"online": true}, "y": {"online": false}};',
        (
            'var cams = {"a": {"online": true, "url": "https://a.kutim.example/x"},'
            ' "b": {"online": false, "url": "https://b.kutim.example/x"}};'
        ),
        'var labels = {"a": {"color": "red"}, "b": {"color": "blue"}};',
    ]
    for script in scripts:
        found = cameras(_page(_player("a", "Dermaga"), _player("b", "Jetty"), script=script))
        players = [c for c in found if c.raw_name in ("Dermaga", "Jetty")]
        assert [c.online for c in players] == [None, None], script


def test_give_states_bounds() -> None:
    """One matching camera, or a table mostly of other keys, is no state table."""
    items: list[JSONValue] = [{"id": "a"}, {"id": "b"}]
    big: dict[str, JSONValue] = {f"k{n}": {"online": True} for n in range(10)}
    big |= {"a": {"online": False}, "b": {"online": False}}
    give_states(items, state_tables([big]))
    assert items == [{"id": "a"}, {"id": "b"}]
    one: list[JSONValue] = [{"id": "a"}, {"id": "z"}]
    give_states(one, state_tables([{"a": {"online": True}, "b": {"online": True}}]))
    assert one == [{"id": "a"}, {"id": "z"}]
    own: list[JSONValue] = [{"id": "a", "online": False}, {"id": "b"}]
    give_states(own, state_tables([{"a": {"online": True}, "b": {"online": True}}]))
    assert own == [{"id": "a", "online": False}, {"id": "b", "online": True}]
    assert state_tables([{"a": {"online": True}}]) == []
    assert state_tables([{"a": {"nested": {"online": True}}, "b": {"online": True}}]) == []


def test_many_players_with_long_setups_and_a_huge_state_table_stay_bounded() -> None:
    """Long setups are read up to their bound, a huge state table only as far as its bound.

    1,000 players whose setup JSON is just past the bound (its poster never read) or
    within it, masks over each, and a state table of 50,000 entries: what is found is
    bounded; the time it takes is measured by ``scripts/bench_hostile.py``.
    """
    filler = "x" * 4000
    players = [
        _player(
            f"k{n}",
            f"Kamera {n}",
            setup=f'{{"poster": "posters/k{n}.jpg", "pad": "{filler if n % 2 else ""}"}}',
            overlay=_MASK,
        )
        for n in range(1000)
    ]
    table = ", ".join(f'"k{n}": {{"online": true}}' for n in range(50_000))
    found = cameras(_page(*players, script=f"var camStatus = {{{table}}};"))
    assert found
    assert all(c.snapshot_url is None for c in found if c.id in ("k1", "k3"))
    assert all(c.online is None for c in found)  # a table past its bound is none


def _pinned_card(name: str, line: str, key: str) -> str:
    return (
        f'<article class="tile"><img src="stills/{key}.jpg" alt="{name}">'
        f'<div class="tile-body"><h4>{name}</h4><small class="muted">{line}</small>'
        f'<a class="btn" href="hls/{key}/index.m3u8">Play</a></div></article>'
    )


def test_pin_emoji_line_names_the_cards_place() -> None:
    """A card's line led by a pin emoji (📍, 📌, with a variation selector) is its area."""
    page = "".join(
        [
            _pinned_card("Tartinijev trg", "📍 Piran", "a"),
            _pinned_card("Marina", "📌 Izola", "b"),
            _pinned_card("Riva", "\U0001f4cd\ufe0f Donji Seget", "c"),
        ]
    )
    assert [(c.raw_name, c.area) for c in cameras(page)] == [
        ("Tartinijev trg", "Piran"),
        ("Marina", "Izola"),
        ("Riva", "Donji Seget"),
    ]


def test_pin_emoji_lines_that_name_no_place() -> None:
    """A lower-case rest, a sentence, a glyph alone or not leading names no place."""
    page = "".join(
        [
            _pinned_card("Luka", "📍 pogled proti pomolu", "a"),
            _pinned_card("Terminal", "📍 View From The Old Harbour Office Roof", "b"),
            _pinned_card("Marina", "📍", "c"),
            _pinned_card("Riva", "Lokacija 📍 Split", "d"),
        ]
    )
    assert [c.area for c in cameras(page)] == [None, None, None, None]


def _located_card(name: str, place: str, key: str) -> str:
    """A card whose place sits in an element classed as its location, after its player."""
    return (
        f'<div class="card"><iframe src="https://www.youtube.com/embed/{key}AbCdEfGh1"></iframe>'
        f'<div class="card-info"><h5 class="cctv-title">{name}</h5>'
        f'<span class="cctv-location">{place}</span></div></div>'
    )


def test_a_location_badges_pin_glyph_is_never_part_of_the_area() -> None:
    """A location element's pin glyph decorates it: the area is the text after it.

    Lines the pin rule does not take on their own (a comma, more than four words, a
    lower-case rest) are read by the location element's class, without the glyph; a
    glyph alone gives no area.
    """
    page = "".join(
        [
            _located_card("Front Loading", "📍 Pit Sangatta Barat, Blok 3", "a"),
            _located_card("Hauling KM 8", "📌 Jalur Hauling Sangatta - Bengalon Lama", "b"),
            _located_card("Crusher", "\U0001f4cd\ufe0f Dermaga Muat Kenyamukan", "c"),
            _located_card("Gerbang", "📍", "d"),
        ]
    )
    areas = [c.area for c in cameras(page)]
    assert areas == [
        "Pit Sangatta Barat, Blok 3",
        "Jalur Hauling Sangatta - Bengalon Lama",
        "Dermaga Muat Kenyamukan",
        None,
    ]
    assert not any(a and a[:1] in ("\U0001f4cd", "\U0001f4cc") for a in areas)
