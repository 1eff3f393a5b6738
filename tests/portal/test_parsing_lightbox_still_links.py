"""Lightbox links that are a camera's still on their own (a live-camera map's pins)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.stilllinks import (
    camera_still_address,
    camera_token,
    lightbox_link,
)

BASE = "https://livecam.kutim.example/"


def cameras(body: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    page = f"<!DOCTYPE html><html><head><title>Live</title></head><body>{body}</body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def pin(href: str, title: str, *, extra: str = "", icon: str = "images/icon_camera.png") -> str:
    """Return a link laid over a map, showing an icon."""
    return f'<a href="{href}" title="{title}" {extra}><img src="{icon}" alt=""></a>'


def test_map_pins_opening_camera_stills_are_cameras() -> None:
    found = cameras(
        '<div id="map"><img src="images/map_kutim.png" alt="Peta Kutai Timur">'
        f'<div class="bw">{pin("camera/img/cam01.jpg", "Dermaga", extra='id="cam01" class="lightbox"')}</div>'
        f'<div class="bw">{pin("camera/img/cam02.jpg", "Pantai", extra='id="cam02" class="lightbox"')}</div>'
        f'<div class="bw">{pin("camera/kaliorang.html", "Kaliorang", extra='id="cam07"')}</div>'
        "</div>"
    )
    assert [(c.id, c.name, c.snapshot_url) for c in found] == [
        ("cam01", "Dermaga", f"{BASE}camera/img/cam01.jpg"),
        ("cam02", "Pantai", f"{BASE}camera/img/cam02.jpg"),
    ]  # the map picture under them and the page link are no cameras


def test_icon_pins_without_lightbox_and_text_lightbox_links() -> None:
    found = cameras(
        '<ul><li><a href="webcam/dermaga1/current.jpg" data-lightbox="w" data-title="Dermaga 1">'
        "Dermaga 1</a></li>"
        '<li><a href="webcam/alur/current.jpg" data-lightbox="w" data-title="Alur">Alur</a></li></ul>'
        + pin("/cctv/snap/cctv3.jpg", "Jembatan Pinang", icon="/img/marker-cctv.png")
    )
    assert {c.name: c.snapshot_url for c in found} == {
        "Dermaga 1": f"{BASE}webcam/dermaga1/current.jpg",
        "Alur": f"{BASE}webcam/alur/current.jpg",
        "Jembatan Pinang": f"{BASE}cctv/snap/cctv3.jpg",
    }


def test_photo_gallery_links_are_no_cameras() -> None:
    # A tourism or news gallery: its stills name no camera, whatever lightbox opens them.
    with pytest.raises(PortalFormatError):
        cameras(
            '<a href="uploads/galeri/pantai.jpg" data-lightbox="g" data-title="Pantai">Pantai</a>'
            '<a href="uploads/galeri/danau.jpg" data-lightbox="g" data-title="Danau">Danau</a>'
            '<a href="docs/denah.jpg" rel="lightbox" title="Denah">Denah</a>'
        )


def test_near_misses_stay_partners() -> None:
    found = cameras(
        '<video src="https://live.kutim.example/hls/1/index.m3u8" title="Gerbang"></video>'
        # a plain link to a camera's still: no lightbox, no icon
        '<p><a href="webcam/pier/current.jpg" title="Pier">Pier</a></p>'
        # a lightbox pin without a title names nothing
        '<p><a href="webcam/bay/current.jpg" class="lightbox"><img src="img/icon.png"></a></p>'
        # a pin to a picture whose address names no camera (the map's legend)
        f"<p>{pin('assets/img/legenda.jpg', 'Legenda', extra='class="lightbox"')}</p>"
    )
    names = {camera.name for camera in found}
    assert "Pier" not in names
    assert "Legenda" not in names
    assert f"{BASE}webcam/bay/current.jpg" not in {camera.snapshot_url for camera in found}


def test_camera_tokens_and_addresses() -> None:
    assert camera_token("cam01")
    assert camera_token("cctv-3")
    assert camera_token("Kamera2")
    assert not camera_token("camp")
    assert not camera_token("cambodia")
    assert not camera_token("link1")
    assert camera_still_address("https://x.example/camera/img/a.jpg")
    assert camera_still_address("https://x.example/snap/live_cam_3.jpg")
    assert not camera_still_address("https://x.example/uploads/camping/scampi.jpg")
    assert not camera_still_address("https://x.example/uploads/galeri/pantai.jpg")


def test_lightbox_links() -> None:
    assert lightbox_link({"class": "lightbox"})
    assert lightbox_link({"data-fancybox": ""})
    assert lightbox_link({"rel": "prettyPhoto[cams]"})
    assert not lightbox_link({"class": "quality-high"})
    assert not lightbox_link({"class": "btn", "rel": "nofollow"})
