"""Cards titled over a description or a camera label, relay stills, headed grid columns."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import url_kind
from custom_components.kutim_cctv.portal.media import is_image_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.headedcolumns import headed_columns

BASE = "https://cuaca.kutimkab.example/kamera"
CAM = "https://webcam.kutimkab.example/{}.jpg"


def read(body: str, base: str = BASE) -> tuple[Camera, ...]:
    text = f"<!DOCTYPE html><html><head><title>Kamera</title></head><body>{body}</body></html>"
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def names(cameras: tuple[Camera, ...]) -> dict[str | None, str]:
    return {camera.snapshot_url or camera.stream_url: camera.name for camera in cameras}


# -- a card's title over the description repeated as the alt -------------------------------


def described(key: str, title: str, text: str, alt: str | None = None) -> str:
    return (
        f'<div class="col"><div class="live-camera"><figure><img src="{CAM.format(key)}" '
        f'alt="{text if alt is None else alt}"></figure><h3 class="location">{title}</h3>'
        f'<small class="date">{text}</small></div></div>'
    )


def test_the_title_names_a_card_whose_alt_repeats_its_description() -> None:
    cameras = read(
        '<div class="container">'
        + described("a", "Pantai Teluk Lingga", "Ke arah laut – diperbarui tiap 5 menit")
        + described("b", "Bukit Pelangi", "Kota Sangatta dari bukit, 6 Des 2026 11:30 WITA")
        + "</div>"
    )
    assert names(cameras) == {
        CAM.format("a"): "Pantai Teluk Lingga",
        CAM.format("b"): "Bukit Pelangi",
    }


def test_a_heading_over_a_figure_whose_caption_repeats_the_alt_names_it() -> None:
    figure = (
        '<div class="cam"><h3>{title}</h3><figure><img src="{src}" alt="{text}">'
        "<figcaption>{text}</figcaption></figure></div>"
    )
    cameras = read(
        figure.format(
            title="Atap Stasiun", src=CAM.format("a"), text="Langit ke utara, tiap 5 menit"
        )
        + figure.format(title="Tepian Sungai", src=CAM.format("b"), text="Muka air di papan duga")
    )
    assert names(cameras) == {CAM.format("a"): "Atap Stasiun", CAM.format("b"): "Tepian Sungai"}


def test_a_figure_caption_with_no_title_over_it_stays_the_name() -> None:
    figure = (
        '<div class="col"><figure><img src="{}" alt="{}"><figcaption>{}</figcaption></figure></div>'
    )
    cameras = read(
        figure.format(CAM.format("a"), "Pelabuhan Maloy", "Pelabuhan Maloy")
        + figure.format(CAM.format("b"), "Dermaga Kenyamukan", "Dermaga Kenyamukan")
    )
    assert names(cameras) == {
        CAM.format("a"): "Pelabuhan Maloy",
        CAM.format("b"): "Dermaga Kenyamukan",
    }


def test_a_shorter_line_than_the_title_is_no_description() -> None:
    # The alt repeats the line under the title but says less than it: it may be a name.
    cameras = read(
        described("a", "Kawasan Kantor Bupati Bukit Pelangi", "Simpang Tiga")
        + described("b", "Koridor Jalan Poros Sangatta Bontang", "Jembatan Pinang")
    )
    assert names(cameras) == {CAM.format("a"): "Simpang Tiga", CAM.format("b"): "Jembatan Pinang"}


def test_a_section_heading_over_cards_captioned_by_their_alt_is_no_name() -> None:
    # A road's heading over one picture card whose own caption line repeats its alt.
    cameras = read(
        '<section class="ruas"><h4>Ruas Sangatta</h4><div class="row"><div class="col">'
        f'<div class="card"><img src="{CAM.format("a")}" alt="KM 12+400 Arah Bontang">'
        '<div class="card-body"><p>KM 12+400 Arah Bontang</p></div></div></div>'
        '<div class="col"><div class="card"><div class="no-signal">Tidak ada sinyal</div>'
        "<p>KM 30+000 Rest Area</p></div></div></div></section>"
        '<section class="ruas"><h4>Ruas Bengalon</h4><div class="row"><div class="col">'
        f'<div class="card"><img src="{CAM.format("b")}" alt="KM 40+100 Jembatan Bengalon">'
        '<div class="card-body"><p>KM 40+100 Jembatan Bengalon</p></div></div></div>'
        "</div></section>"
    )
    assert names(cameras)[CAM.format("a")] == "KM 12+400 Arah Bontang"
    assert names(cameras)[CAM.format("b")] == "KM 40+100 Jembatan Bengalon"


# -- a container's title over an alt labelling the picture as a camera's ---------------------


def container(title: str, src: str, alt: str) -> str:
    return (
        f'<div class="webcam-container"><div class="webcam-title">{title}</div>'
        f'<img class="webcam-feed" src="{src}" alt="{alt}"></div>'
    )


def test_a_container_title_names_a_picture_labelled_as_a_webcam() -> None:
    cameras = read(
        container("Menara Kenyamukan (45 m)", CAM.format("a"), "Harbour Tower Webcam")
        + container("Simpang Tiga", CAM.format("b"), "Town Junction Cam")
    )
    assert names(cameras) == {
        CAM.format("a"): "Menara Kenyamukan (45 m)",
        CAM.format("b"): "Simpang Tiga",
    }


def test_a_caption_line_does_not_outrank_a_camera_label() -> None:
    # A figure caption describing the view is no title: the alt stays the name.
    figure = (
        '<figure class="wp-block-image"><img src="{}" alt="{}"><figcaption>{}</figcaption></figure>'
    )
    cameras = read(
        "<h2>Moorings</h2>"
        + figure.format(CAM.format("a"), "Moorings webcam", "Moorings at high water")
        + "<h2>Mouth</h2>"
        + figure.format(CAM.format("b"), "Clubhouse webcam", "Harbour mouth from the club")
    )
    assert names(cameras)[CAM.format("a")] == "Moorings webcam"
    assert names(cameras)[CAM.format("b")] == "Clubhouse webcam"


def test_a_relay_poster_is_a_still_of_its_titled_container() -> None:
    poster = "https://relay.kutimkab.example/pub.api?cmd=poster&oid=EMB_{}"
    cameras = read(
        container(
            "Bukit Pelangi (120 m)", poster.format("A1").replace("&", "&amp;"), "Bukit Pelangi"
        )
        + container("Simpang Tiga", poster.format("B2").replace("&", "&amp;"), "Junction Webcam")
    )
    assert names(cameras) == {
        poster.format("A1"): "Bukit Pelangi (120 m)",
        poster.format("B2"): "Simpang Tiga",
    }


def test_only_a_picture_command_of_the_query_makes_a_still() -> None:
    assert is_image_url("https://relay.example/pub.api?cmd=poster&oid=EMB_1")
    assert is_image_url("https://relay.example/relay/api?action=still&camera=pier")
    assert is_image_url("https://relay.example/api?op=getThumbnail&id=3")
    assert not is_image_url("https://relay.example/pub.api?cmd=logo&oid=EMB_1")
    assert not is_image_url("https://relay.example/pub.api?cmd=login&user=x")
    assert not is_image_url("https://relay.example/pub.api?name=poster")
    assert not is_image_url("https://relay.example/pub.api?cmd=stream&oid=EMB_1")


def test_a_picture_command_off_a_camera_api_is_no_still() -> None:
    # A CMS's preview action or a shop's picture request is no camera's picture.
    assert url_kind("https://x.example/wp-admin/post.php?action=preview&post=5") != "still"
    assert not is_image_url("https://blog.example/index.php?act=image&id=11")
    assert not is_image_url("https://shop.example/item.php?request=picture&item=shirt")
    assert not is_image_url("https://shop.example/p.php?cmd=thumbnail&sku=9")
    # Generic words are no picture command even on an API address.
    assert not is_image_url("https://relay.example/api?action=preview&camera=pier")
    assert not is_image_url("https://relay.example/api?op=image&camera=pier")
    assert is_image_url("https://relay.example/relay/api?action=still&camera=pier")
    assert is_image_url("https://cam.example/cgi-bin/view.cgi?cmd=getImage")


def test_a_blog_post_table_of_preview_links_is_no_camera_list() -> None:
    row = (
        '<tr><td>{}</td><td>admin</td><td>2026-11-0{}</td><td><a href="{}">Pratinjau</a></td></tr>'
    )
    for link in ("/post.php?action=preview&amp;post=1{}", "/index.php?act=image&amp;id=1{}"):
        body = (
            "<h1>Daftar Tulisan</h1><table><thead><tr><th>Judul</th><th>Penulis</th>"
            "<th>Tanggal</th><th>Aksi</th></tr></thead><tbody>"
            + row.format("Musim hujan tiba", 1, link.format(1))
            + row.format("Festival budaya", 3, link.format(2))
            + row.format("Pasar malam dibuka", 5, link.format(3))
            + "</tbody></table>"
        )
        with pytest.raises(PortalFormatError):
            read(body, "https://blog.example/wp-admin/edit.php")


# -- heading columns placing the cameras in the columns after them ---------------------------

WIDGET = (
    '<iframe src="https://www.meteoblue.com/en/weather/widget/daily/0.46N117.56E?days=7" '
    'sandbox="allow-scripts" frameborder="0"></iframe>'
)
BOARD = "https://wisata.kutimkab.example/cuaca/"


def resort(name: str, cams: str) -> str:
    return (
        f'<div class="col-2"><h2>{name}</h2><a href="https://www.windy.com/x/meteogram">'
        f'meteogram</a>{WIDGET}</div><div class="col-4">{cams}</div>'
    )


def picture(key: str, alt: str) -> str:
    return f'<img src="{CAM.format(key)}" alt="{alt}" class="img-fluid">'


def player(src: str, title: str) -> str:
    return f'<iframe src="{src}" title="{title}" allowfullscreen></iframe>'


def by_media(cameras: tuple[Camera, ...]) -> dict[str | None, tuple[str, str | None]]:
    return {c.snapshot_url or c.stream_url: (c.name, c.area) for c in cameras}


def test_heading_columns_place_pictures_and_titled_players() -> None:
    youtube = "https://www.youtube.com/embed/kTm8TlLg0aQ"
    live = "https://live.wisata.kutimkab.example/embed/menara"
    cameras = read(
        '<h1>Papan Cuaca Wisata</h1><div class="row">'
        + resort("Pantai Teluk Lingga", picture("a", "Dermaga") + player(youtube, "Live Pantai"))
        + "<hr />"
        + resort("Sangkima", picture("b", "Jembatan Tajuk") + player(live, "Menara Pantau"))
        + "</div>",
        BOARD,
    )
    assert by_media(cameras) == {
        CAM.format("a"): ("Dermaga", "Pantai Teluk Lingga"),
        youtube: ("Live Pantai", "Pantai Teluk Lingga"),
        CAM.format("b"): ("Jembatan Tajuk", "Sangkima"),
        live: ("Menara Pantau", "Sangkima"),
    }


def test_forecast_widgets_and_maps_are_no_cameras() -> None:
    found = headed_columns(
        '<div class="row">'
        + resort("Teluk Lingga", picture("a", "Dermaga"))
        + resort(
            "Sangkima",
            picture("b", "Jembatan")
            + '<iframe src="https://www.google.com/maps/embed?pb=1" title="Peta"></iframe>',
        )
        + "</div>",
        BOARD,
    )
    assert [(media.area, media.kind, media.url) for media in found] == [
        ("Teluk Lingga", "picture", CAM.format("a")),
        ("Sangkima", "picture", CAM.format("b")),
    ]


def test_one_heading_column_places_nothing() -> None:
    youtube = "https://www.youtube.com/embed/kTm8TlLg0aQ"
    cameras = read(
        '<div class="row">'
        + resort("Teluk Lingga", picture("a", "Dermaga") + player(youtube, "Live Pantai"))
        + "</div>",
        BOARD,
    )
    assert all(camera.area is None for camera in cameras)
    assert youtube not in {camera.stream_url for camera in cameras}


def test_a_page_heading_and_headings_written_as_columns_are_no_areas() -> None:
    # Headings that are the row's children themselves, and the page heading over it.
    found = headed_columns(
        '<div class="row"><h2>Teluk Lingga</h2><div class="col">'
        + picture("a", "Dermaga")
        + '</div><h2>Sangkima</h2><div class="col">'
        + picture("b", "Jembatan")
        + "</div></div>",
        BOARD,
    )
    assert found == []


def test_news_rows_of_a_heading_and_a_paragraph_place_nothing() -> None:
    found = headed_columns(
        '<div class="row"><div class="col-12"><h3>Berita Wisata</h3></div>'
        '<div class="col-12"><p>Kapal cepat kembali berlayar.</p></div>'
        '<div class="col-12"><h3>Berita Cuaca</h3></div>'
        '<div class="col-12"><p>Hujan lebat sore hari.</p></div></div>',
        BOARD,
    )
    assert found == []


def test_a_public_board_adds_no_lan_player() -> None:
    cameras = read(
        '<div class="row">'
        + resort(
            "Teluk Lingga", picture("a", "Dermaga") + player("http://192.168.1.9/embed/1", "Pos")
        )
        + resort("Sangkima", picture("b", "Jembatan"))
        + "</div>",
        BOARD,
    )
    assert by_media(cameras) == {
        CAM.format("a"): ("Dermaga", "Teluk Lingga"),
        CAM.format("b"): ("Jembatan", "Sangkima"),
    }


def test_a_huge_board_stops_being_read_at_the_cap() -> None:
    body = '<div class="row">' + "".join(
        resort(f"Resort {number}", picture(f"r{number}", f"Cam {number}")) for number in range(3000)
    )
    found = headed_columns(body + "</div>", BOARD)
    assert len(found) <= 400


def test_a_frame_written_with_a_login_is_the_camera_read_without_it() -> None:
    """A headed column's frame whose address carries a login adds no second camera."""
    body = """<html><head><title>Webcams</title></head><body><div class="row">
     <div class="col-2"><h2>Puncak</h2></div>
     <div class="col-4"><iframe src="https://admin:secret@cams.example/embed/cam1"
       title="Cam Puncak"></iframe></div>
     <div class="col-2"><h2>Lembah</h2></div>
     <div class="col-4"><iframe src="https://cams.example/embed/cam3?user=admin&amp;password=secret"
       title="Cam Lembah 2"></iframe></div>
     <div class="col-2"><h2>Danau</h2></div>
     <div class="col-4"><iframe src="https://www.youtube.com/embed/AbCdEfGhIjK"
       title="Danau live"></iframe></div>
    </div></body></html>"""
    cameras = read(body, "https://resort.example/webcams")
    streams = [camera.stream_url for camera in cameras]
    assert sorted(streams, key=str) == [
        "https://cams.example/embed/cam1",
        "https://cams.example/embed/cam3",
        "https://www.youtube.com/embed/AbCdEfGhIjK",
    ]
    assert all("secret" not in (camera.stream_url or "") for camera in cameras)


def test_a_listing_grid_of_video_tours_adds_no_cameras() -> None:
    """Headed columns of a page saying nothing of cameras (a house listing) add none."""
    body = """<html><head><title>Rumah Dijual Sangatta</title></head><body><div class="row">
     <div class="col-3"><h3>Perumahan Bukit Pelangi</h3><p>Mulai Rp 350 juta</p></div>
     <div class="col-9"><iframe src="https://player.vimeo.com/video/11223344"
       title="Tour Rumah Tipe 45"></iframe><img src="/img/listing/bp-45.jpg" alt="Rumah Tipe 45"></div>
     <div class="col-3"><h3>Griya Teluk Lingga</h3><p>Mulai Rp 280 juta</p></div>
     <div class="col-9"><iframe src="https://player.vimeo.com/video/11223355"
       title="Tour Rumah Tipe 36"></iframe><img src="/img/listing/tl-36.jpg" alt="Rumah Tipe 36"></div>
    </div></body></html>"""
    base = "https://rumah.example/listing"
    cameras = parse_body(body, profile=Profile.AUTO, base_url=base, prettify=False).cameras
    assert not any(camera.stream_url for camera in cameras)
    assert all(camera.area is None for camera in cameras)
