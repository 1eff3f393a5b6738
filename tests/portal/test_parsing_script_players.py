"""Video players set up in page scripts: one camera per player, named by its card."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.javascript import call_values, script_values
from custom_components.kutim_cctv.portal.parsing.players import find_players, player_items
from custom_components.kutim_cctv.portal.values import generic_label, quality_label, quality_rank

BASE = "https://cctv.kutim.example/live/"
HOST = "https://stream.kutim.example"
NAMES = ("Simpang Tiga Sangatta", "Bundaran Patung Burung", "Jl. Yos Sudarso II")


def cameras(text: str, base: str = BASE) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def cards(count: int, element: str = "div", title: str = "h5") -> str:
    """Return a grid of titled cards, each holding an empty player element p{n}."""
    return "".join(
        f"<div class='card'><{title} class='card-title'>{NAMES[n]}</{title}>"
        f"<div class='card-body'><{element} id='p{n}'></{element}></div></div>"
        for n in range(count)
    )


def page(body: str, script: str, title: str = "CCTV Kutai Timur") -> str:
    """Return a page with markup and one script."""
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<h1>Pantauan CCTV</h1><div class='row'>{body}</div>"
        f"<script>{script}</script></body></html>"
    )


def stream(n: int) -> str:
    """Return the stream of camera n."""
    return f"{HOST}/hls/cam{n}/index.m3u8"


def poster(n: int) -> str:
    """Return the still of camera n."""
    return f"{HOST}/poster/cam{n}.jpg"


# One player attached to element p{n}, with a poster, per library.
SETUPS = {
    "jwplayer": "jwplayer('p{n}').setup({{file: '{s}', image: '{p}', width: '100%'}});",
    "jwplayer-var": "var j{n} = jwplayer('p{n}'); j{n}.setup({{file: '{s}', image: '{p}'}});",
    "clappr-parentId": "new Clappr.Player({{source: '{s}', parentId: '#p{n}', poster: '{p}'}});",
    "clappr-parent": (
        "var c{n} = new Clappr.Player({{source: '{s}', poster: '{p}', "
        "parent: document.getElementById('p{n}'), plugins: [HlsjsPlayback]}});"
    ),
    "videojs": "videojs('p{n}', {{sources: [{{src: '{s}', type: 'application/x-mpegURL'}}], poster: '{p}'}});",
    "videojs-element": (
        "videojs(document.querySelector('#p{n}'), {{poster: '{p}', sources: [{{src: '{s}'}}]}});"
    ),
    "flowplayer": "flowplayer('#p{n}', {{splash: '{p}', clip: {{sources: [{{type: 'application/x-mpegurl', src: '{s}'}}]}}}});",
    "flowplayer-native": "flowplayer(document.getElementById('p{n}'), {{src: '{s}', poster: '{p}'}});",
    "dplayer": (
        "const d{n} = new DPlayer({{container: document.getElementById('p{n}'), "
        "video: {{url: '{s}', type: 'hls', pic: '{p}'}}, contextmenu: []}});"
    ),
    "plyr": (
        "const y{n} = new Plyr('#p{n}'); "
        "y{n}.source = {{type: 'video', sources: [{{src: '{s}', size: 720}}], poster: '{p}'}};"
    ),
    "ovenplayer": "OvenPlayer.create('p{n}', {{image: '{p}', sources: [{{type: 'hls', file: '{s}'}}]}});",
}


@pytest.mark.parametrize("library", sorted(SETUPS))
@pytest.mark.parametrize("count", [1, 3])
def test_players_are_named_by_their_card(library: str, count: int) -> None:
    """Every library's player is one camera named by its card, with its poster as still."""
    script = "\n".join(SETUPS[library].format(n=n, s=stream(n), p=poster(n)) for n in range(count))
    found = cameras(page(cards(count), script))
    assert [(c.raw_name, c.stream_url, c.snapshot_url) for c in found] == [
        (NAMES[n], stream(n), poster(n)) for n in range(count)
    ]
    assert not any(c.raw_name and c.raw_name.startswith(("#", "p")) for c in found)


