"""A camera platform's reachability probe (``ping: true``) as the camera's state."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.normalise import record_state
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.madiun.kutim.example/api/app/camera/"


def _camera(**fields: Any) -> dict[str, Any]:
    return {
        "id": 11,
        "name": "Simpang 4 Tean",
        "thumbnail_url": "/media/thumbnail/tean1.jpg",
        **fields,
    }


def _online(**fields: Any) -> bool | None:
    text = json.dumps({"success": True, "data": [_camera(**fields)]})
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert len(result.cameras) == 1
    return result.cameras[0].online


def test_ping_true_false_is_the_state() -> None:
    assert _online(ping=True) is True
    assert _online(ping=False) is False
    assert _online(ping="false") is False
    assert _online(ping="TRUE") is True


def test_probe_spellings() -> None:
    assert _online(pingable=False) is False
    assert _online(isPingable=True) is True
    assert _online(ping_ok=False) is False
    assert _online(cameraPing=False) is False
    assert _online(isReachable=False) is False
    assert _online(reachable=True) is True
    assert _online(unreachable=True) is False
    assert _online(isUnreachable=False) is True


def test_probe_yields_to_a_real_status() -> None:
    assert _online(ping=False, status="online") is True
    assert _online(ping=True, offline=True) is False


def test_probe_beats_a_weak_flag() -> None:
    assert _online(ping=False, visible=True) is False


def test_not_a_probe_result() -> None:
    # A ping time, a number switch, a null and a settings object say nothing.
    assert _online(ping=12.5) is None
    assert _online(ping=0) is None
    assert _online(isPing=1) is None
    assert _online(isPing=True) is None
    assert _online(ping=None) is None
    assert _online(ping={"enabled": True, "interval": 60}) is None
    assert _online(ping="pong") is None
    assert _online(ping_ms=23) is None
    assert _online(enabledPing=True) is None
    assert _online(last_ping="2025-12-23T13:30:00+00:00") is None
    # WordPress's pingback setting.
    assert _online(ping_status="open") is None
    assert _online(ping_status="closed") is None


def test_ping_setting_beside_its_target_is_no_result() -> None:
    # A dashboard tab's ping setting and the address it probes (Organizr).
    assert _online(ping=True, ping_url="cctv.kutim.example:443") is None
    assert _online(ping=False, ping_url="") is None
    assert record_state({"ping": True, "ping_host": "cam.kutim.example"}) is None


def test_nested_ping_is_a_setting() -> None:
    assert _online(checks={"ping": True, "onvif": False}) is None
    assert _online(debug={"ping": False}) is None
    assert record_state({"settings": {"ping": True}}) is None


def test_record_state_reads_own_probe() -> None:
    assert record_state({"ping": False}) is False
    assert record_state({"pingable": "true"}) is True
