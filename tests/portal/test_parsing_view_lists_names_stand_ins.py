"""Narrow readings of thumbnail lists, location names, stand-in loops and GetImage handlers.

- A thumbnail list (``thumbnails``, ``thumbLinks``, ``previews``) is views of one camera
  only while its entries are bare pictures; entries with their own name, id or stream are
  cameras (a place's ``thumbnails: [{name, url}]``).
- A location detail's name that is an e-mail, an address or markup is no area.
- A relay's stand-in loop is named by its whole file name (``tempsus.m3u8``), never by one
  word among the camera's own (``simpang-offline-0.m3u8``).
- ``GetImage?id=``/``?ch=`` is a camera's frame only under a host or folder naming a camera
  or a recorder; a CMS's ``/api/GetImage.aspx?id=12`` may serve any stored file.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import url_kind
from custom_components.kutim_cctv.portal.media import is_placeholder_stream
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.example.com/api/cams.json"


def _parse(value: object, base: str = BASE) -> list[Camera]:
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


# --- thumbnail lists ---------------------------------------------------------------


def test_place_thumbnails_with_names_are_cameras() -> None:
    """A place's thumbnails each named: three cameras in the place's area."""
    cams = _parse(
        [
            {
                "name": "Sangatta",
                "thumbnails": [
                    {"name": f"Simpang {i}", "url": f"https://cctv.example.id/snap/{i}.jpg"}
                    for i in range(3)
                ],
            }
        ]
    )
    assert [(c.name, c.area, c.snapshot_url) for c in cams] == [
        (f"Simpang {i}", "Sangatta", f"https://cctv.example.id/snap/{i}.jpg") for i in range(3)
    ]


def test_place_previews_with_ids_and_streams_are_cameras() -> None:
    """Entries with their own id and stream under ``previews`` are cameras too."""
    cams = _parse(
        [
            {
                "name": "Bengalon",
                "previews": [
                    {
                        "id": f"b{i}",
                        "stream": f"https://cctv.example.id/live/b{i}/index.m3u8",
                        "url": f"https://cctv.example.id/snap/b{i}.jpg",
                    }
                    for i in range(2)
                ],
            }
        ]
    )
    assert [(c.id, c.stream_url, c.snapshot_url) for c in cams] == [
        (
            f"b{i}",
            f"https://cctv.example.id/live/b{i}/index.m3u8",
            f"https://cctv.example.id/snap/b{i}.jpg",
        )
        for i in range(2)
    ]


def test_bare_direction_thumbnails_stay_views_of_one_camera() -> None:
    """Near-miss: entries giving only a direction and a picture are views of one camera."""
    cams = _parse(
        [
            {
                "name": f"Jl. Yos Sudarso {n}",
                "thumbnails": [
                    {"direction": "North", "url": f"https://cctv.example.id/loc{n}N.jpg"},
                    {"direction": "South", "url": f"https://cctv.example.id/loc{n}S.jpg"},
                ],
            }
            for n in range(2)
        ]
    )
    assert [(c.name, c.snapshot_url) for c in cams] == [
        ("Jl. Yos Sudarso 0", "https://cctv.example.id/loc0N.jpg"),
        ("Jl. Yos Sudarso 1", "https://cctv.example.id/loc1N.jpg"),
    ]


def test_bare_thumb_links_stay_views_of_one_camera() -> None:
    """Near-miss: ``thumbLinks: [{cacheLink, sourceLink, direction}]`` gives the source still."""
    cams = _parse(
        [
            {
                "name": f"Cam {n}",
                "thumbLinks": [
                    {
                        "cacheLink": f"https://index.example.com/cache/{n}.jpg",
                        "sourceLink": f"https://cctv.example.id/src/{n}.jpg",
                        "direction": "East",
                    }
                ],
            }
            for n in range(2)
        ]
    )
    assert [c.snapshot_url for c in cams] == [
        "https://cctv.example.id/src/0.jpg",
        "https://cctv.example.id/src/1.jpg",
    ]


def test_named_views_list_keeps_its_reading() -> None:
    """Near-miss: ``views`` (no thumbnail list) is still read as views of one camera."""
    cams = _parse(
        [
            {
                "name": f"Station {n}",
                "images": [
                    {"name": "North", "url": f"https://cctv.example.id/st{n}/n.jpg"},
                    {"name": "South", "url": f"https://cctv.example.id/st{n}/s.jpg"},
                ],
            }
            for n in range(2)
        ]
    )
    assert [(c.name, c.snapshot_url) for c in cams] == [
        ("Station 0", "https://cctv.example.id/st0/n.jpg"),
        ("Station 1", "https://cctv.example.id/st1/n.jpg"),
    ]


# --- location detail names -----------------------------------------------------------


def _detail(name: str) -> dict[str, object]:
    return {
        "location": {"id": "u1", "name": name, "latitude": -6.2, "longitude": 106.8},
        "cameras": [
            {"id": i, "name": f"Cam {i}", "hls_url": f"https://cctv.example.id/live/{i}/index.m3u8"}
            for i in range(2)
        ],
    }


@pytest.mark.parametrize(
    "name",
    [
        "<b>Home</b> admin@example.com",
        "admin@example.com",
        "Rumah budi.santoso@mail.example.id",
        "https://maps.example.com/place/7",
        "www.kutim.example/lokasi",
        "<span>Sangatta</span>",
    ],
)
def test_account_like_location_name_gives_no_area(name: str) -> None:
    """An e-mail, an address or markup as the location's name: no area, no position."""
    cams = _parse(_detail(name))
    assert [(c.id, c.area, c.latitude, c.longitude) for c in cams] == [
        ("0", None, None, None),
        ("1", None, None, None),
    ]


