"""Pictures and their name labels given as two element lists side by side (YQL answers)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.parallellists import parallel_list_records

BASE = "https://jalan.kutim.example/m/clist.php"


def parse(payload: object, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def answer(results: dict[str, object]) -> dict[str, object]:
    return {
        "query": {
            "count": 2,
            "created": "2026-12-07T09:14:22Z",
            "lang": "en-US",
            "results": results,
        }
    }


IMGS = [
    {"height": "120px", "src": "TrafficImages.aspx?ImagePath=QUJD+/x==", "width": "160px"},
    {"height": "120px", "src": "TrafficImages.aspx?ImagePath=REVG+/y==", "width": "160px"},
]
SPANS = [
    {"id": "DataList1_lblCamName_0", "content": "SGT_CAM_01_SIMPANG_TIGA"},
    {"id": "DataList1_lblCamName_1", "content": "SGT_CAM_02_KABO"},
]


def test_two_answers_side_by_side_pair_pictures_and_labels_by_position() -> None:
    cameras = parse([answer({"img": IMGS}), answer({"span": SPANS})])
    assert [(c.name, c.snapshot_url) for c in cameras] == [
        (
            "SGT_CAM_01_SIMPANG_TIGA",
            "https://jalan.kutim.example/m/TrafficImages.aspx?ImagePath=QUJD+/x==",
        ),
        ("SGT_CAM_02_KABO", "https://jalan.kutim.example/m/TrafficImages.aspx?ImagePath=REVG+/y=="),
    ]
    assert all(c.stream_url is None for c in cameras)
    assert not any("DataList1" in c.id for c in cameras)  # a label's element id is no camera id


def test_one_answer_with_both_lists_and_other_links() -> None:
    links = [{"href": "next.aspx", "content": "Berikutnya"}]
    records = parallel_list_records(answer({"img": IMGS, "span": SPANS, "a": links}))
    assert records == [
        {"name": "SGT_CAM_01_SIMPANG_TIGA", "snapshot": IMGS[0]["src"]},
        {"name": "SGT_CAM_02_KABO", "snapshot": IMGS[1]["src"]},
    ]


@pytest.mark.parametrize(
    "payload",
    [
        # Lengths differ.
        [answer({"img": IMGS}), answer({"span": SPANS[:1]})],
        # Two label lists: which one names the pictures would be a guess.
        answer({"img": IMGS, "span": SPANS, "h3": SPANS}),
        # Pictures naming themselves (alt): read as records, never paired.
        answer({"img": [{**img, "alt": "x"} for img in IMGS], "span": SPANS}),
        # Labels that are addresses.
        answer({"img": IMGS, "span": [{"content": "https://a.example/1"}, {"content": "b"}]}),
        # Labels carrying more than their text and markup (records of their own).
        answer({"img": IMGS, "span": [{**s, "lat": 0.5} for s in SPANS]}),
        # Links are no labels.
        answer({"img": IMGS, "a": [{"href": "x", "content": "A"}, {"href": "y", "content": "B"}]}),
        # One picture only.
        answer({"img": IMGS[:1], "span": SPANS[:1]}),
        # Five answers: not two scraper answers side by side.
        [answer({"img": IMGS}), answer({"span": SPANS}), {}, {}, {}],
    ],
)
def test_near_misses_are_not_paired(payload: object) -> None:
    assert parallel_list_records(payload) is None  # type: ignore[arg-type]


def test_lan_picture_in_a_public_answer_is_never_taken() -> None:
    imgs = [{"src": "http://192.168.1.20/snap.jpg"}, {"src": "http://10.0.0.7/snap.jpg"}]
    try:
        cameras = parse([answer({"img": imgs}), answer({"span": SPANS})])
    except PortalFormatError:
        return
    assert not any("192.168" in repr(c) or "10.0.0.7" in repr(c) for c in cameras)


def test_login_in_a_picture_address_is_never_copied() -> None:
    imgs = [
        {"src": "https://viewer:Rahasia9@cams.kutim.example/a.jpg"},
        {"src": "https://cams.kutim.example/b.jpg"},
    ]
    try:
        cameras = parse([answer({"img": imgs}), answer({"span": SPANS})])
    except PortalFormatError:
        return
    assert all("Rahasia9" not in repr(c) for c in cameras)
