"""NVRs and media servers read by their own list APIs: motionEye, Blue Iris, Agent DVR,
OvenMediaEngine, MistServer and Node-Media-Server; nginx-rtmp statistics and unknown
server answers end in a format error saying what was found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import MAX_CAMERAS, Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

SECRET = "RahasiaKutim1"
LAN_INPUT = f"rtsp://admin:{SECRET}@192.168.1.20:554/Streaming/Channels/101"
FIXTURES = Path(__file__).parent / "fixtures" / "servers"


def cameras(body: object, base: str) -> tuple[Camera, ...]:
    """Parse a value as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _no_input(found: tuple[Camera, ...]) -> None:
    """Assert no camera carries a server's input address or its credentials."""
    text = repr(found)
    assert SECRET not in text
    assert "192.168." not in text
    assert "rtsp://" not in text


# --- motionEye --------------------------------------------------------------


def _me(cid: object, stream_port: object, **extra: object) -> dict[str, object]:
    return {"id": cid, "name": f"Kamera {cid}", "proto": "netcam", "url": LAN_INPUT,
            "streaming_port": stream_port, "video_streaming": True, **extra}  # fmt: skip


@pytest.mark.parametrize(
    ("url", "base", "host"),
    [
        ("http://me.kutim.example:8765/config/list", "http://me.kutim.example:8765", "me.kutim.example"),
        ("https://kutim.example/cctv/motion/config/list?_=1", "https://kutim.example/cctv/motion", "kutim.example"),
        ("http://[2001:db8::5]:8765/config/list", "http://[2001:db8::5]:8765", "[2001:db8::5]"),
    ],
)  # fmt: skip
def test_motioneye_cameras_give_motion_mjpeg_and_picture(url: str, base: str, host: str) -> None:
    """MJPEG from motion's streaming port over http, the still from motionEye itself."""
    body = {"cameras": [_me(1, 8081), _me(2, "8082", enabled=True), _me(3, 8083, enabled=False),
                        _me(4, 8084, video_streaming=False), _me(5, 0), _me(6, 99999)]}  # fmt: skip
    found = cameras(body, url)
    assert [(c.id, c.raw_name, c.mjpeg_url, c.snapshot_url, c.stream_url) for c in found] == [
        ("1", "Kamera 1", f"http://{host}:8081/", f"{base}/picture/1/current/", None),
        ("2", "Kamera 2", f"http://{host}:8082/", f"{base}/picture/2/current/", None),
    ]
    _no_input(found)


def test_motioneye_one_camera_configuration_is_that_camera() -> None:
    """GET /config/{id}/get answers with one camera's configuration."""
    found = cameras(_me(7, 9081), "http://me.kutim.example:8765/config/7/get/")
    assert [(c.id, c.mjpeg_url) for c in found] == [("7", "http://me.kutim.example:9081/")]
    _no_input(found)


def test_motioneye_remote_camera_host_is_never_read() -> None:
    """A remote motionEye camera names its LAN host: an input, not where it is played."""
    remote = _me(2, 9082, proto="motioneye", host="10.20.0.30", port=8765)
    found = cameras({"cameras": [remote]}, "https://kutim.example/config/list")
    assert [c.mjpeg_url for c in found] == ["http://kutim.example:9082/"]
    assert "10.20.0.30" not in repr(found)


# --- Blue Iris --------------------------------------------------------------


