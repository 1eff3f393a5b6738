"""Pictures served by a script named for a picture, keyed by the camera in its query.

City and regional webcam pages show each camera as an ``<img>`` whose address is a
script, not an image file: ``/snap.php?image=graslei``, ``getimage.php?cam=borsa``,
``webcam.php?id=3``, ``live.py?id=VDS-006``. On an ``<img>`` such an address is the
camera's still when the script's name says it serves a picture and one query field
named for the camera holds one token. Other scripts, scripts keyed by nothing, and
other elements are not read as pictures.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://stadscams.example/"


def _cameras(body: str) -> tuple[Camera, ...]:
    return parse_body(body, profile=Profile.AUTO, base_url=BASE).cameras


def _page(*blocks: str) -> str:
    return "<html><body><p>Beelden, vernieuwd elke minuut.</p>" + "".join(blocks) + "</body></html>"


@pytest.mark.parametrize(
    "src",
    [
        "/snap.php?image=graslei&amp;t=1764925311",
        "/getimage.php?cam=borsa-partie",
        "/get_image.aspx?id=17",
        "/foto.php?kamera=simpang-3",
        "/gambar.php?cctv=taman-bersemi",
        "/live.py?id=VDS-006",
        "/img.ashx?name=Korenmarkt",
    ],
)
def test_a_picture_script_keyed_by_the_camera_is_its_still(src: str) -> None:
    page = _page(
        f'<h1>Graslei</h1><p><img src="{src}"></p>',
        f'<h1>Korenmarkt</h1><p><img src="{src}&amp;second=1"></p>',
    )
    cameras = _cameras(page)
    assert [camera.name for camera in cameras] == ["Graslei", "Korenmarkt"]
    assert cameras[0].snapshot_url == BASE.rstrip("/") + src.replace("&amp;", "&")
    assert all(camera.stream_url is None for camera in cameras)


@pytest.mark.parametrize(
    "src",
    [
        "/index.php?page=kamera",  # a page script, not a picture's
        "/snap.php",  # keyed by nothing
        "/snap.php?size=large",  # a field naming no camera
        "/snap.php?image=two%20words",  # not one token
        "/download.php?id=3",  # a script not named for a picture
        "/snap.phps?image=x",  # not a script
    ],
)
def test_other_scripts_are_no_pictures(src: str) -> None:
    page = _page(
        f'<h1>Graslei</h1><p><img src="{src}"></p>', f'<h1>Korenmarkt</h1><p><img src="{src}"></p>'
    )
    with pytest.raises(PortalFormatError):
        _cameras(page)


def test_a_link_to_a_picture_script_is_no_picture() -> None:
    page = _page(
        '<h1>Graslei</h1><p><a href="/snap.php?image=graslei">Graslei</a></p>',
        '<h1>Korenmarkt</h1><p><a href="/snap.php?image=korenmarkt">Korenmarkt</a></p>',
    )
    with pytest.raises(PortalFormatError):
        _cameras(page)
