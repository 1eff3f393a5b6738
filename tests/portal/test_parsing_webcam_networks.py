"""Webcam networks and surf APIs: time zones, place names, galleries, spots, full stills."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://webcam.kutim.example/api/list"
JPG = "https://img.kutim.example/cam/{}.jpg"
HLS = "https://live.kutim.example/{}/playlist.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize("zone", ["Asia/Makassar", "America/Los_Angeles", "Etc/GMT+8"])
def test_time_zone_never_names_and_neighborhood_does(zone: str) -> None:
    def cam(n: int, hood: str) -> dict[str, object]:
        return {
            "camid": f"wx{n}",
            "neighborhood": hood,
            "city": "Sangatta",
            "tzname": zone,
            "CURRENTIMAGEURL": JPG.format(n),
        }

    found = cameras({"webcams": [cam(1, "Dermaga"), cam(2, "Bukit Pelangi")]})
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("wx1", "Dermaga", "Sangatta"),
        ("wx2", "Bukit Pelangi", "Sangatta"),
    ]


def test_time_zone_shaped_words_that_are_places_still_name() -> None:
    found = cameras({"items": [{"id": 1, "lokasi": "Simpang/Pasar", "image": JPG.format(1)}]})
    assert found[0].raw_name == "Simpang/Pasar"


def test_gallery_gives_the_first_picture_not_several_cameras() -> None:
    def item(n: int) -> dict[str, object]:
        gallery = [{"ImageUrl": JPG.format(f"{n}-{k}"), "ImageName": f"Foto {k}"} for k in range(3)]
        return {"Id": f"W{n}", "Shortname": f"Webcam {n}", "ImageGallery": gallery}

    found = cameras({"Items": [item(1), item(2)]})
    assert [(c.id, c.snapshot_url) for c in found] == [
        ("W1", JPG.format("1-0")),
        ("W2", JPG.format("2-0")),
    ]


def _spot(name: str, cams: list[dict[str, object]]) -> dict[str, object]:
    return {
        "_id": name,
        "name": name,
        "lat": -8.7,
        "lon": 115.1,
        "cameras": cams,
        "thumbnail": JPG.format(f"spot-{name}"),
    }


def _cam(alias: str, down: bool) -> dict[str, object]:
    return {
        "_id": alias,
        "title": f"Cam {alias}",
        "status": {"isDown": down, "message": ""},
        "streamUrl": HLS.format(alias),
        "stillUrl": JPG.format(f"{alias}-small"),
        "stillUrlFull": JPG.format(f"{alias}-full"),
    }


def test_spot_cameras_full_still_and_down_flag() -> None:
    body = {
        "data": {
            "spots": [
                _spot("a", [_cam("a1", False)]),
                _spot("b", []),
                _spot("c", [_cam("c1", True)]),
            ]
        }
    }
    found = cameras(body)
    assert [(c.id, c.snapshot_url, c.online) for c in found] == [
        ("a1", JPG.format("a1-full"), True),
        ("c1", JPG.format("c1-full"), False),
    ]
    assert (found[0].latitude, found[0].longitude) == (-8.7, 115.1)


def test_empty_camera_list_with_a_stream_is_still_a_camera() -> None:
    found = cameras({"items": [{"id": 1, "name": "Pos", "hls": HLS.format("p"), "cameras": []}]})
    assert [c.stream_url for c in found] == [HLS.format("p")]


def test_only_places_without_cameras_is_no_list() -> None:
    with pytest.raises(PortalFormatError):
        cameras({"data": {"spots": [_spot("x", []), _spot("y", [])]}})


def test_size_twin_needs_the_plain_field() -> None:
    # A lone "full" picture without a plain twin is simply the still.
    found = cameras(
        {"items": [{"id": 1, "name": "A", "imageFull": JPG.format("f"), "poster": JPG.format("p")}]}
    )
    assert found[0].snapshot_url in (JPG.format("f"), JPG.format("p"))
    twin = cameras(
        {
            "items": [
                {"id": 1, "name": "A", "image": JPG.format("i"), "image_large": JPG.format("l")}
            ]
        }
    )
    assert twin[0].snapshot_url == JPG.format("l")


def test_a_large_twin_on_a_lan_host_name_is_never_the_still() -> None:
    for host in ("10.0.0.5.nip.io", "cam.localhost.direct", "nvr"):
        cam = _cam("a1", False)
        cam["stillUrlFull"] = f"http://{host}/img/full.jpg"
        found = cameras({"data": {"spots": [_spot("a", [cam])]}})
        assert [c.snapshot_url for c in found] == [JPG.format("a1-small")], host


def test_hostile_many_spots_are_bounded() -> None:
    spots = [_spot(f"s{n}", []) for n in range(3000)]
    spots.append(_spot("last", [_cam("z", False)]))
    found = cameras({"data": {"spots": spots}})
    assert [c.id for c in found] == ["z"]
