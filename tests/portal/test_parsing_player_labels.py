"""Players whose elements sit side by side are named by the label written just before each.

A flat page (``<h3>Spillway</h3><video id="cam21"></video><h3>Intake</h3><video
id="cam22"></video>`` with one ``hls.loadSource`` per element) has no card around each
player: each is named by the heading or bold line just before its element, when no other
player's element follows that same label. Before, every such player was named by the
page's first heading: cameras that all said they were the first one.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://bendungan.example/"


def _cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _setup(ids: list[str], *, by_variable: bool = False) -> str:
    lines = []
    for number, element in enumerate(ids):
        target = f"v{number}" if by_variable else f"document.getElementById('{element}')"
        if by_variable:
            lines.append(f"var v{number} = document.getElementById('{element}');")
        lines.append(
            f"var h{number} = new Hls(); h{number}.loadSource('/live/{element}/index.m3u8');"
            f" h{number}.attachMedia({target});"
        )
    return "<script>" + "\n".join(lines) + "</script>"


def _page(body: str, ids: list[str], **kwargs: bool) -> str:
    return f"<html><body><h1>Pantauan Bendungan</h1>{body}{_setup(ids, **kwargs)}</body></html>"


def test_headings_before_side_by_side_players_name_them() -> None:
    body = (
        "<h3>Spillway Bendungan</h3><video id='cam21' controls></video>"
        "<h3>Intake Bendungan</h3><video id='cam22' controls></video>"
        "<h3>Hilir Bendungan</h3><video id='cam23' controls></video>"
    )
    for by_variable in (False, True):
        cameras = _cameras(_page(body, ["cam21", "cam22", "cam23"], by_variable=by_variable))
        assert [c.name for c in cameras] == [
            "Spillway Bendungan",
            "Intake Bendungan",
            "Hilir Bendungan",
        ]
        assert [c.stream_url for c in cameras] == [
            f"https://bendungan.example/live/{n}/index.m3u8" for n in ("cam21", "cam22", "cam23")
        ]


def test_bold_lines_before_side_by_side_players_name_them() -> None:
    body = (
        "<p><b>Papan Duga</b></p><video id='a'></video>"
        "<p><strong>Pintu Air</strong></p><video id='b'></video>"
    )
    assert [c.name for c in _cameras(_page(body, ["a", "b"]))] == ["Papan Duga", "Pintu Air"]


def test_a_card_title_still_wins_over_the_label_before_the_card() -> None:
    body = (
        "<h2>Bendungan Utama</h2>"
        "<div class='card'><h4>Spillway</h4><video id='a'></video></div>"
        "<div class='card'><h4>Intake</h4><video id='b'></video></div>"
    )
    assert [c.name for c in _cameras(_page(body, ["a", "b"]))] == ["Spillway", "Intake"]


def test_one_label_over_several_players_names_none_of_them_alone() -> None:
    """A heading followed by two players' elements is no name for either one."""
    body = "<h3>Kamera Bendungan</h3><video id='a'></video><video id='b'></video>"
    names = [c.name for c in _cameras(_page(body, ["a", "b"]))]
    assert len(names) == 2
    assert names[0] == names[1]


def test_a_label_after_the_element_names_nothing() -> None:
    """The label written after a player's element belongs to what follows it."""
    body = "<video id='a'></video><h3>Intake</h3><video id='b'></video>"
    names = [c.name for c in _cameras(_page(body, ["a", "b"]))]
    assert names[1] == "Intake"
    assert names[0] != "Intake"
