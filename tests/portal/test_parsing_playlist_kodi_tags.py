"""Kodi label formatting tags in extended-M3U titles, tvg-name and group-title."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.playlist import _extinf, _without_kodi_tags

BASE = "https://tv.sangatta.kutimkab.example/iptv/kamera.m3u"
HLS = "https://tv.sangatta.kutimkab.example/hls"


def parse(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def playlist(*extinf: str) -> str:
    lines = ["#EXTM3U"]
    for number, line in enumerate(extinf, 1):
        lines += [line, f"{HLS}/cam{number}/index.m3u8"]
    return "\n".join(lines) + "\n"


def test_colour_and_bold_tags_are_cut_from_the_name() -> None:
    cameras = parse(
        playlist(
            '#EXTINF:-1 tvg-id="ST" group-title="Webcam",[COLOR orange] Simpang Tiga[/COLOR]',
            "#EXTINF:-1,[COLOR blue][B]Jalan Yos Sudarso[/B][/COLOR]",
            "#EXTINF:-1,[B][COLOR FF00BFFF]Pelabuhan Bengalon[/COLOR][/B]",
        )
    )
    assert [c.name for c in cameras] == ["Simpang Tiga", "Jalan Yos Sudarso", "Pelabuhan Bengalon"]


def test_every_kodi_tag_is_markup_and_cr_is_a_space() -> None:
    assert _without_kodi_tags("[I]Taman[/I] [LIGHT]Bersemi[/LIGHT]") == "Taman Bersemi"
    assert _without_kodi_tags("[UPPERCASE]pasar[/UPPERCASE]") == "pasar"
    assert _without_kodi_tags("[LOWERCASE]A[/LOWERCASE][CAPITALIZE]b[/CAPITALIZE]") == "Ab"
    assert _without_kodi_tags("Pasar[CR]arah timur") == "Pasar arah timur"
    assert _without_kodi_tags("[color red][i]Sungai[/i][/color]") == "Sungai"


def test_tags_in_tvg_name_and_group_title_are_cut() -> None:
    attributes, _title = _extinf(
        '#EXTINF:-1 tvg-name="[COLOR red]Kabo[/COLOR]" group-title="[B]Muara Wahau[/B]",'
    )
    assert attributes["tvg-name"] == "Kabo"
    assert attributes["group-title"] == "Muara Wahau"
    cameras = parse(playlist('#EXTINF:-1 group-title="[COLOR gold]Bengalon[/COLOR]",Pasar'))
    assert [(c.name, c.area) for c in cameras] == [("Pasar", "Bengalon")]


def test_other_bracketed_text_is_kept() -> None:
    # Only Kodi's own tag names are markup: a bracketed word of a name stays.
    assert _without_kodi_tags("Kamera [Arah Dermaga]") == "Kamera [Arah Dermaga]"
    assert _without_kodi_tags("Simpang [HD] [B1]") == "Simpang [HD] [B1]"
    assert _without_kodi_tags("[COLOR]x[COLORS]") == "[COLOR]x[COLORS]"
    assert _without_kodi_tags("[BOLD] Jembatan [CRANE]") == "[BOLD] Jembatan [CRANE]"
    cameras = parse(playlist("#EXTINF:-1,Kamera [Arah Dermaga]"))
    assert [c.name for c in cameras] == ["Kamera [Arah Dermaga]"]
