"""Player views with availability switches: the chosen view's embed is the camera's player."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.playerviews import chosen_player_views, player_views_state

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


def _windy_item(live_embed: str, **extra: object) -> dict[str, object]:
    return {
        "id": "1001",
        "title": "Sangatta Pelabuhan",
        "player": {
            "live": {
                "available": True,
                "embed": live_embed,
                "link": "https://www.webcams.example/webcams/1001/live",
            },
            "day": {"available": True, "embed": EMBED.format("1001", "day")},
        },
        "image": {"current": {"preview": "https://images.webcams.example/1001.jpg"}},
        **extra,
    }


def test_an_unplayable_live_embed_yields_to_an_available_web_view() -> None:
    day = EMBED.format("1001", "day")
    for live in (
        "rtmp://live.webcams.example/live/1001",
        "http://192.168.1.20/embed/live/1001",
        "http://localhost/embed/live/1001",
    ):
        chosen = chosen_player_views(_windy_item(live))
        assert chosen["player"] == {"day": day}, live
        item = _windy_item(live)
        del item["image"]  # a still beside a player page is read before it
        found = cameras({"result": {"webcams": [item]}})
        assert [(c.id, c.stream_url) for c in found] == [("1001", day)], live
    # A usable live embed is still the one chosen.
    live = EMBED.format("1001", "live")
    assert chosen_player_views(_windy_item(live))["player"] == {"live": live}
    # Only a non-web embed available: no media; a local host's only http embed stands in.
    rtmp = {"player": {"live": {"available": True, "embed": "rtmp://a.example/live/1"}}}
    assert chosen_player_views(rtmp)["player"] == {}
    lan = {"player": {"live": {"available": True, "embed": "http://10.0.0.5/embed/1"}}}
    assert chosen_player_views(lan)["player"] == {"live": "http://10.0.0.5/embed/1"}


def test_the_live_views_switch_is_the_state_when_the_item_names_none() -> None:
    found = cameras({"result": {"webcams": [_windy_item("rtmp://live.webcams.example/l/1")]}})
    assert [c.online for c in found] == [True]
    off = _windy_item(EMBED.format("1001", "live"))
    off["player"]["live"]["available"] = False  # type: ignore[index]
    assert player_views_state(off) is False
    assert [c.online for c in cameras({"result": {"webcams": [off]}})] == [False]
    # The item's own state field wins; views with no live view give no state.
    own = _windy_item(EMBED.format("1001", "live"), status="inactive")
    assert player_views_state(own) is None
    no_live = {"player": {"day": {"available": True, "embed": "https://a.example/d"}}}
    assert player_views_state(no_live) is None