def _bi(short: str, display: str, **extra: object) -> dict[str, object]:
    return {"optionDisplay": display, "optionValue": short, "isEnabled": True, "isOnline": True,
            "FPS": 10, "ip": "192.168.1.64", "user": "admin", "pass": SECRET, **extra}  # fmt: skip


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://bi.kutim.example:81/json", "http://bi.kutim.example:81"),
        ("https://kutim.example/bi/json/", "https://kutim.example/bi"),
        ("https://kutim.example/blueiris/camlist.json", "https://kutim.example/blueiris"),
    ],
)
def test_blueiris_camlist_gives_hls_and_image(url: str, base: str) -> None:
    """Cameras by short name; groups, cycles and disabled cameras are not cameras."""
    body = {
        "result": "success",
        "session": "0123456789abcdef",
        "data": [
            _bi("Index", "+Semua", group=["simpang", "pasar"]),
            _bi("@Index", "+Cycle"),
            _bi("simpang", "Simpang Tiga"),
            _bi("pasar induk", "Pasar Induk", isOnline=False),
            _bi("mati", "Gudang", isEnabled=False),
            _bi("..", "Naik"),
        ],
    }
    found = cameras(body, url)
    assert [(c.id, c.raw_name, c.stream_url, c.snapshot_url, c.online) for c in found] == [
        ("simpang", "Simpang Tiga", f"{base}/h264/simpang/temp.m3u8", f"{base}/image/simpang", True),
        ("pasar induk", "Pasar Induk", f"{base}/h264/pasar%20induk/temp.m3u8",
         f"{base}/image/pasar%20induk", False),
    ]  # fmt: skip
    _no_input(found)


def test_blueiris_short_names_cannot_leave_the_server_path() -> None:
    """A short name holding slashes or a query stays one quoted path segment."""
    body = {"data": [_bi("a/../../admin?x=1", "Aneh")]}
    found = cameras(body, "http://bi.kutim.example:81/json")
    assert [c.stream_url for c in found] == [
        "http://bi.kutim.example:81/h264/a%2F..%2F..%2Fadmin%3Fx%3D1/temp.m3u8"
    ]


# --- Agent DVR --------------------------------------------------------------


def _agent(oid: int, kind: int, online: bool = True) -> dict[str, object]:
    return {"id": oid, "typeID": kind, "name": f"Objek {oid}",
            "data": {"online": online, "connected": online, "ptzid": -1}}  # fmt: skip


@pytest.mark.parametrize(
    ("url", "root"),
    [
        ("http://agent.kutim.example:8090/command.cgi?cmd=getObjects", "http://agent.kutim.example:8090"),
        ("https://kutim.example/agent/command/getObjects", "https://kutim.example/agent"),
        ("http://agent.kutim.example:8090/q.json?cmd=getobjects", "http://agent.kutim.example:8090"),
    ],
)  # fmt: skip
def test_agentdvr_objects_give_cameras_only(url: str, root: str) -> None:
    """Type 2 objects are cameras (microphones share their ids); MJPEG and still by oid."""
    body = {"objectList": [_agent(1, 2), _agent(1, 1), _agent(2, 2, online=False)]}
    found = cameras(body, url)
    assert [(c.id, c.mjpeg_url, c.snapshot_url, c.online) for c in found] == [
        ("1", f"{root}/video.mjpg?oid=1", f"{root}/grab.jpg?oid=1", True),
        ("2", f"{root}/video.mjpg?oid=2", f"{root}/grab.jpg?oid=2", False),
    ]


def _nothing(body: object, url: str) -> None:
    """Assert an answer gives no camera: an empty list or a format error, never a crash."""
    try:
        found = cameras(body, url)
    except PortalFormatError:
        return
    assert found == ()


def test_agentdvr_camera_list_without_numbered_ids_has_no_camera() -> None:
    """An object id that is not a number is not an Agent DVR camera (no oid to ask for)."""
    body = {"cameras": [{"id": "x&oid=9", "typeID": 2, "name": "Aneh", "data": {}}]}
    _nothing(body, "http://agent.kutim.example:8090/command/getObjects")


# --- OvenMediaEngine --------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://ome.kutim.example:8081/v1/vhosts/default/apps/cctv/streams", "http://ome.kutim.example:3333"),
        ("https://ome.kutim.example:8082/v1/vhosts/default/apps/cctv/streams", "https://ome.kutim.example:3334"),
        ("https://kutim.example/ome/v1/vhosts/default/apps/cctv/streams/", "https://kutim.example/ome"),
    ],
)  # fmt: skip
def test_ome_stream_names_give_llhls(url: str, base: str) -> None:
    """Each stream name plays at /{app}/{stream}/llhls.m3u8 on the publisher port."""
    body = {"statusCode": 200, "message": "OK", "response": ["simpang", "pasar induk", 7, ".."]}
    found = cameras(body, url)
    assert [(c.id, c.stream_url) for c in found] == [
        ("simpang", f"{base}/cctv/simpang/llhls.m3u8"),
        ("pasar induk", f"{base}/cctv/pasar%20induk/llhls.m3u8"),
    ]


