"""Shapes read after holdout 19: Home Assistant states, Smartsheet sheets, typed media."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.kutim.example/cctv"
HASS = "https://hub.kutim.example:8123/api/states"


def cameras(body: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value (or a text body) as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- Home Assistant GET /api/states ----------------------------------------------------


def _entity(entity_id: str, state: str, **attributes: object) -> dict[str, object]:
    return {
        "entity_id": entity_id,
        "state": state,
        "attributes": attributes,
        "last_changed": "2026-12-01T00:00:00+00:00",
        "context": {"id": "01J", "parent_id": None, "user_id": None},
    }


def _proxy(entity_id: str, token: str) -> str:
    return f"/api/camera_proxy/{entity_id}?token={token}"


def test_home_assistant_states_list_only_camera_entities() -> None:
    body = [
        _entity("sun.sun", "above_horizon", friendly_name="Sun"),
        _entity(
            "camera.gate",
            "streaming",
            access_token="a" * 64,
            friendly_name="Gate",
            entity_picture=_proxy("camera.gate", "a" * 64),
        ),
        _entity("person.anna", "home", friendly_name="Anna", entity_picture="/local/anna.jpg"),
        _entity(
            "camera.yard",
            "unavailable",
            friendly_name="Yard",
            entity_picture=_proxy("camera.yard", "b" * 64),
        ),
        _entity("camera.restored", "unavailable", restored=True, friendly_name="Restored"),
    ]
    found = cameras(body, HASS)
    assert [(c.id, c.raw_name, c.online) for c in found] == [
        ("camera.gate", "Gate", True),
        ("camera.yard", "Yard", False),
    ]
    assert found[0].snapshot_url == (
        "https://hub.kutim.example:8123/api/camera_proxy/camera.gate?token=" + "a" * 64
    )
    assert found[0].stream_url is None


def test_home_assistant_single_state_answer_is_read() -> None:
    body = _entity(
        "camera.porch", "idle", friendly_name="Porch", entity_picture=_proxy("camera.porch", "c")
    )
    found = cameras(body, HASS + "/camera.porch")
    assert [(c.id, c.online) for c in found] == [("camera.porch", True)]


def test_home_assistant_states_without_cameras_are_no_camera_list() -> None:
    body = [
        _entity("person.anna", "home", friendly_name="Anna", entity_picture="/local/anna.jpg"),
        _entity("sensor.level", "412", friendly_name="Level"),
    ]
    with pytest.raises(PortalFormatError):
        cameras(body, HASS)


# --- Smartsheet sheets: cells named by columnId ----------------------------------------


def _sheet(rows: list[list[object]]) -> dict[str, object]:
    titles = ["Name", "ID", "Region", "Snapshot", "Stream"]
    columns = [{"id": 1000 + n, "index": n, "title": t} for n, t in enumerate(titles)]
    return {
        "id": 77,
        "name": "Cameras",
        "columns": columns,
        "rows": [
            {
                "id": 500 + r,
                "rowNumber": r + 1,
                # Cells out of column order: the columnId names them, not their place.
                "cells": [
                    {"columnId": 1000 + n, "value": v}
                    for n, v in reversed(list(enumerate(row)))
                    if v is not None
                ],
            }
            for r, row in enumerate(rows)
        ],
    }


def test_smartsheet_cells_are_named_by_their_column_title() -> None:
    body = _sheet(
        [
            ["Harbour", "C-1", "North", "https://img.kutim.example/c1.jpg", None],
            ["Bridge", "C-2", "South", None, "https://live.kutim.example/c2/index.m3u8"],
        ]
    )
    found = cameras(body)
    assert [(c.raw_name, c.area) for c in found] == [("Harbour", "North"), ("Bridge", "South")]
    assert found[0].snapshot_url == "https://img.kutim.example/c1.jpg"
    assert found[1].stream_url == "https://live.kutim.example/c2/index.m3u8"


def test_smartsheet_hyperlink_cell_gives_its_address() -> None:
    body = _sheet([["Harbour", "C-1", "North", None, None]])
    rows = body["rows"]
    assert isinstance(rows, list)
    rows[0]["cells"].append(
        {
            "columnId": 1004,
            "value": "Watch",
            "hyperlink": {"url": "https://live.kutim.example/h.m3u8"},
        }
    )
    found = cameras(body)
    assert [c.stream_url for c in found] == ["https://live.kutim.example/h.m3u8"]


def test_columns_with_ids_and_positional_rows_stay_positional() -> None:
    body = {
        "columns": [{"id": 1, "title": "name"}, {"id": 2, "title": "stream"}],
        "rows": [["Gate", "https://live.kutim.example/gate.m3u8"]],
    }
    found = cameras(body)
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Gate", "https://live.kutim.example/gate.m3u8")
    ]


# --- A camera's media as typed entries ({type: image|video, url}) ---------------------


def test_typed_media_entries_are_one_camera() -> None:
    body = {
        "webcams": [
            {
                "title": "Marina",
                "urls": [
                    {
                        "type": "image",
                        "url": "https://img.kutim.example/m.jpg",
                        "lat": "1.5",
                        "lng": "117.4",
                    },
                    {
                        "type": "video",
                        "url": "https://live.kutim.example/m/index.m3u8",
                        "lat": "1.5",
                        "lng": "117.4",
                    },
                ],
            },
            {
                "title": "Quay",
                "urls": [{"type": "Video", "url": "https://live.kutim.example/q.m3u8"}],
            },
        ]
    }
    found = cameras(body)
    assert [c.raw_name for c in found] == ["Marina", "Quay"]
    assert found[0].stream_url == "https://live.kutim.example/m/index.m3u8"
    assert found[0].snapshot_url == "https://img.kutim.example/m.jpg"
    assert (found[0].latitude, found[0].longitude) == (1.5, 117.4)


def test_named_entries_of_one_kind_stay_cameras_of_their_own() -> None:
    body = {
        "groups": [
            {
                "title": "Harbour",
                "cameras": [
                    {"type": "video", "name": "Quay", "url": "https://live.kutim.example/q.m3u8"},
                    {"type": "video", "name": "Pier", "url": "https://live.kutim.example/p.m3u8"},
                ],
            }
        ]
    }
    found = cameras(body)
    assert [c.raw_name for c in found] == ["Quay", "Pier"]


# --- XSPF playlists ------------------------------------------------------------------

_XSPF = """<?xml version="1.0" encoding="UTF-8"?>
<playlist xmlns="http://xspf.org/ns/0/" xmlns:vlc="http://www.videolan.org/vlc/playlist/ns/0/"
 version="1"><title>Cams</title><trackList>{tracks}</trackList>{extension}</playlist>"""


def _track(number: int, title: str, album: str | None = None) -> str:
    album_element = f"<album>{album}</album>" if album else ""
    return (
        f"<track><location>https://live.kutim.example/{number}.m3u8</location>"
        f"<title>{title}</title>{album_element}<trackNum>{number + 1}</trackNum>"
        '<extension application="http://www.videolan.org/vlc/playlist/0">'
        f"<vlc:id>{number}</vlc:id></extension></track>"
    )


def test_xspf_album_is_the_area_and_vlc_id_no_identifier() -> None:
    body = _XSPF.format(tracks=_track(0, "Quay", "Harbour") + _track(1, "Pier"), extension="")
    found = cameras(body, "https://kutim.example/cams.xspf")
    assert [(c.raw_name, c.area) for c in found] == [("Quay", "Harbour"), ("Pier", None)]
    assert all(c.id.startswith("k-") for c in found)
    assert found[0].stream_url == "https://live.kutim.example/0.m3u8"


def test_xspf_vlc_folders_name_the_area_innermost_first() -> None:
    extension = (
        '<extension application="http://www.videolan.org/vlc/playlist/0">'
        '<vlc:node title="All"><vlc:node title="Harbour"><vlc:item tid="0"/></vlc:node>'
        '<vlc:item tid="1"/></vlc:node><vlc:item tid="2"/></extension>'
    )
    tracks = _track(0, "Quay") + _track(1, "Pier", "Coast") + _track(2, "Gate")
    found = cameras(_XSPF.format(tracks=tracks, extension=extension))
    assert [(c.raw_name, c.area) for c in found] == [
        ("Quay", "Harbour"),
        ("Pier", "Coast"),
        ("Gate", None),
    ]


def test_deeply_nested_vlc_folders_stay_bounded() -> None:
    nested = '<vlc:node title="n">' * 60 + '<vlc:item tid="0"/>' + "</vlc:node>" * 60
    extension = (
        f'<extension application="http://www.videolan.org/vlc/playlist/0">{nested}</extension>'
    )
    found = cameras(_XSPF.format(tracks=_track(0, "Quay"), extension=extension))
    assert [(c.raw_name, c.area) for c in found] == [("Quay", None)]


# --- Webcam cards keyed by slugs (data-cam), panorama alt texts, framed tiles ---------

_CARDS = """<html><body><main>
<section><h2>North</h2>
 <article class="cam" data-cam="summit"><img src="https://img.kutim.example/summit.jpg"
  alt="Panorama Summit Cross"><h3>Summit Cross</h3></article>
 <article class="cam" data-cam="lift"><iframe src="https://www.skaping.example/resort/lift"
  allowfullscreen></iframe><h3>Lift Top</h3></article>
 <article class="cam" data-cam="ridge"><img src="https://img.kutim.example/ridge.jpg"
  alt="Ridge"><h3>Ridge</h3></article>
