"""Admin rows cutting an address short beside their Edit record; live-cam feed embeds."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.aliases import feed_field, feed_record
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.rowrecords import (
    cut_address,
    handler_record,
    record_address,
    record_id,
)

BASE = "https://cctv.sangatta.kutimkab.example/live/admin.php"
API = "https://omega.explore.kutimkab.example/api/get_cam_group_info.json?id=3"


def parse(text: str, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def row(number: int, name: str, shown: str, record: dict[str, object] | None) -> str:
    edit = ""
    if record is not None:
        edit = f"<button onclick='editCamera({json.dumps(record).replace('/', chr(92) + '/')})'>Edit</button>"
    return (
        f"<tr><td>{name}</td><td><code>{shown}</code></td><td>Active</td>"
        f"<td>{edit}<button onclick=\"deleteCamera({number}, '{name}')\">Delete</button></td></tr>"
    )


def table(*rows: str) -> str:
    return (
        "<html><head><title>Admin Panel - CCTV</title></head><body><table><thead><tr>"
        "<th>Name</th><th>RTSP URL</th><th>Status</th><th>Actions</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>"
    )


KABO = "rtsp://operator:Secret9@kabo.atcs.kutimkab.example:554/Streaming/Channels/101"
JEMBATAN = "rtsp://jembatan.atcs.kutimkab.example:8554/live/main"


def test_cut_address_reads_only_an_address_ending_in_an_ellipsis() -> None:
    assert cut_address("rtsp://kabo...") == "rtsp://kabo"
    assert cut_address("https://cctv.sangatta.kutimka…") == "https://cctv.sangatta.kutimka"
    assert cut_address("rtsp://jembatan.atcs.kutimkab....") == "rtsp://jembatan.atcs.kutimkab."
    assert cut_address("rtsp://kabo.atcs.kutimkab.example/live") is None
    assert cut_address("Loading...") is None
    assert cut_address("rtmp://live.example/app...") is None


def test_handler_record_reads_one_object_literal_only() -> None:
    assert handler_record({"onclick": 'editCamera({"id":"14","name":"A"})'}) == {
        "id": "14",
        "name": "A",
    }
    assert handler_record({"onclick": 'return bukaEdit({"id": 3});'}) == {"id": 3}
    assert handler_record({"onclick": "toggleStatus(14, 'active')"}) is None
    assert handler_record({"onclick": "editCamera({id: 14})"}) is None  # not JSON
    assert handler_record({"onclick": "edit([1, 2])"}) is None
    assert handler_record({"onclick": "e(" + json.dumps({"u": "x" * 5000}) + ")"}) is None


def test_record_address_must_begin_with_the_cut_text_on_a_public_host() -> None:
    record: dict[str, object] = {"id": 14, "rtsp_url": KABO}
    assert record_address(record, "rtsp://operator:Secret9@kabo") == KABO
    assert record_address(record, "rtsp://other") is None
    assert record_address({"rtsp_url": "rtsp://192.168.1.64:554/ch1"}, "rtsp://192") is None
    assert record_address({"rtsp_url": "rtsp://localhost:554/ch1"}, "rtsp://loc") is None
    assert record_id(record) == "14"
    assert record_id({"id": True}) is None
    assert record_id({"id": "a b"}) is None


def test_cut_rows_take_the_whole_address_and_id_from_the_edit_record() -> None:
    page = table(
        row(
            14,
            "Simpang Empat Kabo",
            "rtsp://operator:Secret9@kabo...",
            {"id": "14", "rtsp_url": KABO},
        ),
        row(
            13,
            "Jembatan Sangatta Lama",
            "rtsp://jembatan.atcs.kutimkab....",
            {"id": 13, "rtsp_url": JEMBATAN},
        ),
    )
    cameras = {c.name: c for c in parse(page)}
    assert set(cameras) == {"Simpang Empat Kabo", "Jembatan Sangatta Lama"}
    kabo = cameras["Simpang Empat Kabo"]
    assert kabo.id == "14"
    assert kabo.stream_url == "rtsp://kabo.atcs.kutimkab.example:554/Streaming/Channels/101"
    assert "Secret9" not in (kabo.stream_url or "")
    assert cameras["Jembatan Sangatta Lama"].id == "13"
    assert cameras["Jembatan Sangatta Lama"].stream_url == JEMBATAN


def test_cut_text_is_never_media_and_lan_records_are_refused() -> None:
    page = table(
        row(
            14,
            "Simpang Empat Kabo",
            "rtsp://operator:Secret9@kabo...",
            {"id": "14", "rtsp_url": KABO},
        ),
        row(
            12,
            "Terminal Sangatta",
            "rtsp://admin:pw@192...",
            {"id": "12", "rtsp_url": "rtsp://admin:pw@192.168.1.64:554/ch1"},
        ),
        row(11, "Pasar Induk", "rtsp://pasar.atcs.kutim...", None),
        row(
            10,
            "Taman Bersemi",
            "rtsp://taman...",
            {"id": "10", "rtsp_url": "rtsp://other.kutimkab.example/x"},
        ),
    )
    cameras = parse(page)
    assert [c.name for c in cameras] == ["Simpang Empat Kabo"]
    assert all("..." not in (c.stream_url or "") for c in cameras)
    assert all("192.168" not in (c.stream_url or "") for c in cameras)


def test_cut_text_alone_gives_no_camera() -> None:
    page = table(row(11, "Pasar Induk", "rtsp://pasar.atcs.kutim...", None))
    with pytest.raises(PortalFormatError):
        parse(page)


def test_a_users_table_website_cut_short_is_no_camera() -> None:
    page = (
        "<html><body><table><thead><tr><th>Name</th><th>Website</th><th>Actions</th></tr>"
        "</thead><tbody><tr><td>Budi</td><td>https://budi.example/blog...</td><td>"
        '<button onclick=\'editUser({"id": 4, "website": "https://budi.example/blog/about"})\'>'
        "Edit</button></td></tr></tbody></table></body></html>"
    )
    with pytest.raises(PortalFormatError):
        parse(page)


def test_feed_field_names_a_live_cam_feed_not_a_feed_of_posts() -> None:
    assert feed_field("large_feed_html")
    assert feed_field("feed_url")
    assert not feed_field("rss_feed_url")
    assert not feed_field("feed_xml")
    assert not feed_field("feedback_url")


def feeds(*entries: dict[str, object]) -> str:
    return json.dumps(
        {"status": "success", "data": {"id": 3, "title": "Pesisir", "feeds": list(entries)}}
    )


EMBED = "https://www.youtube.com/embed/Tq7mKp2LwXs?rel=0&showinfo=0&autoplay=1&playsinline=1"
STILL = "https://media.explore.kutimkab.example/stillframes/lingga__media_1280x720.jpg"


def test_feed_embed_beside_a_still_is_the_stream() -> None:
    cameras = parse(
        feeds(
            {
                "id": 1,
                "title": "Pantai Teluk Lingga",
                "large_feed_html": EMBED,
                "thumbnail_large_url": STILL,
                "is_offline": False,
            },
            {
                "id": 2,
                "title": "Dermaga",
                "large_feed_html": EMBED.replace("Tq7", "Hn3"),
                "thumbnail_large_url": STILL.replace("lingga", "dermaga"),
                "is_offline": True,
            },
        ),
        API,
    )
    assert [(c.id, c.stream_url, c.snapshot_url, c.online) for c in cameras] == [
        ("1", EMBED, STILL, True),
        ("2", EMBED.replace("Tq7", "Hn3"), STILL.replace("lingga", "dermaga"), False),
    ]


def test_feed_field_takes_no_watch_page_rss_or_bare_video_id() -> None:
    cameras = parse(
        feeds(
            {
                "id": 1,
                "title": "Pantai",
                "feed_url": "https://explore.kutimkab.example/feed.xml",
                "thumbnail_large_url": STILL,
            },
            {
                "id": 2,
                "title": "Dermaga",
                "rss_feed_url": EMBED,
                "thumbnail_large_url": STILL.replace("lingga", "d"),
            },
            {
                "id": 3,
                "title": "Muara",
                "video_id": "Pw4xJ6mYb2E",
                "large_feed_html": None,
                "thumbnail_large_url": STILL.replace("lingga", "m"),
            },
        ),
        API,
    )
    assert all(c.stream_url is None for c in cameras)


def _media_table(title: str, headers: str, url: str, name: str) -> str:
    rows = "".join(
        row(
            i,
            name.format(i=i),
            url.format(i=i)[:28] + "...",
            {"id": str(i), "title": name.format(i=i), "url": url.format(i=i)},
        )
        for i in range(1, 5)
    )
    heads = "".join(f"<th>{h}</th>" for h in headers.split("|"))
    return (
        f"<html><head><title>{title}</title></head><body><table><thead><tr>{heads}</tr>"
        f"</thead><tbody>{rows}</tbody></table></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "headers", "url", "name"),
    [
        (
            "Media Library - Admin",
            "Title|File URL|Status|Actions",
            "https://cdn.sekolah.example/uploads/2026/12/kegiatan-{i}.jpg",
            "Foto Kegiatan {i}",
        ),
        (
            "Banner - Admin",
            "Nama|Gambar|Status|Actions",
            "https://toko.example/assets/banner/promo-{i}.png",
            "Promo {i}",
        ),
        (
            "Radio Admin",
            "Station|Stream URL|Status|Actions",
            "https://stream.radio.example/hls/station{i}/index.m3u8",
            "Radio Suara {i}",
        ),
    ],
)
def test_cut_rows_of_a_record_naming_no_camera_are_no_cameras(
    title: str, headers: str, url: str, name: str
) -> None:
    page = _media_table(title, headers, url, name)
    with pytest.raises(PortalFormatError):
        parse(page, "https://admin.sekolah.example/panel/list.php")
    # The same table on a page naming cameras lists them.
    cameras = parse(page.replace(title, "Kamera CCTV - Admin"), BASE)
    assert [c.name for c in cameras] == [name.format(i=i) for i in range(1, 5)]


def test_a_users_table_handing_avatars_to_edit_is_no_camera() -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>User {n}</td><td>user{n}@kutimkab.example</td><td>"
        f'<button onclick=\'editUser({{"id":{n},"avatar":"https://app.kutimkab.example/avatars/{n}.jpg"}})\'>'
        "Edit</button></td></tr>"
        for n in range(1, 5)
    )
    page = (
        "<html><head><title>Pengguna</title></head><body><h1>Daftar Pengguna</h1><table>"
        f"<tr><th>No</th><th>Nama</th><th>Email</th><th>Aksi</th></tr>{rows}</table></body></html>"
    )
    with pytest.raises(PortalFormatError):
        parse(page, "https://app.kutimkab.example/admin/users")
    with pytest.raises(PortalFormatError):
        parse(
            page.replace("onclick=", "data-x=").replace(
                "<button", "<img src='https://app.kutimkab.example/avatars/x.jpg'"
            ),
            "https://app.kutimkab.example/admin/users",
        )


def test_feed_record_needs_a_place_or_live_state_beside_its_feed_field() -> None:
    assert feed_record("large_feed_html", ["title", "location_text", "large_feed_html"])
    assert feed_record("feed_url", ["current_viewers"])
    assert feed_record("cam_feed", ["title"])
    assert not feed_record("feed_url", ["title", "speaker", "thumbnail"])
    assert not feed_record("rss_feed_url", ["location_text"])


SERMON = "https://www.youtube.com/embed/Tq7abcDEF1{i}"


def test_a_sermon_list_under_feed_fields_is_no_camera_list() -> None:
    keyed = {
        "status": "success",
        "data": {
            f"s{i}": {"title": f"Ibadah Minggu {i}", "feed_url": SERMON.format(i=i)}
            for i in range(4)
        },
    }
    with pytest.raises(PortalFormatError):
        parse(json.dumps(keyed), "https://api.example.org/v1/list")


@pytest.mark.parametrize(
    "records",
    [
        {
            "status": "success",
            "data": [
                {
                    "id": i,
                    "title": f"Ibadah Minggu {i}",
                    "speaker": "Pdt. Yohanes",
                    "thumbnail": f"https://gereja.example/thumb/{i}.jpg",
                    "video_feed_url": SERMON.format(i=i),
                }
                for i in range(4)
            ],
        },
        {
            "articles": [
                {
                    "headline": f"Banjir di Sangatta {i}",
                    "image": f"https://berita.example/img/{i}.jpg",
                    "publishedAt": "2026-12-01T08:00:00Z",
                    "video_feed": SERMON.format(i=i),
                }
                for i in range(4)
            ]
        },
    ],
)
def test_a_video_under_a_feed_field_of_posts_is_no_stream(records: object) -> None:
    try:
        cameras = parse(json.dumps(records), "https://api.example.org/v1/list")
    except PortalFormatError:
        return
    assert all(c.stream_url is None for c in cameras)
