"""Admin tables printing a live MP4 address as text beside show, edit and delete actions."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import live_video_file

BASE = "https://cctv.kutimkab.example/admin/cctv"
SITE = "https://cctv.kutimkab.example"
NVR = "https://nvr.kutimkab.example/Kt8Rm2Vx7Lq4Pn9Bz3Wd5Yc1Hf6Ja0/mp4/dishub"


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def admin_table(rows: list[tuple[str, str, str, str]], *, actions: bool = True) -> str:
    """Rows of (record number, name, map link, Link text), as a Laravel back office prints."""
    body = []
    for number, name, maps, link in rows:
        tools = (
            f'<a href="{SITE}/admin/cctv/{number}/edit">Edit</a>'
            f'<form action="{SITE}/admin/cctv/{number}" method="post">'
            '<input type="hidden" name="_method" value="DELETE"><button>Delete</button></form>'
            if actions
            else ""
        )
        body.append(
            f'<tr><td>{name}</td><td><a href="{maps}">Lihat</a></td><td>{link}</td>'
            f'<td><a href="{SITE}/admin/cctv/{number}" class="btn">Lihat CCTV</a>{tools}</td></tr>'
        )
    return (
        "<html><head><title>List CCTV</title></head><body><table>"
        "<tr><th>Nama CCTV</th><th>Google Maps</th><th>Link</th><th>Aksi</th></tr>"
        f"{''.join(body)}</table></body></html>"
    )


ROWS = [
    (
        "6",
        "Simpang Tiga",
        "https://www.google.com/maps/@0.50233,117.5231,3a,75y",
        f"{NVR}/A01/s.mp4",
    ),
    ("5", "Masjid Agung", "https://maps.google.com/maps?q=0.50918,117.53625", f"{NVR}/B02/s.mp4"),
    ("4", "Bundaran Pelangi", "https://maps.app.goo.gl/u7WcK2rPz9mXq4Ld8", f"{NVR}/C03/s.mp4"),
]


def test_live_mp4_text_is_the_rows_stream_with_its_record_and_map_place() -> None:
    cameras = {camera.id: camera for camera in parse(admin_table(ROWS))}
    assert set(cameras) == {"6", "5", "4"}
    assert cameras["6"].name == "Simpang Tiga"
    assert cameras["6"].stream_url == f"{NVR}/A01/s.mp4"
    assert (cameras["6"].latitude, cameras["6"].longitude) == (0.50233, 117.5231)
    assert (cameras["5"].latitude, cameras["5"].longitude) == (0.50918, 117.53625)
    # A short link gives no coordinates.
    assert cameras["4"].latitude is None and cameras["4"].longitude is None


def test_show_pages_of_edited_records_are_never_streams() -> None:
    rows = [*ROWS, ("3", "Pelabuhan Kenyamukan", "https://www.google.com/maps/@0.53,117.56,3a", "")]
    cameras = parse(admin_table(rows))
    assert "3" not in {camera.id for camera in cameras}
    assert not any("/admin/cctv/" in (camera.stream_url or "") for camera in cameras)


def test_show_links_without_edit_or_delete_actions_stay_viewer_pages() -> None:
    # A public list of "Lihat CCTV" links (no record is edited on the page) reads as before.
    html = (
        "<html><head><title>CCTV Kota</title></head><body><ul>"
        f'<li>Simpang Tiga <a href="{SITE}/cctv/6">Lihat CCTV</a></li>'
        f'<li>Masjid Agung <a href="{SITE}/cctv/5">Lihat CCTV</a></li>'
        "</ul></body></html>"
    )
    before = {camera.stream_url for camera in parse(html)}
    assert before == {f"{SITE}/cctv/6", f"{SITE}/cctv/5"}


@pytest.mark.parametrize(
    "link",
    [
        "https://cctv.kutimkab.example/storage/video/profil-dinas.mp4",  # an uploaded video
        "https://cctv.kutimkab.example/rekaman/live/banjir-2025.mp4",  # a recording
        "http://192.168.10.21/Kt8Rm2Vx7/mp4/dishub/Gudang/s.mp4",  # LAN
        "http://127.0.0.1:8080/live/cam/stream.mp4",  # loopback
        "https://admin:rahasia@nvr.kutimkab.example/live/cam/stream.mp4",  # a login
        "https://www.kutimkab.example/berita/peresmian-cctv.html",  # a news page
    ],
)
def test_other_text_addresses_make_no_camera(link: str) -> None:
    rows = [("7", "Kamera Uji", "https://www.google.com/maps/@0.5,117.5,17z", link)]
    try:
        cameras = parse(admin_table(rows))
    except PortalFormatError:
        return
    assert not cameras


def test_live_video_file_shapes() -> None:
    assert live_video_file(f"{NVR}/A01/s.mp4")
    assert live_video_file("https://go2rtc.kutimkab.example/api/stream.mp4?src=pasar")
    assert live_video_file("https://cctv.kutimkab.example/live/maloy/index.webm")
    assert not live_video_file("https://cctv.kutimkab.example/video/sosialisasi.mp4")
    assert not live_video_file("https://cctv.kutimkab.example/uploads/live/s.mp4")
    assert not live_video_file("https://cctv.kutimkab.example/live/cam.m3u8")
    assert not live_video_file("rtsp://cctv.kutimkab.example/live/s.mp4")
    assert not live_video_file("http://10.1.2.3/live/s.mp4")


def test_two_places_in_a_row_place_nothing() -> None:
    html = admin_table(
        [
            (
                "6",
                "Simpang Tiga",
                "https://www.google.com/maps/@0.50233,117.5231,3a",
                f"{NVR}/A/s.mp4",
            )
        ]
    ).replace(
        '<a href="' + SITE + '/admin/cctv/6/edit"',
        '<a data-lat="0.6" data-lng="117.6" href="' + SITE + '/admin/cctv/6/edit"',
    )
    (camera,) = parse(html)
    assert camera.latitude is None and camera.longitude is None


def test_the_same_place_written_twice_places_the_row() -> None:
    html = admin_table(
        [
            (
                "6",
                "Simpang Tiga",
                "https://www.google.com/maps/@0.50233,117.5231,3a",
                f"{NVR}/A/s.mp4",
            )
        ]
    ).replace(
        '<a href="' + SITE + '/admin/cctv/6/edit"',
        '<a data-lat="0.5023300" data-lng="117.5231000" href="' + SITE + '/admin/cctv/6/edit"',
    )
    (camera,) = parse(html)
    assert (camera.latitude, camera.longitude) == (0.50233, 117.5231)


PEMDA = "https://pemda.example.go.id/video"


def _no_cameras(html: str) -> None:
    try:
        cameras = parse_body(html, profile=Profile.AUTO, base_url=PEMDA, prettify=False).cameras
    except PortalFormatError:
        return
    assert not cameras


def test_a_video_archive_table_of_streams_folder_files_is_no_camera_list() -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>Siaran langsung Rapat Paripurna {n}</td>"
        f"<td>https://media.example.go.id/streams/paripurna-{n}.mp4</td><td>2024-01-0{n}</td></tr>"
        for n in (1, 2, 3)
    )
    _no_cameras(
        "<html><body><h1>Arsip Video Kegiatan</h1><table><thead><tr><th>No</th><th>Judul</th>"
        f"<th>File</th><th>Tanggal</th></tr></thead><tbody>{rows}</tbody></table></body></html>"
    )


def test_a_shop_table_of_live_folder_promo_clips_is_no_camera_list() -> None:
    rows = "".join(
        f'<tr><td>{n}</td><td>Toko {n}</td><td><a href="https://www.google.com/maps/@-0.5{n},'
        f'117.5{n},17z">Peta</a></td><td>https://cdn.toko.example/live/promo{n}.mp4</td></tr>'
        for n in (1, 2, 3)
    )
    _no_cameras(
        "<html><body><table><thead><tr><th>No</th><th>Nama</th><th>Lokasi</th><th>Video</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></body></html>"
    )


def test_live_video_file_needs_a_live_file_name_or_a_cameras_live_folder() -> None:
    assert not live_video_file("https://media.example.go.id/streams/paripurna-1.mp4")
    assert not live_video_file("https://cdn.toko.example/live/promo1.mp4")
    assert live_video_file("https://cctv.kutimkab.example/live/pasar/stream.mp4")
    assert live_video_file("https://cctv.kutimkab.example/streams/pasar/index.mp4")
    assert not live_video_file("https://cctv.kutimkab.example/storage/live/s.mp4")
