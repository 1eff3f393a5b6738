"""Ids from numbered players and joined id fields, Korean CCTV columns, zone areas."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import _player_numbers
from custom_components.kutim_cctv.portal.shapes import choose_id_key, is_id_key

BASE = "https://cctv.kutimkab.example/"
HLS = "https://live.kutimkab.example/hls"


def cameras(text: str, base: str = BASE) -> tuple[Camera, ...]:
    """Parse a body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def video_page(ids: list[str], *, scripted: bool = False) -> str:
    """Return a page of cards, each with a player of the given element id."""
    cards = []
    script = []
    for number, element_id in enumerate(ids):
        url = f"{HLS}/cam-{number}/index.m3u8"
        source = "" if scripted else f' src="{url}"'
        cards.append(
            f'<div class="col-md-6"><div class="card"><video id="{element_id}"{source} controls>'
            f'</video><div class="card-body"><p class="card-title">Simpang {number + 1}</p>'
            "</div></div></div>"
        )
        script.append(
            f"var video = document.getElementById('{element_id}'); var hls = new Hls();"
            f"hls.loadSource('{url}'); hls.attachMedia(video);"
        )
    body = "".join(cards)
    js = f"<script>{''.join(script)}</script>" if scripted else ""
    return f"<html><body><main>{body}</main>{js}</body></html>"


@pytest.mark.parametrize("scripted", [False, True])
def test_players_numbered_by_record_give_ids(scripted: bool) -> None:
    """``video4``, ``video7``, ``video12``: the numbers, with gaps, are the record ids."""
    found = cameras(video_page(["video4", "video7", "video12", "video15"], scripted=scripted))
    assert [camera.id for camera in found] == ["4", "7", "12", "15"]
    assert [camera.name for camera in found] == [f"Simpang {n}" for n in range(1, 5)]


@pytest.mark.parametrize(
    "ids",
    [
        ["player1", "player2", "player3", "player4"],  # a loop's counter
        ["cam7", "cam8", "cam9"],  # a run without gaps, not from 1
        ["video3", "video3", "video9"],  # one number on two players
        ["video4", "player7", "video12"],  # different words
        ["video-player", "cam", "video"],  # no numbers at all
    ],
)
def test_players_not_numbered_by_record_give_no_ids(ids: list[str]) -> None:
    """Positions, repeated numbers and names of what the element is are no record ids."""
    found = cameras(video_page(ids))
    assert found
    assert all(camera.id.startswith("k-") for camera in found)


def test_player_numbers_need_two_players() -> None:
    """A lone numbered player (a detail page's ``player-50``) gives no id."""
    assert _player_numbers(["player-50"]) == {}
    assert _player_numbers(["video-player", "video4", "video9"]) == {"video4": "4", "video9": "9"}


def test_joined_camera_initial_is_an_id_key() -> None:
    """``idc`` (id of the camera) and ``id_c`` are id fields; status codes never are."""
    assert is_id_key("idc")
    assert is_id_key("id_c")
    assert not is_id_key("status_code")
    assert not is_id_key("http_code")
    assert not is_id_key("idx_status")
    rows = [
        {"idc": f"5a0c1e2f-000{n}", "status_code": 200 + n, "name": f"Cam {n}"} for n in range(3)
    ]
    assert choose_id_key(rows) == "idc"


def test_idc_rows_keep_their_upstream_ids() -> None:
    """A Laravel sync table's rows are identified by their upstream camera id."""
    rows = [
        {
            "idc": f"7d41b9c3-001{n}",
            "location": "kominfo-kutim",
            "name": f"Simpang {n}",
            "connection": 1,
            "stream-url": f"{HLS}/7d41b9c3-001{n}/playlist.m3u8",
            "http_code": 200,
        }
        for n in range(3)
    ]
    found = cameras(json.dumps(rows), "https://sidafa.kutimkab.example/api/relationships")
    assert [camera.id for camera in found] == ["7d41b9c3-0010", "7d41b9c3-0011", "7d41b9c3-0012"]
    assert all(camera.area is None for camera in found)


KOREAN_CSV = (
    "CCTV관리번호,경도,위도,설치위치명,설치위치주소,스트리밍 프로토콜(HTTP)주소,관리기관명\n"
    f'SGT-001,117.52744,0.50918,Pasar Induk,"Jl. Pendidikan, Sangatta",{HLS}/sgt001.m3u8,Dishub\n'
    f'SGT-002,117.54522,0.48796,Bukit Pelangi,"Jl. Poros, Sangatta",{HLS}/sgt002.m3u8,Dishub\n'
    'SGT-007,117.58311,0.45877,Pelabuhan,"Jl. Pelabuhan, Sangatta",,Dishub\n'
)