@pytest.mark.parametrize("element", ["video", "video-js", "div"])
def test_hls_and_shaka_attach_to_titled_elements(element: str) -> None:
    """hls.js and Shaka name a stream by the card of the element it is attached to."""
    script = (
        f"var v0 = document.getElementById('p0'); var h0 = new Hls();"
        f"h0.loadSource('{stream(0)}'); h0.attachMedia(v0);"
        f"const src1 = '{stream(1)}'; const h1 = new Hls(); h1.loadSource(src1);"
        f"h1.attachMedia(document.querySelector('#p1'));"
        f"const s2 = new shaka.Player(); await s2.attach(document.getElementById('p2'));"
        f"await s2.load('{HOST}/dash/cam2/manifest.mpd');"
    )
    found = cameras(page(cards(3, element), script))
    assert [(c.raw_name, c.stream_url) for c in found] == [
        (NAMES[0], stream(0)),
        (NAMES[1], stream(1)),
        (NAMES[2], f"{HOST}/dash/cam2/manifest.mpd"),
    ]


def test_element_poster_and_data_id() -> None:
    """The attached element's poster is the still and its data id the camera's id."""
    body = (
        "<figure><video id='v1' data-id='ktm-07' data-poster='/snap/7.jpg'></video>"
        f"<figcaption>{NAMES[0]}</figcaption></figure>"
    )
    script = f"var hls = new Hls(); hls.loadSource('{stream(7)}'); hls.attachMedia(document.getElementById('v1'));"
    (camera,) = cameras(page(body, script))
    assert (camera.id, camera.raw_name, camera.stream_url, camera.snapshot_url) == (
        "ktm-07",
        NAMES[0],
        stream(7),
        "https://cctv.kutim.example/snap/7.jpg",
    )


def test_player_title_beats_the_card() -> None:
    """A player's own title names it; a title that is only a quality label does not."""
    script = (
        f"flowplayer('#p0', {{src: '{stream(0)}', title: 'Muara Bengalon'}});"
        f"flowplayer('#p1', {{src: '{stream(1)}', title: 'HD'}});"
    )
    found = cameras(page(cards(2), script))
    assert [c.raw_name for c in found] == ["Muara Bengalon", NAMES[1]]


def test_player_without_a_card_takes_the_page_name() -> None:
    """A player attached to an element outside any card is named by the page heading."""
    script = f"jwplayer('solo').setup({{file: '{stream(0)}'}});"
    (camera,) = cameras(page("<div id='solo'></div>", script))
    assert camera.raw_name == "Pantauan CCTV"


def test_jw_playlist_items_with_quality_sources() -> None:
    """Each playlist item is a camera: its title, mediaid and image, its best HLS source."""
    items = ",".join(
        f"{{mediaid: 'k{n}', title: '{NAMES[n]}', image: '{poster(n)}', sources: ["
        f"{{file: '{HOST}/hls/cam{n}/360.m3u8', label: 'SD'}},"
        f"{{file: '{HOST}/hls/cam{n}/1080.m3u8', label: '1080p'}},"
        f"{{file: '{HOST}/hls/cam{n}/720.m3u8', label: 'HD'}},"
        f"{{file: '{HOST}/mp4/cam{n}.mp4', label: 'Auto'}}]}}"
        for n in range(3)
    )
    script = f"jwplayer('player').setup({{playlist: [{items}], visualplaylist: true}});"
    found = cameras(page("<div id='player'></div>", script))
    assert [(c.id, c.raw_name, c.stream_url, c.snapshot_url) for c in found] == [
        (f"k{n}", NAMES[n], f"{HOST}/hls/cam{n}/1080.m3u8", poster(n)) for n in range(3)
    ]


