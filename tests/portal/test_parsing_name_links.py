"""Headerless name/URL lines: ``name;URL`` webcam lists without a header row."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.namelinks import MAX_LINES, name_link_items

BASE = "https://meteo.kutimkab.example/data/webcamlist.csv"


def parse(text: str, base: str = BASE) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


SEMICOLON = (
    "SANGATTA(KT) - Simpang Tiga;https://cam.kutimkab.example/vit/cam51.jpg\n"
    "Jalan Poros - Sangatta Selatan, loc. Kenyamukan km 4;http://www.jalanporos.kutimkab.example/km4.jpg\n"
    "BENGALON - Jembatan;\n"
    "KALIORANG - Pantai;http://cam-kaliorang.kutimkab.example/SnapshotJPEG?Resolution=640x480&Quality=Standard&Count=1\n"
)


def test_semicolon_lines_are_cameras_named_by_their_first_column() -> None:
    cameras = parse(SEMICOLON)
    assert [c.name for c in cameras] == [
        "SANGATTA(KT) - Simpang Tiga",
        "Jalan Poros - Sangatta Selatan, loc. Kenyamukan km 4",
        "KALIORANG - Pantai",
    ]
    assert cameras[0].snapshot_url == "https://cam.kutimkab.example/vit/cam51.jpg"
    assert cameras[2].snapshot_url is not None
    assert cameras[2].snapshot_url.endswith("Count=1")
    assert all(c.stream_url is None and c.area is None for c in cameras)


def test_placeholder_row_is_no_camera() -> None:
    text = ";Seleziona una webcam;\n" + SEMICOLON
    assert [c.name for c in parse(text)][0] == "SANGATTA(KT) - Simpang Tiga"
    assert len(parse(text)) == 3


@pytest.mark.parametrize(
    ("delimiter", "space"), [("\t", ""), ("|", ""), ("###", ""), (",", " "), (",", "")]
)
def test_other_delimiters(delimiter: str, space: str) -> None:
    text = (
        f"Simpang Tiga{delimiter}{space}https://live.kutimkab.example/cctv/s3/playlist.m3u8\n"
        f"Bundaran Pelangi{delimiter}{space}https://live.kutimkab.example/cctv/bp/playlist.m3u8\n"
    )
    cameras = parse(text)
    assert [c.stream_url for c in cameras] == [
        "https://live.kutimkab.example/cctv/s3/playlist.m3u8",
        "https://live.kutimkab.example/cctv/bp/playlist.m3u8",
    ]


def test_mjpeg_stream_and_lan_minority() -> None:
    lines = [f"Kamera {n};https://cam.kutimkab.example/c{n}.jpg" for n in range(5)]
    lines.append("Dermaga;http://cam-dermaga.kutimkab.example:81/mjpg/video.mjpg")
    lines.append("Kantor Desa;http://192.168.10.20/snapshot.jpg")
    cameras = parse("\n".join(lines))
    assert len(cameras) == 6
    assert cameras[5].mjpeg_url == "http://cam-dermaga.kutimkab.example:81/mjpg/video.mjpg"
    assert all("192.168" not in (c.snapshot_url or "") for c in cameras)


def test_lan_and_loopback_lines_from_a_public_host_are_never_media() -> None:
    text = "A;http://192.168.1.10/a.jpg\nB;http://127.0.0.1/b.jpg\nC;http://cam.local/c.jpg\n"
    with pytest.raises(PortalFormatError):
        parse(text)


def test_lan_lines_of_a_list_served_on_the_lan_are_kept() -> None:
    text = "A;http://192.168.1.10/a.jpg\nB;http://192.168.1.11/b.jpg\n"
    cameras = parse(text, base="http://192.168.1.2/cams.txt")
    assert [c.snapshot_url for c in cameras] == [
        "http://192.168.1.10/a.jpg",
        "http://192.168.1.11/b.jpg",
    ]


def test_rtmp_line_gives_no_media() -> None:
    text = (
        "Simpang Tiga;https://live.kutimkab.example/s3/index.m3u8\n"
        "Bundaran;https://live.kutimkab.example/bp/index.m3u8\n"
        "Ingest;rtmp://live.kutimkab.example/live/key\n"
    )
    assert [c.name for c in parse(text)] == ["Simpang Tiga", "Bundaran"]


def test_credentials_in_names_are_not_copied_into_urls() -> None:
    text = "Gerbang;https://cam.kutimkab.example/g.jpg\nParkir;https://cam.kutimkab.example/p.jpg\n"
    assert all("@" not in (c.snapshot_url or "") for c in parse(text))


@pytest.mark.parametrize(
    "text",
    [
        # a single line is no list
        "Simpang Tiga;https://cam.kutimkab.example/s3.jpg\n",
        # prose: lines without the delimiter
        (
            "Kamera lalu lintas Sangatta dapat dilihat di sini;https://cam.kutimkab.example/a.jpg\n"
            "Silakan kunjungi situs kami untuk informasi lebih lanjut.\n"
            "Lihat juga https://cam.kutimkab.example/b.jpg untuk gambar terbaru\n"
        ),
        # text after the address
        (
            "Simpang Tiga;https://cam.kutimkab.example/s3.jpg terbaru\n"
            "Bundaran;https://cam.kutimkab.example/bp.jpg terbaru\n"
        ),
        # mostly lines without an address
        (
            "Menu;Beranda;Profil\nBerita;Galeri\nKontak;Peta\n"
            "Simpang Tiga;https://cam.kutimkab.example/s3.jpg\n"
            "Bundaran;https://cam.kutimkab.example/bp.jpg\n"
        ),
        # a shop's price list: markup in the name
        "<b>Kamera Dome</b>;https://shop.kutim.example/dome.jpg\n<b>Kamera Bullet</b>;https://shop.kutim.example/bullet.jpg\n",
        # a script
        "var a = 'x';https://cam.kutimkab.example/a.jpg\nvar b = 'y';https://cam.kutimkab.example/b.jpg\n",
        # a comment or playlist opening
        "#list\nA;https://cam.kutimkab.example/a.jpg\nB;https://cam.kutimkab.example/b.jpg\n",
        # an address without a name
        ";https://cam.kutimkab.example/a.jpg\n;https://cam.kutimkab.example/b.jpg\n",
    ],
)
def test_near_misses_are_no_name_link_list(text: str) -> None:
    assert name_link_items(text) is None


def test_news_page_text_is_refused() -> None:
    text = (
        "Dishub Kutai Timur memasang kamera baru; lihat https://cam.kutimkab.example/a.jpg\n"
        "Warga dapat memantau lalu lintas; tautan https://cam.kutimkab.example/b.jpg\n"
    )
    with pytest.raises(PortalFormatError):
        parse(text)


def test_lines_are_bounded() -> None:
    text = "\n".join(
        f"Kamera {n};https://cam.kutimkab.example/{n}.jpg" for n in range(MAX_LINES + 50)
    )
    items = name_link_items(text)
    assert items is not None
    assert len(items) == MAX_LINES


def test_snapshot_profile_does_not_read_name_links() -> None:
    with pytest.raises(PortalFormatError):
        parse_body(SEMICOLON, profile=Profile.SNAPSHOT, base_url=BASE, prettify=False)


@pytest.mark.parametrize(
    "text",
    [
        # bookmarks: web pages
        (
            "Google,https://www.google.com/\nWikipedia,https://www.wikipedia.org/\n"
            "News,https://news.example.com/\n"
        ),
        # news feeds
        (
            "BBC World|https://feeds.bbci.co.uk/news/world/rss.xml\n"
            "Reuters|https://www.reuters.com/rssFeed/worldNews\n"
        ),
        # a podcast's episodes
        (
            "Episode 1;https://cdn.podcast.example.com/ep1.mp3\n"
            "Episode 2;https://cdn.podcast.example.com/ep2.mp3\n"
        ),
        # a site's own pictures
        (
            "Logo,https://cdn.example.com/logo.png\nFavicon,https://cdn.example.com/favicon.ico\n"
            "Banner,https://cdn.example.com/banner.jpg\n"
        ),
        # half the lines pages
        "Simpang Tiga;https://cam.kutimkab.example/s3.jpg\nBeranda;https://www.kutimkab.example/\n",
    ],
)
def test_link_lists_without_camera_media_are_no_webcam_list(text: str) -> None:
    assert name_link_items(text) is None
    with pytest.raises(PortalFormatError, match="not JSON"):
        parse(text, "https://files.example.com/list.txt")


def test_a_page_line_among_camera_lines_is_left_out() -> None:
    text = (
        "Simpang Tiga;https://cam.kutimkab.example/s3.jpg\n"
        "Bundaran;https://live.kutimkab.example/bp/index.m3u8\n"
        "Dermaga;https://cam.kutimkab.example/player/?cam=dermaga\n"
        "Beranda;https://www.kutimkab.example/\n"
    )
    cameras = parse(text)
    assert [c.name for c in cameras] == ["Simpang Tiga", "Bundaran", "Dermaga"]
    assert cameras[2].stream_url == "https://cam.kutimkab.example/player/?cam=dermaga"
