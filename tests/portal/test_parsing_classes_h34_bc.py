"""Video-analytics stream registries, read after holdout 34.

A face or vehicle recognition server's registry of the camera streams it processes
(VisionLabs FaceStream ``GET /api/1/streams``: an array of ``stream_info``, one record for
``/api/1/streams/{id}``; LUNA Streams: the same records in ``{streams, count}``) gives one
camera per stream: ``stream_id`` and ``name``, the camera's own address ``data.reference``
(RTSP without its login, even on a LAN, or HLS), the processing ``status``
(``in_progress`` online, ``failure``/``cancel``/``stop`` offline, others nothing) and the
record's ``location`` (the district, else the city; ``geo_position`` the position). A
recorded clip or a picture folder (``data.type`` ``videofile``/``images``), a reference
that is no network address, the preview page and the restart policy's own ``status``
are never read.

An answer naming its kecamatan or district once at the top beside the camera list
(``{"district": "semarang_tengah", "district_name": "Semarang Tengah", "cctvs": […]}``,
``{"nama_kecamatan": …, "data": […]}``) gives that name, never its slug, as the area of
every camera whose record names none; a record's own area wins. A city or province at
the top, a district code, a filter's "all", a district nested below the top and a
district that is the camera's own name give no area.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "http://analytics.site.example:34569/api/1/streams"
RTSP = "rtsp://operator:ZmSecret9@10.40.0.12:554/Streaming/Channels/101"
HLS = "https://media.site.example/hls/gate/index.m3u8"
PUBLIC_RTSP = "rtsp://media.site.example:554/Streaming/Channels/101"


def stream(number: int, reference: str, **extra: object) -> dict[str, object]:
    """Return a FaceStream stream_info record."""
    record: dict[str, object] = {
        "account_id": "0c5e7a1f-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
        "stream_id": f"00000000-0000-4000-8000-00000000000{number}",
        "name": f"Camera {number}",
        "description": "Lobby, facing the entrance",
        "preview_url": f"/api/1/streams/preview/00000000-0000-4000-8000-00000000000{number}",
        "status": "in_progress",
        "version": 1,
        "error": "",
        "data": {"reference": reference, "type": "tcp", "roi": [0, 0, 0, 0], "rotation": 0},
        "event_handler": {"frame_store": "http://luna.site.example:5020/1/buckets/x/images"},
    }
    record.update(extra)
    return record


def parse(value: object) -> tuple[Camera, ...]:
    """Parse a JSON answer served from the public analytics host."""
    body = json.dumps(value)
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_reference_is_the_stream_without_its_login() -> None:
    found = parse([stream(1, RTSP), stream(2, HLS)])
    assert [camera.stream_url for camera in found] == [
        "rtsp://10.40.0.12:554/Streaming/Channels/101",
        HLS,
    ]
    assert found[0].id == "00000000-0000-4000-8000-000000000001"
    assert found[0].name == "Camera 1"
    assert all("ZmSecret9" not in repr(camera) for camera in found)


def test_processing_status_gives_the_state() -> None:
    records = [
        stream(1, HLS, status="in_progress"),
        stream(2, HLS, status="failure"),
        stream(3, HLS, status="cancel"),
        stream(4, HLS, status="pending"),
        stream(5, HLS, status="pause"),
    ]
    assert [camera.online for camera in parse(records)] == [True, False, False, None, None]


def test_one_stream_answer_is_that_camera() -> None:
    found = parse(stream(1, RTSP))
    assert [camera.stream_url for camera in found] == [
        "rtsp://10.40.0.12:554/Streaming/Channels/101"
    ]


def test_wrapped_records_read_their_location() -> None:
    # (its reference on a public host: a camera only on a LAN beside two published ones
    # in a public answer is left out, see test_parsing_lan_only_public.py)
    located = stream(
        1,
        PUBLIC_RTSP,
        location={
            "city": "Almaty",
            "area": "Almaty Region",
            "district": "Medeu",
            "street": "Dostyk Avenue",
            "geo_position": {"longitude": 76.95, "latitude": 43.24},
        },
    )
    city_only = stream(2, HLS, location={"city": "Almaty", "area": "Almaty Region", "district": ""})
    unplaced = stream(3, HLS, location={"area": "Almaty Region", "geo_position": {"latitude": 1}})
    found = parse({"streams": [located, city_only, unplaced], "count": 3})
    assert [camera.area for camera in found] == ["Medeu", "Almaty", None]
    assert (found[0].latitude, found[0].longitude) == (43.24, 76.95)
    assert (found[2].latitude, found[2].longitude) == (None, None)


def test_restart_policy_status_is_no_state() -> None:
    record = stream(1, HLS, status="pending", autorestart={"restart": 0, "status": "disabled"})
    assert parse({"streams": [record], "count": 1})[0].online is None


def test_recorded_files_and_picture_folders_are_no_cameras() -> None:
    clip = stream(2, "http://files.site.example/clips/a.mp4")
    clip["data"] = {"reference": "http://files.site.example/clips/a.mp4", "type": "videofile"}
    folder = stream(3, "http://files.site.example/batch/")
    folder["data"] = {"reference": "http://files.site.example/batch/", "type": "images"}
    found = parse([stream(1, HLS), clip, folder])
    assert [camera.stream_url for camera in found] == [HLS]


def test_reference_without_a_network_address_gives_no_media() -> None:
    found = parse([stream(1, HLS), stream(2, "/var/video/cam2.avi"), stream(3, "0")])
    assert [camera.id for camera in found] == ["00000000-0000-4000-8000-000000000001"]


def test_preview_page_and_event_handler_are_never_read() -> None:
    # Streams without a network reference give nothing, never their preview page.
    assert parse([stream(1, "/var/video/cam1.avi"), stream(2, "usb:0")]) == ()


def test_records_without_stream_data_are_read_as_before() -> None:
    # A list of plain stream records (no ``data.reference``) is no registry of this kind.
    body = [{"stream_id": "s1", "name": "Gate", "hls": HLS, "status": "in_progress"}]
    found = parse(body)
    assert [camera.stream_url for camera in found] == [HLS]
    assert found[0].id == "s1"


DISTRICT_BASE = "https://cctv.city.example/api/cctvs?district=tengah"


def district_answer(**top: object) -> tuple[Camera, ...]:
    """Parse an answer of two cameras with the given top-level fields beside them."""
    records = [
        {"id": "a", "name": "Simpang Lima", "stream_url": "https://s.city.example/a.m3u8"},
        {"id": "b", "name": "Tugu Muda", "stream_url": "https://s.city.example/b.m3u8"},
    ]
    body = json.dumps({"status": "ok", **top, "count": 2, "cctvs": records})
    return parse_body(body, profile=Profile.AUTO, base_url=DISTRICT_BASE, prettify=False).cameras


def test_district_named_above_the_list_is_every_cameras_area() -> None:
    found = district_answer(district="semarang_tengah", district_name="Semarang Tengah")
    assert [camera.area for camera in found] == ["Semarang Tengah", "Semarang Tengah"]


def test_kecamatan_named_above_a_data_list() -> None:
    records = [
        {"id": 1, "nama": "Simpang Empat", "link_hls": "https://s.kab.example/1.m3u8"},
        {
            "id": 2,
            "nama": "Jembatan",
            "kecamatan": "Sangatta Selatan",
            "link_hls": "https://s.kab.example/2.m3u8",
        },
    ]
    body = json.dumps(
        {"kode_kecamatan": "6408010", "nama_kecamatan": "Sangatta Utara", "data": records}
    )
    found = parse_body(body, profile=Profile.AUTO, base_url=DISTRICT_BASE, prettify=False)
    assert [camera.area for camera in found.cameras] == ["Sangatta Utara", "Sangatta Selatan"]


def test_plain_district_key_is_read_when_written_as_a_name() -> None:
    assert district_answer(kecamatan="Semarang Tengah")[0].area == "Semarang Tengah"


@pytest.mark.parametrize(
    "top",
    [
        {"district": "semarang_tengah"},  # a slug
        {"district": "3374050"},  # a code
        {"district": "all"},  # a filter selecting every district
        {"kecamatan": "Semua"},
        {"city": "Kota Semarang", "province": "Jawa Tengah"},  # coarser places
        {"filter": {"district_name": "Semarang Tengah"}},  # not at the top
        {"district_name": 12},
    ],
)
def test_no_district_name_above_the_list_gives_no_area(top: dict[str, object]) -> None:
    assert [camera.area for camera in district_answer(**top)] == [None, None]


def test_district_that_is_the_cameras_name_is_no_area() -> None:
    found = district_answer(district_name="Tugu Muda")
    assert [camera.area for camera in found] == ["Tugu Muda", None]