def test_ome_one_stream_never_reads_its_input() -> None:
    """GET …/streams/{name}: the stream itself; its pulled input is never the stream."""
    body = {
        "statusCode": 200,
        "message": "OK",
        "response": {
            "name": "terminal",
            "input": {"sourceType": "RtspPull", "sourceUrl": LAN_INPUT},
            "outputs": [{"name": "terminal"}],
        },
    }
    found = cameras(
        body, "http://ome.kutim.example:8081/v1/vhosts/default/apps/live/streams/terminal"
    )
    assert [c.stream_url for c in found] == [
        "http://ome.kutim.example:3333/live/terminal/llhls.m3u8"
    ]
    _no_input(found)


def test_ome_application_list_is_not_a_stream_list() -> None:
    """The same envelope listing applications (/apps) gives no camera."""
    body = {"statusCode": 200, "message": "OK", "response": ["app", "cctv"]}
    with pytest.raises(PortalFormatError):
        cameras(body, "http://ome.kutim.example:8081/v1/vhosts/default/apps")


# --- MistServer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://mist.kutim.example:4242/api", "http://mist.kutim.example:8080"),
        ("https://kutim.example/mist/api2", "https://kutim.example/mist"),
    ],
)
def test_mistserver_streams_give_hls_never_their_source(url: str, base: str) -> None:
    """Configured streams play at /hls/{stream}/index.m3u8; sources are never read."""
    body = {
        "authorize": {"status": "OK"},
        "streams": {
            "simpang": {"name": "simpang", "source": LAN_INPUT, "online": 1},
            "pasar": {"name": "pasar", "source": "push://", "online": 0},
            "boot": {"name": "boot", "source": "rtmp://10.0.0.2/live/x", "online": 2},
        },
    }
    found = cameras(body, url)
    assert [(c.id, c.stream_url, c.online) for c in found] == [
        ("simpang", f"{base}/hls/simpang/index.m3u8", True),
        ("pasar", f"{base}/hls/pasar/index.m3u8", False),
        ("boot", f"{base}/hls/boot/index.m3u8", None),
    ]
    _no_input(found)


# --- Node-Media-Server ------------------------------------------------------


def test_node_media_server_streams_give_http_flv() -> None:
    """Streams keyed by app and name play as /{app}/{name}.flv; publishers' IPs unread."""
    publisher = {"app": "live", "stream": "s", "clientId": "A1", "ip": "::ffff:192.168.3.4"}
    body = {
        "live": {
            "simpang": {"publisher": publisher, "subscribers": []},
            "menunggu": {"publisher": None, "subscribers": [{"ip": "::ffff:10.0.0.9"}]},
        },
        "cctv": {"pasar": {"publisher": publisher, "subscribers": []}},
    }
    found = cameras(body, "https://kutim.example/nms/api/streams")
    assert [(c.id, c.raw_name, c.stream_url, c.online) for c in found] == [
        ("live/simpang", "simpang", "https://kutim.example/nms/live/simpang.flv", True),
        ("live/menunggu", "menunggu", "https://kutim.example/nms/live/menunggu.flv", False),
        ("cctv/pasar", "pasar", "https://kutim.example/nms/cctv/pasar.flv", True),
    ]
    assert "192.168." not in repr(found) and "10.0.0.9" not in repr(found)


# --- nginx-rtmp statistics --------------------------------------------------


