"""Preview pictures linked to a streaming platform's player page for that camera."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.media import is_placeholder_picture
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import platform_player_page

BASE = "https://kamera-kutim.example/webcams.html"
PREVIEW = "https://cdn.livecast-id.example/vpu/ab12cd34/{}.jpg"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(links: list[tuple[str, str, str]]) -> str:
    rows = "".join(
        f'<tr><td><h2>{name}</h2></td></tr><tr><td><a href="{href}"><img src="{src}" '
        'width="960" height="540"></a></td></tr>'
        '<tr><td><a href="https://kamera-kutim.example/#top">back</a></td></tr>'
        for name, href, src in links
    )
    return f"<html><body><h1>Kutim Cams</h1><table>{rows}</table></body></html>"


@pytest.mark.parametrize(
    "url",
    [
        "https://player.livespotting.example/?alias=nn1xc3my&ch=LS_3f855",
        "https://player.livespotting.example/jwp.html?alias=PS_9c086",
        "http://webtv.feratel.example/webtv/?design=v4&cam=3150&pg=5EB12424",
        "https://www.kutim-tv.example/player/?channel=pantai01",
        "https://embed.camstream.example/?stream=dermaga_maloy",
    ],
)
def test_player_pages_handed_a_camera(url: str) -> None:
    """A player host or folder with a query naming the camera is a player page."""
    assert platform_player_page(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://player.livespotting.example/",  # no camera named
        "https://player.livespotting.example/?lang=id",  # a field naming no camera
        "https://www.tanjungbara.example/webcam.php?cam=3",  # no player host or folder
        "https://surfcam-sekerat.example/",  # an operator's site
        "https://www.kutimkab.example/layanan/webcam/webcam-taman-kota",  # an info page
        "https://play.google.example/store/apps/details?id=id.kutim.app",  # an app store
        "https://player.livespotting.example/admin/?alias=nn1xc3my",  # an admin page
        "https://user:pw@player.livespotting.example/?alias=nn1xc3my",  # a login
        "http://192.168.1.20/player/?cam=3",  # a LAN host
        "https://player.livespotting.example/?alias=%3Cscript%3E",  # no code
    ],
)
def test_pages_that_are_no_player_of_a_camera(url: str) -> None:
    """Sites, info pages, app stores, admin pages, logins and LAN hosts are none."""
    assert not platform_player_page(url)


def test_preview_linked_to_player_gives_stream_and_still() -> None:
    """The player page is the camera's stream; the preview stays its still."""
    player = "https://player.livespotting.example/?alias=nn1xc3my&ch=LS_3f855"
    found = cameras(
        _page(
            [
                ("Pantai Teluk Lingga", player, PREVIEW.format("a1")),
                ("Surfcam Sekerat", "https://surfcam-sekerat.example/", PREVIEW.format("b2")),
            ]
        )
    )
    assert [(c.name, c.stream_url, c.snapshot_url) for c in found] == [
        ("Pantai Teluk Lingga", player, PREVIEW.format("a1")),
        ("Surfcam Sekerat", None, PREVIEW.format("b2")),
    ]


def test_out_of_order_tile_is_no_still_but_player_stays() -> None:
    """A site's out-of-order tile is no still; the linked player is still the stream."""
    player = "https://player.livespotting.example/jwp.html?alias=PS_f9931&ch=LS_8ae47"
    found = cameras(
        _page(
            [
                (
                    "Bongkar Muat Maloy",
                    player,
                    "https://kamera-kutim.example/images/CamOutofOrder.jpg",
                ),
                ("Dermaga", "https://www.dermaga.example/", PREVIEW.format("c3")),
            ]
        )
    )
    maloy = next(c for c in found if c.name == "Bongkar Muat Maloy")
    assert maloy.stream_url == player and maloy.snapshot_url is None


def test_same_picture_linked_is_a_still_only() -> None:
    """A picture linked to itself (an operator's JPEG) has no stream."""
    still = "https://www.penyeberangan.example/webcam/kenyamukan/webcam_img_1.jpg"
    found = cameras(
        _page([("Antrean I", still, still), ("Antrean II", still + "?2", still + "?2")])
    )
    assert [(c.stream_url, c.snapshot_url) for c in found] == [
        (None, still),
        (None, still + "?2"),
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/images/CamOutofOrder.jpg", True),
        ("https://a.example/img/out-of-order.png", True),
        ("https://a.example/img/webcam_out_of_service.jpg", True),
        ("https://a.example/img/ausser-betrieb.jpg", True),
        ("https://a.example/outoforder/cam3.jpg", False),  # a folder so named
        ("https://a.example/img/order-desk.jpg", False),
    ],
)
def test_out_of_order_file_names(url: str, expected: bool) -> None:
    """Out-of-order tiles are stock pictures; a folder or another word is not."""
    assert is_placeholder_picture(url) is expected
