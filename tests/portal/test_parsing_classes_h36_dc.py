"""Media shortcodes printed as page text, read after holdout 36.

A WordPress page (or another CMS with shortcodes) whose player plugin is switched off
prints the shortcode as text: ``[nikov_rtsp_player url=”rtsp://…” width=”640px”]``,
``[oplayer src="….m3u8" live="true"]``, the core ``[video mp4=″….mp4″][/video]`` and
``[embed]https://…/index.m3u8[/embed]``, with straight quotes or the texturiser's curled
ones. The address under a media attribute (``url``, ``src``, ``file``, ``stream``, a
[video] format such as ``mp4``), or the one a shortcode encloses, is a camera where it is
a stream or MJPEG address or a video file, read like a video element at that place: the
heading above names it, a group heading above places it. A shortcode written over several
lines (the page's line breaks between its attributes) is read whole.

Not read so: a shortcode with no such address (a form, a gallery, a table), one whose
address is a web page (a button's link, an embed of a page) or audio, and any shortcode
shown as code (``<pre>``, ``<code>``). A login in the address is dropped as anywhere.

VLC web plugin panels: ``<embed type="application/x-vlc-plugin" target="rtsp://…">``
(``src``, ``mrl``; the Google-packaged plugin's type too), ``<object
type="application/x-vlc-plugin" data="…">`` and VLC's ActiveX control (``<object
classid="clsid:9BE31822-…">`` with ``<param name="MRL|Src|Target" value="…">``) play the
camera's stream: read like a video element there, so the panel's heading names it. The
plugin embed an ActiveX object keeps for other browsers is the same camera. Not read so:
an empty address, a page's address, another plugin's object or embed (Flash), a param
outside a VLC object.

A page function setting up a player (flv.js or mpegts.js ``createPlayer({type: 'flv',
url})``) called once per camera with a script constant (``const SERVER =
'https://…/live/'; const flvUrl1 = SERVER + 'lovi.flv'; putar('cam-1', flvUrl1)``) or a
constant joined to a literal in the call (``play('cam', APP + '/gate.flv')``) reads as
with the literal written there. A constant is declared once to strings and earlier
constants joined by ``+``; a variable assigned again, or joined to anything else, is
none. A "coming soon" tile's picture (``segera-hadir.png``, ``coming-soon.jpg``) is no
camera's still.

A record naming Flussonic as its media server (``serverType``, ``streamer``,
``mediaServer``) with the stream's address on it (``url``, ``stream_url``) and no
playlist plays ``<address>/index.m3u8`` (``index.fmp4.m3u8`` in the fMP4 ``hlsMode``),
its playback ``token`` as the query (``?token=…``). Not so: another server, an address
with a file extension or a query, a token with characters no token has.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_placeholder_picture
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.helpercalls import script_constants

BASE = "https://bpbd.kutim.example/cctv/"


def parse(body: str) -> tuple[Camera, ...]:
    """Parse a page the way an Automatic portal is read."""
    return parse_body(body, profile=Profile.AUTO, base_url=BASE).cameras


def page(content: str) -> str:
    """Return a WordPress-like page around an entry's content."""
    return (
        "<!DOCTYPE html><html><head><title>CCTV</title></head><body>"
        '<article class="page"><h1 class="entry-title">CCTV Kota</h1>'
        f'<div class="entry-content">{content}</div></article></body></html>'
    )