def test_nginx_rtmp_stat_says_what_it_lists() -> None:
    """The statistics page names streams but no playback address: a clear format error."""
    text = (FIXTURES / "nginx_rtmp_stat.xml").read_text(encoding="utf-8")
    with pytest.raises(PortalFormatError, match="nginx-rtmp") as err:
        cameras(text, "http://rtmp.kutim.example:8080/stat")
    message = str(err.value)
    assert "2 live stream(s) in 1 application(s)" in message
    assert SECRET not in message and "192.168." not in message and "simpang" not in message


def test_nginx_rtmp_stat_without_declaration_is_recognised() -> None:
    """A bare <rtmp> document (no XML declaration or stylesheet) says the same."""
    text = "<rtmp><nginx_version>1.25</nginx_version><server></server></rtmp>"
    with pytest.raises(PortalFormatError, match="0 live stream"):
        cameras(text, "http://rtmp.kutim.example/stat")


def test_huge_nginx_rtmp_stat_is_bounded() -> None:
    """Counting a huge statistics page stays bounded and still says what it is."""
    text = "<rtmp><server>" + "<stream><name>x</name></stream>" * 400_000 + "</server></rtmp>"
    with pytest.raises(PortalFormatError, match="nginx-rtmp"):
        cameras(text, "http://rtmp.kutim.example/stat")


# --- caps and hostile answers -----------------------------------------------


def test_server_lists_are_capped() -> None:
    """Huge lists of every new server kind stay within the camera cap."""
    many = MAX_CAMERAS + 500
    bodies = [
        ({"data": [_bi(f"c{i}", f"K {i}") for i in range(many)]}, "http://bi.kutim.example/json"),
        ({"statusCode": 200, "response": [f"s{i}" for i in range(many)]},
         "http://ome.kutim.example:8081/v1/vhosts/d/apps/a/streams"),
        ({"streams": {f"s{i}": {"name": f"s{i}", "source": "push://"} for i in range(many)}},
         "http://mist.kutim.example:4242/api"),
        ({"status": 1, "payload": {f"s{i}": _rtw(f"K {i}", "0") for i in range(many)}},
         "http://rtw.kutim.example:8083/streams"),
        ({"objectList": [_agent(i, 2) for i in range(many)]},
         "http://agent.kutim.example:8090/command.cgi?cmd=getObjects"),
    ]  # fmt: skip
    for body, url in bodies:
        parsed = parse_body(json.dumps(body), profile=Profile.AUTO, base_url=url, prettify=False)
        assert len(parsed.cameras) == MAX_CAMERAS
        assert parsed.capped


@pytest.mark.parametrize(
    ("body", "url"),
    [
        ({"cameras": [{"id": None, "streaming_port": "x", "proto": 5}]}, "http://me.kutim.example/config/list"),
        ({"data": [{"optionValue": None, "optionDisplay": ["x"]}]}, "http://bi.kutim.example/json"),
        ({"statusCode": 200, "response": {"name": {"x": 1}}}, "http://o.kutim.example:8081/v1/vhosts/d/apps/a/streams/x"),
        ({"streams": {"a": {"name": "b", "source": 1}}}, "http://mist.kutim.example:4242/api"),
        ({"live": {"a": {"publisher": 1}}}, "http://nms.kutim.example/api/streams"),
    ],
)  # fmt: skip
def test_malformed_server_answers_give_no_camera(body: object, url: str) -> None:
    """Broken server answers give no camera (or a format error), never a crash."""
    _nothing(body, url)


# --- unknown servers ---------------------------------------------------------


def test_unknown_server_answer_names_media_and_input_fields() -> None:
    """An answer of no known server says which fields looked like media and like inputs."""
    body = {
        "channels": [
            {"label": "Simpang", "ingest": LAN_INPUT, "relay": "rtmp://ingest.kutim.example/live/a",
             "device": "http://admin:x@cam.kutim.example/", "thumb_path": "thumbs/a"},
            {"label": "Pasar", "ingest": "rtsp://10.1.2.3/h264", "relay": "srt://10.1.2.3:9000",
             "device": "http://192.168.7.7/", "thumb_path": "thumbs/b"},
        ]
    }  # fmt: skip
    with pytest.raises(PortalFormatError) as err:
        cameras(body, "https://kutim.example/api/channels")
    message = str(err.value)
    assert "fields that looked like media: thumb_path" in message
    assert "fields that looked like inputs" in message
    for field in ("ingest", "relay", "device"):
        assert field in message.split("inputs", 1)[1]
    assert SECRET not in message and "10.1.2.3" not in message and "admin" not in message


