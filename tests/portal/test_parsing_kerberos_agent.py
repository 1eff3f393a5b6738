"""A Kerberos.io Agent's configuration (its config file, its ``/api/config`` answer): one camera."""

from __future__ import annotations

import copy
import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.deviceapis import kerberos_items

PUBLIC = "https://agent.kutim.example/api/config"
LOCAL = "http://192.168.1.20/api/config"
MAIN = "rtsp://admin:Rahasia1@cam-maloy.kutim.example:554/Streaming/Channels/101"
SUB = "rtsp://admin:Rahasia1@cam-maloy.kutim.example:554/Streaming/Channels/102"


def _config(rtsp: str = MAIN, sub_rtsp: str = SUB, **fields: object) -> dict[str, object]:
    """Return an agent configuration as the agent ships it, one IP camera filled in."""
    config: dict[str, object] = {
        "type": "",
        "key": "kerberos-maloy-01",
        "name": "agent-maloy",
        "friendly_name": "Pelabuhan Maloy",
        "timezone": "Asia/Makassar",
        "capture": {
            "name": "IPCamera",
            "ipcamera": {"rtsp": rtsp, "sub_rtsp": sub_rtsp, "fps": ""},
            "usbcamera": {"device": ""},
            "raspicamera": {"device": ""},
            "recording": "true",
        },
        "timetable": [{"start1": 0, "end1": 43199, "start2": 43200, "end2": 86400}],
        "region": {"name": "", "rectangle": {"x1": 0, "y1": 0, "x2": 800, "y2": 640}},
        "cloud": "s3",
        "s3": {"proxyuri": "http://proxy.kerberos.io", "bucket": "kerberosaccept"},
        "mqtturi": "tcp://mqtt.kerberos.io:1883",
        "stunuri": "stun:turn.kerberos.io:8443",
        "hub_uri": "https://api.cloud.kerberos.io",
        "condition_uri": "",
    }
    config.update(fields)
    return config


def _answer(config: dict[str, object]) -> dict[str, object]:
    """Return the agent's ``/api/config`` answer around a merged configuration."""
    defaults = _config(rtsp="", sub_rtsp="", key="", name="agent", friendly_name="")
    return {"config": config, "custom": copy.deepcopy(config), "global": defaults, "snapshot": ""}


def cameras(body: object, url: str = PUBLIC) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=url, prettify=False).cameras


@pytest.mark.parametrize("wrapped", [True, False], ids=["api-config", "config-file"])
def test_agent_configuration_is_its_one_camera_without_the_login(wrapped: bool) -> None:
    body = _answer(_config()) if wrapped else _config()
    found = cameras(body)
    assert [(c.id, c.name, c.stream_url) for c in found] == [
        (
            "kerberos-maloy-01",
            "Pelabuhan Maloy",
            "rtsp://cam-maloy.kutim.example:554/Streaming/Channels/101",
        )
    ]
    assert "Rahasia1" not in repr(found)


def test_agent_without_friendly_name_is_named_by_its_name() -> None:
    found = cameras(_answer(_config(friendly_name="", name="Simpang Tiga")))
    assert [c.name for c in found] == ["Simpang Tiga"]


def test_lan_main_stream_yields_to_the_public_sub_stream() -> None:
    config = _config(rtsp="rtsp://192.168.1.108:554/Streaming/Channels/101")
    found = cameras(_answer(config))
    assert [c.stream_url for c in found] == [
        "rtsp://cam-maloy.kutim.example:554/Streaming/Channels/102"
    ]


def test_lan_streams_only_give_no_camera_from_a_public_host() -> None:
    config = _config(rtsp="rtsp://192.168.1.108/ch1", sub_rtsp="rtsp://localhost:8554/sub")
    assert kerberos_items(_answer(config), PUBLIC) == []
    assert cameras(_answer(config)) == ()


def test_lan_stream_is_kept_on_the_local_network() -> None:
    config = _config(rtsp="rtsp://user:pw@192.168.1.108/ch1")
    found = cameras(_answer(config), LOCAL)
    assert [c.stream_url for c in found] == ["rtsp://192.168.1.108/ch1"]


def test_global_defaults_are_never_the_camera() -> None:
    # A configuration with no camera set: only the installation defaults carry a stream.
    empty = _config(rtsp="", sub_rtsp="")
    body = {"config": empty, "custom": empty, "global": _config(), "snapshot": ""}
    assert kerberos_items(body, PUBLIC) == []