def test_curled_quotes_rtsp_shortcodes_under_headings() -> None:
    """A plugin's url attribute in curled quotes is the stream; group headings place it."""
    body = page(
        "<h2>Kecamatan Sangatta Utara</h2>"
        "<h3>Simpang Tiga</h3>"
        "<p>[rtsp_player url=&#8221;rtsp://pantau:RahasiaKutim1@cam.kutim.example:554/s3"
        "&#8221; width=&#8221;640px&#8221;]</p>"
        "<h3>Pelabuhan Kenyamukan</h3>"
        "<p>[rtsp_player url=&#8221;rtsp://cam.kutim.example:554/kenyamukan&#8221;]</p>"
        "<h2>Kecamatan Bengalon</h2>"
        "<h3>Sepaso</h3>"
        "<p>[rtsp_player url=&#8221;rtsp://cam.kutim.example:554/sepaso&#8221;]</p>"
    )
    cameras = parse(body)
    assert [(c.name, c.area, c.stream_url) for c in cameras] == [
        ("Simpang Tiga", "Sangatta Utara", "rtsp://cam.kutim.example:554/s3"),
        ("Pelabuhan Kenyamukan", "Sangatta Utara", "rtsp://cam.kutim.example:554/kenyamukan"),
        ("Sepaso", "Bengalon", "rtsp://cam.kutim.example:554/sepaso"),
    ]
    assert all("RahasiaKutim1" not in repr(c) for c in cameras)


def test_straight_and_single_quoted_src_and_video_formats() -> None:
    """src in straight or single quotes, and [video]'s mp4 format, are streams."""
    body = page(
        "<h4>Bendungan</h4>"
        "<p>[oplayer src='https://live.kutim.example/hls/bendungan.m3u8' live='true']</p>"
        "<h4>Alun-alun</h4>"
        '<p>[video width="1280" mp4="https://live.kutim.example/rec/alun.mp4"][/video]</p>'
        "<h4>Pasar Induk</h4>"
        "<p>[cctv file=&#8217;/mjpg/pasar/video.mjpg&#8217;]</p>"
    )
    cameras = parse(body)
    assert [(c.name, c.stream_url, c.mjpeg_url) for c in cameras] == [
        ("Bendungan", "https://live.kutim.example/hls/bendungan.m3u8", None),
        ("Alun-alun", "https://live.kutim.example/rec/alun.mp4", None),
        ("Pasar Induk", None, "https://bpbd.kutim.example/mjpg/pasar/video.mjpg"),
    ]


def test_an_enclosed_stream_address_is_read() -> None:
    """[embed]URL[/embed] with a stream address is a camera."""
    body = page(
        "<h3>Jembatan Pinang</h3><p>[embed]https://live.kutim.example/pinang/index.m3u8[/embed]</p>"
        "<h3>Jalan Yos Sudarso</h3><p>[embed] https://live.kutim.example/yos/index.m3u8 [/embed]</p>"
    )
    assert [(c.name, c.stream_url) for c in parse(body)] == [
        ("Jembatan Pinang", "https://live.kutim.example/pinang/index.m3u8"),
        ("Jalan Yos Sudarso", "https://live.kutim.example/yos/index.m3u8"),
    ]


def test_a_shortcode_over_several_lines_is_read_whole() -> None:
    """Line breaks between a shortcode's attributes do not split it."""
    body = page(
        "<h3>Simpang Empat</h3>"
        '<p>[oplayer title="Simpang"<br />\nsrc="https://live.kutim.example/s4/index.m3u8"<br />\n'
        'live="true"<br />\n]</p>'
    )
    assert [(c.name, c.stream_url) for c in parse(body)] == [
        ("Simpang Empat", "https://live.kutim.example/s4/index.m3u8")
    ]


def test_a_paragraph_end_closes_an_unclosed_shortcode() -> None:
    """An unclosed shortcode is not joined with the next paragraph's text."""
    body = page(
        '<h3>Satu</h3><p>[oplayer title="Satu"</p>'
        '<p>src="https://live.kutim.example/satu/index.m3u8"]</p>'
    )
    with pytest.raises(PortalFormatError):
        parse(body)


@pytest.mark.parametrize(
    "content",
    [
        '<p>[contact-form-7 id="214" title="Laporan"]</p>',
        '<p>[gallery ids="41,42,43" columns="3"]</p>',
        '<p>[button url="https://bpbd.kutim.example/peta/" text="Peta"]</p>',
        "<p>[embed]https://bpbd.kutim.example/tentang/[/embed]</p>",
        '<p>[audio mp3="https://bpbd.kutim.example/radio.mp3"][/audio]</p>',
        '<p>[player poster="https://bpbd.kutim.example/a.jpg" title="https://x.example/a.m3u8"]</p>',
        '<pre><code>[oplayer src="https://live.kutim.example/contoh/index.m3u8"]</code></pre>',
        '<p>Contoh: <code>[video src="https://live.kutim.example/contoh.mp4"]</code></p>',
        "<p>[https://live.kutim.example/a/index.m3u8]</p>",
    ],
)
def test_shortcodes_without_a_stream_are_no_cameras(content: str) -> None:
    """Forms, galleries, page links, audio, other attributes and code samples: none."""
    with pytest.raises(PortalFormatError):
        parse(page(f"<h3>Kamera</h3>{content}"))


