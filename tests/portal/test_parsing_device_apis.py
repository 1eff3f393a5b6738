"""Recorders' own APIs: Reolink CGI channel status and UniFi Video API 2.0 camera lists."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.deviceapis import (
    octoprint_items,
    reolink_items,
    unifi_video_items,
)

REOLINK = "https://nvr.sangatta.example/cgi-bin/api.cgi?cmd=GetChannelstatus&token=abc"
UFV = "https://nvr.kutim.example:7443/api/2.0/camera"


def cameras(body: object, url: str) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=url, prettify=False).cameras


def _status(*channels: tuple[int, str, int]) -> dict[str, object]:
    rows = [
        {"channel": c, "name": n, "online": o, "sleep": 0, "typeInfo": "RLC-510A", "uid": ""}
        for c, n, o in channels
    ]
    return {"cmd": "GetChannelstatus", "code": 0, "value": {"count": len(rows), "status": rows}}


# --- Reolink ---------------------------------------------------------------------------


def test_reolink_channels_play_as_flv_on_the_api_origin() -> None:
    found = cameras([_status((0, "Simpang Sangatta", 1), (3, "Pelabuhan Maloy", 0))], REOLINK)
    assert [(c.id, c.name, c.online) for c in found] == [
        ("0", "Simpang Sangatta", True),
        ("3", "Pelabuhan Maloy", False),
    ]
    assert found[1].stream_url == (
        "https://nvr.sangatta.example/flv?port=1935&app=bcs&stream=channel3_main.bcs"
    )
    assert all("token" not in (c.stream_url or "") for c in found)


def test_reolink_other_commands_in_the_batch_are_no_cameras() -> None:
    body = [
        {"cmd": "GetDevInfo", "code": 0, "value": {"DevInfo": {"name": "NVR", "channelNum": 8}}},
        {"cmd": "GetAbility", "code": 1, "error": {"rspCode": -6, "detail": "please login"}},
        _status((0, "Pasar Induk", 1)),
    ]
    found = cameras(body, "http://nvr.kutim.example:8000/api.cgi?cmd=GetChannelstatus")
    assert [(c.id, c.stream_url) for c in found] == [
        ("0", "http://nvr.kutim.example:8000/flv?port=1935&app=bcs&stream=channel0_main.bcs")
    ]


def test_reolink_login_in_the_api_address_is_never_copied() -> None:
    items = reolink_items(
        [_status((1, "Dermaga", 1))], "https://admin:secret@nvr.kutim.example/api.cgi"
    )
    assert items == [
        {
            "id": "1",
            "name": "Dermaga",
            "stream_url": "https://nvr.kutim.example/flv?port=1935&app=bcs&stream=channel1_main.bcs",
            "status": True,
        }
    ]


def test_reolink_answer_without_channel_status_is_a_format_error() -> None:
    body = [{"cmd": "GetDevInfo", "code": 0, "value": {"DevInfo": {"model": "RLN8-410"}}}]
    with pytest.raises(PortalFormatError, match="Reolink CGI API answer to GetDevInfo"):
        cameras(body, REOLINK)
    failed = [{"cmd": "GetChannelstatus", "code": 1, "error": {"rspCode": -6, "detail": "x"}}]
    with pytest.raises(PortalFormatError, match="GetChannelstatus"):
        cameras(failed, REOLINK)


def test_reolink_bad_channels_are_skipped_and_lookalikes_are_not_read() -> None:
    body = _status((0, "Satu", 1), (0, "Dua", 1))
    status = body["value"]["status"]  # type: ignore[index]
    status.append({"channel": "x", "name": "Tiga", "online": 1})
    status.append({"channel": True, "name": "Empat", "online": 1})
    items = reolink_items([body], REOLINK)
    assert items is not None
    assert [i["id"] for i in items if isinstance(i, dict)] == ["0"]
    # A list of command-like objects without a result body is not Reolink's.
    assert reolink_items([{"cmd": "GetChannelstatus", "code": 0}], REOLINK) is None
    assert reolink_items({"cmd": "GetChannelstatus", "code": 0, "value": {}}, REOLINK) is None


# --- UniFi Video -----------------------------------------------------------------------


def _channel(number: int, on: bool, *uris: str) -> dict[str, object]:
    return {"id": str(number), "channel": number, "isRtspEnabled": on, "rtspUris": list(uris)}


def _camera(cid: str, name: str, state: str, *channels: dict[str, object]) -> dict[str, object]:
    return {
        "_id": cid,
        "name": name,
        "host": "10.0.0.21",
        "state": state,
        "deviceSettings": {"username": "ubnt", "password": "ubnt"},
        "channels": list(channels),
        "controllerHostAddress": "10.0.0.5",
    }


def test_unifi_video_first_rtsp_channel_on_the_api_host_and_snapshot() -> None:
    body = {
        "data": [
            _camera(
                "a1",
                "Lobi",
                "CONNECTED",
                _channel(0, False, "rtsp://10.0.0.5:7447/a1_0"),
                _channel(1, True, "rtsp://10.0.0.5:7447/a1_1"),
            ),
            _camera("b2", "Parkir", "DISCONNECTED", _channel(0, False), _channel(1, False)),
        ],
        "meta": {"totalCount": 2, "filteredCount": 2},
    }
    found = cameras(body, UFV)
    assert [(c.id, c.name, c.online) for c in found] == [
        ("a1", "Lobi", True),
        ("b2", "Parkir", False),
    ]
    assert found[0].stream_url == "rtsp://nvr.kutim.example:7447/a1_1"
    assert found[1].stream_url is None
    assert found[1].snapshot_url == (
        "https://nvr.kutim.example:7443/api/2.0/snapshot/camera/b2?force=true"
    )
    assert all("10.0.0" not in (c.stream_url or "") for c in found)
    assert all("ubnt" not in repr(c) for c in found)


def test_unifi_video_deleted_and_odd_addresses() -> None:
    body = {
        "data": [
            {
                **_camera("c3", "Lama", "CONNECTED", _channel(0, True, "rtsp://x/c3_0")),
                "deleted": True,
            },
            _camera("d4", "Jalan", "CONNECTING", _channel(0, True, "rtmp://x/d4", "rtsp://x/a/b")),
        ],
        "meta": {},
    }
    items = unifi_video_items(body, "http://nvr.kutim.example:7080/sub/api/2.0/camera")
    assert items == [
        {
            "id": "d4",
            "name": "Jalan",
            "stream_url": None,
            "snapshot": "http://nvr.kutim.example:7080/sub/api/2.0/snapshot/camera/d4?force=true",
            "status": None,
        }
    ]


def test_unifi_video_lookalikes_are_not_read() -> None:
    # A recordings list has _id records but no encoder channels; Protect's cameras use id.
    recordings = {"data": [{"_id": "r1", "cameras": ["a1"], "eventType": "motionRecording"}]}
    assert unifi_video_items({**recordings, "meta": {}}, UFV) is None
    no_meta = {"data": [_camera("a1", "Lobi", "CONNECTED", _channel(0, True))]}
    assert unifi_video_items(no_meta, UFV) is None
    with pytest.raises(PortalFormatError):
        cameras({**recordings, "meta": {"totalCount": 1}}, UFV)


# --- OctoPrint -------------------------------------------------------------------------

OCTO = "https://octopi.kutim.example/api/settings"


def _settings(webcam: dict[str, object], **plugins: object) -> dict[str, object]:
    return {
        "appearance": {"name": "Printer Lab", "color": "blue"},
        "feature": {"sdSupport": True},
        "folder": {"watched": "/home/pi/.octoprint/watched"},
        "plugins": plugins,
        "temperature": {"profiles": [{"bed": 60, "extruder": 200, "name": "PLA"}]},
        "webcam": webcam,
    }


CORE = {
    "webcamEnabled": True,
    "streamUrl": "/webcam/?action=stream",
    "snapshotUrl": "http://127.0.0.1:8080/?action=snapshot",
    "bitrate": "10000k",
}


def test_octoprint_core_webcam_is_one_camera_without_its_loopback_snapshot() -> None:
    found = cameras(_settings(CORE), OCTO)
    assert len(found) == 1
    assert found[0].name == "Printer Lab"
    assert found[0].id.startswith("k-")
    assert found[0].mjpeg_url == "https://octopi.kutim.example/webcam/?action=stream"
    assert found[0].snapshot_url is None


def test_octoprint_multicam_profiles_are_the_cameras() -> None:
    profiles = [
        {
            "name": "Default",
            "URL": "/webcam/?action=stream",
            "snapshot": "/webcam/?action=snapshot",
        },
        {"name": "Lorong", "URL": "/webcam2/?action=stream", "snapshot": ""},
        {"name": "Gudang", "URL": "http://192.168.1.50:8081/?action=stream", "snapshot": ""},
        {"name": "Luar", "URL": "http://cam.kutim.example:8081/?action=stream"},
    ]
    found = cameras(_settings(CORE, multicam={"multicam_profiles": profiles}), OCTO)
    assert [(c.name, c.mjpeg_url, c.snapshot_url) for c in found] == [
        (
            "Default",
            "https://octopi.kutim.example/webcam/?action=stream",
            "https://octopi.kutim.example/webcam/?action=snapshot",
        ),
        ("Lorong", "https://octopi.kutim.example/webcam2/?action=stream", None),
        ("Luar", "http://cam.kutim.example:8081/?action=stream", None),
    ]
    assert all(c.id.startswith("k-") for c in found)


def test_octoprint_on_the_local_network_keeps_its_neighbours_and_lookalikes() -> None:
    local = "http://192.168.1.10/api/settings"
    items = octoprint_items(_settings(CORE), local)
    assert items == [
        {
            "name": "Printer Lab",
            "stream_url": "http://192.168.1.10/webcam/?action=stream",
            "snapshot": "http://127.0.0.1:8080/?action=snapshot",
        }
    ]
    # A webcam section alone, or beside fewer OctoPrint sections, is not OctoPrint's answer.
    assert octoprint_items({"webcam": CORE}, OCTO) is None
    assert octoprint_items({"webcam": CORE, "appearance": {}, "folder": {}}, OCTO) is None
    assert octoprint_items(_settings({"enabled": True}), OCTO) is None
    assert octoprint_items(_settings({**CORE, "webcamEnabled": False}), OCTO) == []
    creds = {**CORE, "streamUrl": "http://user:pw@cam.kutim.example/?action=stream"}
    assert octoprint_items(_settings({**creds, "snapshotUrl": ""}), OCTO) == []


def test_octoprint_public_answer_never_reads_a_non_public_host_in_any_spelling() -> None:
    # Shared (CGNAT), loopback in IPv4-mapped, decimal and short forms, single-label and
    # cloud-metadata names, the documentation range: none is on a public host.
    profiles = [
        {
            "name": "Satu",
            "URL": "http://[::ffff:127.0.0.1]:8080/?action=stream",
            "snapshot": "http://100.64.3.4/snap.jpg",
        },
        {
            "name": "Dua",
            "URL": "http://printer/webcam2/?action=stream",
            "snapshot": "http://2130706433/snap.jpg",
        },
        {"name": "Tiga", "snapshot": "http://metadata.google.internal/computeMetadata/v1/"},
        {"name": "Empat", "snapshot": "http://127.1/snap.jpg"},
        {"name": "Lima", "URL": "http://203.0.113.45:8081/"},
        {"name": "Luar", "URL": "https://cam.kutim.example/?action=stream"},
    ]
    body = _settings(CORE, multicam={"multicam_profiles": profiles})
    body["api"] = {"allowCrossOrigin": False}
    body["serial"] = {"port": "/dev/ttyUSB0"}
    url = "https://print.kutim.example/api/settings"
    items = octoprint_items(body, url)
    assert items == [
        {"name": "Luar", "stream_url": "https://cam.kutim.example/?action=stream", "snapshot": None}
    ]
    found = cameras(body, url)
    assert [(c.name, c.mjpeg_url or c.stream_url) for c in found] == [
        ("Luar", "https://cam.kutim.example/?action=stream")
    ]


def test_reolink_shaped_batch_of_another_api_is_left_to_the_generic_reader() -> None:
    body = [
        {
            "cmd": "listCameras",
            "code": 0,
            "value": {
                "cameras": [
                    {
                        "id": "c1",
                        "name": "Simpang Tiga",
                        "hls": "https://cctv.kutim.example/hls/c1/index.m3u8",
                    },
                    {
                        "id": "c2",
                        "name": "Taman Bersemi",
                        "hls": "https://cctv.kutim.example/hls/c2/index.m3u8",
                    },
                ]
            },
        }
    ]
    url = "https://api.kutim.example/cgi-bin/api.cgi"
    assert reolink_items(body, url) is None
    found = cameras(body, url)
    assert [(c.name, c.stream_url) for c in found] == [
        ("Simpang Tiga", "https://cctv.kutim.example/hls/c1/index.m3u8"),
        ("Taman Bersemi", "https://cctv.kutim.example/hls/c2/index.m3u8"),
    ]
    # Get…-named commands whose results carry none of Reolink's keys are not claimed either.
    other = [{"cmd": "GetCameras", "code": 0, "value": {"cameras": []}}]
    assert reolink_items(other, url) is None
    # Reolink's own answers are still read (and still end in the hint when they list nothing).
    assert reolink_items([_status((2, "Pasar Induk", 1))], url) is not None
    with pytest.raises(PortalFormatError, match="Reolink CGI API answer to GetDevInfo"):
        reolink_items([{"cmd": "GetDevInfo", "code": 0, "value": {"DevInfo": {}}}], url)


def test_reolink_channel_named_by_an_address_has_no_name() -> None:
    body = _status(
        (0, "rtsp://admin:pw@192.168.1.20/h264", 1),
        (1, "admin:pw@192.168.1.21", 1),
        (2, "192.168.1.22:554", 1),
        (3, "Dermaga Maloy", 1),
    )
    items = reolink_items([body], REOLINK)
    assert items is not None
    assert [i.get("name") for i in items if isinstance(i, dict)] == [
        None,
        None,
        None,
        "Dermaga Maloy",
    ]
    found = cameras([body], REOLINK)
    assert len(found) == 4
    assert all("192.168" not in (c.name or "") and "***" not in (c.name or "") for c in found)
