"""Media records reviewed after holdout 36: tokens, logins and players read as streams.

A Flussonic record on a LAN, loopback or local-name host gets its playlist built but
never its playback token: a token is never copied into a LAN-ish address. A public host
keeps the token as the query.

Node-Media-Server names its streams as the publisher chose; a stream named by a
camera's address with its login (``rtsp://user:pass@…``) is no camera, since its id and
name would carry the login. Plain names keep reading.

A VLC plugin embed plays a camera's stream only from a media address: an HTTP address
with a media path (a server's live path, a transport-stream file). One aimed at a home
page, a download (an installer, an archive, a document) or a video platform's watch page
is no camera.

A shortcode printed as page text is a player only standing alone on its line (its
paragraph), beside other shortcodes and punctuation at most; one mentioned in a sentence
(``Gunakan shortcode [video src="…"] untuk memutar.``) is documentation.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://bpbd.kutim.example/cctv/"


def parse(body: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a payload the way an Automatic portal is read."""
    return parse_body(body, profile=Profile.AUTO, base_url=base_url).cameras


def flussonic(url: str) -> tuple[Camera, ...]:
    """Parse two Flussonic records on one host, each with a playback token."""
    records = [
        {"id": n, "name": f"Kamera {n}", "serverType": "flussonic", "url": f"{url}{n}"}
        | {"token": "abc-1"}
        for n in (1, 2)
    ]
    return parse(json.dumps({"data": records}))


@pytest.mark.parametrize(
    "host",
    [
        "http://192.168.1.5/cam",
        "http://127.0.0.1:8080/cam",
        "http://nvr.local/cam",
        "http://nvr/cam",
    ],
)
def test_flussonic_token_is_never_copied_into_a_lan_address(host: str) -> None:
    """A LAN, loopback or local-name Flussonic host gets the playlist, not the token."""
    cameras = flussonic(host)
    assert [c.stream_url for c in cameras] == [f"{host}1/index.m3u8", f"{host}2/index.m3u8"]
    assert all("abc-1" not in repr(c) for c in cameras)


def test_flussonic_token_is_kept_on_a_public_host() -> None:
    """A public host (name or address) keeps the token as Flussonic's query."""
    named = flussonic("https://fl.kutim.example/cam")
    assert named[0].stream_url == "https://fl.kutim.example/cam1/index.m3u8?token=abc-1"
    address = flussonic("http://36.94.10.20/cam")
    assert address[1].stream_url == "http://36.94.10.20/cam2/index.m3u8?token=abc-1"


def nms(names: list[str]) -> tuple[Camera, ...]:
    """Parse a Node-Media-Server /api/streams answer with the given stream names."""
    session = {"publisher": {"app": "live", "stream": "x", "clientId": "A1"}, "subscribers": []}
    data = {"live": dict.fromkeys(names, session)}
    return parse(json.dumps(data), "https://nms.kutim.example/api/streams")


def test_nms_stream_named_with_a_login_is_no_camera() -> None:
    """A stream named ``rtsp://user:pass@…`` is dropped; its neighbour keeps reading."""
    cameras = nms(["rtsp://admin:RahasiaKutim1@192.168.1.5/ch1", "gerbang"])
    assert [(c.id, c.name) for c in cameras] == [("live/gerbang", "gerbang")]
    assert all("RahasiaKutim1" not in repr(c) and "admin" not in repr(c) for c in cameras)


def test_nms_plain_and_address_names_keep_reading() -> None:
    """Names without a login, an address without one among them, are still cameras."""
    cameras = nms(["gerbang", "rtsp://192.168.1.5/ch1"])
    assert [c.name for c in cameras][0] == "gerbang"
    assert len(cameras) == 2


def vlc_page(targets: list[str]) -> str:
    """Return a live view page of VLC plugin panels, each headed by its camera's name."""
    panels = "".join(
        f'<div class="panel"><div class="panel-heading">Kamera {n}</div><div class="panel-body">'
        f'<embed type="application/x-vlc-plugin" target="{target}" /></div></div>'
        for n, target in enumerate(targets, 1)
    )
    return f"<!DOCTYPE html><html><head><title>LIVE</title></head><body>{panels}</body></html>"


@pytest.mark.parametrize(
    "target",
    [
        "https://www.videolan.org/",
        "https://get.videolan.org/vlc/3.0.20/win64/vlc-3.0.exe",
        "https://www.kutim.example/unduh/vlc.msi",
        "https://www.kutim.example/unduh/vlc-3.0.dmg",
        "https://www.kutim.example/unduh/vlc.zip",
        "https://www.kutim.example/panduan/vlc.pdf",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    ],
)
def test_vlc_targets_that_are_no_media_are_no_cameras(target: str) -> None:
    """A VLC embed aimed at a home page, a download or a watch page is no stream."""
    cameras = parse(vlc_page([target, "rtsp://nvr.kutim.example/2"]))
    assert [c.stream_url for c in cameras] == ["rtsp://nvr.kutim.example/2"]


def test_vlc_http_media_paths_stay_streams() -> None:
    """HTTP live paths and media files VLC plays are still cameras' streams."""
    targets = ["http://nvr.kutim.example:8080/ts/3", "http://nvr.kutim.example:8080/live/cam.ts"]
    assert [c.stream_url for c in parse(vlc_page(targets))] == targets


def wp_page(content: str) -> str:
    """Return a WordPress-like page around an entry's content."""
    return (
        "<!DOCTYPE html><html><head><title>CCTV</title></head><body>"
        f'<article class="page"><div class="entry-content">{content}</div></article></body></html>'
    )


@pytest.mark.parametrize(
    "content",
    [
        '<p>Gunakan shortcode [video src="https://example.com/contoh.m3u8"] untuk memutar.</p>',
        '<p>Gunakan <b>kode</b> [video src="https://example.com/contoh.m3u8"] untuk memutar.</p>',
        "<p>Tulis [embed]https://example.com/contoh/index.m3u8[/embed] di halaman.</p>",
    ],
)
def test_a_shortcode_mentioned_in_a_sentence_is_no_camera(content: str) -> None:
    """A shortcode with words beside it on its line is documentation, not a player."""
    with pytest.raises(PortalFormatError):
        parse(wp_page(content))


def test_shortcodes_standing_alone_stay_cameras() -> None:
    """A shortcode alone in its paragraph, or beside another one, is still a camera."""
    body = wp_page(
        "<h3>Simpang Tiga</h3>"
        '<p>[video src="https://live.kutim.example/tiga/index.m3u8"][/video]</p>'
        "<h3>Pelabuhan</h3>"
        "<p>\n  [embed]https://live.kutim.example/pelabuhan/index.m3u8[/embed] &nbsp;\n</p>"
    )
    assert [(c.name, c.stream_url) for c in parse(body)] == [
        ("Simpang Tiga", "https://live.kutim.example/tiga/index.m3u8"),
        ("Pelabuhan", "https://live.kutim.example/pelabuhan/index.m3u8"),
    ]


def test_many_shortcodes_in_sentences_stay_bounded() -> None:
    """Thousands of media shortcodes mentioned in sentences: none read, the scan bounded."""
    sentence = 'Gunakan [video src="https://live.kutim.example/{n}.m3u8"] untuk memutar. '
    body = wp_page("<p>" + "".join(sentence.format(n=n) for n in range(5000)) + "</p>")
    with pytest.raises(PortalFormatError):
        parse(body)
