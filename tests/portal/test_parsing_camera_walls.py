"""Camera walls: pictures a page's script reloads with a cache-busting query are stills."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.refresh import refreshed_images

BASE = "https://cameras.kutim.example/View/Cam.aspx?s=09"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _grid(img: str = '<img class="imgcam" src="../Cams/{n}/1.jpg" width="352">') -> str:
    cells = "".join(
        f'<div class="quadro"><div class="legenda">{name}</div>{img.format(n=n)}</div>'
        for n, name in ((23, "Jl. Yos Sudarso"), (41, "Bundaran Kabo"))
    )
    return f'<div id="grade">{cells}</div>'


_JQUERY = (
    "<script>setInterval(function () { $('img.imgcam').each(function () {"
    " var s = $(this).attr('src').split('?')[0];"
    " $(this).attr('src', s + '?' + new Date().getTime()); }); }, 10000);</script>"
)


def _named(found: tuple[Camera, ...]) -> list[tuple[str, str | None]]:
    return [(c.raw_name, c.snapshot_url) for c in found]


def test_jquery_reloaded_class_with_captions() -> None:
    """Pictures of the class a timer reloads are cameras named by their captions."""
    assert _named(cameras(_grid() + _JQUERY)) == [
        ("Jl. Yos Sudarso", "https://cameras.kutim.example/Cams/23/1.jpg"),
        ("Bundaran Kabo", "https://cameras.kutim.example/Cams/41/1.jpg"),
    ]


@pytest.mark.parametrize(
    "script",
    [
        (
            "window.setInterval(() => document.querySelectorAll('.imgcam').forEach("
            "i => { i.src = i.src.split('?')[0] + '?t=' + Date.now(); }), 5000);"
        ),
        (
            "function r() { var c = document.getElementsByClassName('imgcam');"
            " for (var i = 0; i < c.length; i++) c[i].src = c[i].src + '&' + Math.random();"
            " setTimeout(r, 3000); } r();"
        ),
        (
            "setInterval(function(){ var im = document.images; for (var i = 0; i < im.length; i++)"
            " { im[i].src = im[i].src.split('?')[0] + '?' + (+new Date()); } }, 9000);"
        ),
    ],
)
def test_reload_idioms(script: str) -> None:
    """jQuery, querySelectorAll, getElementsByClassName and document.images loops."""
    found = cameras(_grid() + f"<script>{script}</script>")
    assert [c.raw_name for c in found] == ["Jl. Yos Sudarso", "Bundaran Kabo"]


def test_image_handler_without_extension_is_a_still() -> None:
    """A reloaded picture served by a handler (no picture extension) is still a still."""
    page = _grid('<img class="imgcam" src="/render/ImageHandler.ashx?id=cam{n}">') + _JQUERY
    assert _named(cameras(page)) == [
        ("Jl. Yos Sudarso", "https://cameras.kutim.example/render/ImageHandler.ashx?id=cam23"),
        ("Bundaran Kabo", "https://cameras.kutim.example/render/ImageHandler.ashx?id=cam41"),
    ]


def test_addresses_given_by_the_script() -> None:
    """Pictures without a src take the address the script gives them, its open query cut."""
    page = (
        '<table><tr><td><b>Dermaga</b><br><img id="cam1"></td>'
        '<td><b>Kolam Labuh</b><br><img name="cam2"></td>'
        '<td><b>Gerbang</b><br><img id="cam3"></td></tr></table>'
        "<script>function reload() { var t = new Date().getTime();"
        " document.getElementById('cam1').src = 'http://w.kutim.example/s/a.jpg?' + t;"
        " document.images['cam2'].src = 'http://w.kutim.example/s/b.jpg?t=' + t;"
        " $('#cam3').attr('src', 'http://w.kutim.example/s/c.jpg?x=1&_=' + t); }"
        " setInterval('reload()', 30000);</script>"
    )
    assert _named(cameras(page)) == [
        ("Dermaga", "http://w.kutim.example/s/a.jpg"),
        ("Kolam Labuh", "http://w.kutim.example/s/b.jpg"),
        ("Gerbang", "http://w.kutim.example/s/c.jpg?x=1"),
    ]


def test_pictures_without_a_reload_script_are_no_cameras() -> None:
    """The same pictures with a script that reloads nothing (no timer) are no cameras."""
    script = "<script>$('img.imgcam').attr('title', 'kamera ' + new Date().getTime());</script>"
    with pytest.raises(PortalFormatError, match="No camera list found"):
        cameras(_grid() + script)


def test_only_the_reloaded_pictures_count() -> None:
    """A reload of another class, and logos on a page reloading every picture, are none."""
    other = _JQUERY.replace("img.imgcam", "img.iklan")
    with pytest.raises(PortalFormatError):
        cameras(_grid() + other)
    page = (
        '<img src="/img/logo-dishub.png"><img src="/img/banner.jpg">'
        + _grid('<img src="/snap/{n}.jpg">')
        + _JQUERY.replace("img.imgcam", "img")
    )
    assert [c.raw_name for c in cameras(page)] == ["Jl. Yos Sudarso", "Bundaran Kabo"]


def test_shared_bold_line_names_no_picture() -> None:
    """A line written before two reloaded pictures names neither of them."""
    page = (
        "<div><b>Pelabuhan</b><br><img class='imgcam' src='/a.jpg'><img class='imgcam'"
        " src='/b.jpg'></div>" + _JQUERY
    )
    assert all(c.raw_name != "Pelabuhan" for c in cameras(page))


def test_hostile_reload_script_is_bounded() -> None:
    """A huge script of selectors and assignments is read in bounded time."""
    script = (
        "setInterval(f, 1); Date.now();"
        + ("$('img.c" + "x" * 50 + "'); document.getElementById('a').src = '/" + "y" * 1500 + "';")
        * 2000
    )
    found = refreshed_images([script, "(" * 200_000 + "setTimeout(Math.random()"])
    assert len(found.classes) == 1
    assert found.sources["a"].startswith("/y")
