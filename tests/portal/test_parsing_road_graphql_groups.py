"""Holdout 44 classes: road cameras named by locality, GraphQL list queries, group words.

* A record naming the motorway it stands on in words and its locality is named by the
  locality (the road is shared by every camera on it).
* A GraphQL answer's one list query (``listCameraViewsQuery: {cameraViews, totalRecords,
  error}``) lists the cameras; a relative ``uri`` (``camera/4101/1``) is the id.
* A dashboard's own group word (``group: "valley"``) is the area when nothing else
  places the camera; a ``linkUrl`` page stands in for a camera without a still.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://lalin.kutimkab.example/api/cameras"


def parse(answer: Any, base: str = BASE) -> list[Camera]:
    text = json.dumps(answer)
    return list(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


def road(i: int, **fields: Any) -> dict[str, Any]:
    return {"id": f"r{i}", "snapshotUrl": f"https://jalan.kutimkab.example/cam/{i}.jpg", **fields}


# --- road cameras named by their locality ---------------------------------------------


def test_a_motorway_in_words_beside_a_locality_names_no_camera() -> None:
    answer = [
        road(1, autostrada="Jalan Poros Sangatta-Bontang", localita="Simpang Tiga"),
        road(2, autostrada="Jalan Poros Sangatta-Bontang", localita="Kenyamukan"),
        road(3, highway="Jalan Trans Kalimantan", locality="Muara Wahau"),
    ]
    cameras = parse(answer)
    assert [(c.name, c.area) for c in cameras] == [
        ("Simpang Tiga", None),
        ("Kenyamukan", None),
        ("Muara Wahau", None),
    ]


def test_a_locality_every_record_shares_is_the_lists_place_not_a_name() -> None:
    # One locality on every camera along the road is the place the list covers.
    shared = [
        road(i, highway="Jalan Poros Sangatta-Bontang", locality="Kenyamukan") for i in (1, 2, 3)
    ]
    cameras = parse(shared)
    assert [c.area for c in cameras] == ["Kenyamukan"] * 3
    assert all(c.name != "Kenyamukan" for c in cameras)
    # One record differing is enough for each locality to name its own camera.
    mixed = [*shared[:2], road(3, highway="Jalan Poros Sangatta-Bontang", locality="Sangkima")]
    assert [(c.name, c.area) for c in parse(mixed)] == [
        ("Kenyamukan", None),
        ("Kenyamukan", None),
        ("Sangkima", None),
    ]


def test_a_designated_road_beside_a_locality_still_names_no_camera() -> None:
    cameras = parse(
        [
            road(1, autostrada="A22", localita="Bolzano Nord"),
            road(2, highway="SH1", locality="Otaki"),
        ]
    )
    assert [c.name for c in cameras] == ["Bolzano Nord", "Otaki"]


def test_a_record_with_its_own_name_keeps_it_and_its_locality_is_its_area() -> None:
    answer = [
        road(1, name="Jembatan Sepaso", highway="Jalan Poros Sangatta-Bengalon", locality="Sepaso"),
        road(2, name="Simpang Sepaso", highway="Jalan Poros Sangatta-Bengalon", locality="Sepaso"),
    ]
    assert [(c.name, c.area) for c in parse(answer)] == [
        ("Jembatan Sepaso", "Sepaso"),
        ("Simpang Sepaso", "Sepaso"),
    ]


def test_a_street_field_in_words_is_not_read_as_a_motorway() -> None:
    # ``jalan``/``street`` may be the camera's own spot: the locality does not replace it.
    answer = [road(1, jalan="Jl. Yos Sudarso", locality="Sangatta Utara")]
    assert [(c.name, c.area) for c in parse(answer)] == [("Jl. Yos Sudarso", "Sangatta Utara")]


# --- GraphQL list queries ---------------------------------------------------------------


def view(uri: str, title: str, url: str | None, *sources: str) -> dict[str, Any]:
    return {
        "category": "VIDEO" if sources else "IMAGE",
        "title": title,
        "uri": uri,
        "url": url,
        "sources": [{"type": "application/x-mpegURL", "src": src} for src in sources],
        "parentCollection": {"title": "Simpang Tiga", "uri": uri.rsplit("/", 1)[0]},
    }


def answer_of(*views: dict[str, Any], **side: Any) -> dict[str, Any]:
    return {"data": {"listCameraViewsQuery": {"cameraViews": list(views), **side}}}


STILL = "https://kscam.lalin.kutimkab.example/KTM_4101_IMAGE001.JPG"
HLS = "https://stream.lalin.kutimkab.example/rtplive/KTM4101A/playlist.m3u8?token=abc.def"


def test_each_view_of_a_list_query_is_a_camera_addressed_by_its_uri() -> None:
    answer = answer_of(
        view("camera/4101/1", "Simpang Tiga - Arah Bontang", STILL, HLS),
        view("camera/4101/2", "Simpang Tiga - Arah Bengalon", STILL.replace("001", "002")),
        totalRecords=2,
        error=None,
    )
    cameras = parse(answer)
    assert [(c.id, c.name) for c in cameras] == [
        ("camera/4101/1", "Simpang Tiga - Arah Bontang"),
        ("camera/4101/2", "Simpang Tiga - Arah Bengalon"),
    ]
    assert cameras[0].stream_url == HLS  # the portal's own token stays
    assert cameras[0].snapshot_url == STILL
    assert all(c.area is None for c in cameras)


def test_an_error_object_beside_the_list_is_allowed() -> None:
    answer = answer_of(
        view("camera/4101/1", "Simpang Tiga", STILL),
        totalRecords=1,
        error={"message": "partial", "type": "WARN"},
    )
    assert [c.name for c in parse(answer)] == ["Simpang Tiga"]


def test_a_query_result_with_other_fields_is_not_read_as_one_list() -> None:
    # A query result carrying fields of its own is a record, not a list envelope.
    answer = answer_of(view("camera/4101/1", "Simpang Tiga", STILL), title="Kamera Lalin")
    # The record keyed by the query's name is the one camera; its view is no camera of
    # its own and its uri no id.
    (camera,) = parse(answer)
    assert camera.id.startswith("k-")
    assert (camera.name, camera.area, camera.snapshot_url) == ("listCameraViewsQuery", None, STILL)


def test_a_uri_holding_an_address_or_a_file_is_no_id() -> None:
    answer = answer_of(
        {"title": "A", "uri": "https://kscam.lalin.kutimkab.example/a", "url": STILL},
        {"title": "B", "uri": "images/b.jpg", "url": STILL.replace("001", "002")},
        {"title": "C", "uri": "camera/12/../../etc", "url": STILL.replace("001", "003")},
    )
    ids = [c.id for c in parse(answer)]
    assert len(ids) == 3
    assert all(not i.startswith(("https:", "images/", "camera/")) for i in ids)


def test_a_private_stream_beside_a_public_still_is_dropped() -> None:
    answer = answer_of(
        view("camera/4101/1", "Simpang Tiga", STILL, HLS),
        view(
            "camera/4102/1", "Polder", STILL.replace("4101", "4102"), "http://10.12.4.30/live.m3u8"
        ),
    )
    cameras = parse(answer)
    assert cameras[1].stream_url is None
    assert cameras[1].snapshot_url == STILL.replace("4101", "4102")


# --- group words and link pages ---------------------------------------------------------


def cam(i: int, **fields: Any) -> dict[str, Any]:
    return {"id": f"c{i}", "name": f"Kamera {i}", **fields}


def jpg(i: int) -> str:
    return f"https://cuaca.kutimkab.example/cam/{i}.jpg"


def test_a_group_word_is_the_area_when_nothing_else_places_the_camera() -> None:
    answer = {
        "cams": [
            cam(1, group="valley", stillUrl=jpg(1)),
            cam(2, kelompok="pesisir", stillUrl=jpg(2)),
        ]
    }
    assert [c.area for c in parse(answer)] == ["valley", "pesisir"]


def test_group_words_that_place_nothing_are_no_area() -> None:
    answer = {
        "cams": [
            cam(1, group="Featured", stillUrl=jpg(1)),
            cam(2, group="Arterial", stillUrl=jpg(2)),
            cam(3, group="Expressway", stillUrl=jpg(3)),
            cam(4, group=3, stillUrl=jpg(4)),
            cam(5, group="online", stillUrl=jpg(5)),
            cam(6, group="https://cuaca.kutimkab.example/g/1", stillUrl=jpg(6)),
            cam(7, group=["valley"], stillUrl=jpg(7)),
        ]
    }
    assert [c.area for c in parse(answer)] == [None] * 7


def test_an_area_field_beats_the_group() -> None:
    answer = {"cams": [cam(1, group="valley", kecamatan="Sangatta Utara", stillUrl=jpg(1))]}
    assert [c.area for c in parse(answer)] == ["Sangatta Utara"]


def test_a_link_url_stands_in_only_for_a_camera_without_a_still() -> None:
    player = "https://webtv.kutim-cams.example/id/webcam/player/bukit-pelangi-6259"
    answer = {
        "cams": [
            cam(1, stillUrl=jpg(1), linkUrl="https://cuaca.kutimkab.example/webcam/1"),
            cam(2, stillUrl=None, linkUrl=player),
            cam(3, stillUrl=None, linkUrl=None),
        ]
    }
    cameras = parse(answer)
    assert [(c.id, c.stream_url, c.snapshot_url) for c in cameras] == [
        ("c1", None, jpg(1)),
        ("c2", player, None),
    ]


def test_credentials_in_a_link_url_are_never_copied_into_a_name() -> None:
    answer = {
        "cams": [cam(1, stillUrl=jpg(1), linkUrl="https://user:rahasia@cuaca.kutimkab.example/w")]
    }
    cameras = parse(answer)
    assert all("rahasia" not in (c.name or "") for c in cameras)
    assert all("rahasia" not in (c.stream_url or "") for c in cameras)


def test_a_record_with_a_hinted_name_keeps_it_beside_a_motorway_and_locality() -> None:
    labels = ["KM 12 arah Samarinda", "KM 12 arah Balikpapan", "Gerbang Tol Samboja"]
    answer = [
        road(i, label_kamera=label, highway="Jalan Tol Balikpapan-Samarinda", locality="Samboja")
        for i, label in enumerate(labels)
    ]
    assert [(c.name, c.area) for c in parse(answer)] == [(label, "Samboja") for label in labels]


def test_a_record_with_its_own_spot_field_keeps_it_beside_a_motorway_and_locality() -> None:
    spots = ["Svincolo Bolzano Sud km 12", "Svincolo Bolzano Nord km 3"]
    answer = [
        road(i, lokasi_cctv=spot, autostrada="A22 del Brennero", localita="Bolzano")
        for i, spot in enumerate(spots)
    ]
    assert [(c.name, c.area) for c in parse(answer)] == [(spot, "Bolzano") for spot in spots]


@pytest.mark.parametrize(
    "group",
    [
        *("default", "Default Group", "admin", "users", "guest", "private", "Hidden"),
        *("test", "Lainnya", "Umum", "Group A", "B"),
    ],
)
def test_account_access_and_catch_all_groups_are_no_area(group: str) -> None:
    answer = {"cams": [cam(1, group=group, stillUrl=jpg(1)), cam(2, group=group, stillUrl=jpg(2))]}
    assert [c.area for c in parse(answer)] == [None, None]


def test_a_link_url_to_an_article_or_a_menu_item_is_no_camera() -> None:
    articles = {
        "articles": [
            {
                "id": i,
                "title": f"Berita kecelakaan {i}",
                "linkUrl": f"{NEWS}/2026/12/{i}/kecelakaan",
            }
            for i in range(3)
        ]
    }
    menu = {
        "items": [
            {"id": i, "name": f"Menu {i}", "price": 15000, "link_url": f"{RESTO}/menu/{i}"}
            for i in range(3)
        ]
    }
    with pytest.raises(PortalFormatError):
        parse(articles, f"{NEWS}/api/articles")
    with pytest.raises(PortalFormatError):
        parse(menu, f"{RESTO}/api/menu")


NEWS = "https://news.kutimkab.example"
RESTO = "https://resto.kutimkab.example"


def test_a_list_query_not_named_for_cameras_is_not_read_as_one() -> None:
    # A blog's posts query: its ``uri`` is a post's, never a camera's id.
    answer = {
        "data": {
            "posts": {
                "nodes": [
                    {"title": f"Berita {i}", "featuredImage": jpg(i), "uri": f"posts/{i}"}
                    for i in range(3)
                ],
                "pageInfo": {"hasNextPage": False},
            }
        }
    }
    assert all(c.id.startswith("k-") for c in parse(answer, f"{NEWS}/graphql"))


def test_list_localities_read_only_when_a_record_may_hold_a_road() -> None:
    """The shared-locality scan runs only for a list some record of which may name a
    road: a road word in a key or a text at any depth (a property list's field name),
    text beyond ASCII or an escaped name; a list with none skips it."""
    from custom_components.kutim_cctv.portal.normalise import _may_hold_road

    assert not _may_hold_road([{"nama": "Simpang Tiga", "lokasi": "Sangatta"}] * 3)
    assert _may_hold_road([{"nama": "A"}, {"roadName": "Poros"}])
    assert _may_hold_road([{"nama": "A", "props": [{"name": "Highway", "value": "A1"}]}])
    assert _may_hold_road([{"nama": "A", "r_x006f_ad": "Poros"}])
    assert _may_hold_road([{"nama": "Straße"}])
    assert _may_hold_road([{"nama": "A", "kamera": [{"x": 1}] * 30_000}])


@pytest.mark.parametrize(
    "key",
    [
        "roadName",
        "RoadName",
        "nama_jalan",
        "NM_JALAN",
        "r_x006f_ad",  # an escaped character the key normaliser reads
        "HIGH_x0057_AY",
        "x_studio_highway",
        "Jalan (utama)",
        "KD-Ruas",
        "cctv.street",
        "Straße",
        "h&#105;ghway",  # no key normaliser decodes entities: never a road field
        "jal%61n",
        "r_X006F_ad",  # an upper-case escape is left as written
        "HighWay",
        "high-way",
        "lokasi",
        "nama",
    ],
)
def test_the_road_pre_check_reads_keys_as_the_road_field_test_does(key: str) -> None:
    """A key is looked at in the form ``_road_field`` reads (``norm_key``), nested too:
    the pre-check says a record may hold a road exactly when that form has a road word,
    whatever the raw spelling."""
    from custom_components.kutim_cctv.portal.normalise import (
        _ROAD_WORD_TEXT,
        _may_hold_road,
        _road_field,
    )
    from custom_components.kutim_cctv.portal.values import norm_key

    canonical = norm_key(key)
    expected = _ROAD_WORD_TEXT.search(canonical) is not None
    if _road_field(canonical):
        assert expected
    assert _may_hold_road([{"nama": "A", key: "Poros"}]) is expected
    assert _may_hold_road([{"nama": "A", "lokasi": {key: "Poros"}}]) is expected
