"""Map popups linking one video platform page or streaming platform player (stream)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://webcam.kutim.example/peta"


def parse(text: str, base: str = BASE) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


def _map(popups: list[str]) -> str:
    lines = ",\n".join(
        f"L.marker([0.{500 + n}, 117.{500 + n}]).bindPopup({popup!r})"
        for n, popup in enumerate(popups)
    )
    return (
        "<html><body><div id='map'></div><script>\n"
        "var map = L.map('map').setView([0.5, 117.5], 10);\n"
        f"var cams = [\n{lines}\n];\nL.layerGroup(cams).addTo(map);\n</script></body></html>"
    )


def _popup(name: str, href: str) -> str:
    return f'<strong>{name}</strong><br><a href="{href}" target="_blank">View webcam</a>'


@pytest.mark.parametrize(
    "href",
    [
        "https://www.youtube.com/watch?v=RySk7dTm2uM",
        "https://youtu.be/7e5t0Pin9Fx",
        "https://www.youtube.com/live/Pold3rSgtB1",
        "https://g0.ipcamlive.example/player/player.php?alias=kenfuel&autoplay=0",
        "https://player.pantaicam.example/?alias=maloy&ch=PC_1f82a",
    ],
)
def test_popup_linking_one_platform_page_is_the_stream(href: str) -> None:
    other = "https://www.youtube.com/watch?v=Lingga00001"
    cameras = parse(_map([_popup("Dermaga Kenyamukan", href), _popup("Pantai Lingga", other)]))
    assert [camera.name for camera in cameras] == ["Dermaga Kenyamukan", "Pantai Lingga"]
    assert [camera.stream_url for camera in cameras] == [href, other]
    assert cameras[0].latitude == pytest.approx(0.5)


def test_escaped_quotes_in_a_javascript_popup_string() -> None:
    href = "https://g0.ipcamlive.example/player/player.php?alias=sklferry&skin=white"
    script = (
        "<html><body><script>var map = L.map('map');\nvar w = [\n"
        'L.marker([1.001766, 117.985513]).bindPopup("<strong>Ferry Ramp</strong><br>'
        f'<a href=\\"{href}\\" target=\\"_blank\\">View webcam</a>"),\n'
        'L.marker([0.957113, 117.90226]).bindPopup("<strong>Sailing Club</strong><br>'
        '<a href=\\"https://www.club.example/webcam-and-weather\\">View webcam</a>"),\n'
        "];\nL.layerGroup(w).addTo(map);</script></body></html>"
    )
    cameras = parse(script)
    assert [(camera.name, camera.stream_url) for camera in cameras] == [("Ferry Ramp", href)]
    assert cameras[0].latitude == pytest.approx(1.001766)


@pytest.mark.parametrize(
    "href",
    [
        "https://www.youtube.com/@muarasangatta",  # a channel's home page
        "https://www.twitch.tv/tepiansangatta",  # a channel's home page
        "https://www.port.example/webcam/",  # the owner's own webcam page
        "https://player.pantaicam.example/?lang=id",  # a player naming no camera
        "http://192.168.10.21/player/player.php?alias=posjaga",  # a LAN player
        "https://user:secret@player.pantaicam.example/?alias=maloy",  # a login
    ],
)
def test_other_links_give_no_stream(href: str) -> None:
    with pytest.raises(PortalFormatError):
        parse(_map([_popup("Muara", href), _popup("Tepian", href)]))


def test_popup_linking_two_platform_pages_gives_none() -> None:
    two = (
        "<strong>Maloy lookout</strong><br>"
        '<a href="https://www.youtube.com/watch?v=AAAAAAAAAAA">North</a> '
        '<a href="https://www.youtube.com/watch?v=BBBBBBBBBBB">South</a>'
    )
    one = _popup("Kabo", "https://www.youtube.com/watch?v=CCCCCCCCCCC")
    cameras = parse(_map([two, one]))
    assert [camera.name for camera in cameras] == ["Kabo"]


def test_marker_with_media_keeps_its_own_stream() -> None:
    popup = (
        "<strong>Simpang Tiga</strong><br>"
        '<a href="https://cdn.kutim.example/live/spt/index.m3u8">HLS</a> '
        '<a href="https://www.youtube.com/watch?v=DDDDDDDDDDD">YouTube</a>'
    )
    cameras = parse(_map([popup, popup]))
    assert cameras[0].stream_url == "https://cdn.kutim.example/live/spt/index.m3u8"


def test_shop_popup_stating_a_price_gives_no_stream() -> None:
    popup = (
        "<strong>Kamera IP 4MP</strong><br>Rp 850.000<br>"
        '<a href="https://www.youtube.com/watch?v=EEEEEEEEEEE">Video produk</a>'
    )
    with pytest.raises(PortalFormatError):
        parse(_map([popup, popup]))