@pytest.mark.parametrize(
    "address",
    ["rtsp://10.1.2.3/h264", "http://192.168.7.7/snap.jpg", "http://127.0.0.1:8080/live.m3u8",
     "http://169.254.169.254/latest.jpg", "rtsp://[fd00::7]/live", "http://0x7f000001/a.m3u8"],
)  # fmt: skip
def test_lan_address_in_an_unknown_field_is_never_media(address: str) -> None:
    """A device's own LAN address under an unknown field name is an input, not a stream."""
    body = [{"label": "Simpang", "feed": address}, {"label": "Pasar", "feed": address}]
    with pytest.raises(PortalFormatError, match="looked like inputs"):
        cameras(body, "https://kutim.example/api/channels")


@pytest.mark.parametrize(
    "base",
    ["http://192.168.1.5/api/channels", "http://nvr.local/api", "http://recorder/api"],
)
def test_lan_portal_still_reads_lan_addresses(base: str) -> None:
    """A list served from the local network (the user's own recorder) keeps LAN media."""
    body = [
        {"label": "Simpang", "feed": "http://192.168.1.5/live/simpang.m3u8"},
        {"label": "Pasar", "feed": "http://192.168.1.6/live/pasar.m3u8"},
    ]
    found = cameras(body, base)
    assert [c.stream_url for c in found] == [
        "http://192.168.1.5/live/simpang.m3u8",
        "http://192.168.1.6/live/pasar.m3u8",
    ]


def test_public_addresses_in_unknown_fields_are_still_read() -> None:
    """Value-based reading of public media addresses is unchanged."""
    body = [{"label": "Simpang", "feed": "rtsp://cctv.kutim.example/simpang"}]
    found = cameras(body, "https://kutim.example/api/channels")
    assert [c.stream_url for c in found] == ["rtsp://cctv.kutim.example/simpang"]


def test_nginx_http_flv_stat_says_what_it_lists() -> None:
    """nginx-http-flv's statistics page (root <http-flv>, CRLF lines) is refused the same way."""
    text = (
        '<?xml version="1.0" encoding="utf-8" ?>\r\n<http-flv>\r\n'
        "<nginx_version>1.25.3</nginx_version>\r\n<nginx_http_flv_version>1.2.11"
        "</nginx_http_flv_version>\r\n<server><application><name>live</name><live>"
        "<stream><name>simpang</name></stream></live></application></server></http-flv>"
    )
    with pytest.raises(PortalFormatError, match="1 live stream"):
        cameras(text, "http://flv.kutim.example/stat")


# --- MediaMTX before 1.0 and MistServer's live streams ----------------------


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://mtx.kutim.example:9997/v1/paths/list", "http://mtx.kutim.example:8888"),
        ("https://kutim.example/mtx/v2/paths/list", "https://kutim.example/mtx"),
        ("https://kutim.example/mtx/v1/paths/list", "https://kutim.example/mtx"),
    ],
)
def test_mediamtx_source_ready_paths_give_hls(url: str, base: str) -> None:
    """Paths written with sourceReady (before 1.0) are read; configured sources never are."""
    conf = {"source": LAN_INPUT, "sourceOnDemand": False}
    body = {
        "items": {
            "simpang": {"confName": "simpang", "conf": conf, "source": {"type": "rtspSource"},
                        "sourceReady": True, "readers": []},
            "pasar": {"confName": "pasar", "conf": conf, "source": None, "sourceReady": False},
        }
    }  # fmt: skip
    found = cameras(body, url)
    assert [(c.id, c.stream_url, c.online) for c in found] == [
        ("simpang", f"{base}/simpang/index.m3u8", True),
        ("pasar", f"{base}/pasar/index.m3u8", False),
    ]
    _no_input(found)


