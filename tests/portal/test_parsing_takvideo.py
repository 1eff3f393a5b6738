"""TAK video feeds: Cursor-on-Target markers with video details and video connection lists."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.takvideo import (
    connection_url,
    tak_connection_feeds,
    tak_xml_records,
)

BASE = "https://tak.kutimkab.example:8443/Marti/api/cot/xml"


def parse(text: str, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def event(
    uid: str, video: str, *, callsign: str | None = "Simpang Tiga", how: str = "h-g-i-g-o"
) -> str:
    contact = f'<contact callsign="{callsign}"/>' if callsign is not None else ""
    return (
        f'<event version="2.0" uid="{uid}" type="b-m-p-s-p-loc" how="{how}" '
        'time="2026-12-01T00:00:00Z" start="2026-12-01T00:00:00Z" stale="2027-12-01T00:00:00Z">'
        '<point lat="0.50233" lon="117.5231" hae="9999999.0" ce="9999999.0" le="9999999.0"/>'
        f'<detail><status readiness="true"/>{video}{contact}<remarks/></detail></event>'
    )


def video(url: str = "", **entry: str) -> str:
    fields = {"uid": "v-1", "path": "", "protocol": "raw", "address": url, "port": "-1"}
    fields.update(entry)
    attrs = " ".join(f'{key}="{value}"' for key, value in fields.items())
    own = f' url="{url}"' if url else ""
    return f'<__video uid="v-1"{own}><ConnectionEntry {attrs} alias="cam alias"/></__video>'


def events(*items: str) -> str:
    return '<?xml version="1.0"?><events>' + "".join(items) + "</events>"


def test_marker_is_named_by_callsign_and_identified_by_event_uid() -> None:
    (camera,) = parse(events(event("ev-1", video("https://cctv.kutimkab.example/hls/a.m3u8"))))
    assert camera.id == "ev-1"
    assert camera.name == "Simpang Tiga"
    assert camera.name != "h-g-i-g-o"
    assert camera.stream_url == "https://cctv.kutimkab.example/hls/a.m3u8"
    assert (camera.latitude, camera.longitude) == (0.50233, 117.5231)


def test_marker_without_callsign_takes_connection_alias_never_how_code() -> None:
    text = events(event("ev-2", video("https://cctv.kutimkab.example/hls/b.m3u8"), callsign=None))
    (camera,) = parse(text)
    assert camera.name == "cam alias"


def test_marker_without_video_is_no_camera() -> None:
    text = events(
        event("ev-1", video("https://cctv.kutimkab.example/hls/a.m3u8")),
        event("ev-9", "", callsign="Titik Kumpul"),
    )
    assert [camera.id for camera in parse(text)] == ["ev-1"]


def test_marker_login_is_never_kept() -> None:
    url = "rtsp://admin:Rahasia1@cctv.kutimkab.example:554/ch1"
    (camera,) = parse(events(event("ev-3", video(url))))
    assert camera.stream_url == "rtsp://cctv.kutimkab.example:554/ch1"
    assert "Rahasia1" not in repr(camera)


def test_marker_on_private_network_is_refused() -> None:
    text = events(
        event("ev-1", video("https://cctv.kutimkab.example/hls/a.m3u8")),
        event("ev-4", video("rtsp://192.168.1.64:554/ch1"), callsign="Pos Jaga"),
    )
    assert [camera.id for camera in parse(text)] == ["ev-1"]


def test_split_connection_entry_is_put_together() -> None:
    entry = video(protocol="rtsp", address="cctv.kutimkab.example", port="8554", path="live/a")
    (camera,) = parse(events(event("ev-5", entry)))
    assert camera.stream_url == "rtsp://cctv.kutimkab.example:8554/live/a"


@pytest.mark.parametrize(
    ("protocol", "address"),
    [
        ("rtmp", "cctv.kutimkab.example"),  # RTMP is no media
        ("srt", "cctv.kutimkab.example"),
        ("udp", "239.1.1.1"),
        ("rtsp", "admin:pw@cctv.kutimkab.example"),  # a login in the address
        ("rtsp", "cctv.kutimkab.example/evil path"),
    ],
)
def test_split_connection_entry_refusals(protocol: str, address: str) -> None:
    assert (
        connection_url({"protocol": protocol, "address": address, "port": "554", "path": "/a"})
        is None
    )


@pytest.mark.parametrize("address", ["10.0.0.5", "127.0.0.1", "169.254.169.254", "nvr"])
def test_split_connection_entry_on_lan_host_is_no_camera(address: str) -> None:
    good = video("https://cctv.kutimkab.example/hls/a.m3u8")
    lan = video(protocol="rtsp", address=address, port="554", path="/live")
    names = [camera.id for camera in parse(events(event("ev-1", good), event("ev-6", lan)))]
    assert names == ["ev-1"]


def test_connection_url_raw_and_port_rules() -> None:
    assert connection_url({"protocol": "raw", "address": "https://a.example/x.m3u8"}) == (
        "https://a.example/x.m3u8"
    )
    assert connection_url({"protocol": "raw", "address": "a.example"}) is None
    assert connection_url({"protocol": "rtsp", "address": "a.example", "port": "-1"}) == (
        "rtsp://a.example"
    )
    assert connection_url({"protocol": "rtsp", "address": "a.example", "port": "99999"}) == (
        "rtsp://a.example"
    )


OTS = (
    "<videoConnections>"
    "<feed><protocol>rtsp</protocol><alias>Simpang Empat</alias><uid>f-1</uid>"
    "<address>ots.kutimkab.example</address><port>8554</port><path>simpang</path></feed>"
    "<feed><protocol>rtsp</protocol><alias /><uid>f-2</uid>"
    "<address>ots.kutimkab.example</address><port>8554</port><path>dermaga</path></feed>"
    "<feed><protocol>rtsp</protocol><alias>Lokal</alias><uid>f-3</uid>"
    "<address>192.168.0.10</address><port>8554</port><path>lokal</path></feed>"
    "<feed><protocol>rtmp</protocol><alias>Ingest</alias><uid>f-4</uid>"
    "<address>ots.kutimkab.example</address><port>1935</port><path>ingest</path></feed>"
    "</videoConnections>"
)


def test_opentakserver_feed_elements() -> None:
    cameras = parse(OTS, "https://ots.kutimkab.example/Marti/vcm")
    assert [(c.id, c.name, c.stream_url) for c in cameras] == [
        ("f-1", "Simpang Empat", "rtsp://ots.kutimkab.example:8554/simpang"),
        ("f-2", "dermaga", "rtsp://ots.kutimkab.example:8554/dermaga"),
    ]


COLLECTIONS = (
    '<videoCollections><videoCollection uid="c-1" alias="Sangatta Utara">'
    '<feed uid="f-1" alias="Simpang Tiga" active="true" url="https://v.kutimkab.example/a.m3u8"/>'
    '<feed uid="f-2" alias="Teluk Lingga" active="false" url="rtsp://v.kutimkab.example/b"/>'
    '</videoCollection><videoCollection uid="c-2" alias="Bengalon">'
    '<feed uid="f-3" alias="Posko" active="true" url="rtsp://10.1.1.1/c"/>'
    "</videoCollection></videoCollections>"
)


def test_collection_alias_is_the_feeds_area() -> None:
    cameras = parse(COLLECTIONS, "https://tak.kutimkab.example/Marti/vcm")
    assert [(c.id, c.name, c.area, c.online) for c in cameras] == [
        ("f-1", "Simpang Tiga", "Sangatta Utara", True),
        ("f-2", "Teluk Lingga", "Sangatta Utara", False),
    ]


def connections(*groups: tuple[str, list[tuple[str, str, str]]]) -> str:
    return json.dumps(
        {
            "videoConnections": [
                {
                    "uuid": f"g-{alias}",
                    "active": True,
                    "alias": alias,
                    "feeds": [
                        {"uuid": uid, "active": True, "alias": name, "url": url}
                        for uid, name, url in feeds
                    ],
                }
                for alias, feeds in groups
            ]
        }
    )


def test_json_connection_alias_is_area_unless_it_repeats_the_feed() -> None:
    text = connections(
        ("Bengalon", [("f-1", "Simpang Sepaso", "https://c.kutimkab.example/a.m3u8")]),
        ("Dermaga Kaubun", [("f-2", "Dermaga Kaubun", "https://c.kutimkab.example/b.m3u8")]),
    )
    cameras = parse(text, "https://tak.kutimkab.example/Marti/api/video")
    assert [(c.id, c.area) for c in cameras] == [("f-1", "Bengalon"), ("f-2", None)]


def test_json_connection_feeds_refuse_lan_and_rtmp() -> None:
    # A whole url in a JSON list follows the shared policy: a LAN feed among public ones
    # is no camera, RTMP never is.
    text = connections(
        (
            "Bengalon",
            [
                ("f-1", "Simpang", "https://c.kutimkab.example/a.m3u8"),
                ("f-2", "Gudang", "rtsp://172.16.4.20/live"),
                ("f-3", "Drone", "rtmp://c.kutimkab.example/live/d"),
                ("f-4", "Pasar", "https://c.kutimkab.example/b.m3u8"),
            ],
        )
    )
    cameras = parse(text, "https://tak.kutimkab.example/Marti/api/video")
    assert [c.id for c in cameras] == ["f-1", "f-4"]


def test_lan_feeds_are_kept_when_the_answer_itself_is_on_the_lan() -> None:
    text = events(event("ev-7", video(protocol="rtsp", address="192.168.1.64", port="554")))
    (camera,) = parse(text, "http://192.168.1.10:8080/Marti/api/cot/xml")
    assert camera.stream_url == "rtsp://192.168.1.64:554"


def test_other_events_and_lists_are_not_taken_as_tak() -> None:
    # A calendar's events (no CoT point/detail) and a videoConnections key holding no
    # connections with feeds are left to the other readers.
    calendar = {"event": [{"title": "Festival Magic Land", "link": "https://kutimkab.example/a/1"}]}
    assert tak_xml_records("events", calendar, public=True) is None
    assert tak_xml_records("videoConnections", {"count": "3"}, public=True) is None
    assert (
        tak_xml_records("rss", {"feed": [{"url": "https://a.example/x.m3u8"}]}, public=True) is None
    )
    assert tak_connection_feeds({"videoConnections": [{"count": 3}, {"count": 5}]}) is None
    assert tak_connection_feeds({"cameras": [{"feeds": []}]}) is None


def test_marker_with_whole_lan_url_in_public_answer_is_refused_even_alone() -> None:
    assert parse(events(event("ev-8", video("rtsp://10.0.0.9:554/ch1")))) == ()


@pytest.mark.parametrize("port", ["²", "٥٥٤", "123456", True, 0, "-1"])
def test_a_port_written_otherwise_than_ascii_digits_in_range_is_left_out(port: object) -> None:
    """A port of another script's digits, out of range or a boolean gives no port, no error."""
    entry = {"protocol": "rtsp", "address": "cam.kutimkab.example", "port": port, "path": "/a"}
    assert connection_url(entry) == "rtsp://cam.kutimkab.example/a"  # type: ignore[dict-item]
