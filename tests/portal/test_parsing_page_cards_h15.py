"""Page card classes learnt from holdout batch 15: relative option playlists, video routes."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/cctv/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _select(*options: tuple[str, str]) -> str:
    rows = "".join(f'<option value="{value}">{text}</option>' for value, text in options)
    return f'<select name="cctv"><option value="">-- Pilih CCTV --</option>{rows}</select>'


@pytest.mark.parametrize(
    ("value", "stream"),
    [
        ("m3/simpang.m3u8", "https://portal.kutim.example/cctv/m3/simpang.m3u8"),
        ("./hls/a/index.m3u8", "https://portal.kutim.example/cctv/hls/a/index.m3u8"),
        ("../live/a.flv", "https://portal.kutim.example/live/a.flv"),
        ("dash/a/manifest.mpd?t=1", "https://portal.kutim.example/cctv/dash/a/manifest.mpd?t=1"),
        ("cam/a.mjpg", "https://portal.kutim.example/cctv/cam/a.mjpg"),
    ],
)
def test_option_value_relative_to_the_page(value: str, stream: str) -> None:
    """An option whose value is a playlist path relative to the page is a camera."""
    found = cameras(_select((value, " Simpang Tiga "), ("m3/other.m3u8", "Bundaran")))
    assert [c.raw_name for c in found] == ["Simpang Tiga", "Bundaran"]
    assert stream in (found[0].stream_url, found[0].mjpeg_url)


@pytest.mark.parametrize(
    "value",
    ["0", "sangatta", "halaman.php", "a b.m3u8", "javascript:x.m3u8", "gambar/a.jpg", "x" * 500],
)
def test_option_value_that_is_no_relative_stream(value: str) -> None:
    """Words, numbers, pages, stills and odd values of options never make cameras."""
    with pytest.raises(PortalFormatError, match="No camera list found"):
        cameras(_select((value, "Simpang Tiga"), (value, "Bundaran")))


def test_relative_values_only_on_the_element_itself() -> None:
    """A relative path inside a handler's text is not read as the element's value."""
    page = (
        "<ul><li onclick=\"play('hls/a.m3u8')\">Simpang</li>"
        "<li onclick=\"play('hls/b.m3u8')\">Bundaran</li></ul>"
    )
    with pytest.raises(PortalFormatError):
        cameras(page)


@pytest.mark.parametrize("route", ["video", "videofeed", "video_feed", "stream", "videostream"])
def test_picture_on_a_video_route_is_mjpeg(route: str) -> None:
    """A phone webcam app's /video in an <img> is its MJPEG; its /shot.jpg link the still."""
    cards = "".join(
        f'<div class="card"><img src="http://cam{n}.kutim.example:8080/{route}">'
        f"<h3>Kamera {name}</h3>"
        f'<a href="http://cam{n}.kutim.example:8080/shot.jpg">Ambil foto</a></div>'
        for n, name in ((1, "Gerbang"), (2, "Parkir"))
    )
    found = cameras(f'<div class="row">{cards}</div>')
    assert [c.raw_name for c in found] == ["Kamera Gerbang", "Kamera Parkir"]
    assert found[0].mjpeg_url == f"http://cam1.kutim.example:8080/{route}"
    assert found[0].snapshot_url == "http://cam1.kutim.example:8080/shot.jpg"
    assert found[1].stream_url is None


@pytest.mark.parametrize("src", ["/video/intro.png", "/videos", "/assets/video-bg", "/live.jpg"])
def test_other_pictures_are_no_video_route(src: str) -> None:
    """A picture under a video folder, or a route that is not a video's own, is no MJPEG."""
    page = f'<div class="card"><img src="{src}" alt="Simpang"><h3>Simpang</h3></div>'
    try:
        result = cameras(page)
    except PortalFormatError:
        return
    assert all(c.mjpeg_url is None for c in result)


def test_huge_select_of_relative_playlists_is_bounded() -> None:
    """A select of very many relative playlists stops at the camera cap, quickly."""
    options = [(f"m3/k{n}.m3u8", f"Kamera {n}") for n in range(6000)]
    assert len(cameras(_select(*options))) == 2000


def _slide(camera_id: str, name: str, poster: str) -> str:
    return (
        f'<div class="swiper-slide" data-cam-id="{camera_id}"><div class="box">'
        f'<video muted {poster} data-src="/hls/{camera_id}/index.m3u8"></video></div>'
        f"<h5>{name}</h5></div>"
    )


