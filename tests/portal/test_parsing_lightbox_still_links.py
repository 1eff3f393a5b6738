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


REVIEW_BASE = "https://techblog.example.com/2024/05/best-action-cameras"


def test_article_uploads_named_for_cameras_are_no_cameras() -> None:
    # A product review's lightbox links to its uploads: "camera" is a word of the stem.
    page = (
        "<html><head><title>Review: the best action cameras of 2024</title></head><body>"
        "<article><h1>Best action cameras</h1><p>We tested "
        '<a href="/uploads/2024/05/camera-gopro-12.jpg" data-fancybox="g" '
        'title="GoPro Hero 12">GoPro Hero 12</a>, the '
        '<a href="/uploads/2024/05/camera-dji-osmo.jpg" data-fancybox="g" '
        'title="DJI Osmo Action 4">DJI Osmo Action 4</a> and the '
        '<a href="/uploads/2024/05/camera-insta360.jpg" data-fancybox="g" '
        'title="Insta360 X3">Insta360 X3</a>.</p></article></body></html>'
    )
    with pytest.raises(PortalFormatError):
        parse_body(page, profile=Profile.AUTO, base_url=REVIEW_BASE, prettify=False)


def test_camera_words_inside_upload_stems_and_dated_folders() -> None:
    assert not camera_still_address("https://x.example/img/camera-gopro-12.jpg")
    assert not camera_still_address("https://x.example/img/cctv-pencurian.jpg")
    assert not camera_still_address("https://x.example/uploads/2024/05/cam01.jpg")
    assert not camera_still_address("https://x.example/media/2023/7/cctv3.jpg")
    # near misses that stay: a numbered camera word, a camera folder, a year alone
    assert camera_still_address("https://x.example/snap/live_cam_3.jpg")
    assert camera_still_address("https://x.example/img/pantai-cam02.jpg")
    assert camera_still_address("https://x.example/camera/2024/latest.jpg")
    assert camera_still_address("https://x.example/webcam/2024/13/now.jpg")


def test_dated_upload_links_with_camera_names_are_no_cameras() -> None:
    with pytest.raises(PortalFormatError):
        cameras(
            '<a href="uploads/2024/05/cam01.jpg" data-lightbox="g" data-title="Pantai">Pantai</a>'
            '<a href="uploads/2024/05/cam02.jpg" data-lightbox="g" data-title="Danau">Danau</a>'
        )


def test_numbered_camera_word_in_a_stem_stays_a_camera() -> None:
    found = cameras(
        '<a href="snap/live_cam_3.jpg" class="lightbox" title="Dermaga">Dermaga</a>'
        '<a href="snap/live_cam_4.jpg" class="lightbox" title="Alur">Alur</a>'
    )
    assert [(c.name, c.snapshot_url) for c in found] == [
        ("Dermaga", f"{BASE}snap/live_cam_3.jpg"),
        ("Alur", f"{BASE}snap/live_cam_4.jpg"),
    ]


MAP_PAGE_BASE = "https://cctv.bandung.example/"


def map_page(pictures: str) -> list[tuple[str | None, str | None]]:
    """Parse a page of two camera links beside the given pictures: (name, still) pairs."""
    page = (
        "<html><head><title>CCTV Kota Bandung</title></head><body><h1>CCTV Kota Bandung</h1>"
        '<div class="cams"><a href="/cctv/img/cam01.jpg" class="lightbox" '
        'title="Simpang Dago">Simpang Dago</a><a href="/cctv/img/cam02.jpg" '
        f'class="lightbox" title="Pasteur">Pasteur</a>{pictures}</div></body></html>'
    )
    found = parse_body(page, profile=Profile.AUTO, base_url=MAP_PAGE_BASE, prettify=False)
    return [(c.name, c.snapshot_url) for c in found.cameras]


def test_camera_picture_named_for_a_map_street_stays() -> None:
    assert map_page(
        '<img src="/cctv/img/cam03.jpg" alt="Jl. PETA Lingkar Selatan">'
        '<img src="/cctv/img/cam04.jpg" alt="Buah Batu">'
    ) == [
        ("Simpang Dago", f"{MAP_PAGE_BASE}cctv/img/cam01.jpg"),
        ("Pasteur", f"{MAP_PAGE_BASE}cctv/img/cam02.jpg"),
        ("Jl. PETA Lingkar Selatan", f"{MAP_PAGE_BASE}cctv/img/cam03.jpg"),
        ("Buah Batu", f"{MAP_PAGE_BASE}cctv/img/cam04.jpg"),
    ]
    # a place picture whose alt merely holds the word (not first or last) stays too
    assert map_page('<img src="/img/lokasi.jpg" alt="Jl. Peta Lingkar Selatan">') == [
        ("Simpang Dago", f"{MAP_PAGE_BASE}cctv/img/cam01.jpg"),
        ("Pasteur", f"{MAP_PAGE_BASE}cctv/img/cam02.jpg"),
        ("Jl. Peta Lingkar Selatan", f"{MAP_PAGE_BASE}img/lokasi.jpg"),
    ]


def test_map_picture_by_stem_or_caption_is_dropped() -> None:
    links = [
        ("Simpang Dago", f"{MAP_PAGE_BASE}cctv/img/cam01.jpg"),
        ("Pasteur", f"{MAP_PAGE_BASE}cctv/img/cam02.jpg"),
    ]
    assert map_page('<img src="/img/map_bandung.png" alt="Kota Bandung">') == links
    assert map_page('<img src="/img/bandung.png" alt="Peta Kota Bandung">') == links
    assert map_page('<img src="/img/bandung.png" alt="Bandung city map">') == links


def test_camera_tokens_share_the_address_readers_camera_words() -> None:
    from custom_components.kutim_cctv.portal.viewerlinks import CAMERA_PATH_WORDS

    for word in CAMERA_PATH_WORDS:
        assert camera_token(word)
        assert camera_token(f"{word}-07")
    assert camera_token("atcs01")
    assert camera_token("ipcam3")
    assert camera_still_address("https://x.example/camaras/plaza.jpg")
    assert not camera_token("camp01")
    assert not camera_token("kamar2")
