"""Lazy players (``<video id="cctv-12" data-src="…m3u8">``) numbered by their record."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.tol.example/"
HLS = "https://stream.tol.example/hls/{}/index.m3u8"


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def card(name: str, player: str | None, url: str | None) -> str:
    if url is None:
        inner = '<div class="video-placeholder"><div>Camera Offline</div></div>'
    else:
        own = f' id="{player}"' if player else ""
        inner = f'<video class="video-stream"{own} muted playsinline data-src="{url}"></video>'
    return (
        f'<div class="video-card"><div class="location-name">{name}</div>'
        f'<div class="video-container">{inner}</div></div>'
    )


def page(cards: list[str]) -> str:
    return f'<html><body><div class="video-grid">{"".join(cards)}</div></body></html>'


def test_record_numbered_lazy_players_give_their_ids() -> None:
    html = page(
        [
            card("Gerbang Keluar", "cctv-12", HLS.format("gt-out")),
            card("Gerbang Masuk", "cctv-11", HLS.format("gt-in")),
            card("KM 04 Kabo", "cctv-3", None),
            card("KM 08 Jembatan", "cctv-4", HLS.format("km08")),
        ]
    )
    cameras = {camera.name: camera for camera in parse(html)}
    assert set(cameras) == {"Gerbang Keluar", "Gerbang Masuk", "KM 08 Jembatan"}
    assert cameras["Gerbang Keluar"].id == "12"
    assert cameras["Gerbang Masuk"].id == "11"
    assert cameras["KM 08 Jembatan"].id == "4"
    assert cameras["KM 08 Jembatan"].stream_url == HLS.format("km08")


def test_vms_players_are_numbered_by_their_record() -> None:
    html = page(
        [
            card("VMS KM 18", "vms-21", HLS.format("vms-km18")),
            card("VMS KM 26", "vms-24", HLS.format("vms-km26")),
            card("VMS Rest Area", "vms-25", HLS.format("vms-ra")),
        ]
    )
    assert sorted(camera.id for camera in parse(html)) == ["21", "24", "25"]


def test_a_loop_counter_is_no_record_id() -> None:
    html = page(
        [
            card("Pintu Air", "video-1", HLS.format("pintu")),
            card("Spillway", "video-2", HLS.format("spill")),
            card("Hilir", "video-3", HLS.format("hilir")),
        ]
    )
    cameras = parse(html)
    assert len(cameras) == 3
    assert not {camera.id for camera in cameras} & {"1", "2", "3"}


def test_players_of_different_words_or_one_player_give_no_ids() -> None:
    mixed = page(
        [
            card("Gerbang", "cctv-12", HLS.format("gt")),
            card("Papan", "vms-21", HLS.format("vms")),
        ]
    )
    assert not {camera.id for camera in parse(mixed)} & {"12", "21"}
    single = page([card("Gerbang", "cctv-12", HLS.format("gt"))])
    assert [camera.id for camera in parse(single)] != ["12"]


def test_a_private_lazy_player_is_never_media() -> None:
    html = page(
        [
            card("Gerbang", "cctv-12", HLS.format("gt")),
            card("Rest Area", "cctv-5", "http://10.20.1.15:8888/km12/index.m3u8"),
            card("Jembatan", "cctv-7", HLS.format("km19")),
        ]
    )
    cameras = parse(html)
    assert {camera.id for camera in cameras} == {"12", "7"}
    assert all("10.20.1.15" not in (camera.stream_url or "") for camera in cameras)
