"""TS-API (TS Solution NVR/CMS) channel sources and event messages, and event streams."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.eventstream import event_stream
from custom_components.kutim_cctv.portal.parsing.tsapi import tsapi_items

HOST = "https://nvr.kutimkab.example"
BASE = f"{HOST}/api/vod?when=now"


def source(address: str, kind: str, label: str = "1080p FHD", **extra: Any) -> dict[str, Any]:
    size = [1920, 1080] if label != "VGA" else [640, 480]
    return {"src": address, "type": kind, "label": label, "size": size, **extra}


def sources(ch: int, host: str = HOST) -> list[dict[str, Any]]:
    bare = host.split("//", 1)[1]
    return [
        source(f"rtmp://{bare}/live/ch{ch}main", "rtmp/mp4"),
        source(f"{host}/hls/ch{ch}main/index.m3u8", "application/x-mpegurl"),
        source(f"rtmp://{bare}/live/ch{ch}sub", "rtmp/mp4", "VGA"),
        source(f"{host}/hls/ch{ch}sub/index.m3u8", "application/x-mpegurl", "VGA"),
    ]


def channel(ch: int, title: str, listed: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"chid": ch, "title": title, "src": sources(ch) if listed is None else listed}


def parsed(data: Any, base: str = BASE) -> list[tuple[str, str, str | None, str | None]]:
    text = data if isinstance(data, str) else json.dumps(data)
    result = parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False)
    return [(c.id, c.name, c.area, c.stream_url) for c in result.cameras]


def test_each_channel_is_one_camera_on_its_main_hls() -> None:
    answer = [channel(1, "Simpang Tiga Sangatta"), channel(2, "Bundaran Pelangi")]
    assert parsed(answer) == [
        ("1", "Simpang Tiga Sangatta", None, f"{HOST}/hls/ch1main/index.m3u8"),
        ("2", "Bundaran Pelangi", None, f"{HOST}/hls/ch2main/index.m3u8"),
    ]


def test_sub_profile_listed_first_and_only_sub() -> None:
    subs = sources(1)[2:]
    listed = [dict(s, profile="sub") for s in subs] + [
        dict(s, profile="main") for s in sources(1)[:2]
    ]
    answer = [channel(1, "Pasar Induk", listed), channel(3, "Bukit Pelangi", sources(3)[2:])]
    assert [c[3] for c in parsed(answer)] == [
        f"{HOST}/hls/ch1main/index.m3u8",
        f"{HOST}/hls/ch3sub/index.m3u8",
    ]


def test_percent_encoded_titles_are_decoded() -> None:
    answer = [channel(6, "Sungai%20Bengalon%20%28Hilir%29"), channel(7, "Polder 100%")]
    assert [c[1] for c in parsed(answer)] == ["Sungai Bengalon (Hilir)", "Polder 100%"]


def test_rtmp_rtsp_websocket_and_empty_sources_are_no_media() -> None:
    bare = HOST.split("//", 1)[1]
    answer = [
        channel(1, "Simpang Tiga"),
        channel(4, "192.168.0.106", [source(f"rtmp://{bare}/live/ch4main", "rtmp/mp4")]),
        channel(5, "Terminal", [source(f"rtsp://{bare}:8554/live/ch5main", "video/h264")]),
        channel(
            6, "Dermaga", [source(f"wss://{bare}/live?stream=ch6", "video/x-flv", protocol="ws")]
        ),
        channel(7, "192%2E168%2E1%2E64", []),
    ]
    assert [c[0] for c in parsed(answer)] == ["1"]


def test_v1_relative_flv_sources_are_read_against_the_recorder() -> None:
    listed = [
        source("rtmp://nvr.kutimkab.example/live/ch1main", "rtmp/mp4", protocol="rtmp"),
        source("/live?port=1935&app=live&stream=ch1sub", "video/x-flv", "VGA", protocol="flv"),
        source("/live?port=1935&app=live&stream=ch1main", "video/x-flv", protocol="flv"),
    ]
    base = f"{HOST}/api/v1/vod"
    assert parsed([channel(1, "Bendungan", listed)], base) == [
        ("1", "Bendungan", None, f"{HOST}/live?port=1935&app=live&stream=ch1main")
    ]


def test_sources_with_credentials_are_refused() -> None:
    listed = [
        source("https://admin:1234@nvr.kutimkab.example/hls/ch1main/index.m3u8", "x"),
        source(f"{HOST}/hls/ch1main/index.m3u8?auth=ZGVtbzohMTIzNA%3D%3D", "x"),
        source(f"{HOST}/hls/ch1sub/index.m3u8?apikey=tsapi_key_a1b2", "x", "VGA"),
    ]
    assert tsapi_items([channel(1, "Gerbang", listed)], BASE) == []


def test_lan_sources_are_not_media_of_a_public_answer() -> None:
    answer = [channel(1, "Simpang"), channel(5, "Kabo", sources(5, "http://192.168.0.100"))]
    assert [c[0] for c in parsed(answer)] == ["1"]


def test_recorded_files_are_not_live_cameras() -> None:
    recorded = [
        {
            "chid": 1,
            "title": "192%2E168%2E0%2E111",
            "fileId": 100,
            "src": [
                source(
                    f"{HOST}/storage/e/0/0/0/0/100.mp4",
                    "video/mp4",
                    timeRange=["2026-02-05T17:57:12+08:00", "2026-02-05T17:57:20+08:00"],
                )
            ],
        }
    ]
    assert tsapi_items(recorded, BASE) == []


@pytest.mark.parametrize(
    "data",
    [
        [{"chid": 1, "title": "Front door", "displayName": "CH1. Front door"}],  # no sources
        [{"id": 1, "code": "EM-001", "name": "Fire Alarm", "linkedChannel": [1, 2, 3]}],
        [{"title": "Berita Kutim", "src": [{"src": f"{HOST}/a.m3u8"}]}],  # no channel number
        [{"sku": "KAM-01", "title": "Kamera CCTV", "price": 350000}],  # a shop
        {"topic": "channelStatus", "event": "channelSwapped", "chid": [1, 2]},
    ],
)
def test_near_misses_are_not_tsapi(data: Any) -> None:
    assert tsapi_items(data, BASE) is None


def event_text(*messages: dict[str, Any]) -> str:
    return "\n".join(f"data: {json.dumps(m)}\n\n:ping\n" for m in messages)


def test_event_stream_linked_channels_listed_once() -> None:
    linked = [
        {"chid": 3, "title": "Dermaga", "src": f"{HOST}/watch?ch=3", "streams": sources(3)},
        {"chid": 4, "title": "Gerbang", "src": f"{HOST}/watch?ch=4", "streams": sources(4)},
    ]
    text = event_text(
        {"subscriberId": "7c1e", "topics": ["emergencyCall"]},
        {"caller": "0000002", "event": "callStart", "linkedChannel": linked, "name": "Pos Jaga"},
        {"event": "callEnd", "linkedChannel": [{"chid": 3, "title": "Dermaga"}], "name": "Pos"},
        {"event": "callStart", "linkedChannel": linked[:1], "topic": "emergencyCall"},
    )
    base = f"{HOST}/api/subscribeEvents?topics=emergencyCall&verbose=true"
    assert parsed(text, base) == [
        ("3", "Dermaga", None, f"{HOST}/hls/ch3main/index.m3u8"),
        ("4", "Gerbang", None, f"{HOST}/hls/ch4main/index.m3u8"),
    ]


def test_linked_channels_with_only_a_watch_page_are_no_cameras() -> None:
    watch = f"{HOST}/watch?ch=2&when=2026-12-06T08%3A12%3A40"
    lpr = {
        "topic": "LPR",
        "chid": {"chid": 2, "title": "Gerbang", "src": watch},
        "linkedChannel": [{"chid": 5, "title": "Loket", "src": watch}],
        "image": f"{HOST}/storage/e/1.plate.jpg",
        "plateNo": "KT1234AB",
    }
    assert tsapi_items([lpr, lpr], BASE) == []


def test_event_stream_reader_fields_and_comments() -> None:
    text = 'retry: 5000\n\nid: 1\nevent: x\ndata: {"a":\ndata: 1}\n\n:ping\n\ndata: [2]'
    assert event_stream(text) == [{"a": 1}, [2]]
    assert event_stream('data: {"a": 1}\n\n') == {"a": 1}


@pytest.mark.parametrize(
    "text",
    [
        '{"data": 1}',  # a JSON answer
        "data: ping\n\n:keep-alive\n",  # no JSON message
        'data: {"a": 1}\n\nHarga kamera: Rp 350.000\n',  # a line that is no field
        "Berita: data: banjir di Sangatta\n",  # a news text
        "",
    ],
)
def test_event_stream_near_misses(text: str) -> None:
    assert event_stream(text) is None


def test_plain_text_with_data_lines_is_no_camera_list() -> None:
    with pytest.raises(PortalFormatError):
        parse_body("data: ping\n\n", profile=Profile.AUTO, base_url=BASE, prettify=False)


def test_a_lan_main_stream_gives_way_to_a_public_sub_one() -> None:
    listed = sources(1, "http://10.0.0.8")[:2] + sources(1)[2:]
    assert tsapi_items([channel(1, "Simpang", listed)], BASE) == [
        {"id": "1", "name": "Simpang", "stream_url": f"{HOST}/hls/ch1sub/index.m3u8"}
    ]


def test_a_lan_answer_keeps_its_lan_streams() -> None:
    base = "http://192.168.0.100/api/vod"
    items = tsapi_items([channel(1, "Simpang", sources(1, "http://192.168.0.100"))], base)
    assert items == [
        {"id": "1", "name": "Simpang", "stream_url": "http://192.168.0.100/hls/ch1main/index.m3u8"}
    ]


def test_a_huge_event_stream_stays_bounded() -> None:
    streams = sources(1)
    message = {"topic": "object", "linkedChannel": [{"chid": 1, "title": "A", "streams": streams}]}
    text = ":ping\n" * 100_000 + event_text(*[message] * 6000) + "data: x\n" * 50_000
    items = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [(c.id, c.stream_url) for c in items] == [("1", f"{HOST}/hls/ch1main/index.m3u8")]
    assert event_stream("data: 1\n" * 500_000) is None  # more lines than the cap


@pytest.mark.parametrize(
    "bad",
    [
        source("http://[zz/hls/1.m3u8", "application/x-mpegURL"),  # not an address
        source("//[::1/hls/1.m3u8", "application/x-mpegURL"),
        source("/hls/1.m3u8?x=[zz&auth=ZGVtbzox", "application/x-mpegURL"),
    ],
)
def test_a_malformed_source_is_skipped(bad: dict[str, Any]) -> None:
    listed = [source("/hls/2/main.m3u8", "application/x-mpegURL")]
    answer = [{"chid": 1, "title": "A", "src": [bad]}, {"chid": 2, "title": "B", "src": listed}]
    assert parsed(answer, f"{HOST}/api/vod") == [("2", "B", None, f"{HOST}/hls/2/main.m3u8")]


def test_a_channel_number_in_other_digits_is_no_channel() -> None:
    listed = [source("/hls/2/main.m3u8", "application/x-mpegURL")]
    answer = [
        {"chid": "²", "title": "A", "src": listed},
        {"chid": "2", "title": "B", "src": listed},
    ]
    assert parsed(answer, f"{HOST}/api/vod") == [("2", "B", None, f"{HOST}/hls/2/main.m3u8")]


def test_a_huge_number_as_a_title_is_no_error() -> None:
    listed = [source("/hls/1/main.m3u8", "application/x-mpegURL")]
    text = json.dumps([{"chid": 1, "title": 0, "src": listed}]).replace("0", "1" + "0" * 400, 1)
    assert [(c[0], c[3]) for c in parsed(text, f"{HOST}/api/vod")] == [
        ("1", f"{HOST}/hls/1/main.m3u8")
    ]


def test_an_event_stream_of_detections_is_no_camera_list() -> None:
    events = [
        {
            "type": "new",
            "id": f"ev{n}",
            "camera": "front_door" if n % 2 else "garage",
            "label": "person",
            "score": 0.8,
            "snapshot": f"https://nvr.example.org/api/events/ev{n}/snapshot.jpg",
            "start_time": 1733500000 + n,
        }
        for n in range(6)
    ]
    text = ":ok\n\n" + "".join(
        f"event: motion\nid: {n}\ndata: {json.dumps(e)}\n\n" for n, e in enumerate(events)
    )
    news = "".join(
        f'data: {{"id": {n}, "title": "Breaking news {n}", "image": "/img/{n}.jpg"}}\n\n'
        for n in range(5)
    )
    for body in (text, news):
        with pytest.raises(PortalFormatError):
            parse_body(
                body,
                profile=Profile.AUTO,
                base_url="https://nvr.example.org/api/events",
                prettify=False,
            )
