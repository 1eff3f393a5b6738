"""Motion / MotionPlus web control configuration answers (``/0/config``): their cameras."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.motionplus import motionplus_items

BASE = "http://nvr.kutim.example:8080/0/config"
HOST = "http://nvr.kutim.example:8080"


def _entry(number: int, name: str, url: str | None = None) -> dict[str, Any]:
    return {
        "name": name,
        "id": number,
        "all_xpct_st": 0,
        "all_xpct_en": 50,
        "all_ypct_st": 0,
        "all_ypct_en": 50,
        "url": f"{HOST}/{number}/" if url is None else url,
    }


def _answer(*entries: dict[str, Any], **extra: Any) -> dict[str, Any]:
    cameras: dict[str, Any] = {"count": len(entries)}
    cameras.update({str(index): entry for index, entry in enumerate(entries)})
    answer: dict[str, Any] = {
        "version": "0.2.1",
        "cameras": cameras,
        "configuration": {
            "default": {
                "device_name": {"value": "", "enabled": True, "category": 1, "type": "string"}
            },
            "cam1": {
                "netcam_url": {
                    "value": "rtsp://192.168.1.64:554/Streaming/Channels/101",
                    "enabled": True,
                    "category": 2,
                    "type": "string",
                },
                "netcam_userpass": {
                    "value": "admin:rahasia",
                    "enabled": True,
                    "category": 2,
                    "type": "string",
                },
            },
        },
        "categories": {"1": {"name": "camera", "display": "Camera"}},
    }
    answer.update(extra)
    return answer


def _cams(answer: dict[str, Any], base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(answer), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def test_cameras_are_read_by_device_id_with_their_page_as_stream() -> None:
    cams = _cams(
        _answer(_entry(1, "Gerbang Kantor Camat"), _entry(5, "Dermaga"), _entry(7, "camera 7"))
    )
    assert [(c.id, c.name, c.stream_url) for c in cams] == [
        ("1", "Gerbang Kantor Camat", f"{HOST}/1/"),
        ("5", "Dermaga", f"{HOST}/5/"),
        ("7", "camera 7", f"{HOST}/7/"),
    ]
    assert all(c.snapshot_url is None and c.mjpeg_url is None and c.latitude is None for c in cams)
    # the configuration's inputs and logins are never read
    text = repr(cams)
    assert "192.168" not in text and "rahasia" not in text and "rtsp" not in text


def test_motion_44_answer_without_placement_and_csrf_token() -> None:
    entry = {"name": "Halaman", "id": 2, "url": f"{HOST}/2/"}
    cams = _cams(_answer(entry, csrf_token="9f2c41d07be84a1c"), base=f"{HOST}/0/api/config")
    assert [(c.id, c.name, c.stream_url) for c in cams] == [("2", "Halaman", f"{HOST}/2/")]


def test_relative_url_resolves_against_the_answer() -> None:
    cams = _cams(_answer(_entry(3, "Pasar", "/3/")))
    assert [c.stream_url for c in cams] == [f"{HOST}/3/"]


@pytest.mark.parametrize(
    "url",
    [
        "http://192.168.1.10:8080/2/",
        "http://10.0.0.5:8080/2/",
        "http://127.0.0.1:8080/2/",
        "http://localhost:8080/2/",
        "http://[fe80::1]:8080/2/",
        "http://169.254.169.254/2/",
        "http://admin:rahasia@nvr.kutim.example:8080/2/",
        "rtsp://nvr.kutim.example:554/2",
        "rtmp://nvr.kutim.example/live/2",
        "javascript:alert(1)",
    ],
)
def test_lan_login_and_other_scheme_urls_are_left_out(url: str) -> None:
    items = motionplus_items(_answer(_entry(1, "Gerbang"), _entry(2, "Gudang", url)), BASE)
    assert items is not None
    assert [item["id"] for item in items] == ["1"]


def test_answer_whose_only_camera_is_on_a_lan_host_gives_no_camera() -> None:
    assert _cams(_answer(_entry(1, "Gerbang", "http://192.168.1.10:8080/1/"))) == ()


@pytest.mark.parametrize(
    "change",
    [
        lambda a: a.pop("version"),  # not the web control's answer
        lambda a: (a.pop("configuration"), a.pop("categories")),
        lambda a: a["cameras"].update(count=3),  # count disagrees with the entries
        lambda a: a["cameras"].pop("count"),
        lambda a: a["cameras"]["0"].update(netcam_url="rtsp://192.168.1.64/1"),  # an input
        lambda a: a["cameras"]["0"].update(password="rahasia"),
        lambda a: a["cameras"]["0"].pop("url"),
        lambda a: a.update(items=[]),  # another API's answer
    ],
)
def test_other_shapes_are_not_read(change: Any) -> None:
    answer = _answer(_entry(1, "Gerbang"), _entry(2, "Dermaga"))
    change(answer)
    assert motionplus_items(answer, BASE) is None


def test_non_numeric_ids_are_skipped() -> None:
    entries = [
        _entry(1, "Gerbang"),
        {**_entry(2, "Dermaga"), "id": "dua"},
        {**_entry(3, "X"), "id": True},
    ]
    items = motionplus_items(_answer(*entries), BASE)
    assert items is not None and [item["id"] for item in items] == ["1"]


def test_oversized_lists_are_not_read() -> None:
    entries = [_entry(n, f"Kamera {n}") for n in range(1, 300)]
    assert motionplus_items(_answer(*entries), BASE) is None


def test_server_answering_from_the_lan_keeps_its_own_cameras() -> None:
    base = "http://192.168.1.5:8080/0/config"
    answer = _answer(
        _entry(1, "Gerbang 0", "http://192.168.1.5:8080/1/"),
        _entry(2, "Gerbang 1", "http://192.168.1.5:8080/2/"),
    )
    assert [(c.id, c.stream_url) for c in _cams(answer, base=base)] == [
        ("1", "http://192.168.1.5:8080/1/"),
        ("2", "http://192.168.1.5:8080/2/"),
    ]
    # the same LAN urls in an answer from a public host stay out
    assert _cams(answer) == ()


def test_server_on_a_lan_name_keeps_its_own_cameras_behind_a_proxy_prefix() -> None:
    base = "http://nvr.lan/motion/0/config.json"
    answer = _answer(_entry(3, "Pasar", "http://nvr.lan/motion/3/"))
    assert [c.stream_url for c in _cams(answer, base=base)] == ["http://nvr.lan/motion/3/"]


@pytest.mark.parametrize(
    "url",
    [
        "https://shop.example/p/2",  # another host
        "http://nvr.other.example:8080/2/",  # another public host
        "http://nvr.kutim.example:8080/p/2",  # not the camera's own page
        "http://nvr.kutim.example:8080/2/3/",
    ],
)
def test_url_off_the_answers_host_or_not_the_camera_page_is_left_out(url: str) -> None:
    items = motionplus_items(_answer(_entry(1, "Gerbang"), _entry(2, "Gudang", url)), BASE)
    assert items is not None
    assert [item["id"] for item in items] == ["1"]


def test_catalogue_answer_of_the_same_shape_on_a_shop_gives_no_camera() -> None:
    answer = {
        "version": "1.0",
        "cameras": {
            "count": 2,
            "0": {"name": "Canon EOS", "id": 1, "url": "https://shop.example/p/1"},
            "1": {"name": "Nikon", "id": 2, "url": "https://shop.example/p/2"},
        },
        "categories": {"0": {"name": "dslr"}},
    }
    assert motionplus_items(answer, "https://shop.example/api") == []