def test_mistserver_active_streams_are_live_cameras() -> None:
    """{"active_streams": true} answers with the names of the streams live now."""
    body = {"authorize": {"status": "OK"}, "active_streams": ["simpang", 5, "live+pasar", ".."]}
    found = cameras(body, "http://mist.kutim.example:4242/api")
    assert [(c.id, c.stream_url, c.online) for c in found] == [
        ("simpang", "http://mist.kutim.example:8080/hls/simpang/index.m3u8", True),
        ("live+pasar", "http://mist.kutim.example:8080/hls/live%2Bpasar/index.m3u8", True),
    ]


def test_a_plain_active_streams_list_is_not_mistserver() -> None:
    """Without MistServer's authorize block, an active_streams list is no server answer."""
    _nothing({"active_streams": ["simpang"]}, "https://kutim.example/api/status")


def test_srs_client_sessions_are_not_cameras() -> None:
    """SRS' client list names players and publishers (their IPs, tcUrl): a format error."""
    body = {
        "code": 0,
        "server": "vid-1",
        "service": "x1",
        "pid": "7",
        "clients": [
            {"id": "c1", "vhost": "vid-1", "stream": "vid-2", "ip": "192.168.1.4",
             "tcUrl": "rtmp://10.0.0.2/live", "url": "/live/simpang", "name": "simpang",
             "type": "fmle-publish", "publish": True, "alive": 12.3},
            {"id": "c2", "vhost": "vid-1", "stream": "vid-2", "ip": "10.0.0.9",
             "url": "/live/simpang", "name": "simpang", "type": "flv-play", "publish": False},
        ],
    }  # fmt: skip
    with pytest.raises(PortalFormatError, match="SRS list of 2 client session"):
        cameras(body, "http://srs.kutim.example:1985/api/v1/clients/")


# --- RTSPtoWeb ----------------------------------------------------------------


def _rtw(name: str, *channels: str) -> dict[str, object]:
    chans = {
        c: {"name": f"ch{c}", "url": LAN_INPUT, "on_demand": True, "status": 0} for c in channels
    }
    return {"name": name, "channels": chans}


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://rtw.kutim.example:8083/streams", "http://rtw.kutim.example:8083"),
        ("https://kutim.example/rtw/streams?x=1", "https://kutim.example/rtw"),
    ],
)
def test_rtsptoweb_streams_give_hls_of_the_main_channel(url: str, base: str) -> None:
    """One camera per stream, channel 0 (else the lowest); channel URLs are never read."""
    body = {
        "status": 1,
        "payload": {
            "simpang": _rtw("Simpang Tiga", "0", "1"),
            "pasar": _rtw("Pasar Induk", "2", "10"),
            "kosong": {"name": "Kosong", "channels": {}},
            "../x": _rtw("Naik", "0"),
        },
    }
    found = cameras(body, url)
    assert [(c.id, c.raw_name, c.stream_url) for c in found] == [
        ("simpang", "Simpang Tiga", f"{base}/stream/simpang/channel/0/hls/live/index.m3u8"),
        ("pasar", "Pasar Induk", f"{base}/stream/pasar/channel/2/hls/live/index.m3u8"),
        ("../x", "Naik", f"{base}/stream/..%2Fx/channel/0/hls/live/index.m3u8"),
    ]
    _no_input(found)


def test_rtsptoweb_stream_info_is_the_stream_of_the_url() -> None:
    """GET /stream/{id}/info: the one stream, named by the id in its URL."""
    body = {"status": 1, "payload": _rtw("Taman Kota", "0")}
    found = cameras(body, "http://rtw.kutim.example:8083/stream/taman/info")
    assert [(c.id, c.stream_url) for c in found] == [
        ("taman", "http://rtw.kutim.example:8083/stream/taman/channel/0/hls/live/index.m3u8")
    ]
    _no_input(found)