def test_inline_snapshot_and_service_endpoints_are_no_media() -> None:
    body = _answer(_config())
    body["snapshot"] = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD"
    found = cameras(body)
    assert len(found) == 1
    assert found[0].snapshot_url is None
    assert found[0].mjpeg_url is None


def test_settings_object_with_an_rtsp_field_is_no_agent_configuration() -> None:
    # An rtsp address in an app's settings, no agent sections beside it.
    settings = {"capture": {"ipcamera": {"rtsp": MAIN}}, "theme": "dark", "language": "id"}
    assert kerberos_items(settings, PUBLIC) is None
    # Agent sections but no IP-camera capture block (a USB camera): not this reader's.
    usb = _config()
    usb["capture"] = {"name": "USBCamera", "usbcamera": {"device": "/dev/video0"}}
    assert kerberos_items(usb, PUBLIC) is None


def test_non_rtsp_input_is_not_read_as_the_stream() -> None:
    config = _config(rtsp="http://cam-maloy.kutim.example/video.mjpg", sub_rtsp="")
    assert kerberos_items(_answer(config), PUBLIC) == []


def test_address_as_name_names_nothing() -> None:
    config = _config(friendly_name="", name="rtsp://cam-maloy.kutim.example/x")
    items = kerberos_items(_answer(config), PUBLIC)
    assert items is not None
    assert items[0]["name"] is None


@pytest.mark.parametrize(
    "address",
    ["rtsp://198.51.100.5/1", "rtsp://192.0.2.17:554/live", "rtsp://[2001:db8::5]/1"],
)
def test_documentation_range_input_stands_in_for_a_public_one(address: str) -> None:
    # As in every other reader, a documentation-range address is read as a public one.
    found = cameras(_answer(_config(rtsp=address, sub_rtsp="")))
    assert [(c.id, c.stream_url) for c in found] == [("kerberos-maloy-01", address)]


@pytest.mark.parametrize(
    "address",
    ["rtsp://198.18.0.5/1", "rtsp://192.0.0.9/1", "rtsp://100.64.0.5/1", "rtsp://10.0.0.5/1"],
)
def test_reserved_ranges_beside_the_documentation_ones_stay_refused(address: str) -> None:
    # Benchmarking, protocol assignments, shared (CGNAT) and private ranges are no
    # public address: from a public host the agent's input on one gives no camera.
    assert kerberos_items(_answer(_config(rtsp=address, sub_rtsp="")), PUBLIC) == []


@pytest.mark.parametrize(
    "address",
    [
        "rtsp://169.254.169.254/1",
        "rtsp://metadata.google.internal/1",
        "rtsp://[fe80::1%eth0]:554/1",
        "rtsp://0.0.0.0/1",
        "rtsp://127.0.0.1:8554/1",
        "rtsp://localhost:8554/1",
        "rtsp://cam-maloy.kutim.example:0/1",
    ],
)
@pytest.mark.parametrize("base", [LOCAL, PUBLIC], ids=["lan-agent", "public-agent"])
def test_internal_inputs_and_port_zero_are_never_read(address: str, base: str) -> None:
    # Link-local, metadata, unspecified and loopback hosts (the agent's own loopback
    # would be Home Assistant's) and port 0 are no input, from a LAN agent too.
    assert kerberos_items(_answer(_config(rtsp=address, sub_rtsp="")), base) == []


def test_internal_main_input_yields_to_the_sub_stream_on_the_local_network() -> None:
    config = _config(rtsp="rtsp://127.0.0.1:8554/1", sub_rtsp="rtsp://192.168.1.108/sub")
    found = cameras(_answer(config), LOCAL)
    assert [c.stream_url for c in found] == ["rtsp://192.168.1.108/sub"]


@pytest.mark.parametrize("base", [LOCAL, PUBLIC], ids=["lan-agent", "public-agent"])
def test_public_input_with_a_login_keeps_no_login(base: str) -> None:
    config = _config(rtsp="rtsp://admin:Ra#s@cam-maloy.kutim.example:554/1?password=Rahasia1")
    found = cameras(_answer(config), base)
    assert [(c.id, c.stream_url) for c in found] == [
        ("kerberos-maloy-01", "rtsp://cam-maloy.kutim.example:554/1")
    ]
    assert "Rahasia1" not in repr(found)
    assert "Ra#s" not in repr(found)
