"""Cameras clashing on a derived id are told apart by their whole addresses, in any order."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal import normalise
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

PAGE = "https://portal.kutim.example/cctv"
PLAYER = "https://player.kutim.example/embed.php"


def page(cards: list[tuple[str, str]]) -> str:
    frames = "".join(
        f'<div class="card"><h3>{name}</h3><iframe src="{PLAYER}?{query}"></iframe></div>'
        for name, query in cards
    )
    return f"<html><body><h1>CCTV</h1>{frames}</body></html>"


def ids(text: str) -> dict[str, str]:
    result = parse_body(text, profile=Profile.AUTO, base_url=PAGE, prettify=False)
    return {camera.name: camera.id for camera in result.cameras}


CARDS = [
    ("Simpang Tiga", "stream=simpang&autoplay=1"),
    ("Kabo", "source=kabo"),
    ("Pelangi", "source=pelangi"),
    ("Pasar", "source=pasar&autoplay=1"),
]


def test_clashing_player_pages_keep_their_ids_when_the_list_is_reordered() -> None:
    first = ids(page(CARDS))
    again = ids(page(list(reversed(CARDS))))
    assert first == again
    assert len(set(first.values())) == len(CARDS)
    assert all(not value.endswith(("-2", "-3", "-4")) for value in first.values())


def test_an_unclashing_derived_id_is_unchanged() -> None:
    alone = ids(page([CARDS[0]]))
    together = ids(page(CARDS))
    assert together["Simpang Tiga"] == alone["Simpang Tiga"]


def test_a_rotating_token_does_not_change_the_id() -> None:
    monday = ids(page([("Kabo", "source=kabo&token=a1b2c3d4e5f6a7b8c9d0"), CARDS[2]]))
    tuesday = ids(page([("Kabo", "source=kabo&token=f9e8d7c6b5a4f3e2d1c0"), CARDS[2]]))
    assert monday == tuesday
    assert monday["Kabo"] != monday["Pelangi"]


def test_cameras_the_whole_address_cannot_tell_apart_are_numbered() -> None:
    notes = normalise.Notes()
    url = "https://m.example/live/index.m3u8"
    derived = normalise.derive_id(None, url)
    cameras = [
        Camera(id=derived, raw_name="A", name="A", stream_url=url),
        Camera(id=derived, raw_name="B", name="B", stream_url=url),
    ]
    kept = normalise.dedupe(cameras, notes)
    assert [camera.id for camera in kept] == [derived, f"{derived}-2"]
    assert any("duplicate camera id" in message for message in notes.result())


def test_a_clash_of_ids_the_portal_gives_is_numbered_as_before() -> None:
    body = json.dumps(
        [
            {"id": "7", "name": "Kabo", "hls": "https://m.example/a/index.m3u8"},
            {"id": "7", "name": "Pelangi", "hls": "https://m.example/b/index.m3u8"},
        ]
    )
    result = parse_body(body, profile=Profile.AUTO, base_url=PAGE, prettify=False)
    assert [camera.id for camera in result.cameras] == ["7", "7-2"]


def test_a_portal_id_shaped_like_a_derived_one_is_never_replaced() -> None:
    body = json.dumps(
        [
            {"id": "k-0123456789ab", "stream": "https://p.example.com/a.m3u8"},
            {"id": "k-0123456789ab", "stream": "https://p.example.com/b.m3u8"},
        ]
    )
    result = parse_body(body, profile=Profile.AUTO, base_url=PAGE, prettify=False)
    assert [camera.id for camera in result.cameras] == ["k-0123456789ab", "k-0123456789ab-2"]
