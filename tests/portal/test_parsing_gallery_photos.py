"""A news post's photo gallery opened in a lightbox is no camera list."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://diskominfo.kutim.example/berita/rapat-koordinasi"
HOST = "https://diskominfo.kutim.example"
NO_LIST = (
    r"No camera list found in the portal page \(found 0 script\(s\), {count} media "
    r"element\(s\) and 0 map marker\(s\) with no stream or image address\)"
)


def cameras(markup: str) -> tuple[Camera, ...]:
    return parse_body(markup, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def article(heading: str, gallery: str) -> str:
    return (
        "<html><body><article><h1>Rapat Koordinasi</h1><p>Isi berita.</p>"
        f"<h3>{heading}</h3>{gallery}</article></body></html>"
    )


def photo(stem: str, attribute: str = 'data-fancybox="gallery"', extra: str = "") -> str:
    return (
        f'<a href="/uploads/berita/2024/{stem}.jpg" {attribute}{extra}>'
        f'<img src="/uploads/berita/2024/thumb/{stem}.jpg"></a>'
    )


@pytest.mark.parametrize(
    "heading", ["Dokumentasi", "Galeri", "Gallery", "Foto Kegiatan", "Galeri Foto"]
)
@pytest.mark.parametrize("count", [1, 2])
def test_event_photos_under_a_gallery_heading_are_no_cameras(heading: str, count: int) -> None:
    gallery = "".join(photo(f"kegiatan-{n}") for n in range(1, count + 1))
    with pytest.raises(PortalFormatError, match=NO_LIST.format(count=count)):
        cameras(article(heading, gallery))


@pytest.mark.parametrize(
    "attribute", ['class="lightbox"', 'data-lightbox="foto"', 'rel="lightbox[g]"']
)
def test_every_lightbox_spelling_of_an_event_photo(attribute: str) -> None:
    with pytest.raises(PortalFormatError, match=NO_LIST.format(count=1)):
        cameras(article("Dokumentasi", photo("kegiatan-1", attribute)))


def test_webcam_stills_under_a_gallery_heading_stay_cameras() -> None:
    gallery = (
        '<a href="/webcam/cam01.jpg" data-fancybox="webcams"><img src="/webcam/thumb/cam01.jpg"></a>'
        '<a href="/webcam/cam02.jpg" data-fancybox="webcams"><img src="/webcam/thumb/cam02.jpg"></a>'
    )
    found = cameras(article("Galeri", gallery))
    assert [(c.name, c.snapshot_url) for c in found] == [
        ("Galeri", f"{HOST}/webcam/cam01.jpg"),
        ("Galeri", f"{HOST}/webcam/cam02.jpg"),
    ]


def test_a_caption_naming_a_camera_keeps_the_still() -> None:
    found = cameras(article("Gallery", photo("a", extra=' title="Kamera Dermaga"')))
    assert [c.snapshot_url for c in found] == [f"{HOST}/uploads/berita/2024/a.jpg"]


def test_a_link_id_naming_a_camera_keeps_the_still() -> None:
    found = cameras(article("Dokumentasi", photo("a", extra=' id="cctv3"')))
    assert [c.snapshot_url for c in found] == [f"{HOST}/uploads/berita/2024/a.jpg"]


def test_a_refreshed_picture_keeps_the_still() -> None:
    gallery = (
        '<a href="/uploads/berita/2024/a.jpg" data-fancybox="g">'
        '<img src="/uploads/berita/2024/thumb/a.jpg" data-refresh="5000"></a>'
    )
    found = cameras(article("Dokumentasi", gallery))
    assert [c.snapshot_url for c in found] == [f"{HOST}/uploads/berita/2024/a.jpg"]


def test_photos_under_a_place_heading_keep_their_reading() -> None:
    # Not a gallery's heading: the older lightbox thumbnail reading stands.
    found = cameras(article("Simpang Tiga", photo("kegiatan-1") + photo("kegiatan-2")))
    assert [(c.name, c.snapshot_url) for c in found] == [
        ("Simpang Tiga", f"{HOST}/uploads/berita/2024/kegiatan-1.jpg"),
        ("Simpang Tiga", f"{HOST}/uploads/berita/2024/kegiatan-2.jpg"),
    ]


def test_a_gallery_heading_naming_cameras_is_no_gallery_of_events() -> None:
    found = cameras(article("Galeri CCTV", photo("kegiatan-1") + photo("kegiatan-2")))
    assert [(c.name, c.snapshot_url) for c in found] == [
        ("Galeri CCTV", f"{HOST}/uploads/berita/2024/kegiatan-1.jpg"),
        ("Galeri CCTV", f"{HOST}/uploads/berita/2024/kegiatan-2.jpg"),
    ]
