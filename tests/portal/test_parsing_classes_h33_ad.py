"""WordPress article photos beside player frames, read after holdout 33.

A WordPress post showing its cameras as player frames (Gutenberg embed blocks, a classic
post's ``<iframe>``) also shows the pictures of its media library: the featured image
(``wp-post-image``), block and classic editor images (``wp-image-845``), widget
thumbnails, and uploads the library resized (``/wp-content/uploads/2020/11/x-1024x576.jpg``).
When every other camera of the page is such a picture, the pictures are the article's
photos and the frames are its cameras. A page without player frames keeps its pictures;
a picture with a stream or an MJPEG address, or a still the camera overwrites in place
(no library class, no library size), stays a camera and keeps a promotional frame out.

A picture named by a caption numbering it as a figure (``Gambar 1. …``, ``Figure 2:``,
``Fig. 3 –``, ``Abb. 1:``, ``Abbildung``, ``Figura``), in its ``alt`` or its
``figcaption``, illustrates an article and is no camera. A number without the figure
word (``Kamera 1.``), the word without a number (``Gambar CCTV Simpang``), a number not
closed by a stop, colon, parenthesis or dash (``Figure 8 Loop``) and a stream named so
stay cameras.

A field naming a camera's own page (``page_url``, ``pageUrl``, ``page_link``,
``webpage``) is read as a generic ``url`` or ``link`` is: when the camera has no media
(a scraper's row whose picture was not found), its page stands in as its stream. Beside
a still it is nothing; a paginator's ``next_page_url``, a ``detail_page`` or a
``homepage`` never stands in.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://desa.example/2024/01/pantau-sungai/"
UP = "https://desa.example/wp-content/uploads"
FRAME = (
    '<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">'
    '<iframe title="Sungai Live" src="https://www.youtube.com/embed/Ab3dE5fG7hI?feature=oembed">'
    '</iframe></div><figcaption class="wp-element-caption">Pintu Air Utara</figcaption></figure>'
)


def cameras(body: str) -> tuple[Camera, ...]:
    """Parse an HTML page as an Automatic portal answer."""
    page = f"<html><body><article>{body}</article></body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_a_featured_image_beside_a_frame_is_no_camera() -> None:
    found = cameras(
        f'<img src="{UP}/2024/01/rapat-warga.jpg" class="attachment-large wp-post-image" '
        f'alt="Rapat warga">{FRAME}'
    )
    assert [(c.name, c.stream_url) for c in found] == [
        ("Pintu Air Utara", "https://www.youtube.com/embed/Ab3dE5fG7hI?feature=oembed")
    ]


def test_an_editor_image_with_its_caption_is_no_camera() -> None:
    found = cameras(
        f'<figure class="wp-block-image"><img src="{UP}/2024/01/tiang.jpg" class="wp-image-845" '
        f'alt="Tiang"><figcaption>Pemasangan tiang</figcaption></figure>{FRAME}'
    )
    assert [c.name for c in found] == ["Pintu Air Utara"]
    assert all(c.snapshot_url is None for c in found)


def test_a_library_sized_upload_without_class_is_no_camera() -> None:
    found = cameras(f'<img src="{UP}/2024/01/banjir-2023-1024x576.jpg" alt="Banjir">{FRAME}')
    assert [c.name for c in found] == ["Pintu Air Utara"]


def test_library_pictures_without_frames_stay_cameras() -> None:
    found = cameras(
        f'<img src="{UP}/2024/01/pintu-air-1024x576.jpg" class="wp-image-12" alt="Pintu Air">'
    )
    assert [(c.name, c.snapshot_url) for c in found] == [
        ("Pintu Air", f"{UP}/2024/01/pintu-air-1024x576.jpg")
    ]


def test_stills_overwritten_in_place_keep_a_promotional_frame_out() -> None:
    found = cameras(
        f'<figure><img src="{UP}/webcam/strand.jpg" alt="Strand"></figure>'
        f'<figure><img src="{UP}/webcam/haven.jpg" alt="Haven"></figure>{FRAME}'
    )
    assert [c.name for c in found] == ["Strand", "Haven"]
    assert all(c.stream_url is None for c in found)


def test_one_camera_still_among_library_photos_keeps_the_frame_out() -> None:
    found = cameras(
        f'<img src="{UP}/2024/01/rapat-warga.jpg" class="wp-post-image" alt="Rapat warga">'
        f'<figure><img src="https://cam.desa.example/snap/pintu.jpg" alt="Pintu Air"></figure>'
        f"{FRAME}"
    )
    assert "Pintu Air" in [c.name for c in found]
    assert all(c.stream_url is None for c in found)


def test_a_library_picture_linking_a_stream_stays_a_camera() -> None:
    found = cameras(
        f'<a href="https://desa.example/hls/pintu.m3u8"><img src="{UP}/2024/01/pintu-1024x576.jpg"'
        f' class="wp-image-9" alt="Pintu Air"></a>{FRAME}'
    )
    assert "https://desa.example/hls/pintu.m3u8" in [c.stream_url for c in found]


# Numbered figure captions.

GRID = (
    '<div class="cam"><img src="https://cam.desa.example/snap/utara.jpg" alt="Pintu Utara"></div>'
    '<div class="cam"><img src="https://cam.desa.example/snap/selatan.jpg" alt="Pintu Selatan"></div>'
)


def test_a_picture_whose_alt_numbers_a_figure_is_no_camera() -> None:
    for alt in (
        "Gambar 1. Perbaikan stasiun",
        "Figure 2: Technicians at the rim",
        "Fig. 3 \u2013 Ash sample",
        "Abb. 1: Montage der Kamera",
        "Abbildung 4. Kuppel",
        "Figura 2) Instalaci\u00f3n",
    ):
        found = cameras(f'<figure><img src="/media/photo.jpg" alt="{alt}"></figure>{GRID}')
        assert [c.name for c in found] == ["Pintu Utara", "Pintu Selatan"], alt


def test_a_picture_named_by_a_numbered_figcaption_is_no_camera() -> None:
    found = cameras(
        '<figure><img src="/media/photo.jpg" alt=""><figcaption>Gambar 2. Tim memasang '
        f"panel surya</figcaption></figure>{GRID}"
    )
    assert [c.name for c in found] == ["Pintu Utara", "Pintu Selatan"]


def test_names_like_a_figure_without_its_number_or_stop_stay_cameras() -> None:
    for alt in ("Kamera 1. Simpang Lima", "Gambar CCTV Simpang", "Figure 8 Loop"):
        found = cameras(
            f'<div class="cam"><img src="https://cam.desa.example/a.jpg" alt="{alt}"></div>'
        )
        assert [c.name for c in found] == [alt], alt


def test_a_stream_named_as_a_figure_stays_a_camera() -> None:
    found = cameras(
        '<video src="https://cam.desa.example/hls/a.m3u8" title="Gambar 1. Simpang"></video>'
    )
    assert [c.stream_url for c in found] == ["https://cam.desa.example/hls/a.m3u8"]


# A camera's own page field.

CSV_BASE = "https://export.example/webcams.csv"


def csv_cameras(text: str) -> tuple[Camera, ...]:
    """Parse a CSV table as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=CSV_BASE, prettify=False).cameras


