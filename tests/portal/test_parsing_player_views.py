"""Player views with availability switches: the chosen view's embed is the camera's player."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.playerviews import chosen_player_views

BASE = "https://api.windy.example/api/webcams/v2/list/country=ID?show=webcams:player"
EMBED = "https://webcams.windy.example/webcams/public/embed/player/{}/{}"
LINK = "https://www.windy.example/webcams/{}/timelapse/{}"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _player(cid: str, live: bool, *off: str) -> dict[str, object]:
    views: dict[str, object] = {
        "live": {"available": live, "embed": EMBED.format(cid, "live") if live else ""}
    }
    for name in ("day", "month", "year"):
        views[name] = {
            "available": name not in off,
            "link": LINK.format(cid, name),
            "embed": EMBED.format(cid, name),
        }
    return views


def _answer(*players: dict[str, object]) -> dict[str, object]:
    webcams = [
        {
            "id": f"17{number}",
            "status": "active",
            "title": f"Sangatta: Titik {number}",
            "player": player,
            "location": {"city": "Sangatta", "latitude": 0.5, "longitude": 117.5 + number / 100},
        }
        for number, player in enumerate(players, start=1)
    ]
    return {"status": "OK", "result": {"offset": 0, "total": len(webcams), "webcams": webcams}}


def test_live_embed_else_first_available_view_embed_never_the_link() -> None:
    found = cameras(
        _answer(_player("171", True), _player("172", False), _player("173", False, "day"))
    )
    assert [c.stream_url for c in found] == [
        EMBED.format("171", "live"),
        EMBED.format("172", "day"),
        EMBED.format("173", "month"),
    ]
    assert all("timelapse" not in (c.stream_url or "") for c in found)


def test_a_webcam_with_no_view_available_is_no_camera() -> None:
    found = cameras(_answer(_player("171", True), _player("172", False, "day", "month", "year")))
    assert [c.id for c in found] == ["171"]


def test_views_reduce_to_the_chosen_one() -> None:
    item: dict[str, object] = {"id": "1", "player": _player("1", False, "day")}
    assert chosen_player_views(item)["player"] == {"month": EMBED.format("1", "month")}
    # An available switch written as anything but true plays nothing; an empty embed is skipped.
    views = {
        "live": {"available": "no", "embed": EMBED.format("1", "live")},
        "day": {"available": True, "embed": " "},
        "month": {"available": True, "embed": EMBED.format("1", "month"), "link": "x"},
    }
    assert chosen_player_views({"player": views}) == {
        "player": {"month": EMBED.format("1", "month")}
    }
    assert chosen_player_views({"player": {"live": {"available": False, "embed": ""}}}) == {
        "player": {}
    }


def test_lookalikes_are_left_as_they_are() -> None:
    # Views without a switch, an embed-less object or a plain map of addresses: unchanged.
    no_switch = {"player": {"day": {"link": "https://a.example/d", "embed": "https://b/e"}}}
    assert chosen_player_views(no_switch) is no_switch
    mixed = {"player": {"live": {"available": True, "embed": "https://b/e"}, "note": "x"}}
    assert chosen_player_views(mixed) is mixed
    plain = {"player": {"live": "https://b/live", "day": "https://b/day"}}
    assert chosen_player_views(plain) is plain
    flags = {"links": {"web": {"available": True, "url": "https://a.example"}}}
    assert chosen_player_views(flags) is flags
