"""Home-automation hubs' device lists: camera devices are cameras, other devices are not."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.hubdevices import hub_device_records

HUB = "https://hub.kecamatan.example/apps/api/12/devices/all?access_token=demo-12"
THINGS = "https://smarthome.kecamatan.example/rest/things"
LAN_HUB = "http://192.168.1.20/apps/api/12/devices/all?access_token=demo-12"


def device(device_id: str, label: str, attributes: Any, **fields: Any) -> dict[str, Any]:
    return {
        "name": fields.pop("driver", "go2rtc Camera"),
        "label": label,
        "type": "go2rtc Camera",
        "id": device_id,
        "room": fields.pop("room", "Bengalon"),
        "capabilities": ["ImageCapture", "VideoCapture", "Refresh"],
        "attributes": attributes,
        "commands": ["refresh", "take"],
        **fields,
    }


def thing(
    uid: str, label: str, configuration: dict[str, Any], status: str = "ONLINE"
) -> dict[str, Any]:
    return {
        "label": label,
        "configuration": configuration,
        "properties": {},
        "UID": uid,
        "thingTypeUID": uid.rsplit(":", 1)[0],
        "location": "Kaliorang",
        "channels": [],
        "statusInfo": {"status": status, "statusDetail": "NONE"},
        "editable": True,
    }


def records(value: Any, base_url: str = HUB) -> list[Any] | None:
    return hub_device_records(value, base_url)


def cameras(value: Any, base_url: str = HUB) -> tuple[Camera, ...]:
    return parse_body(json.dumps(value), profile=Profile.AUTO, base_url=base_url).cameras


def test_maker_api_attribute_map_label_room_stream_without_login() -> None:
    found = cameras(
        [
            device(
                "112",
                "CCTV Simpang Tiga",
                {
                    "video": "rtsp://pantau:rahasia@cctv.example:8554/simpang",
                    "source": "rtsp://admin:x@cctv-source.example:554/ch1",
                    "snapshotUrl": "https://cctv.example/api/frame.jpeg?src=simpang",
                    "image": "file:go2rtc-simpang.jpg",
                    "status": "offline",
                },
            )
        ]
    )
    assert len(found) == 1
    camera = found[0]
    assert (camera.id, camera.name, camera.area) == ("112", "CCTV Simpang Tiga", "Bengalon")
    assert camera.stream_url == "rtsp://cctv.example:8554/simpang"
    assert camera.snapshot_url == "https://cctv.example/api/frame.jpeg?src=simpang"
    assert camera.online is False
    assert "rahasia" not in repr(camera) and "cctv-source" not in repr(camera)


def test_maker_api_attribute_list_and_stream_json_text() -> None:
    stream = json.dumps(
        {
            "OutHomeURL": "rtsp://tamu:tamu@cam.example:554/Streaming/Channels/1",
            "InHomeURL": "rtsp://tamu:tamu@192.168.10.21:554/Streaming/Channels/1",
            "ThumbnailURL": "http://cdn.device-icons.example/camera/dlink-indoor@2x.png",
        }
    )
    attributes = [
        {"name": "stream", "currentValue": stream, "dataType": "STRING"},
        {"name": "image", "currentValue": "https://cam.example/picture.jpg", "dataType": "STRING"},
        {"name": "healthStatus", "currentValue": "online", "dataType": "ENUM"},
    ]
    (camera,) = cameras([device("31", "CCTV Gerbang", attributes, driver="Generic IP Camera")])
    assert camera.name == "CCTV Gerbang"
    assert camera.stream_url == "rtsp://cam.example:554/Streaming/Channels/1"
    assert camera.snapshot_url == "https://cam.example/picture.jpg"
    assert camera.online is True


def test_maker_api_single_device_answer() -> None:
    attributes = [{"name": "streamUrl", "currentValue": "https://cam.example/hls/a.m3u8"}]
    (camera,) = cameras(device("7", "CCTV Pasar", attributes, room=None))
    assert (camera.id, camera.area, camera.online) == ("7", None, None)
    assert camera.stream_url == "https://cam.example/hls/a.m3u8"


def test_maker_api_devices_without_media_are_no_cameras() -> None:
    switch = device("87", "Lampu Pos", {"switch": "on"}, driver="Virtual Switch")
    parent = device("119", "go2rtc Server", {"status": "online"}, driver="go2rtc Parent")
    placeholder = device("207", "Kamera Kantor", {"image": "n/a", "status": "offline"})
    clip = device(
        "46", "CCTV Pos Ronda", {"clip": "https://cam.example/clips/a.mp4", "image": "file:a.jpg"}
    )
    source_only = device("48", "CCTV Sumber", {"source": "rtsp://cam-source.example:554/ch1"})
    camera = device("112", "CCTV Simpang", {"video": "rtsp://cctv.example:8554/simpang"})
    found = records([switch, parent, placeholder, clip, source_only, camera])
    assert found is not None
    assert [record["id"] for record in found if isinstance(record, dict)] == ["112"]
    assert records([switch, parent]) == []
    assert cameras([switch, parent]) == ()


def test_maker_api_lan_media_refused_from_public_hub_kept_from_lan_hub() -> None:
    lan = device(
        "118",
        "CCTV Gerbang Kantor",
        {
            "video": "rtsp://192.168.20.5:8554/gerbang",
            "snapshotUrl": "http://192.168.20.5:1984/api/frame.jpeg?src=gerbang",
        },
    )
    assert cameras([lan]) == ()
    (camera,) = cameras([lan], LAN_HUB)
    assert camera.stream_url == "rtsp://192.168.20.5:8554/gerbang"


def test_records_of_other_shapes_are_not_hub_devices() -> None:
    # A JSON:API resource (type, id, attributes) has no capability list.
    resource = {
        "type": "camera",
        "id": "3",
        "label": "CCTV",
        "attributes": {"video": "https://x.example/a.m3u8"},
    }
    assert records([resource]) is None
    # One record of another shape among devices: the list is not a hub's.
    other = {"id": "9", "name": "CCTV", "stream": "https://x.example/b.m3u8"}
    hub = device("112", "CCTV Simpang", {"video": "rtsp://cctv.example:8554/simpang"})
    assert records([hub, other]) is None
    assert records([]) is None


def test_openhab_ipcamera_things_configuration_and_status() -> None:
    found = cameras(
        [
            thing(
                "ipcamera:hikvision:dermaga",
                "CCTV Dermaga &amp; Pasar",
                {
                    "ipAddress": "cam.example",
                    "username": "admin",
                    "password": "Rahasia#1",
                    "snapshotUrl": "http://cam.example/ISAPI/Streaming/channels/101/picture",
                    "mjpegUrl": "ffmpeg",
                    "ffmpegInput": "rtsp://admin:Rahasia#1@cam.example:554/Streaming/Channels/101",
                },
            ),
            thing(
                "ipcamera:DAHUA:gudang",
                "CCTV Gudang",
                {
                    "FFMPEG_INPUT": "rtsp://cam.example:5543/cam/realmonitor?channel=3&subtype=0",
                    "STREAM_URL_OVERRIDE": "http://cam.example:8082/cgi-bin/mjpg/video.cgi?channel=3",
                },
                status="OFFLINE",
            ),
            thing("ipcamera:generic:kosong", "CCTV Kosong", {"snapshotUrl": "", "ffmpegInput": ""}),
            thing("http:url:status", "Status", {"baseURL": "https://status.example/live.m3u8"}),
            thing(
                "kodi:kodi:layar",
                "Videotron",
                {"ipAddress": "videotron.example", "stream": "https://v.example/a.m3u8"},
            ),
        ],
        THINGS,
    )
    assert [camera.id for camera in found] == [
        "ipcamera:hikvision:dermaga",
        "ipcamera:DAHUA:gudang",
    ]
    first, second = found
    assert (first.name, first.area, first.online) == ("CCTV Dermaga & Pasar", "Kaliorang", True)
    assert first.stream_url == "rtsp://cam.example:554/Streaming/Channels/101"
    assert first.snapshot_url == "http://cam.example/ISAPI/Streaming/channels/101/picture"
    assert first.mjpeg_url is None  # the binding's "ffmpeg" placeholder is no address
    assert "Rahasia" not in repr(found)
    assert second.stream_url == "rtsp://cam.example:5543/cam/realmonitor?channel=3&subtype=0"
    assert second.mjpeg_url == "http://cam.example:8082/cgi-bin/mjpg/video.cgi?channel=3"
    assert second.online is False


def test_openhab_thing_status_other_than_online_offline_is_no_state() -> None:
    found = records(
        [
            thing(
                "ipcamera:generic:a",
                "CCTV A",
                {"ffmpegInput": "https://a.example/a.m3u8"},
                "UNKNOWN",
            )
        ]
    )
    assert found is not None and isinstance(found[0], dict)
    assert "online" not in found[0]


def test_bounded_attribute_scan() -> None:
    attributes = {f"attr{number}": "x" for number in range(500)}
    attributes["video"] = "rtsp://cctv.example:8554/late"
    assert records([device("1", "CCTV", attributes)]) == []


def test_openhab_lan_thing_refused_from_public_server_metadata_always() -> None:
    lan = thing(
        "ipcamera:instar:kantor",
        "CCTV Kantor",
        {
            "ffmpegInput": "rtsp://admin:x@192.168.1.64:554/12",
            "snapshotUrl": "http://192.168.1.64/snap.jpg",
        },
    )
    metadata = thing(
        "ipcamera:generic:meta",
        "CCTV Meta",
        {"snapshotUrl": "http://169.254.169.254/latest/meta-data/"},
    )
    assert records([lan, metadata], THINGS) == []
    kept = records([lan, metadata], "http://192.168.1.10:8080/rest/things")
    assert kept is not None
    assert [record["id"] for record in kept if isinstance(record, dict)] == [
        "ipcamera:instar:kantor"
    ]


def test_maker_api_device_without_label_is_not_named_by_its_driver() -> None:
    # ``name`` is the driver's, the same for every device: an unlabelled device is named
    # as any unnamed record is, by its room and id.
    def unlabelled(device_id: str, label: Any) -> dict[str, Any]:
        attributes = {"image": f"https://c.example.com/{device_id}.jpg"}
        return device(device_id, label, attributes, driver="Generic IP Camera", room="Porch")

    for label in (None, ""):
        found = cameras([unlabelled("1", label), unlabelled("2", label)])
        assert [(c.id, c.name, c.area, c.snapshot_url) for c in found] == [
            ("1", "Porch 1", "Porch", "https://c.example.com/1.jpg"),
            ("2", "Porch 2", "Porch", "https://c.example.com/2.jpg"),
        ]
    without = unlabelled("3", None)
    del without["label"]
    found = records([without])
    assert found == [
        {"snapshot": "https://c.example.com/3.jpg", "id": "3", "name": None, "area": "Porch"}
    ]
    # A labelled device keeps its label.
    (camera,) = cameras([unlabelled("4", "CCTV Teras")])
    assert (camera.id, camera.name) == ("4", "CCTV Teras")


def test_maker_api_malformed_attribute_entry_is_skipped_alone() -> None:
    attributes: list[Any] = [
        {"name": "video", "currentValue": "rtsp://cam.example.com/1"},
        {"name": None, "currentValue": "rtsp://cam.example.com/other"},
        "image",
        7,
        {"currentValue": "https://cam.example.com/x.jpg"},
        {"name": "snapshotUri", "currentValue": "https://cam.example.com/1.jpg"},
    ]
    (camera,) = cameras([device("9", "CCTV Dermaga", attributes)])
    assert (camera.id, camera.name, camera.stream_url, camera.snapshot_url) == (
        "9",
        "CCTV Dermaga",
        "rtsp://cam.example.com/1",
        "https://cam.example.com/1.jpg",
    )
    # Only malformed entries: no media, no camera, and the hub's list is still its own.
    assert records([device("10", "CCTV Kosong", [{"name": None}, "video"])]) == []


def test_maker_api_address_must_be_one_absolute_media_address() -> None:
    for value in (
        "ftp://cam.example.com/1.jpg",
        "rtsp://",
        "rtsp://cam.example.com/a b",
        "/relative/stream.m3u8",
        "see https://cam.example.com/1.m3u8",
        'https://cam.example.com/1.m3u8"',
    ):
        assert records([device("11", "CCTV Uji", {"video": value})]) == [], value
    assert records([device("12", "CCTV Uji", {"videoUrl": "RTSPS://cam.example.com/1"})]) == [
        {"stream": "RTSPS://cam.example.com/1", "id": "12", "name": "CCTV Uji", "area": "Bengalon"}
    ]


VMS = "https://vms.example.com/api/cameras"


def _vms_camera(number: int, label: str, capabilities: list[str], **media: str) -> dict[str, Any]:
    return {
        "id": number,
        "label": label,
        "type": "camera",
        "capabilities": capabilities,
        "attributes": {"resolution": "1080p"},
        **media,
    }


def test_a_camera_list_with_tags_for_capabilities_is_no_hub_list() -> None:
    value = [
        _vms_camera(
            1,
            "Simpang Tiga",
            ["ptz", "audio"],
            hls_url="https://cam.example.com/1.m3u8",
            snapshot_url="https://cam.example.com/1.jpg",
        ),
        _vms_camera(2, "Pasar", ["audio"], hls_url="https://cam.example.com/2.m3u8"),
    ]
    assert records(value, VMS) is None
    assert [(c.id, c.name, c.stream_url, c.snapshot_url) for c in cameras(value, VMS)] == [
        ("1", "Simpang Tiga", "https://cam.example.com/1.m3u8", "https://cam.example.com/1.jpg"),
        ("2", "Pasar", "https://cam.example.com/2.m3u8", None),
    ]


def test_a_hub_shaped_list_with_its_media_outside_the_attributes_goes_to_the_lists() -> None:
    value = {
        "cameras": [
            {
                "id": f"c{number}",
                "label": label,
                "capabilities": ["VideoCamera"],
                "attributes": [],
                "commands": [],
                "streams": {"hls": f"https://cam.example.com/{number}.m3u8"},
            }
            for number, label in ((1, "Simpang Tiga"), (2, "Pasar"))
        ]
    }
    assert records(value["cameras"], VMS) is None
    assert [(c.id, c.name, c.stream_url) for c in cameras(value, VMS)] == [
        ("c1", "Simpang Tiga", "https://cam.example.com/1.m3u8"),
        ("c2", "Pasar", "https://cam.example.com/2.m3u8"),
    ]


def test_an_openhab_thing_with_its_stream_outside_the_configuration_goes_to_the_lists() -> None:
    value = [thing("ipcamera:generic:1", "Porch", {"ipAddress": "cam.example.com"})]
    value[0]["hls"] = "https://cam.example.com/1.m3u8"
    assert records(value, THINGS) is None
    assert [(c.name, c.stream_url) for c in cameras(value, THINGS)] == [
        ("Porch", "https://cam.example.com/1.m3u8")
    ]


def test_a_hub_list_of_switches_stays_an_empty_hub_list() -> None:
    value = [
        device("7", "Lampu Teras", {"switch": "on"}, driver="Generic Switch"),
        device("8", "Pintu", {"contact": "closed"}, driver="Generic Contact"),
    ]
    assert records(value) == []


def test_a_hub_camera_beside_an_address_outside_its_attributes_is_still_read() -> None:
    value = [
        device("112", "Teras", {"video": "rtsp://cam.example.com/112"}),
        device("113", "Lampu", {"switch": "on"}, help="https://docs.example.com/lamp"),
    ]
    assert records(value) == [
        {
            "stream": "rtsp://cam.example.com/112",
            "id": "112",
            "name": "Teras",
            "area": "Bengalon",
        }
    ]
