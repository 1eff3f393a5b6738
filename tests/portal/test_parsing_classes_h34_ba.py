"""Players set up by a page function called once per camera, read after holdout 34.

Pages often wrap a player library's setup in a function of their own and call it once
per camera with literals: ``function startFlv(elementId, mediaUrl) {… flvjs.createPlayer(
{type: 'flv', url: mediaUrl}); player.attachMediaElement(document.getElementById(
elementId)) …}`` then ``startFlv('video1', 'https://…/cam1.flv')``; the same with hls.js
(``Hlsplay(document.getElementById('cam2'), '/hls/cam2.m3u8')``), mpegts.js and video.js.
Each call reads as the function's body with its parameters written as the call's
literals, so the player it sets up is a camera like one written out in full: its stream
is the address handed over, its name the caption of the element it is attached to.

Only literal arguments are read (strings, strings joined by ``+``, numbers, element
lookups by id); a call passing a variable or an expression, a function making no player
call, a property key or a member named like a parameter, and the function's own
definition are never read as a call.

A ``<video>`` giving its still in ``data-poster`` (Plyr's markup, lazy loaders such as
lazysizes) has that still as a ``poster`` would give it; a ``poster`` beside it wins, and
an address that is no picture (a stream written there) is no still.

A player's own block holding its video and one line of text (a caption under or over
the video, ``<p class="text-center">Pasar Masaran</p>``) is named by that line when it
has no title; a block of two lines, a state or a labelled place line names nothing. One
heading over all the cameras closing with a bracketed labelled part naming a group or a
place (``Live CCTV (Group : Masaran)``, ``[Kecamatan: Tirtomoyo]``) gives that place as
their area; a bracketed count or state, another label (``(Operator : Budi)``), or a part
naming a camera gives none.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.helpercalls import (
    MAX_CALLED_TEXT,
    MAX_CALLS,
    helper_calls,
    substitute,
)
from custom_components.kutim_cctv.portal.parsing.players import _HELPER_WORDS

BASE = "https://atcs.kab.example/live"


def parse(page: str) -> tuple[Camera, ...]:
    """Parse a page with the page profile."""
    return parse_body(page, profile=Profile.AUTO, base_url=BASE).cameras


def parse_any(page: str) -> tuple[Camera, ...]:
    """Parse a page; a page giving no camera list gives none."""
    try:
        return parse(page)
    except PortalFormatError:
        return ()


def grid(script: str, names: tuple[str, ...] = ("Simpang Empat Utara", "Pasar Baru")) -> str:
    """Return a page with one captioned video per name (video1, video2…) and a script."""
    cards = "".join(
        f'<div class="cam"><h5>{name}</h5><video id="video{n}" muted></video></div>'
        for n, name in enumerate(names, start=1)
    )
    return (
        "<html><head><title>Live ATCS</title></head><body><h3>Pantauan Simpang</h3>"
        f"{cards}<script>{script}</script></body></html>"
    )


FLV_HELPER = """
function startFlv(elementId, mediaUrl) {
  if (flvjs.isSupported()) {
    var videoElement = document.getElementById(elementId);
    var flvPlayer = flvjs.createPlayer({type: 'flv', isLive: true, url: mediaUrl});
    flvPlayer.attachMediaElement(videoElement);
    flvPlayer.load();
  }
}
"""


def test_flvjs_helper_called_per_camera_gives_each_video_its_stream() -> None:
    """Each call's element and address make one camera named by the element's caption."""
    page = grid(
        FLV_HELPER
        + "startFlv('video1', 'https://atcs.kab.example:8086/camera/utara.flv');"
        + "startFlv('video2', '/camera/pasar.flv');"
    )
    got = [(c.name, c.stream_url) for c in parse(page)]
    assert got == [
        ("Simpang Empat Utara", "https://atcs.kab.example:8086/camera/utara.flv"),
        ("Pasar Baru", "https://atcs.kab.example/camera/pasar.flv"),
    ]


def test_hlsjs_helper_given_an_element_lookup() -> None:
    """An hls.js helper handed the element itself (a lookup by id) and an HLS address."""
    helper = (
        "function Hlsplay(video, videoSrc) { if (Hls.isSupported()) { var hls = new Hls();"
        " hls.loadSource(videoSrc); hls.attachMedia(video); }"
        " else { video.src = videoSrc; } }"
    )
    page = grid(
        helper
        + "Hlsplay(document.getElementById('video2'), 'https://hls.kab.example/b/index.m3u8');"
        + 'Hlsplay(document.getElementById("video1"), "https://hls.kab.example/a/index.m3u8");'
    )
    got = {c.name: c.stream_url for c in parse(page)}
    assert got == {
        "Pasar Baru": "https://hls.kab.example/b/index.m3u8",
        "Simpang Empat Utara": "https://hls.kab.example/a/index.m3u8",
    }


def test_videojs_arrow_helper_with_shorthand_source_and_poster() -> None:
    """An arrow helper's shorthand property (``{src, type}``) takes the call's literal."""
    helper = (
        "const pasang = (id, src, gambar) => {"
        " videojs(id, {sources: [{src, type: 'application/x-mpegURL'}], poster: gambar}); };"
    )
    page = grid(
        helper + "pasang('video1', 'https://hls.kab.example/u/playlist.m3u8', '/thumb/u.jpg');",
        names=("Simpang Empat Utara",),
    )
    (camera,) = parse(page)
    assert camera.name == "Simpang Empat Utara"
    assert camera.stream_url == "https://hls.kab.example/u/playlist.m3u8"
    assert camera.snapshot_url == "https://atcs.kab.example/thumb/u.jpg"


def test_address_built_in_the_body_from_a_parameter() -> None:
    """A body joining literals and a parameter by ``+`` reads as one address."""
    helper = (
        "function putar(el, kode) { var p = mpegts.createPlayer({type: 'flv',"
        " url: 'https://live.kab.example/flv/' + kode + '.flv'});"
        " p.attachMediaElement(document.getElementById(el)); }"
    )
    page = grid(helper + "putar('video1', 'utara'); putar('video2', 'pasar');")
    got = [(c.name, c.stream_url) for c in parse(page)]
    assert got == [
        ("Simpang Empat Utara", "https://live.kab.example/flv/utara.flv"),
        ("Pasar Baru", "https://live.kab.example/flv/pasar.flv"),
    ]


def test_calls_passing_variables_or_expressions_are_not_read() -> None:
    """Only literal arguments are read: a variable or an expression makes no call."""
    script = (
        FLV_HELPER
        + "var alamat = location.origin + '/camera/a.flv'; startFlv('video1', alamat);"
        + "startFlv('video2', base() + '/b.flv'); startFlv(el, 'https://x.example/c.flv');"
    )
    assert helper_calls([script], _HELPER_WORDS) == []


def test_function_playing_into_one_fixed_element_gives_no_camera_per_call() -> None:
    """A function always playing into the same element shows the camera picked."""
    helper = (
        "function tampil(id, hls) { var v = document.getElementById('pemutar');"
        " var h = new Hls(); h.loadSource(hls); h.attachMedia(v); }"
    )
    page = (
        "<html><body><h1>Peta CCTV</h1><div class='card'><h5>Pemutar</h5>"
        "<video id='pemutar'></video></div><script>"
        + helper
        + "tampil(1, 'https://hls.kab.example/a/index.m3u8');"
        + "tampil(2, 'https://hls.kab.example/b/index.m3u8');</script></body></html>"
    )
    assert all(camera.name != "Pemutar" for camera in parse_any(page))


def test_calls_handing_over_a_token_are_not_read() -> None:
    """An address whose query carries a token or a login gives no camera from a call."""
    page = grid(
        FLV_HELPER
        + "startFlv('video1', 'https://atcs.kab.example/camera/a.flv?token=AntPass77');"
        + "startFlv('video2', 'https://atcs.kab.example/camera/b.flv?pwd=RahasiaKutim1');"
    )
    found = parse_any(page)
    assert not any("AntPass77" in repr(c) or "RahasiaKutim1" in repr(c) for c in found)
    assert [c.name for c in found if c.name in ("Simpang Empat Utara", "Pasar Baru")] == []


def test_functions_without_a_player_call_are_not_helpers() -> None:
    """A function writing an address into the page is no player set-up."""
    script = (
        "function tulis(id, url) { document.getElementById(id).textContent = url; }"
        "tulis('video1', 'https://atcs.kab.example/camera/a.flv');"
    )
    assert helper_calls([script], _HELPER_WORDS) == []


def test_definition_and_calls_within_the_body_are_not_calls() -> None:
    """The definition's own name and a call inside its body are not calls with literals."""
    script = (
        "function ulang(id, url) { flvjs.createPlayer({url: url}); ulang('x', 'y.flv'); }"
        "ulang('video1', 'https://atcs.kab.example/camera/a.flv');"
    )
    calls = helper_calls([script], _HELPER_WORDS)
    assert len(calls) == 1
    assert "https://atcs.kab.example/camera/a.flv" in calls[0].body


