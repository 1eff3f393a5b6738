"""A raised offline flag beside a field only named like a state (another part's status)."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.normalise import record_state
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://atcs.dishub.kutimkab.example/api/cameras"


def _camera(**fields: Any) -> dict[str, Any]:
    return {
        "id": 1,
        "name": "Simpang Kabo",
        "snapshotUrl": "https://atcs.dishub.kutimkab.example/snapshot/1.jpg",
        **fields,
    }


def _online(**fields: Any) -> bool | None:
    text = json.dumps({"cameras": [_camera(**fields)]})
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert len(result.cameras) == 1
    return result.cameras[0].online


def test_raised_offline_flag_beats_another_parts_normal_status() -> None:
    assert _online(offline=True, powerStatus="NORMAL") is False
    assert _online(underMaintenance=True, tripodStatus="NORMAL") is False
    assert record_state({"offline": "true", "signalStatus": "OK"}) is False


def test_lowered_flag_keeps_the_status_word() -> None:
    assert _online(offline=False, powerStatus="NORMAL") is True


def test_status_word_alone_still_counts() -> None:
    assert _online(powerStatus="NORMAL") is True
    assert _online(status_kamera="Aktif") is True


def test_known_status_field_still_comes_first() -> None:
    # ``status`` is the camera's own state field: a flag does not override it.
    assert _online(offline=True, status="online") is True


def test_offline_status_word_is_not_changed() -> None:
    assert _online(offline=False, kondisi="Rusak") is False


def test_flag_that_is_no_yes_no_value_does_not_override() -> None:
    assert _online(offline="sejak kemarin", powerStatus="NORMAL") is True