</section>
<section><h2>South</h2>
 <article class="cam" data-cam="valley"><img src="https://img.kutim.example/valley.jpg"
  alt="Panorama Valley"><h3>Valley</h3></article>
</section>
</main></body></html>"""


def test_card_slugs_panorama_alts_and_framed_tiles() -> None:
    found = cameras(_CARDS, "https://resort.kutim.example/webcams")
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("summit", "Summit Cross", "North"),
        ("ridge", "Ridge", "North"),
        ("valley", "Valley", "South"),
        ("lift", "Lift Top", "North"),
    ]
    assert found[-1].stream_url == "https://www.skaping.example/resort/lift"


def test_a_panorama_alt_naming_another_place_stays_the_name() -> None:
    body = _CARDS.replace('alt="Panorama Valley"', 'alt="Panorama Lake Shore"')
    found = cameras(body, "https://resort.kutim.example/webcams")
    assert "Panorama Lake Shore" in [c.raw_name for c in found]


def test_data_camera_on_a_player_element_is_no_card_id() -> None:
    body = (
        '<html><body><video data-camera="gate-7" src="https://live.kutim.example/g.m3u8">'
        "</video><p>Gate</p></body></html>"
    )
    found = cameras(body, "https://kutim.example/")
    assert [c.id for c in found] != ["gate-7"]
