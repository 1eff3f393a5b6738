"""UniFi Protect camera lists: a shared channel plays on the controller's RTSPS port."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.protect import protect_items

API = "https://protect.villa.example/proxy/protect/api/bootstrap"


def cameras(body: object, base: str = API) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _channel(n: int, alias: str | None) -> dict[str, object]:
    name = ("High", "Medium", "Low")[n]
    return {"id": n, "name": name, "isRtspEnabled": alias is not None, "rtspAlias": alias}


def _camera(cid: str, name: str, aliases: tuple[str | None, ...], state: str) -> dict[str, object]:
    return {
        "id": cid,
        "modelKey": "camera",
        "name": name,
        "host": "192.168.50.21",
        "connectionHost": "192.168.50.1",
        "state": state,
        "isConnected": state == "CONNECTED",
        "channels": [_channel(n, alias) for n, alias in enumerate(aliases)],
    }


def _bootstrap(*records: dict[str, object]) -> dict[str, object]:
    return {
        "authUserId": "u1",
        "accessKey": "1764981000000:u1:abc",
        "cameras": list(records),
        "nvr": {"id": "n1", "host": "192.168.50.1"},
        "lastUpdateId": "f00",
    }


def test_shared_channels_play_on_the_controller() -> None:
    found = cameras(
        _bootstrap(
            _camera("c1", "Gerbang", ("Aa1", None, None), "CONNECTED"),
            _camera("c2", "Kolam", (None, "Bb2", "Cc3"), "DISCONNECTED"),
            _camera("c3", "Lobi", (None, None, None), "CONNECTED"),
        )
    )
    assert [(c.id, c.name, c.stream_url, c.online) for c in found] == [
        ("c1", "Gerbang", "rtsps://protect.villa.example:7441/Aa1?enableSrtp", True),
        ("c2", "Kolam", "rtsps://protect.villa.example:7441/Bb2?enableSrtp", False),
    ]
    assert not any("192.168." in repr(camera) for camera in found)


def test_a_bare_camera_list_and_an_odd_alias() -> None:
    records = [_camera("c1", "Gerbang", ("a/../b", None, None), "CONNECTED")]
    items = protect_items(records, "https://u:p@nvr.villa.example:7443/api/cameras")
    assert items == [
        {
            "id": "c1",
            "name": "Gerbang",
            "stream_url": "rtsps://nvr.villa.example:7441/a%2F..%2Fb?enableSrtp",
            "status": True,
        }
    ]


def test_other_answers_are_no_protect_list() -> None:
    camera = _camera("c1", "Gerbang", ("Aa1", None, None), "CONNECTED")
    # A bootstrap needs its own fields; an object of another model is no camera.
    assert protect_items({"cameras": [camera]}, API) is None
    assert protect_items([{**camera, "modelKey": "light"}], API) is None
    # Channels without Protect's RTSP fields are another server's.
    other = {**camera, "channels": [{"id": 0, "name": "High", "url": "rtsp://x/1"}]}
    assert protect_items([other], API) is None


def test_a_controller_sharing_no_channel_gives_no_camera() -> None:
    try:
        found = cameras(_bootstrap(_camera("c1", "Lobi", (None, None, None), "CONNECTED")))
    except PortalFormatError:
        found = ()
    assert found == ()