def test_rtsptoweb_answer_without_numbered_channels_is_not_read() -> None:
    """Channels keyed by words are no RTSPtoWeb stream: nothing is invented."""
    body = {"status": 1, "payload": {"a": {"name": "A", "channels": {"utama": {"url": LAN_INPUT}}}}}
    _nothing(body, "http://rtw.kutim.example:8083/streams")


# --- ZLMediaKit ---------------------------------------------------------------


def _zlm(app: str, stream: str, schema: str, vhost: str = "__defaultVhost__") -> dict[str, object]:
    return {"app": app, "stream": stream, "schema": schema, "vhost": vhost, "originUrl": LAN_INPUT,
            "originSock": {"peer_ip": "192.168.1.20"}, "readerCount": 0}  # fmt: skip


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://zlm.kutim.example:8080/index/api/getMediaList?secret=s", "http://zlm.kutim.example:8080"),
        ("https://kutim.example/zlm/index/api/getMediaList", "https://kutim.example/zlm"),
    ],
)  # fmt: skip
def test_zlmediakit_streams_are_one_camera_each(url: str, base: str) -> None:
    """Each stream is listed per protocol: one camera, HLS at /{app}/{stream}/hls.m3u8."""
    body = {
        "code": 0,
        "data": [
            _zlm("live", "simpang", "rtsp"),
            _zlm("live", "simpang", "rtmp"),
            _zlm("live", "simpang", "hls"),
            _zlm("rekam/2026", "pasar", "rtsp"),
            _zlm("..", "naik", "rtsp"),
            _zlm("live", "..", "rtsp"),
        ],
    }
    found = cameras(body, url)
    assert [(c.id, c.raw_name, c.stream_url) for c in found] == [
        ("live/simpang", "simpang", f"{base}/live/simpang/hls.m3u8"),
        ("rekam/2026/pasar", "pasar", f"{base}/rekam/2026/pasar/hls.m3u8"),
    ]
    _no_input(found)


def test_zlmediakit_huge_list_is_capped() -> None:
    """A huge media list of one stream per entry stays within the camera cap."""
    body = {"code": 0, "data": [_zlm("live", f"s{i}", "rtsp") for i in range(MAX_CAMERAS + 300)]}
    parsed = parse_body(
        json.dumps(body),
        profile=Profile.AUTO,
        base_url="http://zlm.kutim.example/index/api/getMediaList",
        prettify=False,
    )
    assert len(parsed.cameras) == MAX_CAMERAS
    assert parsed.capped


def test_a_city_list_keyed_by_name_with_sources_is_not_mistserver() -> None:
    """A portal's own streams object (name and source URL) without MistServer's blocks is
    read as the portal wrote it, never given invented /hls/ addresses."""
    body = {
        "streams": {
            "simpang": {"name": "simpang", "source": "https://cdn.kutim.example/simpang.m3u8"}
        }
    }
    found = cameras(body, "https://kutim.example/api/cctv")
    assert "/hls/simpang/index.m3u8" not in repr(found)


def test_blueiris_field_spellings_of_client_libraries_are_read() -> None:
    """camlist fields re-serialised as optionsDisplay/optionsvalue still give the camera."""
    body = {"result": "success", "data": [{"optionsDisplay": "Simpang", "optionsvalue": "simp"}]}
    found = cameras(body, "http://bi.kutim.example:81/json")
    assert [(c.id, c.raw_name, c.stream_url) for c in found] == [
        ("simp", "Simpang", "http://bi.kutim.example:81/h264/simp/temp.m3u8")
    ]


def test_agentdvr_location_index_names_the_area_only_when_it_points_into_the_list() -> None:
    """locationIndex picks a name from locations[]; -1, too large or not a number: none."""
    objects = [
        dict(_agent(i, 2), locationIndex=index) for i, index in enumerate([0, 1, -1, 9, True, "0"])
    ]
    body = {"locations": [{"name": "Sangatta Utara"}, {"name": "Bengalon"}], "objectList": objects}
    found = cameras(body, "http://agent.kutim.example:8090/command.cgi?cmd=getObjects")
    assert [c.area for c in found] == ["Sangatta Utara", "Bengalon", None, None, None, None]