def json_cameras(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    """Parse a JSON list of records as an Automatic portal answer."""
    body = json.dumps({"cams": records})
    return parse_body(body, profile=Profile.AUTO, base_url=CSV_BASE, prettify=False).cameras


def _rows(page_field: str) -> str:
    return (
        f"id,name,{page_field},image_url\n"
        "a1,Gipfel,https://cams.example/webcam/gipfel/,https://img.example/a1.jpg\n"
        "a2,Tal,https://cams.example/webcam/tal/,\n"
    )


def test_a_page_url_column_stands_in_for_a_row_without_media() -> None:
    for field in ("page_url", "pageUrl", "page_link", "webpage", "page"):
        found = csv_cameras(_rows(field))
        assert [(c.name, c.stream_url, c.snapshot_url) for c in found] == [
            ("Gipfel", None, "https://img.example/a1.jpg"),
            ("Tal", "https://cams.example/webcam/tal/", None),
        ], field


def test_a_page_url_field_of_a_json_record_stands_in() -> None:
    found = json_cameras(
        [
            {"id": 1, "name": "Bondi", "pageUrl": "https://cams.example/c/bondi", "still": None},
            {
                "id": 2,
                "name": "Manly",
                "pageUrl": "https://cams.example/c/manly",
                "still": "https://cams.example/s/manly.jpg",
            },
        ]
    )
    assert [(c.name, c.stream_url) for c in found] == [
        ("Bondi", "https://cams.example/c/bondi"),
        ("Manly", None),
    ]


def test_other_page_fields_never_stand_in() -> None:
    for field in ("next_page_url", "detail_page", "homepage", "website", "map_page"):
        found = csv_cameras(_rows(field))
        assert [c.name for c in found] == ["Gipfel"], field