@pytest.mark.parametrize("attribute", ["poster", "data-poster"])
def test_lazy_video_slide_poster_and_slide_id(attribute: str) -> None:
    """A lazy <video data-src> slide: its poster is the still, the slide's id the camera's."""
    slides = "".join(
        _slide(key, name, f'{attribute}="/poster/{key}.jpg"')
        for key, name in (("teluk-lombok", "Teluk Lombok"), ("danau-kaubun", "Danau Kaubun"))
    )
    found = cameras(f'<div class="swiper"><div class="swiper-wrapper">{slides}</div></div>')
    assert [(c.id, c.raw_name) for c in found] == [
        ("teluk-lombok", "Teluk Lombok"),
        ("danau-kaubun", "Danau Kaubun"),
    ]
    assert found[0].stream_url == "https://portal.kutim.example/hls/teluk-lombok/index.m3u8"
    assert found[0].snapshot_url == "https://portal.kutim.example/poster/teluk-lombok.jpg"


def test_container_id_of_several_cards_is_no_camera_id() -> None:
    """An id on an element holding several lazy videos belongs to none of them."""
    videos = "".join(
        f'<div><video data-src="/hls/{key}/index.m3u8"></video><h5>{key.title()}</h5></div>'
        for key in ("simpang", "bundaran")
    )
    found = cameras(f'<section data-id="galeri-1">{videos}</section>')
    assert len(found) == 2
    assert all(c.id != "galeri-1" for c in found)
    assert found[0].id != found[1].id


@pytest.mark.parametrize(
    "link_attributes",
    [
        'data-fancybox="cams" data-caption="{caption}"',
        'class="glightbox" data-gallery="cams" data-title="{caption}"',
        'data-lightbox="cams" data-title="{caption}"',
        'data-pswp-width="1920" data-pswp-height="1080" title="{caption}"',
    ],
)
def test_lightbox_thumbnail_gives_the_larger_still(link_attributes: str) -> None:
    """A thumbnail linking its full-size picture: that picture is the still, the caption
    names it when no card title does, and the alt text only last."""
    cards = "".join(
        f'<a href="/full/{key}.jpg" {link_attributes.format(caption=caption)}>'
        f'<img src="/thumb/{key}.jpg" alt="webcam"></a>'
        for key, caption in (("apron", "Apron Timur"), ("runway", "Landasan 04"))
    )
    found = cameras(f'<div class="gallery">{cards}</div>')
    assert [c.raw_name for c in found] == ["Apron Timur", "Landasan 04"]
    assert [c.snapshot_url for c in found] == [
        "https://portal.kutim.example/full/apron.jpg",
        "https://portal.kutim.example/full/runway.jpg",
    ]


def test_lightbox_card_title_and_heading_beat_the_caption() -> None:
    """A card's title, or a heading over that picture alone, names a lightbox picture."""
    page = (
        '<div class="card"><h3>Dermaga Kenyamukan</h3>'
        '<a href="/full/a.jpg" data-caption="Dermaga, arah laut"><img src="/thumb/a.jpg"></a>'
        "</div>"
        "<section><h2>Apron &amp; Terminal</h2><div><div><div><div><figure>"
        '<a href="/full/b.jpg" data-fancybox="w" data-caption="Apron &amp; Terminal, north">'
        '<img src="/thumb/b.jpg" alt="Apron webcam"></a>'
        "<figcaption>Last update: 02.12.2026 09:58</figcaption>"
        "</figure></div></div></div></div></section>"
    )
    found = cameras(page)
    assert [c.raw_name for c in found] == ["Dermaga Kenyamukan", "Apron & Terminal"]
    assert found[1].snapshot_url == "https://portal.kutim.example/full/b.jpg"


def test_picture_beside_a_still_link_keeps_its_own_address() -> None:
    """Only a picture inside the link is its thumbnail: one beside it stays the still."""
    cards = "".join(
        f'<div class="card"><a href="/full/{key}.jpg">Perbesar</a>'
        f'<img src="/cam/{key}.jpg" alt="{key.title()}"></div>'
        for key in ("simpang", "bundaran")
    )
    found = cameras(f"<div>{cards}</div>")
    assert [c.snapshot_url for c in found] == [
        "https://portal.kutim.example/cam/simpang.jpg",
        "https://portal.kutim.example/cam/bundaran.jpg",
    ]


def _video_cards(setup: str) -> str:
    cards = "".join(
        f'<div class="card"><h4>{name}</h4><video id="p{n}">'
        f'<source src="/hls/{n}/index.m3u8" type="application/x-mpegURL"></video></div>'
        for n, name in ((1, "Simpang Tiga"), (2, "Taman Bersemi"))
    )
    return f'<div class="row">{cards}</div><script>{setup}</script>'


