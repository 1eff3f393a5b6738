"""A UTMC systemCodeNumber id, a camera's one timed reading, a video field's MP4 loop,
a record's own viewerUrl page and an agency unit under its state (holdout 54 classes)."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://lalin.kutimkab.example/api/cameras"
H = "https://cctv.kutimkab.example"


def _cameras(data: object, base: str = BASE) -> list[Camera]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _by_name(cameras: list[Camera]) -> dict[str | None, Camera]:
    return {camera.name: camera for camera in cameras}


def test_system_code_number_is_the_id() -> None:
    cams = _cameras(
        [
            {"systemCodeNumber": "KT_SGT_A1", "description": "Simpang Tiga", "image": f"{H}/a.jpg"},
            {"systemCodeNumber": "KT_SGT_B1", "description": "Bundaran", "image": f"{H}/b.jpg"},
        ]
    )
    assert [camera.id for camera in cams] == ["KT_SGT_A1", "KT_SGT_B1"]
    assert [camera.name for camera in cams] == ["Simpang Tiga", "Bundaran"]


def test_one_timed_reading_is_the_camera_itself() -> None:
    cams = _cameras(
        [
            {
                "systemCodeNumber": "KT_SGT_A1",
                "dynamics": [{"image": f"{H}/a.jpg", "lastUpdated": "2026-12-07T10:44:15+08:00"}],
            },
            {
                "systemCodeNumber": "KT_SGT_B1",
                "dynamics": [{"image": f"{H}/b.jpg", "lastUpdated": "2026-12-07T10:44:15+08:00"}],
            },
            {"systemCodeNumber": "MET_00004", "dynamics": []},
        ]
    )
    assert sorted(camera.id for camera in cams) == ["KT_SGT_A1", "KT_SGT_B1"]
    assert {camera.snapshot_url for camera in cams} == {f"{H}/a.jpg", f"{H}/b.jpg"}


def test_bare_link_without_time_stays_a_numbered_view() -> None:
    cams = _cameras(
        [
            {"id": "5", "name": "Simpang Tiga", "links": [{"url": f"{H}/live/5.m3u8"}]},
            {"id": "6", "name": "Bundaran", "links": [{"url": f"{H}/live/6.m3u8"}]},
        ]
    )
    assert sorted(camera.id for camera in cams) == ["5-1", "6-1"]


def _jamcams(video_a: str, video_b: str) -> list[Camera]:
    return _cameras(
        [
            {
                "id": "a",
                "name": "Simpang Kabo",
                "lat": 0.47,
                "lon": 117.5,
                "image": f"{H}/a.jpg",
                "video": video_a,
            },
            {
                "id": "b",
                "name": "Polder",
                "lat": 0.48,
                "lon": 117.5,
                "image": f"{H}/b.jpg",
                "video": video_b,
            },
        ]
    )


def test_video_field_mp4_loop_is_the_stream_beside_the_still() -> None:
    cams = _by_name(_jamcams(f"{H}/loops/a.mp4", f"{H}/loops/b.webm"))
    assert cams["Simpang Kabo"].stream_url == f"{H}/loops/a.mp4"
    assert cams["Simpang Kabo"].snapshot_url == f"{H}/a.jpg"
    assert cams["Polder"].stream_url == f"{H}/loops/b.webm"


def test_video_field_near_misses_are_not_streams() -> None:
    cams = _by_name(
        _jamcams("http://192.168.10.9/loops/a.mp4", f"{H}/rekaman/banjir-2026-11-02.mp4")
    )
    assert cams["Simpang Kabo"].stream_url is None  # a private host from a public answer
    assert cams["Polder"].stream_url is None  # a past event's recording
    cams = _by_name(_jamcams(f"{H}/loops/a/preview.mp4", "https://u:p@cctv.kutimkab.example/b.mp4"))
    assert cams["Simpang Kabo"].stream_url is None  # a preview clip
    assert cams["Polder"].stream_url is None  # credentials are never copied
    assert cams["Polder"].snapshot_url == f"{H}/b.jpg"


def test_video_field_page_is_not_taken_beside_a_still() -> None:
    cams = _by_name(_jamcams(f"{H}/berita/video-banjir", f"{H}/videos/"))
    assert cams["Simpang Kabo"].stream_url is None
    assert cams["Polder"].stream_url is None


VIEWER = "https://www.tw.kutimkab.example/twni/cameras/static"


def test_viewer_url_field_is_the_stream_with_or_without_a_picture() -> None:
    cams = _by_name(
        _cameras(
            [
                {"name": "Jl. A", "viewerUrl": f"{VIEWER}?id=45", "imageUrl": None},
                {"name": "Jl. B", "viewerUrl": f"{VIEWER}?id=46", "imageUrl": f"{H}/PTZ_046.jpg"},
            ],
            "https://pantau.kutimkab.example/twni-cameras.json",
        )
    )
    assert cams["Jl. A"].stream_url == f"{VIEWER}?id=45"
    assert cams["Jl. A"].snapshot_url is None
    assert cams["Jl. B"].stream_url == f"{VIEWER}?id=46"
    assert cams["Jl. B"].snapshot_url == f"{H}/PTZ_046.jpg"


def test_viewer_url_near_misses_are_refused() -> None:
    cams = _by_name(
        _cameras(
            [
                {
                    "name": "Jl. A",
                    "viewerUrl": "http://192.168.1.5/cam?id=45",
                    "imageUrl": f"{H}/a.jpg",
                },
                {
                    "name": "Jl. B",
                    "viewerUrl": "https://www.tw.kutimkab.example/",
                    "imageUrl": f"{H}/b.jpg",
                },
                {
                    "name": "Jl. C",
                    "viewerUrl": "https://u:p@www.tw.kutimkab.example/v?id=3",
                    "imageUrl": f"{H}/c.jpg",
                },
                {"name": "Jl. D", "viewerUrl": f"{H}/rekap/cctv.pdf", "imageUrl": f"{H}/d.jpg"},
            ],
            "https://pantau.kutimkab.example/twni-cameras.json",
        )
    )
    assert all(camera.stream_url is None for camera in cams.values())
    assert cams["Jl. A"].snapshot_url == f"{H}/a.jpg"


def _lookouts(units: list[str], state: str = "KT") -> list[Camera]:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [117.5 + n / 100, 0.5]},
            "properties": {
                "id": f"t{n}",
                "name": f"Menara {n}",
                "state": state,
                "unit": unit,
                "imageUrl": f"{H}/still/t{n}.jpg",
            },
        }
        for n, unit in enumerate(units)
    ]
    return _cameras({"type": "FeatureCollection", "features": features}, f"{H}/api/latest")


def test_unit_written_as_a_place_under_a_state_is_the_area() -> None:
    cams = _lookouts(["Sangatta Utara", "Muara Wahau", "Kaubun"])
    assert [camera.area for camera in cams] == ["Sangatta Utara", "Muara Wahau", "Kaubun"]


def test_unit_near_misses_keep_the_state() -> None:
    cams = _lookouts(["°C", "SLU", "Bidang Pengelolaan Pasar", "m", "Seksi Operasional"])
    assert [camera.area for camera in cams] == ["KT"] * 5


def test_unit_without_a_state_place_is_no_area() -> None:
    cams = _lookouts(["Sangatta Utara", "Bengalon"], state="Active")
    assert [camera.area for camera in cams] == [None, None]


def test_viewer_page_spelling_is_the_readers_key_and_never_read() -> None:
    cams = _cameras(
        [
            {"name": "Jl. A", "viewerPage": f"{VIEWER}?id=45", "imageUrl": f"{H}/a.jpg"},
            {"name": "Jl. B", "_x0000_viewer_page": f"{VIEWER}?id=46", "imageUrl": f"{H}/b.jpg"},
        ],
        "https://pantau.kutimkab.example/twni-cameras.json",
    )
    assert [camera.stream_url for camera in cams] == [None, None]


def _no_cameras(data: object, base: str) -> None:
    try:
        cameras = parse_body(
            json.dumps(data), profile=Profile.AUTO, base_url=base, prettify=False
        ).cameras
    except PortalFormatError:
        return  # "No camera list found"
    assert list(cameras) == []


def test_viewer_url_field_alone_is_no_camera_evidence() -> None:
    base = "https://arsip.example.go.id/api/documents"
    documents = [
        {"id": n, "title": f"Laporan Keuangan 202{n}", "viewer_url": f"{base[:27]}/viewer/{n}"}
        for n in (1, 2, 3)
    ]
    models = [
        {"id": n, "name": f"Model {n}", "viewerUrl": f"https://sketchfab.com/models/abc{n}/embed"}
        for n in (1, 2, 3)
    ]
    tours = [
        {
            "id": n,
            "name": f"Rumah Tipe {n}",
            "viewer_link": f"https://my.matterport.com/show/?m=abc{n}",
        }
        for n in (1, 2, 3)
    ]
    for records in ({"documents": documents}, {"data": models}, {"tours": tours}):
        _no_cameras(records, base)


def test_viewer_url_field_never_makes_an_article_the_stream() -> None:
    cams = _cameras(
        {
            "cameras": [
                {
                    "id": 5,
                    "name": "E",
                    "image": "https://cams.example.org/e.jpg",
                    "viewerUrl": "https://news.example.com/2024/05/01/banjir-sangatta",
                },
                {
                    "id": 6,
                    "name": "F",
                    "image": "https://cams.example.org/f.jpg",
                    "viewerUrl": "https://cams.example.org/berita/2024/05/banjir",
                },
            ]
        },
        "https://arsip.example.go.id/api/documents",
    )
    assert [camera.stream_url for camera in cams] == [None, None]
    assert [camera.snapshot_url for camera in cams] == [
        "https://cams.example.org/e.jpg",
        "https://cams.example.org/f.jpg",
    ]


def test_video_field_of_news_and_recipe_records_is_no_stream() -> None:
    base = "https://api.example.com/v1/items"
    articles = [
        {
            "id": n,
            "title": f"Banjir di Sangatta {n}",
            "image": f"https://cdn.news.example/img/{n}.jpg",
            "video": f"https://cdn.news.example/video/{n}.mp4",
            "author": "Redaksi",
            "publishedAt": "2024-05-01T10:00:00Z",
        }
        for n in (1, 2, 3)
    ]
    recipes = [
        {
            "id": n,
            "title": f"Nasi goreng {n}",
            "image": f"https://cdn.example.com/recipes/{n}.jpg",
            "video": f"https://cdn.example.com/recipes/{n}.mp4",
        }
        for n in (1, 2, 3)
    ]
    for records in ({"articles": articles}, {"recipes": recipes}):
        try:
            cameras = parse_body(
                json.dumps(records), profile=Profile.AUTO, base_url=base, prettify=False
            ).cameras
        except PortalFormatError:
            continue
        assert all(camera.stream_url is None for camera in cameras)


def test_video_field_loop_of_a_camera_still_without_a_position_is_kept() -> None:
    cams = _cameras(
        [
            {"id": "a", "name": "A", "image": f"{H}/a.jpg", "video": f"{H}/loops/a.mp4"},
            {"id": "b", "name": "B", "image": f"{H}/b.jpg", "video": f"{H}/loops/b.mp4"},
        ]
    )
    assert [camera.stream_url for camera in cams] == [f"{H}/loops/a.mp4", f"{H}/loops/b.mp4"]


def test_viewer_url_on_the_site_of_a_still_naming_no_camera_is_no_stream() -> None:
    documents = [
        {
            "id": n,
            "title": f"Paper {n}",
            "thumbnail": f"https://docs.example.com/thumb/{n}.png",
            "viewerUrl": f"https://docs.example.com/viewer/{n}",
        }
        for n in range(3)
    ]
    rooms = [
        {
            "id": n,
            "name": f"Room {n}",
            "image": f"https://hotel.example.com/img/{n}.jpg",
            "viewer_url": f"https://hotel.example.com/virtual-tour/{n}",
        }
        for n in range(3)
    ]
    for records, base in (
        ({"documents": documents}, "https://docs.example.com/api/documents"),
        ({"rooms": rooms}, "https://hotel.example.com/api/rooms"),
    ):
        try:
            cameras = _cameras(records, base)
        except PortalFormatError:
            continue
        assert all(camera.stream_url is None for camera in cameras)


def test_viewer_url_dated_path_needs_year_and_two_digit_month() -> None:
    pages = ("2024/1", "2024/13", "2024/01", "2024/05/01/banjir", "2024/12")
    cams = _cameras(
        {
            "cameras": [
                {
                    "id": n,
                    "name": f"Kamera {n}",
                    "image": f"{H}/snap/{n}.jpg",
                    "viewerUrl": f"{H}/kamera/{page}",
                }
                for n, page in enumerate(pages, 1)
            ]
        },
        f"{H}/api/cameras",
    )
    assert [camera.stream_url for camera in cams] == [
        f"{H}/kamera/2024/1",
        f"{H}/kamera/2024/13",
        None,
        None,
        None,
    ]


def test_viewer_url_dated_path_with_unpadded_month_and_day() -> None:
    pages = ("2024/5/12/banjir-sangatta-meluas", "2024/5/12", "2024/5", "2024/5/40", "2024/5/x")
    cams = _cameras(
        {
            "cameras": [
                {
                    "id": n,
                    "name": f"Kamera {n}",
                    "image": f"{H}/snap/{n}.jpg",
                    "viewerUrl": f"{H}/kamera/{page}",
                }
                for n, page in enumerate(pages, 1)
            ]
        },
        f"{H}/api/cameras",
    )
    assert [camera.stream_url for camera in cams] == [
        None,
        None,
        f"{H}/kamera/2024/5",
        f"{H}/kamera/2024/5/40",
        f"{H}/kamera/2024/5/x",
    ]