@pytest.mark.parametrize("name", ["Simpang Tiga Sangatta", "Jl. A & B (Bundaran)", "Pos 3 <> 4"])
def test_plain_location_name_is_the_area(name: str) -> None:
    """Near-miss: a plain place name (with ``&``, brackets, a lone ``<>``) is the area."""
    cams = _parse(_detail(name))
    assert [(c.area, c.latitude, c.longitude) for c in cams] == [
        (name, -6.2, 106.8),
        (name, -6.2, 106.8),
    ]


# --- stand-in loops ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "placeholder"),
    [
        ("https://relay.example/hls/tempsus.m3u8", True),
        ("https://relay.example/hls/TempSus.m3u8", True),
        ("https://relay.example/hls/no_video.m3u8", True),
        ("https://relay.example/hls/not-available.mp4", True),
        ("https://cctv.example.id/hls/simpang-offline-0.m3u8", False),
        ("https://cctv.example.id/hls/jembatan-suspend.m3u8", False),
        ("https://cctv.example.id/hls/bukit-offline.m3u8", False),
        ("https://cctv.example.id/hls/offline-cam-3.m3u8", False),
        ("https://cctv.example.id/hls/" + "offline" + "-" * 80 + ".m3u8", False),
    ],
)
def test_stand_in_loop_is_the_whole_file_name(url: str, placeholder: bool) -> None:
    """Only the whole stem names a stand-in loop; one word among the camera's own does not."""
    assert is_placeholder_stream(url) is placeholder


def test_cameras_with_offline_in_their_file_names_are_kept() -> None:
    """The review's list: three streams named ``simpang-offline-<n>`` are three cameras."""
    cams = _parse(
        [
            {
                "name": f"Simpang {i}",
                "stream": f"https://cctv.example.id/hls/simpang-offline-{i}.m3u8",
            }
            for i in range(3)
        ]
    )
    assert [c.stream_url for c in cams] == [
        f"https://cctv.example.id/hls/simpang-offline-{i}.m3u8" for i in range(3)
    ]


def test_shared_stand_in_loop_is_still_dropped() -> None:
    """Near-miss: every camera on ``hls/tempsus.m3u8`` plays no stream of its own."""
    with pytest.raises(PortalFormatError):
        _parse(
            [
                {"name": f"Simpang {i}", "stream": "https://relay.example/hls/tempsus.m3u8"}
                for i in range(3)
            ]
        )


# --- GetImage with a bare id --------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://cctv.example.id/api/GetImage.ashx?id=0", "still"),
        ("https://portal.example.com/nvr/GetImage?ch=2", "still"),
        ("https://dvr-kutim.example.id/GetImage.aspx?ch=1", "still"),
        ("https://portal.example.com/camera/getimage?id=12", "still"),
        ("https://news.example.id/api/GetImage.ashx?camera=3", "still"),
    ],
)
def test_getimage_with_bare_id_under_a_camera_host_or_folder(url: str, kind: str) -> None:
    """``id``/``ch`` name a camera under a camera or recorder host or folder."""
    assert url_kind(url) == kind


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.id/api/GetImage.aspx?id=0",
        "https://shop.example/GetImage.aspx?ch=1",
        "https://cms.example.org/handlers/getimage?id=55",
    ],
)
def test_getimage_with_bare_id_elsewhere_is_no_still(url: str) -> None:
    """Near-miss: a CMS's stored-image handler with a bare id is no camera's still."""
    assert url_kind(url) != "still"
