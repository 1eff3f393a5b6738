"""EvoStream listStreams pulls, Xtream live channels' direct sources, webcams.json frames."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.framewebcams import frame_webcam_items
from custom_components.kutim_cctv.portal.parsing.pullsources import evostream_items, xtream_items

EVO = "http://ems.dishub.kutimkab.example:7777/listStreams"
XTREAM = "http://iptv.kutimkab.example:8080/player_api.php?action=get_live_streams"
FRAMES = "https://viabilita.jalan.kutimkab.example/json/webcams.json"


def parse(answer: Any, base: str) -> list[Any]:
    return parse_body(
        json.dumps(answer), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def evo(uid: int, name: str, kind: str = "INR", **extra: Any) -> dict[str, Any]:
    return {
        "uniqueId": uid,
        "name": name,
        "type": kind,
        "typeNumeric": 5282249572905648128,
        "farIp": "103.31.20.11",
        "nearIp": "10.20.0.5",
        "ip": "10.20.0.5",
        **extra,
    }


def pull(uri: str, config_id: int = 1) -> dict[str, Any]:
    return {"pullSettings": {"configId": config_id, "localStreamName": "x", "uri": uri}}


def evo_answer(*streams: dict[str, Any]) -> dict[str, Any]:
    return {"data": list(streams), "description": "Available streams", "status": "SUCCESS"}


def test_evostream_inbound_pulls_are_cameras_by_unique_id() -> None:
    answer = evo_answer(
        evo(2, "simpang_tiga", **pull("rtsp://cam-sgt.kutimkab.example:554/ch1", 1)),
        evo(5, "dermaga", **pull("rtsp://admin:Rahasia1@cam-dermaga.kutimkab.example/ch1", 3)),
    )
    cameras = parse(answer, EVO)
    assert [(c.id, c.name) for c in cameras] == [("2", "simpang_tiga"), ("5", "dermaga")]
    assert cameras[0].stream_url == "rtsp://cam-sgt.kutimkab.example:554/ch1"
    # The camera is kept, its login is not.
    assert cameras[1].stream_url == "rtsp://cam-dermaga.kutimkab.example/ch1"
    assert all("Rahasia1" not in repr(c) and "admin" not in repr(c) for c in cameras)


def test_evostream_refuses_lan_rtmp_outbound_and_pushed_streams() -> None:
    answer = evo_answer(
        evo(1, "ok", **pull("rtsp://cam-ok.kutimkab.example/ch1")),
        evo(2, "gudang", **pull("rtsp://192.168.10.21:554/ch1")),
        evo(3, "loop", **pull("http://127.0.0.1:8080/live.m3u8")),
        evo(4, "relay", **pull("rtmp://origin.kutimkab.example/live/a")),
        evo(5, "ok", "ONR", pushSettings={"targetUri": "rtmp://live.kutimkab.example/relay"}),
        evo(6, "mobil", pullSettings=None, tcUrl="rtmp://ingest.kutimkab.example/live"),
    )
    assert [c.id for c in parse(answer, EVO)] == ["1"]
    items = evostream_items(answer, EVO)
    assert items is not None and [i["id"] for i in items if isinstance(i, dict)] == ["1"]


def test_evostream_documented_wrapping_is_read() -> None:
    answer = {"data": {"data": [evo(9, "kabo", **pull("rtsp://cam-kabo.kutimkab.example/a"))]}}
    assert [c.id for c in parse(answer, EVO)] == ["9"]


def test_not_evostream_without_its_stream_records() -> None:
    # A generic {data: […]} answer with ids and names is not a stream list.
    answer = {"data": [{"uniqueId": 1, "name": "a", "uri": "rtsp://x.example/a"}]}
    assert evostream_items(answer, EVO) is None
    assert evostream_items({"data": "nothing"}, EVO) is None


def xt(sid: int, name: str, epg: Any, direct: str, kind: str = "live") -> dict[str, Any]:
    return {
        "num": sid,
        "name": name,
        "stream_type": kind,
        "stream_id": sid,
        "stream_icon": "https://iptv.kutimkab.example/logo.png",
        "epg_channel_id": epg,
        "category_id": "7",
        "direct_source": direct,
    }


def test_xtream_camera_channels_are_read_from_direct_source() -> None:
    answer = [
        xt(101, "TVRI", "tvri.id", ""),
        xt(311, "CCTV Simpang", None, "https://cctv.kutimkab.example/hls/a/index.m3u8"),
        xt(315, "CCTV Jembatan", "", "http://cam-b.kutimkab.example:8080/live/jembatan.ts"),
        xt(321, "CCTV Dermaga", None, "rtsp://user:ZmSecret9@cam-d.kutimkab.example:554/s1"),
    ]
    cameras = parse(answer, XTREAM)
    assert [(c.id, c.stream_url) for c in cameras] == [
        ("311", "https://cctv.kutimkab.example/hls/a/index.m3u8"),
        ("315", "http://cam-b.kutimkab.example:8080/live/jembatan.ts"),
        ("321", "rtsp://cam-d.kutimkab.example:554/s1"),
    ]
    assert all("ZmSecret9" not in repr(c) for c in cameras)


def test_xtream_refuses_guide_channels_radio_empty_and_lan_sources() -> None:
    answer = [
        xt(1, "CCTV A", None, "https://cctv.kutimkab.example/a.m3u8"),
        xt(2, "Kutim TV", "kutimtv.id", "https://tv.kutimkab.example/live.m3u8"),
        xt(3, "RRI", None, "https://radio.kutimkab.example/p.m3u8", kind="radio_streams"),
        xt(4, "CCTV kosong", None, ""),
        xt(5, "CCTV server", None, "rtsp://10.12.0.33:554/stream1"),
        xt(6, "CCTV rtmp", None, "rtmp://live.kutimkab.example/a"),
        xt(7, "Film", None, "https://vod.kutimkab.example/film.mp4", kind="movie"),
    ]
    assert [c.id for c in parse(answer, XTREAM)] == ["1"]


def test_xtream_guideless_tv_and_radio_channels_are_no_cameras() -> None:
    answer = [
        xt(sid, name, None, f"http://tv-cdn.example/{sid}/index.m3u8")
        for sid, name in enumerate(
            ["TVRI Nasional", "Kompas TV", "beIN Sports 1 HD", "Radio Dangdut Live"], 101
        )
    ]
    assert not parse(answer, XTREAM)


def test_xtream_guideless_channel_named_a_camera_by_category_or_source_host() -> None:
    answer = [
        {
            **xt(1, "Pantai Kenyamukan", None, "https://wisata.example/1.m3u8"),
            "category_name": "Webcam",
        },
        xt(2, "Dermaga Maloy", None, "https://cctv.pelabuhan.example/live/maloy.m3u8"),
        xt(3, "Kompas TV", None, "https://tv-cdn.example/kompas/index.m3u8"),
    ]
    assert [c.id for c in parse(answer, XTREAM)] == ["1", "2"]


def test_not_xtream_without_its_record_keys() -> None:
    assert (
        xtream_items([{"stream_id": 1, "name": "a", "url": "https://a.example/x"}], XTREAM) is None
    )
    assert xtream_items({"stream_id": 1}, XTREAM) is None


def webcam(tel: int, frames: dict[str, str], **extra: Any) -> dict[str, Any]:
    return {
        "c_tel": tel,
        "c_str": "JN01",
        "t_des_pub": f"JN01 km. {tel}",
        "n_crd_lat": 0.5,
        "n_crd_lon": 117.5,
        "frames": {key: {"t_url": value} for key, value in frames.items()},
        **extra,
    }


def test_frame_webcams_take_f0_still_v_clip_relative_to_the_list() -> None:
    answer = {
        "webcams": [
            webcam(
                1,
                {"T": "kt1/a-thumb.jpg", "F_0": "kt1/a-0.jpg", "3": "kt1/a.3gp", "V": "kt1/a.mp4"},
            ),
            webcam(2, {"T": "kt1/b-thumb.jpg"}),
            webcam(3, {}),
            webcam(4, {"3": "kt1/d.3gp", "F_1": "kt1/d-1.jpg"}),
        ]
    }
    cameras = parse(answer, FRAMES)
    assert [(c.id, c.stream_url, c.snapshot_url) for c in cameras] == [
        (
            "1",
            "https://viabilita.jalan.kutimkab.example/json/kt1/a.mp4",
            "https://viabilita.jalan.kutimkab.example/json/kt1/a-0.jpg",
        ),
        ("2", None, "https://viabilita.jalan.kutimkab.example/json/kt1/b-thumb.jpg"),
    ]
    assert (cameras[0].name, cameras[0].area, cameras[0].latitude) == ("JN01 km. 1", None, 0.5)


def test_frame_webcams_refuse_lan_frames() -> None:
    answer = {
        "webcams": [webcam(1, {"F_0": "http://10.1.2.3/a-0.jpg", "V": "http://192.168.1.2/a.mp4"})]
    }
    assert not any(c.stream_url or c.snapshot_url for c in _safe_parse(answer))


def _safe_parse(answer: Any) -> list[Any]:
    try:
        return parse(answer, FRAMES)
    except PortalFormatError:  # no camera list at all is also a refusal
        return []


def test_not_frame_webcams_without_frames() -> None:
    assert (
        frame_webcam_items({"webcams": [{"c_tel": 1, "url": "https://a.example/x.jpg"}]}, FRAMES)
        is None
    )
    assert frame_webcam_items({"webcams": [{"c_tel": 1, "frames": {}}]}, FRAMES) is None
    assert frame_webcam_items({"cams": [webcam(1, {"F_0": "a.jpg"})]}, FRAMES) is None


def _xt_in(sid: int, name: str, category: str, direct: str) -> dict[str, Any]:
    return {**xt(sid, name, None, direct), "category_name": category}


def test_xtream_broadcast_channels_naming_cam_or_cctv_are_no_cameras() -> None:
    """China Central Television's ``CCTV-1`` and TV titles holding ``cam`` are TV."""
    answer = [
        _xt_in(1, "CCTV-1 综合", "China", "http://tv-cdn.example/cctv1/index.m3u8"),
        _xt_in(2, "CCTV-4 Asia", "China", "http://tv-cdn.example/cctv4/index.m3u8"),
        _xt_in(3, "Hidden Cam Comedy", "Comedy", "http://tv-cdn.example/hc/index.m3u8"),
        _xt_in(4, "CAM4 Live HD", "Adult", "http://tv-cdn.example/c4/index.m3u8"),
        _xt_in(5, "Kompas TV", "Cameras & Photography", "http://tv-cdn.example/k/index.m3u8"),
        _xt_in(6, "Trans7", "Indonesia", "http://cam.tvcdn.example/trans7/index.m3u8"),
    ]
    try:
        cameras = parse(answer, XTREAM)
    except PortalFormatError:
        return
    assert not cameras


def test_xtream_cctv_relay_panel_of_place_named_channels_keeps_them() -> None:
    """A panel whose guideless channels are places under a traffic category: cameras."""
    answer = [
        _xt_in(1, "Simpang Tiga", "", "https://stream.kutimkab.example/live/simpang.m3u8"),
        _xt_in(
            2,
            "Bundaran Pelangi",
            "Lalu Lintas",
            "https://stream.kutimkab.example/live/bundaran.m3u8",
        ),
        _xt_in(3, "Pelabuhan Maloy", "Traffic", "https://stream.kutimkab.example/live/maloy.m3u8"),
    ]
    cameras = parse(answer, XTREAM)
    assert [(c.id, c.name) for c in cameras] == [
        ("1", "Simpang Tiga"),
        ("2", "Bundaran Pelangi"),
        ("3", "Pelabuhan Maloy"),
    ]
