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


def parse_or_none(payload: object, base: str = BASE) -> tuple[Camera, ...]:
    try:
        return parse(payload, base)
    except PortalFormatError:
        return ()


def test_a_real_camera_list_beside_page_element_lists_keeps_its_cameras() -> None:
    payload = {
        "cameras": [
            {"name": f"Cam {x}", "stream": f"https://video.kutim.example/{x}.m3u8"} for x in "ABC"
        ],
        "meta": {
            "img": [{"src": "/logo.png"}, {"src": "/banner.png"}],
            "p": [{"text": "About"}, {"text": "Contact"}],
        },
    }
    cameras = parse(payload)
    assert [(c.name, c.stream_url) for c in cameras] == [
        (f"Cam {x}", f"https://video.kutim.example/{x}.m3u8") for x in "ABC"
    ]
    assert all(c.snapshot_url is None for c in cameras)
    assert parallel_list_records(payload) is None


def test_a_camera_list_inside_the_scraper_envelope_is_not_replaced() -> None:
    cams = [{"name": "CCTV Kabo", "snapshot": "https://cams.kutim.example/kabo.jpg"}]
    payload = answer({"json": {"cameras": cams}, "img": IMGS, "span": SPANS})
    assert parallel_list_records(payload) is None


@pytest.mark.parametrize(
    "payload",
    [
        # A shop scraped through YQL: product pictures and their prices.
        answer(
            {
                "img": [{"src": "/p1.jpg"}, {"src": "/p2.jpg"}],
                "span": [{"content": "$9.99"}, {"content": "$5.00"}],
            }
        ),
        # A news answer, no YQL envelope: pictures and headlines.
        {
            "data": {
                "images": [
                    {"src": "https://cdn.kutim.example/news1.jpg"},
                    {"src": "https://cdn.kutim.example/news2.jpg"},
                ],
                "h2": [{"text": "Election results"}, {"text": "Weather"}],
            }
        },
        # Two YQL answers of a product page (labels in a second answer).
        [
            answer({"img": [{"src": "/shop/a.jpg"}, {"src": "/shop/b.jpg"}]}),
            answer({"h3": [{"content": "Kaos Batik"}, {"content": "Tas Rotan"}]}),
        ],
    ],
)
def test_pictures_beside_prices_or_headlines_are_no_cameras(payload: object) -> None:
    assert parallel_list_records(payload) == []  # type: ignore[arg-type]
    assert parse_or_none(payload) == ()


@pytest.mark.parametrize(
    ("imgs", "labels"),
    [
        # The camera word in the picture's address (camel case split: CameraImage).
        (
            [{"src": "CameraImage.ashx?id=PLB01"}, {"src": "CameraImage.ashx?id=PLB02"}],
            [{"content": "Dermaga 1"}, {"content": "Gerbang"}],
        ),
        # The camera word in the labels' markup (a label control id lblCamName_n).
        (
            [{"src": "/snap/1.jpg"}, {"src": "/snap/2.jpg"}],
            [
                {"id": "lblCamName_0", "content": "Kabo"},
                {"id": "lblCamName_1", "content": "Sangatta"},
            ],
        ),
        # The camera word in a label.
        (
            [{"src": "/snap/1.jpg"}, {"src": "/snap/2.jpg"}],
            [{"content": "CCTV Kabo"}, {"content": "CCTV Sangatta"}],
        ),
    ],
)
def test_camera_evidence_in_address_markup_or_label_pairs(
    imgs: list[dict[str, str]], labels: list[dict[str, str]]
) -> None:
    records = parallel_list_records(answer({"img": imgs, "span": labels}))
    assert records == [
        {"name": label["content"], "snapshot": img["src"]}
        for img, label in zip(imgs, labels, strict=True)
    ]


def test_outside_the_envelope_camera_lists_are_read_as_any_answer() -> None:
    # Element lists showing cameras but not in a YQL answer: not paired here.
    payload = {"img": IMGS, "span": SPANS}
    assert parallel_list_records(payload) is None


@pytest.mark.parametrize(
    "src",
    [
        "//192.168.1.10/snap.jpg",
        "//localhost/a.jpg",
        "//[::1]/a.jpg",
        "//127.0.0.1/a.jpg",
        "//169.254.169.254/latest/a.jpg",
        "http://192.168.1.10/snap.jpg",
    ],
)
def test_protocol_relative_lan_pictures_in_a_public_answer_are_refused(src: str) -> None:
    imgs = [{"src": src}, {"src": src.replace("snap", "b").replace("/a.", "/b.")}]
    labels = [{"content": "CCTV A"}, {"content": "CCTV B"}]
    payload = answer({"img": imgs, "span": labels})
    assert parallel_list_records(payload, base_url=BASE) == []
    cameras = parse_or_none(payload)
    assert not any(
        host in repr(c)
        for c in cameras
        for host in ("192.168", "localhost", "[::1]", "127.0.0.1", "169.254")
    )


def test_unlabelled_lan_pictures_protocol_relative_are_refused() -> None:
    payload = answer(
        {
            "img": [{"src": "//192.168.1.10/snap.jpg"}, {"src": "//localhost/a.jpg"}],
            "span": [{"content": "A"}, {"content": "B"}],
        }
    )
    assert parse_or_none(payload) == ()


def test_protocol_relative_public_picture_is_kept() -> None:
    imgs = [{"src": "//cams.kutim.example/a.jpg"}, {"src": "//cams.kutim.example/b.jpg"}]
    cameras = parse(answer({"img": imgs, "span": SPANS}))
    assert [c.snapshot_url for c in cameras] == [
        "https://cams.kutim.example/a.jpg",
        "https://cams.kutim.example/b.jpg",
    ]
    assert [c.name for c in cameras] == [s["content"] for s in SPANS]


def test_protocol_relative_lan_picture_in_a_local_answer_is_kept() -> None:
    imgs = [{"src": "//192.168.1.10/a.jpg"}, {"src": "//192.168.1.10/b.jpg"}]
    records = parallel_list_records(
        answer({"img": imgs, "span": SPANS}), base_url="http://192.168.1.2/m/", local=True
    )
    assert records == [
        {"name": SPANS[0]["content"], "snapshot": imgs[0]["src"]},
        {"name": SPANS[1]["content"], "snapshot": imgs[1]["src"]},
    ]