def test_many_shortcodes_and_huge_bracketed_text_stay_bounded() -> None:
    """Thousands of shortcodes and a huge text of unclosed brackets stay within bounds."""
    shortcodes = "".join(
        f'<h3>Kamera {i}</h3><p>[rtsp_player url="rtsp://cam.kutim.example/{i}"]</p>'
        for i in range(3000)
    )
    unclosed = "[a " + "x" * 590 + " "
    body = page(shortcodes + "<p>" + unclosed * 3000 + "</p>" + "<p>" + "[v" * 200_000 + "</p>")
    cameras = parse(body)
    assert 0 < len(cameras) <= 3000
    assert cameras[0].stream_url == "rtsp://cam.kutim.example/0"


def vlc_page(panels: str) -> str:
    """Return a live view page of panels."""
    return (
        "<!DOCTYPE html><html><head><title>LIVE VIEW</title></head><body>"
        f'<div class="container">{panels}</div></body></html>'
    )


def panel(name: str, player: str) -> str:
    """Return a Bootstrap panel headed by a camera's name."""
    return (
        f'<div class="panel panel-default"><div class="panel-heading">{name}</div>'
        f'<div class="panel-body">{player}</div></div>'
    )


def test_vlc_plugin_embeds_under_panel_headings() -> None:
    """The target, src or mrl of a VLC plugin embed is the stream; the heading its name."""
    body = vlc_page(
        panel(
            "Depan Mako",
            '<embed type="application/x-vlc-plugin" name="video" '
            'target="rtsp://viewer:RahasiaKutim1@nvr.kutim.example:5541/cam?channel=1&amp;subtype=1" />',
        )
        + panel(
            "Pasar",
            '<embed type="application/x-google-vlc-plugin" src="rtsp://nvr.kutim.example/2" />',
        )
        + panel(
            "Terminal",
            '<embed type="application/x-vlc-plugin" mrl="http://nvr.kutim.example:8080/ts/3" />',
        )
    )
    cameras = parse(body)
    assert [(c.name, c.stream_url) for c in cameras] == [
        ("Depan Mako", "rtsp://nvr.kutim.example:5541/cam?channel=1&subtype=1"),
        ("Pasar", "rtsp://nvr.kutim.example/2"),
        ("Terminal", "http://nvr.kutim.example:8080/ts/3"),
    ]
    assert all("RahasiaKutim1" not in repr(c) for c in cameras)


def test_vlc_activex_object_params_and_its_fallback_embed_are_one_camera() -> None:
    """An ActiveX object's MRL or Src param is the stream; its inner embed repeats it."""
    activex = (
        '<object classid="clsid:9BE31822-FDAD-461B-AD51-BE1D1C159921" width="400">'
        '<param name="ShowDisplay" value="True" /><param name="{param}" value="{url}" />'
        '<param name="AutoPlay" value="True" />'
        '<embed type="application/x-vlc-plugin" target="{url}" /></object>'
    )
    body = vlc_page(
        panel("Satu", activex.format(param="MRL", url="rtsp://nvr.kutim.example/1"))
        + panel("Dua", activex.format(param="Src", url="rtsp://nvr.kutim.example/2"))
        + panel(
            "Tiga",
            '<object type="application/x-vlc-plugin" data="rtsp://nvr.kutim.example/3">'
            '<param name="autoplay" value="true" /></object>',
        )
    )
    assert [(c.name, c.stream_url) for c in parse(body)] == [
        ("Satu", "rtsp://nvr.kutim.example/1"),
        ("Dua", "rtsp://nvr.kutim.example/2"),
        ("Tiga", "rtsp://nvr.kutim.example/3"),
    ]