@pytest.mark.parametrize(
    ("labels", "best"),
    [
        (("Rendah", "Tinggi"), 1),
        (("Tinggi", "Sedang", "Rendah"), 0),
        (("Cadangan", "Utama"), 1),
        (("Utama", "Cadangan"), 0),
        (("480p", "720p", "360p"), 1),
        (("Low", "High"), 1),
        (("HD", "Auto"), 1),
        (("SD", "Full HD", "HD"), 1),
    ],
)
def test_best_quality_source_wins(labels: tuple[str, ...], best: int) -> None:
    """Of several labelled sources, the best quality is the stream; no label names it."""
    quality = ",".join(
        f"{{name: '{label}', url: '{HOST}/hls/q{i}.m3u8', type: 'hls'}}"
        for i, label in enumerate(labels)
    )
    script = f"new DPlayer({{container: document.getElementById('p0'), video: {{quality: [{quality}]}}}});"
    (camera,) = cameras(page(cards(1), script))
    assert (camera.raw_name, camera.stream_url) == (NAMES[0], f"{HOST}/hls/q{best}.m3u8")


def test_markup_sources_pick_the_best_hls() -> None:
    """A <video-js> with labelled <source> children is one camera with the best HLS source."""
    body = (
        "<figure><video-js id='x' poster='/snap/x.jpg'>"
        "<source src='/hls/x_low.m3u8' type='application/x-mpegURL' label='Rendah'>"
        "<source src='/mp4/x.mp4' type='video/mp4' label='1080p'>"
        "<source src='/hls/x_high.m3u8' type='application/x-mpegURL' label='Tinggi'>"
        f"</video-js><figcaption>{NAMES[2]}</figcaption></figure>"
    )
    (camera,) = cameras(page(body, "videojs('x');"))
    assert (camera.raw_name, camera.stream_url, camera.snapshot_url) == (
        NAMES[2],
        "https://cctv.kutim.example/hls/x_high.m3u8",
        "https://cctv.kutim.example/snap/x.jpg",
    )


@pytest.mark.parametrize(
    "label",
    [
        *("HD", "SD", "Auto", "720p", "1080p", "Low", "High", "Sedang", "Tinggi", "Rendah"),
        *("Utama", "Cadangan", "hd 720p", "FULL HD", "1080p60", "4K"),
    ],
)
def test_quality_labels_never_name_a_camera(label: str) -> None:
    """Quality and source labels are no names, in JSON lists as in markup."""
    assert quality_label(label)
    assert generic_label(label)
    found = cameras(f'[{{"label": "{label}", "file": "{stream(1)}"}}]')
    assert found[0].raw_name != label


@pytest.mark.parametrize("text", ["Jalan Utama", "Kamera Utama", "Simpang 720", "Sedang Hujan"])
def test_names_holding_quality_words_stay_names(text: str) -> None:
    """Only a label that is nothing but a quality is one; names holding such words stay."""
    assert not quality_label(text)
    assert quality_rank(text) is None


def test_quality_ranks_order() -> None:
    """Ranks order the usual labels from backup to adaptive."""
    order = ["Cadangan", "Rendah", "SD", "HD", "1080p", "Auto"]
    ranks = [quality_rank(label) for label in order]
    assert all(rank is not None for rank in ranks)
    assert ranks == sorted(ranks)  # type: ignore[type-var]
    assert quality_rank(720) == 720
    assert quality_rank(True) is None
    assert quality_rank(5) is None


def test_setups_are_not_read_again_as_data() -> None:
    """Script data readers skip the setups players were read from."""
    script = (
        "jwplayer('p0').setup({playlist: [{title: 'A', sources: "
        f"[{{file: '{stream(0)}', label: 'SD'}}, {{file: '{stream(1)}', label: 'HD'}}]}}]}});"
    )
    players = find_players([script], BASE)
    spans = [player.span for _number, player in players]
    assert call_values(script)  # without the spans the playlist is data
    assert call_values(script, spans) == []
    assert script_values("var x = " + "{a: [{b: 1}]}", [(0, 10)]) == []
    found = cameras(page(cards(1), script))
    assert [(c.raw_name, c.stream_url) for c in found] == [("A", stream(1))]


