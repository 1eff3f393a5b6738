"""Negative cases of the readers added for holdout 36's classes.

- A link to a camera's own page (``/cameras/24``) makes the picture inside it a camera's
  and gives its card the number as id. A shop filing its products under a camera word
  (``/produk/cctv/3``) or a blog filing its archive there (``/blog/cctv/2024``) links no
  camera page: its thumbnails stay no cameras.
- A VLC web plugin ``<object>`` is known by a flag on its own element: a Flash object
  opened after a VLC panel with an empty MRL reads none of its params as a camera.
- A script constant joined from constants is at most an address long: constants built by
  doubling one another (``C1 = C0 + C0 + …``) stop growing instead of filling memory.
- The text of an unclosed shortcode carried over line breaks counts again each time it
  is scanned, so the page text scanned for shortcodes stays within its bound.
- A record class's picture method builds a camera's still only for a class named for a
  camera (``Camera``, ``Webcam``, ``StationCam``): a store locator's or a members map's
  ``getImageUrl``/``getPhotoUrl`` leaves its records places, never cameras.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import detail_link_id

BASE = "https://cctv.example.go.id/"


def _cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


_SHOP = (
    "<html><body><h1>Toko Kamera</h1>"
    + "".join(
        f'<div class="col"><a href="/produk/cctv/{i}"><img src="/uploads/produk/hik{i}.jpg">'
        f"<h3>Hikvision DS-2CD{i}</h3></a><span>Rp 450.000</span></div>"
        for i in range(1, 5)
    )
    + "</body></html>"
)
_ARCHIVE = (
    "<html><body><h1>Blog</h1><aside><h3>Arsip</h3>"
    + "".join(
        f'<a href="/blog/cctv/{year}"><img src="/img/year{year}.png"></a>'
        for year in (2022, 2023, 2024)
    )
    + "</aside></body></html>"
)


@pytest.mark.parametrize("page", [_SHOP, _ARCHIVE], ids=["shop", "archive"])
def test_a_camera_word_under_a_shop_or_blog_section_links_no_camera_page(page: str) -> None:
    with pytest.raises(PortalFormatError):
        _cameras(page)


def test_camera_page_links_keep_their_ids() -> None:
    assert detail_link_id("https://transito.cidade.example/cameras/24") == "24"
    assert detail_link_id("/camera/9/") == "9"
    assert detail_link_id("/first/cctv/1") == "1"
    assert detail_link_id("/produk/cctv/3") is None
    assert detail_link_id("/berita/kamera/12") is None
    assert detail_link_id("/tag/webcam/5") is None


def test_a_flash_object_after_empty_vlc_panels_is_no_camera() -> None:
    vlc = "".join(
        f'<div><h3>V{i}</h3><object classid="clsid:9BE31822-FDAD-461B-AD51-BE1D1C159921">'
        '<param name="MRL" value=""></object></div>'
        for i in range(300)
    )
    flash = "".join(
        f'<div><h3>F{i}</h3><object type="application/x-shockwave-flash" data="/p.swf">'
        f'<param name="src" value="https://s.example.go.id/live/f{i}.m3u8"></object></div>'
        for i in range(300)
    )
    with pytest.raises(PortalFormatError):
        _cameras(f"<html><body><h1>CCTV</h1>{vlc}{flash}</body></html>")


_PLAY = (
    "function play(id, url) { var hls = new Hls(); hls.loadSource(url);"
    " hls.attachMedia(document.getElementById(id)); }"
)


def _constant_levels(levels: int) -> str:
    lines = [
        _PLAY,
        "const C0 = 'https://s.example.go.id/live/" + "x" * 10_000 + "';",
    ]
    lines += [f"const C{i} = " + " + ".join([f"C{i - 1}"] * 8) + ";" for i in range(1, levels + 1)]
    lines.append(f"play('v1', C{levels});")
    script = "\n".join(lines)
    return (
        f'<html><body><h1>CCTV</h1><video id="v1"></video><script>{script}</script></body></html>'
    )


def test_constants_joined_from_constants_stay_bounded() -> None:
    with pytest.raises(PortalFormatError):
        _cameras(_constant_levels(5))


def test_constants_joined_from_a_base_address_still_play() -> None:
    script = (
        "function play(id, url) { var hls = new Hls(); hls.loadSource(url);"
        " hls.attachMedia(document.getElementById(id)); }\n"
        "const SERVER = 'https://s.example.go.id/live/';\n"
        "const CAM1 = SERVER + 'simpang.m3u8';\n"
        "play('v1', CAM1);"
    )
    page = f'<html><body><h3>Simpang</h3><video id="v1"></video><script>{script}</script></body></html>'
    assert [c.stream_url for c in _cameras(page)] == ["https://s.example.go.id/live/simpang.m3u8"]


def test_many_carried_shortcode_tails_stay_bounded() -> None:
    unit = "[a " + "x<br>" * 140
    with pytest.raises(PortalFormatError):
        _cameras("<html><body><h1>CCTV</h1><p>" + unit * 3000 + "</p></body></html>")


def _class_page(cls: str, method: str) -> str:
    return f"""<html><body><h1>Peta</h1><div id="map"></div><script>
var data = [{{"id": 1, "name": "Toko Sudirman", "lat": -0.5, "lng": 117.1}},
  {{"id": 2, "name": "Toko Pahlawan", "lat": -0.51, "lng": 117.12}}];
function {cls}(d) {{ this.id = d.id; this.name = d.name; }}
{cls}.prototype.{method} = function() {{ return '/uploads/{cls.lower()}/' + this.id + '.jpg'; }};
var items = data.map(function(d) {{ return new {cls}(d); }});
</script></body></html>"""


@pytest.mark.parametrize(("cls", "method"), [("Store", "getImageUrl"), ("Member", "getPhotoUrl")])
def test_a_picture_method_of_a_class_not_named_for_a_camera_makes_no_cameras(
    cls: str, method: str
) -> None:
    with pytest.raises(PortalFormatError):
        _cameras(_class_page(cls, method))


def test_a_picture_method_of_a_camera_class_still_gives_stills() -> None:
    cameras = _cameras(_class_page("StationCam", "getImageUrl"))
    assert [c.snapshot_url for c in cameras] == [
        "https://cctv.example.go.id/uploads/stationcam/1.jpg",
        "https://cctv.example.go.id/uploads/stationcam/2.jpg",
    ]