@pytest.mark.parametrize(
    "player",
    [
        '<embed type="application/x-vlc-plugin" target="" />',
        '<embed type="application/x-vlc-plugin" target="https://www.kutim.example/help/vlc.html" />',
        '<embed type="application/x-shockwave-flash" src="rtsp://nvr.kutim.example/9" />',
        '<embed src="rtsp://nvr.kutim.example/9" />',
        (
            '<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000">'
            '<param name="movie" value="rtsp://nvr.kutim.example/9" />'
            '<param name="src" value="rtsp://nvr.kutim.example/9" /></object>'
        ),
        '<param name="MRL" value="rtsp://nvr.kutim.example/9" />',
        (
            '<object classid="clsid:9BE31822-FDAD-461B-AD51-BE1D1C159921">'
            '<param name="MRL" value="" /><param name="Volume" value="rtsp://nvr.kutim.example/9" />'
            "</object>"
        ),
    ],
)
def test_other_plugins_and_empty_vlc_panels_are_no_cameras(player: str) -> None:
    """Empty or page addresses, other plugins, params outside VLC objects: none."""
    with pytest.raises(PortalFormatError):
        parse(vlc_page(panel("Kamera", player)))


FLV_HELPER = """
function putar(elementId, url) {
  const el = document.getElementById(elementId);
  const player = mpegts.createPlayer({type: 'flv', isLive: true, url: url});
  player.attachMediaElement(el);
  player.load();
}
"""


def flv_page(script: str, cameras: int = 3) -> str:
    """Return a page of video tiles named by their titles, set up by a script."""
    tiles = "".join(
        f'<div class="card"><video id="cam-{i}"></video><h5 class="card-title">Simpang {i}</h5></div>'
        for i in range(1, cameras + 1)
    )
    return (
        "<!DOCTYPE html><html><head><title>ATCS</title></head><body>"
        f"<main>{tiles}</main><script>{script}</script></body></html>"
    )


def test_helper_calls_passing_constants_joined_from_a_server_base() -> None:
    """Constants joined from a base, and a base joined in the call, read as literals."""
    script = (
        "const SERVER = 'https://atcs.kutim.example:8443/live/';\n"
        "const flvUrl1 = SERVER + 'lovi.flv';\n"
        'var flvUrl2 = SERVER + "mbk" + ".flv";\n'
        + FLV_HELPER
        + "putar('cam-1', flvUrl1);\nputar('cam-2', flvUrl2);\nputar('cam-3', SERVER + 'legi.flv');\n"
    )
    assert [(c.name, c.stream_url) for c in parse(flv_page(script))] == [
        ("Simpang 1", "https://atcs.kutim.example:8443/live/lovi.flv"),
        ("Simpang 2", "https://atcs.kutim.example:8443/live/mbk.flv"),
        ("Simpang 3", "https://atcs.kutim.example:8443/live/legi.flv"),
    ]


def test_script_constants_are_declared_once_to_strings() -> None:
    """Only names declared once to joined strings and constants, never reassigned."""
    script = (
        "const A = 'https://a.example/';\n"
        "let B = A + 'x.flv';\n"
        "var C = A + 'c.flv'; C = 'https://other.example/c.flv';\n"
        "var D = A + d();\n"
        "var E = A + 'e.flv' + suffix;\n"
        "var F = 'f.flv'; F += '?x=1';\n"
        "var G = H + 'g.flv';\n"
        "var I = 'i.flv' || J;\n"
        "const K = `k/${A}`;\n"
        "if (A == 'x') {}\n"
    )
    assert script_constants(script) == {"A": "https://a.example/", "B": "https://a.example/x.flv"}


def test_calls_passing_variables_that_are_no_constants_are_not_read() -> None:
    """A reassigned variable, an expression or an unknown name is no argument read."""
    script = (
        "var SERVER = 'https://atcs.kutim.example/live/';\n"
        "var url1 = SERVER + 'a.flv'; url1 = prompt('x');\n"
        + FLV_HELPER
        + "putar('cam-1', url1);\nputar('cam-2', SERVER + name);\nputar('cam-3', other);\n"
    )
    with pytest.raises(PortalFormatError):
        parse(flv_page(script))


