"""A camera's first view giving its live video, read after holdout 33.

A list of one camera's views or pictures (``images``, ``views``) gives the camera's
still from its first entry; a 511 platform's camera list (``List/GetData/Cameras``,
``images: [{imageUrl, videoUrl, videoType}]``) and webcam APIs (``views[].video_url``)
also give that view's live video there. The first view's video field (``videoUrl``,
``video_src``, ``streamUrl``, ``hlsUrl``, ``liveUrl``) is the camera's stream when its
address is media (HLS, FLV, MP4; MJPEG goes to the MJPEG URL). A web page under that
field, a LAN or login-bearing address, a later view's video, and a view whose video is
switched off (``videoDisabled: true``) are never read.

A yes/no flag named by a state word (``activa``, ``ativa``, ``aktiv``, ``actif``) that
writes yes as one letter of its language (``S`` for sí/sim, ``J`` for ja, ``O`` for oui,
beside ``N`` for no) gives the camera's state. The same letters under any other field (a
travel direction ``sentido: "S"``, ``richtung: "O"``) say nothing about the state.

A camera list nested in a result entry (a road administration's
``RESPONSE.RESULT[0].Camera[]`` beside ``INFO``) reads its records' ``location`` as their
district by the rule a top-level list follows (every location a short place name, two
districts at least, shared or each apart from the camera's name); street addresses
never are.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://traffic511.example/List/GetData/Cameras?lang=en"


def cameras(images: list[dict[str, object]]) -> tuple[Camera, ...]:
    """Parse a DataTables answer of two cameras, each with the given views."""
    rows = [
        {
            "DT_RowId": str(number),
            "id": number,
            "county": "Polk",
            "location": f"I-4 at Exit {number}",
            "latitude": 28.05,
            "longitude": -81.9,
            "images": images,
        }
        for number in (41, 42)
    ]
    body = json.dumps({"draw": 1, "recordsTotal": 2, "recordsFiltered": 2, "data": rows})
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


HLS = "https://video.traffic511.example/rtplive/cam41/playlist.m3u8"


def test_first_view_video_url_is_the_stream() -> None:
    found = cameras([{"id": 1, "imageUrl": "/map/Cctv/1", "videoUrl": HLS}])
    assert [camera.stream_url for camera in found] == [HLS, HLS]
    assert found[0].snapshot_url == "https://traffic511.example/map/Cctv/1"
    assert found[0].name == "I-4 at Exit 41"


def test_relative_video_url_is_resolved() -> None:
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": "/hls/cam41/index.m3u8"}])
    assert found[0].stream_url == "https://traffic511.example/hls/cam41/index.m3u8"


def test_mjpeg_video_url_is_the_mjpeg() -> None:
    url = "https://cams.traffic511.example/mjpg/video.mjpg"
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": url}])
    assert found[0].mjpeg_url == url


def test_switched_off_video_is_not_read() -> None:
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": HLS, "videoDisabled": True}])
    assert found[0].stream_url is None
    assert found[0].snapshot_url == "https://traffic511.example/map/Cctv/1"


def test_null_video_url_leaves_a_still_only_camera() -> None:
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": None, "videoType": None}])
    assert found[0].stream_url is None
    assert found[0].snapshot_url == "https://traffic511.example/map/Cctv/1"


def test_video_page_is_not_read_as_stream() -> None:
    page = "https://www.traffic511.example/cameras/41"
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": page}])
    assert found[0].stream_url is None


def test_later_view_video_is_not_read() -> None:
    found = cameras([{"imageUrl": "/map/Cctv/1"}, {"imageUrl": "/map/Cctv/2", "videoUrl": HLS}])
    assert found[0].stream_url is None
    assert found[0].snapshot_url == "https://traffic511.example/map/Cctv/1"


def test_lan_or_login_video_is_not_read() -> None:
    lan = "http://192.168.1.20:8080/hls/cam41/index.m3u8"
    login = "https://admin:RahasiaKutim1@video.traffic511.example/hls/cam41/index.m3u8"
    for url in (lan, login):
        found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": url}])
        assert found[0].stream_url is None
        assert "RahasiaKutim1" not in repr(found)


def flagged(**fields: object) -> Camera:
    """Parse one camera record with the given extra fields."""
    record: dict[str, object] = {
        "id": "CAM-1",
        "nombre": "A-6 PK 17.9",
        "imagen": "https://cams.trafico.example/1.jpg",
    }
    record.update(fields)
    body = json.dumps({"camaras": [record]})
    base = "https://cams.trafico.example/camaras.json"
    (camera,) = parse_body(body, profile=Profile.AUTO, base_url=base, prettify=False).cameras
    return camera


def test_letter_yes_under_a_state_flag_is_online() -> None:
    for key, letter in (("activa", "S"), ("ativa", "s"), ("aktiv", "J"), ("actif", "O")):
        assert flagged(**{key: letter}).online is True, key


def test_letter_no_under_a_state_flag_is_offline() -> None:
    for key in ("activa", "aktiv", "actif"):
        assert flagged(**{key: "N"}).online is False, key


def test_letters_under_other_fields_give_no_state() -> None:
    assert flagged(sentido="S").online is None
    assert flagged(richtung="O", tipo="J").online is None


def test_other_words_under_a_state_flag_give_no_state() -> None:
    assert flagged(activa="X").online is None
    assert flagged(activa="Sur").online is None


def nested(locations: list[str]) -> tuple[Camera, ...]:
    """Parse cameras nested in one result entry, each at the given location."""
    records = [
        {
            "Id": f"CAM_{number}",
            "Name": f"Junction {chr(65 + number)} northbound",
            "Location": location,
            "PhotoUrl": f"https://kamera.vag.example/bilder/{number}.jpg",
        }
        for number, location in enumerate(locations)
    ]
    body = json.dumps({"RESPONSE": {"RESULT": [{"Camera": records, "INFO": {"ID": "x"}}]}})
    base = "https://api.vag.example/v2/data.json"
    return parse_body(body, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def test_nested_list_locations_name_districts() -> None:
    found = nested(["Göteborg", "Stenungsund", "Kungälv"])
    assert [camera.area for camera in found] == ["Göteborg", "Stenungsund", "Kungälv"]


def test_nested_list_street_locations_are_no_area() -> None:
    found = nested(["Harbour Road 4", "Ferry Street", "Market Lane 12"])
    assert [camera.area for camera in found] == [None, None, None]


def test_nested_list_of_one_district_is_no_area() -> None:
    found = nested(["Bergen", "Bergen", "Bergen"])
    assert [camera.area for camera in found] == [None, None, None]
