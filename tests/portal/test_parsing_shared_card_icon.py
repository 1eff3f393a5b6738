"""A card whose only picture is the icon every streaming card shares is no camera."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.dishub-kutim.example/"
ICON = "/assets/img/cctv.png"


def _card(name: str, stream: str | None, picture: str = ICON) -> str:
    link = (
        f'<a href="{stream}" class="btn btn-primary">Lihat</a>'
        if stream
        else '<span class="btn disabled">Belum tersedia</span>'
    )
    return (
        f'<div class="col-md-3"><div class="card"><img src="{picture}" class="card-img-top">'
        f'<div class="card-body"><h6 class="card-title">{name}</h6>{link}</div></div></div>'
    )


def _read(cards: list[str]) -> list[Camera]:
    page = f'<html><body><div class="row">{"".join(cards)}</div></body></html>'
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _hls(name: str) -> str:
    return f"https://live.dishub-kutim.example/hls/{name}/index.m3u8"


def test_streamless_card_with_the_shared_icon_is_no_camera() -> None:
    cameras = _read(
        [
            _card("Simpang Tiga", _hls("simpang3")),
            _card("Bundaran Pelangi", _hls("pelangi")),
            _card("Simpang Sangatta Baru", None),
        ]
    )
    assert sorted(c.name for c in cameras) == ["Bundaran Pelangi", "Simpang Tiga"]
    assert all(c.snapshot_url is None for c in cameras)


def test_json_fragment_list_icon_is_no_camera() -> None:
    items = "".join(
        f'<li><img src="/images/ic_cctv.png" alt="ic cctv"><strong>{name}</strong>'
        + (f"<a onclick=\"bukaCctv('{url}','{name}')\">Live</a>" if url else "<span>Offline</span>")
        + "</li>"
        for name, url in (
            ("Pelabuhan", _hls("pelabuhan")),
            ("Maloy", _hls("maloy")),
            ("Kenyamukan", ""),
        )
    )
    text = json.dumps({"status": "success", "html": f"<ul>{items}</ul>"})
    cameras = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert sorted(c.name for c in cameras) == ["Maloy", "Pelabuhan"]


def test_streamless_card_with_its_own_picture_stays() -> None:
    cameras = _read(
        [
            _card("Simpang Tiga", _hls("simpang3")),
            _card("Bundaran Pelangi", _hls("pelangi")),
            _card("Dermaga Kenyamukan", None, "/storage/cctv/dermaga.jpg"),
        ]
    )
    dermaga = [c for c in cameras if c.name == "Dermaga Kenyamukan"]
    assert len(dermaga) == 1
    assert dermaga[0].snapshot_url == "https://cctv.dishub-kutim.example/storage/cctv/dermaga.jpg"


def test_one_streaming_card_shares_nothing() -> None:
    # One stream beside the picture: it is not shown by several streaming cameras.
    cameras = _read([_card("Simpang Tiga", _hls("simpang3")), _card("Simpang Sangatta Baru", None)])
    tiga = [c for c in cameras if c.name == "Simpang Tiga"]
    assert len(tiga) == 1
    assert tiga[0].snapshot_url == "https://cctv.dishub-kutim.example/assets/img/cctv.png"


def test_picture_shared_only_by_streamless_cards_stays() -> None:
    cameras = _read(
        [
            _card("Simpang Tiga", None, "/snap/shared.jpg"),
            _card("Bundaran Pelangi", None, "/snap/shared.jpg"),
            _card("Jalan Poros", _hls("poros"), "/snap/poros.jpg"),
            _card("Jalan Kabo", _hls("kabo"), "/snap/kabo.jpg"),
        ]
    )
    stills = {c.name: c.snapshot_url for c in cameras}
    assert stills.get("Jalan Poros") == "https://cctv.dishub-kutim.example/snap/poros.jpg"
    assert stills.get("Jalan Kabo") == "https://cctv.dishub-kutim.example/snap/kabo.jpg"