@pytest.mark.parametrize(
    "setup",
    [
        "fluidPlayer('p{n}', {{layoutControls: {{posterImage: '/thumb/{n}.jpg', mute: true}}}});",
        "videojs('p{n}', {{poster: '/thumb/{n}.jpg', fluid: true}});",
        "videojs('p{n}', opsi('/thumb/{n}.jpg'));",
        "fluidPlayer('p{n}', make(\"/thumb/{n}.jpg\", 'muted'));",
    ],
)
def test_player_setup_poster_is_its_video_still(setup: str) -> None:
    """A player set up on a <video> with sources gives that video its poster option."""
    script = "function opsi(p) { return {poster: p}; }" + "".join(setup.format(n=n) for n in (1, 2))
    found = cameras(_video_cards(script))
    assert [c.raw_name for c in found] == ["Simpang Tiga", "Taman Bersemi"]
    assert [c.snapshot_url for c in found] == [
        "https://portal.kutim.example/thumb/1.jpg",
        "https://portal.kutim.example/thumb/2.jpg",
    ]
    assert found[0].stream_url == "https://portal.kutim.example/hls/1/index.m3u8"


@pytest.mark.parametrize(
    "setup",
    [
        "videojs('p{n}', opsi('Kamera {n}'));",
        "videojs('p{n}', opsi('/hls/other/{n}.m3u8'));",
        "videojs('p{n}', opsi(gambar));",
        "videojs('p9', opsi('/thumb/{n}.jpg'));",
    ],
)
def test_helper_arguments_that_are_no_poster(setup: str) -> None:
    """Words, streams, variables and players on other elements give no still."""
    script = "".join(setup.format(n=n) for n in (1, 2))
    found = cameras(_video_cards(script))
    assert [c.raw_name for c in found][:2] == ["Simpang Tiga", "Taman Bersemi"]
    assert all(c.snapshot_url is None for c in found)


@pytest.mark.parametrize(
    ("lat_key", "lng_key"),
    [("data-lat", "data-lng"), ("data-latitude", "data-longitude"), ("data-lat", "data-lon")],
)
def test_card_data_position(lat_key: str, lng_key: str) -> None:
    """A card holding one camera lends it the position in its data attributes."""
    cards = "".join(
        f'<div class="card" {lat_key}="{lat}" {lng_key}="117.5{n}">'
        f'<div><img src="/cam/{n}.jpg" alt="Kamera {n}"></div><h3>Kamera {n}</h3></div>'
        for n, lat in ((1, "0.51"), (2, "0.47"))
    )
    found = cameras(f'<div class="grid">{cards}</div>')
    assert [(c.latitude, c.longitude) for c in found] == [(0.51, 117.51), (0.47, 117.52)]


@pytest.mark.parametrize(
    "attributes",
    ['data-lat="abc" data-lng="117.5"', 'data-lat="0.5"', 'data-lat="0.5;x" data-lng="117"'],
)
def test_card_data_position_needs_two_numbers(attributes: str) -> None:
    """Half a position, or words, place nothing."""
    cards = "".join(
        f'<div class="card" {attributes}><img src="/cam/{n}.jpg" alt="Kamera {n}"></div>'
        for n in (1, 2)
    )
    found = cameras(f"<div>{cards}</div>")
    assert len(found) == 2
    assert all(c.latitude is None and c.longitude is None for c in found)


def test_position_of_a_container_of_several_cameras_is_none_of_theirs() -> None:
    """A section's data position holding several cameras places none of them."""
    cards = "".join(
        f'<div class="card"><img src="/cam/{n}.jpg" alt="Kamera {n}"></div>' for n in (1, 2)
    )
    found = cameras(f'<section data-lat="0.5" data-lng="117.5">{cards}</section>')
    assert len(found) == 2
    assert all(c.latitude is None for c in found)


@pytest.mark.parametrize("field_class", ["cam-region", "cctv-kecamatan", "item-wilayah"])
def test_div_field_naming_a_place_is_the_area(field_class: str) -> None:
    """A plain <div> field whose class names a place gives each card's area."""
    cards = "".join(
        f'<div class="card"><img src="/cam/{n}.jpg" alt="Kamera {n}">'
        f'<h3>Kamera {n}</h3><div class="{field_class}">{area}</div></div>'
        for n, area in ((1, "Sangatta Utara"), (2, "Bengalon"))
    )
    found = cameras(f'<div class="content-area">{cards}</div>')
    assert [c.area for c in found] == ["Sangatta Utara", "Bengalon"]


def test_div_field_too_long_or_wrapping_cards_is_no_area() -> None:
    """A long text in a place-named div (an address) or a wrapper div gives no area."""
    cards = "".join(
        f'<div class="card"><img src="/cam/{n}.jpg" alt="Kamera {n}"><h3>Kamera {n}</h3>'
        f'<div class="cam-location">Jalan Soekarno Hatta nomor {n}, dekat kantor kecamatan</div>'
        "</div>"
        for n in (1, 2)
    )
    found = cameras(f'<div class="region">{cards}</div>')
    assert len(found) == 2
    assert all(c.area is None for c in found)