def test_keys_members_and_strings_named_like_a_parameter_stay() -> None:
    """Only a parameter used as a value is replaced; keys, members and strings stay."""
    body = "x({url: url, other: cfg.url, note: 'url'}); y(url + '?live=1');"
    assert substitute(body, {"url": '"https://h.example/a.flv"'}) == (
        'x({url: "https://h.example/a.flv", other: cfg.url, note: "url"});'
        ' y("https://h.example/a.flv?live=1");'
    )


def test_unclosed_strings_and_comments_in_a_body_end_the_scan() -> None:
    """A body ending in an unclosed string or comment is read to its end, unchanged."""
    assert substitute("f(url, 'abc", {"url": '"u"'}) == 'f("u", \'abc'
    assert substitute("f(url) /* url", {"url": '"u"'}) == 'f("u") /* url'


def test_many_helpers_and_calls_with_long_arguments_stay_bounded() -> None:
    """Many player functions, long bodies and many calls with long literals stay bounded."""
    body = "flvjs.createPlayer({url: u}); var s = '" + "\\'" * 2500 + "'; /* " + "/*" * 2500 + " */"
    helpers = "".join(f"function h{n}(e, u) {{ {body} }}\n" for n in range(60))
    calls = "".join(f"h{n % 60}('v{n}', '{'a' * 3000}.flv');\n" for n in range(3000))
    script = helpers + calls
    calls = helper_calls([script], _HELPER_WORDS)
    assert 0 < len(calls) <= MAX_CALLS
    assert sum(len(call.body) for call in calls) <= MAX_CALLED_TEXT
    assert len(parse_any(grid(script))) <= 200


