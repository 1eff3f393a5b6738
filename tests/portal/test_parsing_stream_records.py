"""Stream records: their own name field, a camera-kind word, disk paths, joined stream ids.

A stream registry's ``stream_name``/``streamName`` written as a name names the camera; a
kind of camera (``PTZ``, ``Fix``) never does; a file or device path on the server's own
disk is no address; a GB28181 stream's id is its device and channel joined; of a media
server's play addresses, RTSP comes before HTTP-FLV.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.fieldurls import local_system_path, resolve_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.names import camera_kind_text
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://analitik.kutim.example/api/streams"


def _cams(value: object, base: str = BASE) -> dict[str, Camera]:
    cameras = parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras
    return {camera.id: camera for camera in cameras}


# --- a stream record's own name ----------------------------------------------------------


def _stream(sid: str, name: str, address: str, **extra: object) -> dict[str, object]:
    return {
        "stream_id": sid,
        "stream_name": name,
        "stream_address": address,
        "stream_node_num": 0,
        **extra,
    }


def test_stream_name_written_as_a_name_names_the_camera() -> None:
    cams = _cams(
        {
            "stream_number": 2,
            "streams": [
                _stream("a1b2c3d4e5f60718", "CCTV Simpang Tiga", "rtsp://atcs.kutim.example/s3"),
                _stream("b1b2c3d4e5f60718", "CCTV Pasar Induk", "rtsp://atcs.kutim.example/pi"),
            ],
        }
    )
    assert cams["a1b2c3d4e5f60718"].name == "CCTV Simpang Tiga"
    assert cams["b1b2c3d4e5f60718"].name == "CCTV Pasar Induk"


def test_stream_name_beats_a_description_and_a_camera_kind() -> None:
    cams = _cams(
        {
            "streams": [
                {
                    "streamId": "s-01",
                    "streamName": "Gerbang Pelabuhan Maloy",
                    "rtspUrl": "rtsp://maloy.kutim.example/ch1",
                    "description": "Arah dermaga",
                    "cameraType": "PTZ",
                },
                {
                    "streamId": "s-02",
                    "streamName": "Simpang Empat Kaliorang",
                    "rtspUrl": "rtsp://kaliorang.kutim.example/ch1",
                    "cameraType": "Fix",
                },
            ]
        }
    )
    assert cams["s-01"].name == "Gerbang Pelabuhan Maloy"
    assert cams["s-02"].name == "Simpang Empat Kaliorang"


def test_a_stream_name_that_is_a_path_token_stays_the_last_resort() -> None:
    # Near-miss: ``kantor_camat_2`` is the path the stream is published under; the
    # record's own title still names it, and with no title the token does, never the
    # camera's kind.
    titled = _cams(
        {
            "streams": [
                {
                    "stream_name": "gerbang_tol_km12",
                    "title": "Gerbang Tol KM 12",
                    "hls_url": "https://mtx.kutim.example/gerbang_tol_km12/index.m3u8",
                }
            ]
        }
    )
    assert [camera.name for camera in titled.values()] == ["Gerbang Tol KM 12"]
    cams = _cams(
        {
            "streams": [
                {
                    "streamId": f"5f1c2a90e4b0c7a1d3e8400{n}",
                    "streamName": f"kantor_camat_{n}",
                    "rtspUrl": f"rtsp://camat.kutim.example/kantor_camat_{n}",
                    "cameraType": "Dome",
                }
                for n in (2, 3)
            ]
            + [
                {
                    "streamId": "5f1c2a90e4b0c7a1d3e84004",
                    "streamName": "Pasar Kaliorang",
                    "rtspUrl": "rtsp://pasar.kutim.example/pasar",
                    "cameraType": "Dome",
                }
            ]
        }
    )
    assert cams["5f1c2a90e4b0c7a1d3e84002"].name == "kantor_camat_2"
    assert cams["5f1c2a90e4b0c7a1d3e84003"].name == "kantor_camat_3"
    assert cams["5f1c2a90e4b0c7a1d3e84004"].name == "Pasar Kaliorang"


def test_a_camera_kind_in_custom_data_never_names_the_camera() -> None:
    cams = _cams(
        {
            "streams": [
                {
                    "stream_id": "f5e1b6a2c09d7738",
                    "stream_address": "rtsp://lingga.kutim.example/stream1",
                    "stream_custom_data": {"tipe": "PTZ", "pemilik": "Dishub"},
                    "stream_name": "",
                },
                {
                    "stream_id": "a8d5e2f17c3b0946",
                    "stream_address": "rtsp://wahau.kutim.example/stream1",
                    "stream_custom_data": {"tipe": "Speed Dome"},
                    "stream_name": "",
                },
            ]
        }
    )
    assert {camera.name for camera in cams.values()}.isdisjoint({"PTZ", "Speed Dome"})


def test_camera_kind_text() -> None:
    for text in ("PTZ", "Fix", "fixed", "Speed Dome", "speed-dome", "Bullet", "360"):
        assert camera_kind_text(text), text
    for text in ("Thermal", "PTZ Simpang Tiga", "Dome Pasar", "Box Culvert Sangatta", ""):
        assert not camera_kind_text(text), text


# --- files and devices on the server's disk ----------------------------------------------


def test_disk_paths_are_no_address() -> None:
    for path in (
        "/dev/video0",
        "/dev/v4l/by-id/usb-046d_HD_Pro_Webcam_C920-video-index0",
        "/opt/visionaire/videos/jembatan-kabo.mp4",
        "/home/pi/rekaman/cam1.mp4",
        "/var/lib/motion/lastsnap.jpg",
        "/mnt/usb/rekaman.mp4",
    ):
        assert local_system_path(path), path
        assert resolve_url(path, BASE) is None, path


def test_web_folders_and_full_addresses_stay_addresses() -> None:
    # Near-misses: folders a site serves, a relative path, the same folders on a host.
    for path, url in (
        ("/media/cctv/41.jpg", "https://analitik.kutim.example/media/cctv/41.jpg"),
        ("/storage/cctv/snap.jpg", "https://analitik.kutim.example/storage/cctv/snap.jpg"),
        (
            "/etc/designs/lalin/logo.png",
            "https://analitik.kutim.example/etc/designs/lalin/logo.png",
        ),
        ("/data/d4/cctv/image/a.jpg", "https://analitik.kutim.example/data/d4/cctv/image/a.jpg"),
        ("/tmp/cam1.jpg", "https://analitik.kutim.example/tmp/cam1.jpg"),
        ("https://cdn.kutim.example/opt/cam.jpg", "https://cdn.kutim.example/opt/cam.jpg"),
        ("/device/12/live.m3u8", "https://analitik.kutim.example/device/12/live.m3u8"),
        ("/dev", "https://analitik.kutim.example/dev"),
    ):
        assert not local_system_path(path), path
        assert resolve_url(path, BASE) == url, path


def test_file_and_device_sources_are_no_cameras() -> None:
    cams = _cams(
        {
            "sensors": [
                {
                    "camera_id": "c1",
                    "camera_name": "Simpang Pasar",
                    "camera_url": "rtsp://pasar.kutim.example/ch1",
                },
                {
                    "camera_id": "c2",
                    "camera_name": "Uji Video",
                    "camera_url": "/opt/nvidia/deepstream/samples/streams/sample_720p.mp4",
                },
                {"camera_id": "c3", "camera_name": "Webcam USB", "camera_url": "/dev/video0"},
                {
                    "camera_id": "c4",
                    "camera_name": "Simpang Sepaso",
                    "camera_url": "/live/simpang-sepaso/index.m3u8",
                },
            ]
        }
    )
    assert set(cams) == {"c1", "c4"}
    assert cams["c4"].stream_url == "https://analitik.kutim.example/live/simpang-sepaso/index.m3u8"


# --- a GB28181 stream's joined id; RTSP before HTTP-FLV ----------------------------------


def _play(dev: str, ch: str, name: str, **urls: str) -> dict[str, object]:
    return {
        "DeviceID": dev,
        "ChannelID": ch,
        "ChannelName": name,
        "StreamID": f"{dev}_{ch}",
        "HLS": urls.get("hls", ""),
        "FLV": urls.get("flv", ""),
        "RTSP": urls.get("rtsp", ""),
    }


GBS = "https://gbs.kutim.example"


def test_stream_id_joining_device_and_channel_is_the_id() -> None:
    dev, ch1, ch2 = "64080200001180000001", "64080200001320000001", "64080200001320000002"
    cams = _cams(
        {
            "Streams": [
                _play(dev, ch1, "Simpang Tiga", hls=f"{GBS}/hls/{dev}_{ch1}/live.m3u8"),
                _play(dev, ch2, "Bundaran", hls=f"{GBS}/hls/{dev}_{ch2}/live.m3u8"),
            ]
        },
        base=f"{GBS}/api/v1/stream/list",
    )
    assert set(cams) == {f"{dev}_{ch1}", f"{dev}_{ch2}"}


def test_a_stream_id_of_another_shape_leaves_the_channel_id() -> None:
    # Near-miss: a session number that does not join the device and the channel.
    records = [
        {
            "DeviceID": "64080200001180000001",
            "ChannelID": f"6408020000132000000{n}",
            "ChannelName": f"Kamera {n}",
            "StreamID": f"sess-{n}a",
            "HLS": f"{GBS}/hls/{n}/live.m3u8",
        }
        for n in (1, 2)
    ]
    cams = _cams({"Streams": records}, base=f"{GBS}/api/v1/stream/list")
    assert set(cams) == {"64080200001320000001", "64080200001320000002"}


def test_rtsp_comes_before_flv_and_hls_before_both() -> None:
    dev = "64080200001180000001"
    ch = ["64080200001320000001", "64080200001320000002", "64080200001320000003"]
    cams = _cams(
        {
            "Streams": [
                _play(
                    dev,
                    ch[0],
                    "Simpang Tiga",
                    flv=f"{GBS}/flv/{dev}_{ch[0]}.flv",
                    hls=f"{GBS}/hls/{dev}_{ch[0]}/live.m3u8",
                    rtsp=f"rtsp://gbs.kutim.example:554/{dev}_{ch[0]}",
                ),
                _play(
                    dev,
                    ch[1],
                    "Bundaran",
                    flv=f"{GBS}/flv/{dev}_{ch[1]}.flv",
                    rtsp=f"rtsp://gbs.kutim.example:554/{dev}_{ch[1]}",
                ),
                _play(dev, ch[2], "Polder", flv=f"{GBS}/flv/{dev}_{ch[2]}.flv"),
            ]
        },
        base=f"{GBS}/api/v1/stream/list",
    )
    assert cams[f"{dev}_{ch[0]}"].stream_url == f"{GBS}/hls/{dev}_{ch[0]}/live.m3u8"
    assert cams[f"{dev}_{ch[1]}"].stream_url == f"rtsp://gbs.kutim.example:554/{dev}_{ch[1]}"
    assert cams[f"{dev}_{ch[2]}"].stream_url == f"{GBS}/flv/{dev}_{ch[2]}.flv"


def test_zlmediakit_gb28181_application_is_no_area() -> None:
    dev, ch = "64080900001110000001", "64080900001320000001"
    cams = _cams(
        {
            "list": [
                {
                    "deviceId": dev,
                    "channelId": ch,
                    "name": "Dermaga",
                    "app": "rtp",
                    "stream": f"{dev}_{ch}",
                    "hls": f"https://wvp.kutim.example/rtp/{dev}_{ch}/hls.m3u8",
                }
            ]
        },
        base="https://wvp.kutim.example/api/play/list",
    )
    assert [camera.area for camera in cams.values()] == [None]