@pytest.mark.parametrize(
    ("url", "placeholder"),
    [
        ("/assets/img/segera-hadir.png", True),
        ("/img/cam_segera_tayang.jpg", True),
        ("/img/coming-soon.jpg", True),
        ("/img/em-breve.png", True),
        ("/snap/segera/12.jpg", False),
        ("/snap/hadir.jpg", False),
    ],
)
def test_coming_soon_pictures_are_placeholders(url: str, placeholder: bool) -> None:
    """A file named "segera hadir" (coming soon) is a stock picture; one word is not."""
    assert is_placeholder_picture(url) is placeholder


def test_many_declarations_and_helper_calls_stay_bounded() -> None:
    """Thousands of declarations, assignments and calls passing names stay bounded."""
    declarations = "".join(f"var v{i} = BASE + 'c{i}.flv';\n" for i in range(5000))
    noise = "x = 1; y += 2; " * 20_000
    calls = "".join(f"putar('cam-{i}', v{i});\n" for i in range(1, 4000))
    script = (
        "var BASE = 'https://atcs.kutim.example/live/';\n"
        + declarations
        + noise
        + FLV_HELPER
        + calls
    )
    cameras = parse(flv_page(script, cameras=3))
    assert [c.stream_url for c in cameras][:3] == [
        "https://atcs.kutim.example/live/c1.flv",
        "https://atcs.kutim.example/live/c2.flv",
        "https://atcs.kutim.example/live/c3.flv",
    ]


def flussonic(**fields: object) -> tuple[Camera, ...]:
    """Parse a JSON list of two records sharing fields, named and addressed apart."""
    records = [
        {"id": n, "name": f"Kamera {n}", "url": f"https://fl.kutim.example/cam_{n}", **fields}
        for n in (1, 2)
    ]
    return parse_body(json.dumps({"data": records}), profile=Profile.AUTO, base_url=BASE).cameras


def test_flussonic_records_play_index_playlists_with_their_token() -> None:
    """A Flussonic record's address gets its playlist and its token as the query."""
    cameras = flussonic(serverType="flussonic", hlsMode="mpegts", token="8c1f0e4b-1765090800")
    assert [c.stream_url for c in cameras] == [
        "https://fl.kutim.example/cam_1/index.m3u8?token=8c1f0e4b-1765090800",
        "https://fl.kutim.example/cam_2/index.m3u8?token=8c1f0e4b-1765090800",
    ]
    fmp4 = flussonic(streamer="Flussonic", hlsMode="fmp4", token="")
    assert fmp4[0].stream_url == "https://fl.kutim.example/cam_1/index.fmp4.m3u8"
    assert flussonic(media_server="flussonic")[1].stream_url == (
        "https://fl.kutim.example/cam_2/index.m3u8"
    )


@pytest.mark.parametrize(
    ("fields", "stream"),
    [
        ({"serverType": "nimble", "token": "abc123"}, "https://fl.kutim.example/cam_1"),
        (
            {
                "serverType": "flussonic",
                "url": "https://fl.kutim.example/c/index.m3u8",
                "token": "a",
            },
            "https://fl.kutim.example/c/index.m3u8",
        ),
        (
            {"serverType": "flussonic", "url": "https://fl.kutim.example/c?x=1", "token": "a"},
            "https://fl.kutim.example/c?x=1",
        ),
        ({"serverType": "flussonic", "token": "abc&pwd=x"}, "https://fl.kutim.example/cam_1"),
        ({"server": "flussonic", "token": "abc123"}, "https://fl.kutim.example/cam_1"),
    ],
)
def test_other_servers_and_addresses_are_left_as_written(
    fields: dict[str, object], stream: str
) -> None:
    """Another server, an address with a playlist or query, an odd token: unchanged."""
    assert flussonic(**fields)[0].stream_url == stream