def test_korean_streaming_columns_give_id_name_and_position() -> None:
    """관리번호 is the id, 설치위치명 the name, 위도/경도 the position; no address as area."""
    found = cameras(KOREAN_CSV, "https://data.kutimkab.example/cctv.csv")
    assert [(c.id, c.name) for c in found] == [
        ("SGT-001", "Pasar Induk"),
        ("SGT-002", "Bukit Pelangi"),
    ]
    assert (found[0].latitude, found[0].longitude) == (0.50918, 117.52744)
    assert found[0].stream_url == f"{HLS}/sgt001.m3u8"
    assert all(camera.area is None for camera in found)


def test_odcloud_answer_with_korean_keys() -> None:
    """An odcloud answer's records: an RTMP-only record gives no camera."""
    answer = {
        "page": 1,
        "perPage": 3,
        "totalCount": 3,
        "data": [
            {
                "CCTV 관리번호": "KT-01",
                "설치장소": "Simpang Tiga",
                "위도": "0.50241",
                "경도": "117.52318",
                "스트리밍 주소": f"{HLS}/kt01/index.m3u8",
                "읍면동": "Sangatta Utara",
            },
            {
                "CCTV 관리번호": "KT-02",
                "설치장소": "Jembatan Pinang",
                "위도": "0.52011",
                "경도": "117.54420",
                "스트리밍 주소": "",
                "RTMP 주소": "rtmp://live.kutimkab.example/live/kt02",
                "읍면동": "Sangatta Utara",
            },
        ],
    }
    found = cameras(json.dumps(answer, ensure_ascii=False), "https://api.odcloud.example/x")
    assert [(c.id, c.name, c.area) for c in found] == [("KT-01", "Simpang Tiga", "Sangatta Utara")]
    assert (found[0].latitude, found[0].longitude) == (0.50241, 117.52318)


def test_korean_standard_register_without_media_is_no_camera_list() -> None:
    """The national CCTV standard data (no streaming column) lists no viewable camera."""
    text = (
        "관리기관명,소재지도로명주소,설치목적구분,카메라대수,위도,경도,데이터기준일자\n"
        "동쿠타이군청,Jl. Soekarno Hatta,생활방범,2,0.50918,117.52744,2026-12-01\n"
        "동쿠타이군청,Jl. Yos Sudarso,교통단속,1,0.51204,117.52031,2026-12-01\n"
    )
    with pytest.raises(PortalFormatError, match="none with a camera address"):
        cameras(text, "https://data.kutimkab.example/standard.csv")


def zone_answer(zones: list[object]) -> str:
    """Return a paginated camera answer whose cameras carry the given zones."""
    data = [
        {
            "id": f"cam-{n}",
            "name": f"Simpang {n}",
            "hls_url": f"{HLS}/cam-{n}/index.m3u8",
            "building": f"Pos {n}",
            "zone": zone,
        }
        for n, zone in enumerate(zones)
    ]
    return json.dumps({"success": True, "data": data, "pagination": {"page": 1, "total": 2}})


def test_zone_names_the_area() -> None:
    """A camera's zone, as text or as a related object, is its area."""
    text = zone_answer(["Sangatta Utara", {"id": 3, "name": "Bengalon"}])
    found = cameras(text, "https://vms.kutimkab.example/api/v1/cameras")
    assert [camera.area for camera in found] == ["Sangatta Utara", "Bengalon"]


def test_zone_as_time_zone_or_number_is_no_area() -> None:
    """A time-zone name or a zone number is no place."""
    found = cameras(zone_answer(["Asia/Makassar", 3]), "https://vms.kutimkab.example/api")
    assert [camera.area for camera in found] == [None, None]


def test_zone_as_time_zone_abbreviation_offset_network_or_code_is_no_area() -> None:
    """Time-zone abbreviations and offsets, network zones, letters and codes are no place."""
    zones = ["WITA", "UTC+08:00", "GMT+8", "Etc/GMT-8", "B", "dmz", "zone-3"]
    zones += ["Pacific Standard Time", "PST", "WIB", "Teluk Pandan"]
    found = cameras(zone_answer(zones), "https://vms.kutimkab.example/api")
    assert [camera.area for camera in found] == [None] * 10 + ["Teluk Pandan"]
