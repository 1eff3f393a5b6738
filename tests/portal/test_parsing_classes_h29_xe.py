"""A video element whose whole id is a number (``<video id=21>``, as a PHP page's loop
writes each camera's record number into its player) gives that number as the camera's
id, for players a script attaches to it and for videos with ``<source>`` children alike.
Handles such as ``video1``, ``cctv-1`` or ``player_2`` stay handles: their cameras keep
derived ids."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/"


def _parse(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _hls_cards(ids: list[str]) -> str:
    cards = "".join(
        f"""<div class="col"><video id="{e}" controls></video><script>
        var video = document.getElementById('{e}');
        var hls = new Hls(); hls.loadSource('/live/cam{n}/index.m3u8');
        hls.attachMedia(video);</script><h5>Simpang {n}</h5></div>"""
        for n, e in enumerate(ids, start=1)
    )
    return f"<html><body><h3>CCTV</h3><div class='row'>{cards}</div></body></html>"


def _source_tiles(ids: list[str]) -> str:
    tiles = "".join(
        f"""<section><h3>Dermaga {n}</h3><video id="{e}" class="video-js" controls>
        <source src="/hls/{n}/index.m3u8" type="application/x-mpegURL"></video></section>"""
        for n, e in enumerate(ids, start=1)
    )
    return f"<html><body><main>{tiles}</main></body></html>"


def test_a_number_as_a_players_video_id_is_the_camera_id() -> None:
    found = _parse(_hls_cards(["21", "22", "25"]))
    assert [(c.id, c.raw_name) for c in found] == [
        ("21", "Simpang 1"),
        ("22", "Simpang 2"),
        ("25", "Simpang 3"),
    ]


def test_a_number_as_a_video_with_sources_id_is_the_camera_id() -> None:
    found = _parse(_source_tiles(["31", "32", "35"]))
    assert [(c.id, c.raw_name) for c in found] == [
        ("31", "Dermaga 1"),
        ("32", "Dermaga 2"),
        ("35", "Dermaga 3"),
    ]


def test_video_handles_with_a_number_in_them_give_no_id() -> None:
    for ids in (["video1", "video2"], ["cctv-1", "cctv-2"], ["player_1", "player_2"]):
        found = _parse(_hls_cards(ids))
        assert len(found) == 2
        assert all(c.id.startswith("k-") for c in found), ids
        found = _parse(_source_tiles(ids))
        assert len(found) == 2
        assert all(c.id.startswith("k-") for c in found), ids


def test_a_long_number_or_a_number_with_signs_is_no_record_number() -> None:
    found = _parse(_source_tiles(["1234567890", "12.5"]))
    assert len(found) == 2
    assert all(c.id.startswith("k-") for c in found)


def test_a_number_on_a_div_a_player_attaches_to_gives_no_id() -> None:
    page = _hls_cards(["41", "42"]).replace("<video", "<div").replace("></video>", "></div>")
    found = _parse(page)
    assert len(found) == 2
    assert all(c.id.startswith("k-") for c in found)