def test_credentials_are_stripped_from_player_sources() -> None:
    """A source written with a login loses it."""
    script = "new Clappr.Player({source: 'https://admin:RahasiaKutim1@stream.kutim.example/hls/a.m3u8', parentId: '#p0'});"
    (camera,) = cameras(page(cards(1), script))
    assert "RahasiaKutim1" not in (camera.stream_url or "")
    assert camera.stream_url == "https://stream.kutim.example/hls/a.m3u8"


def test_player_titles_are_plain_text() -> None:
    """Markup in a player's title or card never reaches a name."""
    script = (
        f"flowplayer('#p0', {{src: '{stream(0)}', title: '<img src=x onerror=alert(1)>Pasar'}});"
    )
    (camera,) = cameras(page(cards(1), script))
    assert "<" not in (camera.name or "") and ">" not in (camera.name or "")


def test_non_streams_make_no_player_cameras() -> None:
    """A player whose sources are no streams (MP4, RTMP, images, variables) is no camera."""
    script = (
        "jwplayer('p0').setup({file: '/video/intro.mp4'});"
        "new Clappr.Player({source: 'rtmp://stream.kutim.example/live/a', parentId: '#p1'});"
        "videojs('p2', {sources: [{src: someVar}], poster: '/a.jpg'});"
    )
    with pytest.raises(PortalFormatError):
        cameras(page(cards(3), script))


# ---------------------------------------------------------------------------
# Hostile input
# ---------------------------------------------------------------------------


def test_many_players_are_capped() -> None:
    """Thousands of players give a bounded number of cameras."""
    script = "".join(
        f"new Clappr.Player({{source: '{HOST}/hls/{n}.m3u8', parentId: '#p{n}'}});"
        for n in range(5000)
    )
    players = find_players([script], BASE)
    assert len(players) <= 200
    items = player_items(players, BASE, lambda _target: {})
    assert len(items) <= 800


def test_playlist_and_sources_are_capped() -> None:
    """A huge playlist or source list is read only up to its caps."""
    entries = ",".join(f"{{title: 'K{n}', file: '{HOST}/hls/{n}.m3u8'}}" for n in range(3000))
    players = find_players([f"jwplayer('p').setup({{playlist: [{entries}]}});"], BASE)
    assert len(player_items(players, BASE, lambda _target: {})) <= 500


@pytest.mark.parametrize(
    "script",
    [
        "jwplayer('p0').setup({playlist: [{file: 'x.m3u8'",  # unclosed
        "new Clappr.Player({" + "[" * 5000 + "]" * 5000 + "});",  # deep nesting
        "new Clappr.Player({" + "{a:" * 600 + "1" + "}" * 600 + "});",
        "videojs(" * 2000,
        "hls.loadSource(" * 2000 + "hls.attachMedia(" * 2000,
        "jwplayer('p0').setup({file: '" + "a" * 300_000 + ".m3u8'});",
        "flowplayer('#p0', {src: `${base}/a.m3u8`});",
        "new DPlayer({container: document.getElementById('p0'), video: {url: f()}});",
    ],
)
def test_malformed_setups_end_cleanly(script: str) -> None:
    """Malformed or hostile setups give a clear error or a bounded result, never a crash."""
    message = ""
    found: tuple[Camera, ...] = ()
    try:
        found = cameras(page(cards(1), script))
    except PortalFormatError as err:
        message = str(err)
    assert message.startswith("No camera list found") if message else len(found) <= 2000


def test_element_index_is_bounded() -> None:
    """A page with very many ids keeps a bounded element index and still parses."""
    body = "".join(f"<div id='e{n}'></div>" for n in range(20_000))
    script = f"jwplayer('e19999').setup({{file: '{stream(0)}'}});"
    (camera,) = cameras(page(body, script))
    assert camera.stream_url == stream(0)
    assert camera.raw_name == "Pantauan CCTV"