def test_short_helper_calls_stop_at_the_call_count() -> None:
    """Calls of a short player function are read up to the count bound, no further."""
    helpers = "function play(e, u) { flvjs.createPlayer({url: u}); }\n"
    calls = "".join(f"play('v{n}', 'https://m.example/c{n}.flv');\n" for n in range(300))
    assert len(helper_calls([helpers + calls], _HELPER_WORDS)) == MAX_CALLS


def video_cards(videos: list[str]) -> str:
    """Return a page of titled cards, each holding one of the given video tags."""
    cards = "".join(
        f'<div class="kartu"><h3>Kamera {n}</h3>{video}<source src="/hls/k{n}/index.m3u8"'
        ' type="application/x-mpegURL"></video></div>'
        for n, video in enumerate(videos, start=1)
    )
    return f"<html><body><h1>Kamera Dermaga</h1>{cards}</body></html>"


def test_video_data_poster_is_its_still() -> None:
    """Plyr's ``data-poster`` (a Wowza transcoder thumbnail too) is the video's still."""
    page = video_cards(
        [
            '<video class="plyr" controls data-poster="/thumbs/k1.jpg">',
            (
                '<video class="plyr" controls data-poster="https://w.example:8087/'
                'transcoderthumbnail?application=live&amp;streamname=k2&amp;format=jpeg">'
            ),
        ]
    )
    assert [c.snapshot_url for c in parse(page)] == [
        "https://atcs.kab.example/thumbs/k1.jpg",
        "https://w.example:8087/transcoderthumbnail?application=live&streamname=k2&format=jpeg",
    ]


def test_video_poster_wins_and_a_stream_in_data_poster_is_no_still() -> None:
    """A ``poster`` beside ``data-poster`` wins; a stream written there is no still."""
    page = video_cards(
        [
            '<video poster="/thumbs/small.jpg" data-poster="/thumbs/large.webp">',
            '<video data-poster="/hls/k2/index.m3u8">',
        ]
    )
    assert {c.name: c.snapshot_url for c in parse(page)} == {
        "Kamera 1": "https://atcs.kab.example/thumbs/small.jpg",
        "Kamera 2": None,
    }


def group_page(header: str, captions: list[str]) -> str:
    """Return a card headed by header over hls.js players, each captioned below."""
    cells = "".join(
        f'<div class="col"><video id="v{n}" muted></video>{caption}<script>'
        f"var e{n} = document.getElementById('v{n}'); var h{n} = new Hls();"
        f" h{n}.attachMedia(e{n}); h{n}.loadSource('/live/c{n}/index.m3u8');</script></div>"
        for n, caption in enumerate(captions, start=1)
    )
    return (
        "<html><body><h1>Live CCTV</h1><div class='card'><div class='card-header'>"
        f"<h6>{header}</h6></div><div class='card-body'><div class='row'>{cells}"
        "</div></div></div></body></html>"
    )


def test_caption_below_each_video_names_it_and_labelled_group_is_the_area() -> None:
    """A caption line under each video names it; the header's labelled group is the area."""
    page = group_page(
        "Live CCTV (Group : Masaran)",
        ['<p class="text-center small">Pasar Masaran</p>', "<p>Simpang Tiga Pringanom</p>"],
    )
    got = [(c.name, c.area) for c in parse(page)]
    assert got == [("Pasar Masaran", "Masaran"), ("Simpang Tiga Pringanom", "Masaran")]


def test_two_lines_or_a_state_line_name_no_video() -> None:
    """A block of two lines, or a lone state line, is no caption."""
    page = group_page(
        "Live CCTV",
        ["<p>Pasar Masaran</p><p>Kamera utama</p>", "<p>Online</p>"],
    )
    names = [c.name for c in parse(page)]
    assert "Pasar Masaran" not in names and "Kamera utama" not in names
    assert "Online" not in names


def test_other_bracketed_parts_give_no_area() -> None:
    """A count, a state, another label or a camera's name in brackets is no area."""
    captions = ["<p>Pasar Masaran</p>", "<p>Simpang Tiga</p>"]
    for header in (
        "Live CCTV (4 kamera)",
        "Live CCTV (Online)",
        "Live CCTV (Operator : Budi Santoso)",
        "Live CCTV (Group : Pasar Masaran)",
        "Live CCTV Group : Masaran",
    ):
        assert [c.area for c in parse(group_page(header, captions))] == [None, None], header
