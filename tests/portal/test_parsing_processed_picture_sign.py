"""A picture-processing script's picture in a folder needs a camera sign to be a still."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_image_url
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body


def _banners(script: str, base: str = "https://hotel.example/") -> list[tuple[str, str | None]]:
    text = (
        "<html><head><title>Hotel Bali</title></head><body><h1>Kamar</h1>"
        + "".join(
            f'<img src="/{script}?src=wp-content/uploads/2024/banner{i}.jpg&w=300" alt="Promo {i}">'
            for i in range(1, 5)
        )
        + "</body></html>"
    )
    cameras = parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras
    return [(camera.name, camera.snapshot_url) for camera in cameras]


@pytest.mark.parametrize("script", ["timthumb.php", "thumb.php", "image.php", "resize.php"])
def test_a_sites_thumbnails_are_no_cameras(script: str) -> None:
    with pytest.raises(PortalFormatError):
        _banners(script)


@pytest.mark.parametrize(
    "url",
    [
        "https://hotel.example/timthumb.php?src=wp-content/uploads/2024/banner1.jpg&w=300",
        "https://shop.example/thumb.php?src=products/shoe.jpg",
        "https://shop.example/timthumb.php?src=/uploads/campaign/banner.jpg",
        "https://news.example/resize.php?image=media/2024/foto.jpg&width=800",
        "https://camping.example/thumbs.php?img=tents/blue.png",
    ],
)
def test_a_stored_picture_without_a_camera_sign_is_no_still(url: str) -> None:
    assert not is_image_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://webcam.resort.example/timthumb.php?src=uploads/2024/current.jpg",
        "https://www.kutimcams.example/watermark.php?source=photos/kabo.jpg",
        "https://www.example/themes/cams/timthumb.php?src=/uploads/current.jpg",
        "https://www.example/timthumb.php?src=/cctv/gerbang/latest.jpg",
        "https://www.example/thumb.php?src=images/webcam3.jpg",
        "https://www.example/resize.php?image=kamera/dermaga.webp",
        "https://www.example/thumb.asp?file=gate.jpeg",
    ],
)
def test_a_picture_with_a_camera_sign_or_a_bare_name_stays_a_still(url: str) -> None:
    assert is_image_url(url)


def test_a_webcam_sites_thumbnails_stay_cameras() -> None:
    assert _banners("timthumb.php", "https://webcam.hotel.example/") == [
        (
            f"Promo {i}",
            f"https://webcam.hotel.example/timthumb.php?src=wp-content/uploads/2024/banner{i}.jpg&w=300",
        )
        for i in range(1, 5)
    ]
