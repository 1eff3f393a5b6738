"""Map popups built by a page function from the camera's fields.

A map page often hands each marker's popup to a function of its own, called with the
camera's fields: markup pieces for a function of another script of the site
(``bindPopup(popUpViewScaffold('<p>Name</p>', '<button onclick="playHLS(…)">'))``), or a
name and an address for a function of the page that builds the popup and hands the
address to a player (``hls.loadSource(videoSrc)``). The call's literal arguments are
read; nothing is run. A call without markup of a function the page does not define, an
address the body does not hand a player, and variables give nothing.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://data.kutim.example/peta/"
HLS = "https://data.kutim.example/live/public/{n}.m3u8"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(script: str) -> str:
    return f"<html><body><div id='map'></div><script>var map = L.map('map');\n{script}</script></body></html>"


def _scaffold(n: int, heading: str, tooltip: str | None = None) -> str:
    button = (
        "'<button class=\"btn\" onclick=\"playHLS(\\'modalCctv\\', \\'videoCctv\\', "
        f"\\'{HLS.format(n=n)}\\')\">Lihat Live</button>'"
    )
    tip = f".bindTooltip('{tooltip}')" if tooltip else ""
    return (
        f"L.marker([0.5{n}, 117.5{n}]).addTo(map){tip}"
        f".bindPopup(popUpViewScaffold('<p class=\"fw-bold\">{heading}</p>', {button}));\n"
    )


_PLAYER = """
function showCamPopup(channelName, videoSrc) {
    var box = document.createElement('div');
    var video = document.createElement('video');
    if (Hls.isSupported()) { var hls = new Hls(); hls.loadSource(videoSrc); hls.attachMedia(video); }
    return box;
}
"""


def test_markup_arguments_of_a_function_of_another_script() -> None:
    found = cameras(_page(_scaffold(1, "Simpang Tiga") + _scaffold(2, "Jembatan Kabo \\x26 Pasar")))
    assert [(c.name, c.stream_url) for c in found] == [
        ("Simpang Tiga", HLS.format(n=1)),
        ("Jembatan Kabo & Pasar", HLS.format(n=2)),
    ]


def test_a_tooltip_shortening_the_heading_gives_way_to_it() -> None:
    found = cameras(
        _page(
            _scaffold(1, "Bundaran Pelangi &amp; Jl. Pranoto", "Bundaran Pelangi")
            + _scaffold(2, "Pasar Induk", "Simpang Empat")
        )
    )
    # The heading that starts with the tooltip names the camera; another tooltip stays.
    assert [c.name for c in found] == ["Bundaran Pelangi & Jl. Pranoto", "Simpang Empat"]


def test_a_card_without_media_is_no_camera() -> None:
    script = _scaffold(1, "Simpang Tiga") + (
        "L.marker([0.59, 117.59]).addTo(map)"
        ".bindPopup(popUpViewScaffold('<p>Pasar Induk</p>', '<span>Belum terhubung</span>'));\n"
    )
    assert [c.name for c in cameras(_page(script))] == ["Simpang Tiga"]


def test_address_a_page_function_hands_a_player() -> None:
    script = _PLAYER + (
        f"L.marker([0.51, 117.51]).addTo(map).bindPopup(showCamPopup('Taman Bersemi', '{HLS.format(n=1)}'));\n"
        "L.marker([0.52, 117.52]).addTo(map).bindPopup(showCamPopup('Simpang Lima', '/hls/lima/index.m3u8'));\n"
    )
    found = cameras(_page(script))
    assert [(c.name, c.stream_url) for c in found] == [
        ("Taman Bersemi", HLS.format(n=1)),
        ("Simpang Lima", "https://data.kutim.example/hls/lima/index.m3u8"),
    ]


@pytest.mark.parametrize(
    "sink",
    [
        "playHLS('modal', 'video', url);",
        "video.src = url;",
        "jwplayer('p').setup({file: url});",
        "var p = videojs('v'); p.src({type: 'application/x-mpegURL', src: url});",
    ],
)
def test_player_calls_of_a_page_function_body(sink: str) -> None:
    script = (
        f"function kartu(nama, url) {{ var d = document.createElement('div'); {sink} return d; }}\n"
        f"L.marker([0.51, 117.51]).addTo(map).bindPopup(kartu('Pelabuhan Maloy', '{HLS.format(n=7)}'));\n"
    )
    found = cameras(_page(script))
    assert [(c.name, c.stream_url) for c in found] == [("Pelabuhan Maloy", HLS.format(n=7))]


@pytest.mark.parametrize(
    "script",
    [
        # A function of another script called with a name and an address, no markup.
        f"L.marker([0.51, 117.51]).addTo(map).bindPopup(camPopup('Simpang', '{HLS.format(n=1)}'));",
        # The page's function only writes the address as text, or logs it.
        (
            "function officePopup(title, link) { var d = document.createElement('div');"
            " d.textContent = title + ' - ' + link; return d; }\n"
            f"L.marker([0.51, 117.51]).addTo(map).bindPopup(officePopup('Dishub', '{HLS.format(n=1)}'));"
        ),
        (
            "function logPopup(nama, url) { console.log(url); window.open(url); display(url);"
            " return document.createElement('div'); }\n"
            f"L.marker([0.51, 117.51]).addTo(map).bindPopup(logPopup('Dishub', '{HLS.format(n=1)}'));"
        ),
        # Variables and expressions are not read.
        "L.marker([0.51, 117.51]).addTo(map).bindPopup(popUpViewScaffold(namaTitik, tombol));",
        _PLAYER + "L.marker([0.51, 117.51]).addTo(map).bindPopup(showCamPopup(nama, base + id));",
    ],
)
def test_near_misses_give_no_camera(script: str) -> None:
    with pytest.raises(PortalFormatError):
        cameras(_page(script))


def _three(address: str) -> str:
    return _PLAYER + (
        f"L.marker([0.51, 117.51]).addTo(map).bindPopup(showCamPopup('Taman', '{address}'));\n"
        f"L.marker([0.52, 117.52]).addTo(map).bindPopup(showCamPopup('Pasar', '{HLS.format(n=2)}'));\n"
        f"L.marker([0.53, 117.53]).addTo(map).bindPopup(showCamPopup('Dermaga', '{HLS.format(n=3)}'));\n"
    )


def test_a_login_is_never_copied() -> None:
    found = cameras(_three("https://admin:rahasia@data.kutim.example/live/1.m3u8"))
    assert "admin" not in repr(found) and "rahasia" not in repr(found)
    assert [c.name for c in found] == ["Taman", "Pasar", "Dermaga"]


@pytest.mark.parametrize(
    "address", ["http://192.168.1.20/live/1.m3u8", "http://169.254.169.254/latest/1.m3u8"]
)
def test_a_lan_or_metadata_address_is_not_taken(address: str) -> None:
    found = cameras(_three(address))
    assert [(c.name, c.stream_url) for c in found] == [
        ("Pasar", HLS.format(n=2)),
        ("Dermaga", HLS.format(n=3)),
    ]


def test_handed_names_read_each_body_once_as_the_sinks_say() -> None:
    import random
    import re

    from custom_components.kutim_cctv.portal.parsing.popuptemplates import _handed_names

    # The sink rule written per parameter, as a reference for the one-scan reader.
    sink = (
        r"(?:\.\s*(?:loadSource|src)\s*\(\s*|\.\s*src\s*=(?!=)\s*"
        r"|(?<![\w$])[\"']?(?:src|source|file)[\"']?\s*:\s*"
        r"|(?<![\w$.])(?!display)[\w$]{0,30}(?:play|Play|PLAY)[\w$]{0,30}\s*\((?:[^()]{0,200}?,)?\s*)"
    )
    assert _handed_names("hls.loadSource(p); v.src = q; x = {file: u}; playHLS('m', 'v', w)") == {
        "p",
        "q",
        "u",
        "w",
    }
    assert _handed_names("display(p); replay.x(q); v.src == r; show(s)") == frozenset()
    assert _handed_names("play(a, '" + "x" * 210 + "', late)") == {"a"}  # past 200 characters
    assert _handed_names("play(a, f(b), c)") == {"a", "f"}  # a parenthesis ends them: no c
    atoms = ["play(", "playHLS(", "display(", "x.src = ", ".src(", ".loadSource(", "src: "]
    atoms += ["'file': ", "source:", "p", "q", "url", ", ", ",", ")", "(", " ", "'m'", "$u"]
    atoms += ["p2", "replay(", ".play(", "==", "p)", "x" * 50, "autoplayVideo("]
    chosen = random.Random(47)
    for _ in range(3000):
        body = "".join(chosen.choice(atoms) for _ in range(chosen.randint(1, 25)))
        names = _handed_names(body)
        for param in ("p", "q", "url", "$u", "p2"):
            expected = re.search(rf"{sink}{re.escape(param)}(?![\w$])", body) is not None
            assert (param in names) == expected, (body, param)


def test_many_helper_bodies_stay_bounded() -> None:
    """Fifty page functions of sixteen parameters, each body full of near-miss calls.

    The page gives no camera (no body hands a parameter to a player); its CPU time is
    measured by scripts/bench_hostile.py, not here.
    """
    body = (" " + "play" * 7 + "play(" + "a," * 100 + ")") * 80
    params = ",".join(f"p{i}" for i in range(16))
    functions = "".join(f"function f{j}({params}){{{body}}}\n" for j in range(50))
    addresses = ",".join(f"'https://cam.example.com/{i}/x.m3u8'" for i in range(16))
    markers = "".join(
        f"L.marker([0.5,117.{j}]).addTo(map).bindPopup(f{j}({addresses}));\n" for j in range(50)
    )
    page = f"<html><body><div id='map'></div><script>{functions}{markers}</script></body></html>"
    with pytest.raises(PortalFormatError, match="No camera list found"):
        parse_body(page, profile=Profile.AUTO, base_url="https://data.kutim.example/peta/")
