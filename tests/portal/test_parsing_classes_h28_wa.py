"""Groups whose cameras are split into lists by their state (``cctv_links_active``
beside ``cctv_links_inactive``, ``kamera_aktif`` beside ``kamera_nonaktif``,
``online_cameras`` beside ``offline_cameras``): every entry of every list is a camera
of the group, its state the one the list's name says."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/"


def _parse(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _cam(n: int) -> dict[str, object]:
    return {"id": n, "name": f"Simpang {n}", "link": f"https://live.kutim.example/{n}.m3u8"}


def _groups(first: str, second: str) -> str:
    return json.dumps(
        [
            {"id": 1, "name": "Sangatta Utara", first: [_cam(11), _cam(12)], second: [_cam(13)]},
            {"id": 2, "name": "Bengalon", first: [], second: [_cam(21)]},
        ]
    )


def test_active_and_inactive_lists_are_all_cameras_of_the_group_with_their_state() -> None:
    found = _parse(_groups("cctv_links_active", "cctv_links_inactive"))
    assert [(c.id, c.raw_name, c.area, c.online) for c in found] == [
        ("11", "Simpang 11", "Sangatta Utara", True),
        ("12", "Simpang 12", "Sangatta Utara", True),
        ("13", "Simpang 13", "Sangatta Utara", False),
        ("21", "Simpang 21", "Bengalon", False),
    ]


def test_state_words_before_the_stem_and_indonesian_words_count() -> None:
    found = _parse(_groups("online_cameras", "offline_cameras"))
    assert [c.online for c in found] == [True, True, False, False]
    found = _parse(_groups("kameraAktif", "kameraNonaktif"))
    assert [c.online for c in found] == [True, True, False, False]
    found = _parse(_groups("cctv_aktif", "cctv_tidak_aktif"))
    assert [c.online for c in found] == [True, True, False, False]


def test_an_entry_stating_its_own_state_keeps_it() -> None:
    own = dict(_cam(13), status="online")
    text = json.dumps([{"name": "Sangatta Utara", "cctv_online": [], "cctv_offline": [own]}])
    assert [c.online for c in _parse(text)] == [True]


def test_lists_of_different_stems_state_nothing() -> None:
    # An active list beside an unrelated one (a group's inactive users) says no state.
    text = json.dumps(
        [
            {
                "name": "Sangatta Utara",
                "cctv_active": [_cam(11)],
                "users_inactive": [{"name": "operator", "email": "op@kutim.example"}],
            }
        ]
    )
    assert [(c.raw_name, c.online) for c in _parse(text)] == [("Simpang 11", None)]


def test_a_single_state_list_states_nothing() -> None:
    text = json.dumps([{"name": "Sangatta Utara", "cctv_active": [_cam(11), _cam(12)]}])
    assert [c.online for c in _parse(text)] == [None, None]


def test_state_lists_without_media_are_no_cameras() -> None:
    text = json.dumps(
        [
            {
                "name": "Sangatta Utara",
                "links_online": [{"name": "Operator A"}],
                "links_offline": [{"name": "Operator B"}],
                "stream": "https://live.kutim.example/own.m3u8",
            }
        ]
    )
    found = _parse(text)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Sangatta Utara", "https://live.kutim.example/own.m3u8")
    ]
