"""Traffic-agency and recorder vocabularies: negated flags, picture sizes, roads, presets."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://traffic.kutim.example/api/cameras"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"
JPG = "https://img.kutim.example/{}.jpg"


def cameras(body: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    text = json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- Negated state flags ------------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["offline", "isOffline", "Disabled", "is_down", "tidak_aktif", "underMaintenance"]
)
@pytest.mark.parametrize(("raised", "online"), [(True, False), (False, True), (1, False)])
def test_negated_flag_says_offline_when_raised(key: str, raised: object, online: bool) -> None:
    """A flag saying the camera is not working reads as offline when it is raised."""
    body = [{"id": n, "name": f"Simpang {n}", "stream": HLS.format(n), key: raised} for n in (1, 2)]
    assert [c.online for c in cameras(body)] == [online, online]


def test_any_raised_negated_flag_wins() -> None:
    """Of several negated flags, one raised makes the camera offline."""
    body = [{"id": 1, "name": "A", "stream": HLS.format(1), "offline": False, "disabled": True}]
    assert cameras(body)[0].online is False


@pytest.mark.parametrize("value", ["north", 5, "2026-12-01", None])
def test_negated_flag_needs_a_yes_or_no(value: object) -> None:
    """A field named like a negated flag holding anything but yes/no says nothing."""
    body = [{"id": 1, "name": "A", "stream": HLS.format(1), "down": value}]
    assert cameras(body)[0].online is None


def test_explicit_status_beats_negated_flag() -> None:
    """A real status field is read before a negated flag."""
    body = [{"id": 1, "name": "A", "stream": HLS.format(1), "status": "online", "offline": True}]
    assert cameras(body)[0].online is True


# --- Picture sizes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("small", "large"),
    [
        ("smallUrl", "largeUrl"),
        ("thumbnailUrl", "fullSizeUrl"),
        ("image_small", "image_medium"),
        ("thumb", "original"),
        ("gambar_kecil", "gambar_besar"),
    ],
)
def test_largest_picture_size_is_the_still(small: str, large: str) -> None:
    """Of several sizes of one picture the largest is the still, in any field order."""
    body = [
        {"id": 1, "name": "A", small: JPG.format("1s"), large: JPG.format("1l")},
        {"id": 2, "name": "B", large: JPG.format("2l"), small: JPG.format("2s")},
    ]
    assert [c.snapshot_url for c in cameras(body)] == [JPG.format("1l"), JPG.format("2l")]


def test_sizes_in_a_prefixed_view_list() -> None:
    """A one-view ``cameraViews`` list gives its largest picture to its camera."""
    body = {
        "results": [
            {
                "id": f"C{n}",
                "location": f"Simpang {n}",
                "cameraViews": [
                    {
                        "direction": "North",
                        "smallUrl": JPG.format(f"{n}s"),
                        "largeUrl": JPG.format(n),
                    }
                ],
            }
            for n in (1, 2)
        ]
    }
    found = cameras(body)
    assert [(c.id, c.name, c.snapshot_url) for c in found] == [
        ("C1", "Simpang 1", JPG.format(1)),
        ("C2", "Simpang 2", JPG.format(2)),
    ]


def test_one_size_field_is_no_size_choice() -> None:
    """A lone ``thumbnail`` next to an ``image_url`` leaves the image as the still."""
    body = [{"id": 1, "name": "A", "image_url": JPG.format("i"), "thumbnail": JPG.format("t")}]
    assert cameras(body)[0].snapshot_url == JPG.format("i")


# --- Names and roads, named positions ----------------------------------------------------


def test_description_names_camera_before_road_name() -> None:
    """A road shared by cameras names none of them while a description names each."""
    body = {
        "CCTVs": [
            {
                "CCTVID": f"K-{n}",
                "RoadName": "Jl. Yos Sudarso",
                "SurveillanceDescription": f"Simpang {n}",
                "VideoImageURL": JPG.format(n),
                "PositionLat": 0.5 + n / 100,
                "PositionLon": 117.5,
            }
            for n in (1, 2)
        ]
    }
    found = cameras(body)
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2"]
    assert [(c.latitude, c.longitude) for c in found] == [(0.51, 117.5), (0.52, 117.5)]


def test_road_name_still_names_a_camera_with_nothing_else() -> None:
    """A road name is the camera's name when no other field names it."""
    body = [{"id": n, "nama_jalan": f"Jl. Poros {n}", "stream": HLS.format(n)} for n in (1, 2)]
    assert [c.name for c in cameras(body)] == ["Jl. Poros 1", "Jl. Poros 2"]


# --- Presets and views as cameras --------------------------------------------------------


def _station(sid: str, presets: list[dict[str, object]]) -> dict[str, object]:
    return {
        "id": sid,
        "name": f"tech_{sid}",
        "municipality": "Sangatta Utara",
        "latitude": 0.5,
        "longitude": 117.5,
        "presets": presets,
    }


def test_named_presets_are_cameras_at_their_station() -> None:
    """Each preset with its own id and name is a camera at its station's place."""
    body = {
        "stations": [
            _station(
                "S1",
                [
                    {
                        "presetId": "S101",
                        "presentationName": "Arah Bontang",
                        "imageUrl": JPG.format(1),
                    },
                    {
                        "presetId": "S102",
                        "presentationName": "Arah Kabo",
                        "imageUrl": JPG.format(2),
                    },
                ],
            ),
            _station(
                "S2",
                [{"presetId": "S201", "presentationName": "Dermaga", "imageUrl": JPG.format(3)}],
            ),
        ]
    }
    found = cameras(body)
    assert [(c.id, c.name, c.snapshot_url) for c in found] == [
        ("S101", "Arah Bontang", JPG.format(1)),
        ("S102", "Arah Kabo", JPG.format(2)),
        ("S201", "Dermaga", JPG.format(3)),
    ]
    assert {(c.area, c.latitude, c.longitude) for c in found} == {("Sangatta Utara", 0.5, 117.5)}


def test_lone_unnamed_preset_is_the_station() -> None:
    """A preset without a name of its own is a picture of the station's camera."""
    body = {
        "stations": [
            _station(f"S{n}", [{"presetId": f"S{n}01", "imageUrl": JPG.format(n)}]) for n in (1, 2)
        ]
    }
    assert [(c.id, c.snapshot_url) for c in cameras(body)] == [
        ("S1", JPG.format(1)),
        ("S2", JPG.format(2)),
    ]


def test_a_preset_without_a_picture_is_no_camera_beside_presets_with_one() -> None:
    """A named preset out of collection (no picture) drops out; the others are cameras."""
    presets: list[dict[str, object]] = [
        {"id": "S101", "presentationName": "Arah Bontang", "imageUrl": JPG.format(1)},
        {"id": "S102", "presentationName": "Arah Kabo", "imageUrl": JPG.format(2)},
        {"id": "S103", "presentationName": "Simpang", "inCollection": False},
    ]
    found = cameras({"type": "Feature", "id": "S1", "properties": _station("S1", presets)})
    assert [(c.id, c.name, c.snapshot_url) for c in found] == [
        ("S101", "Arah Bontang", JPG.format(1)),
        ("S102", "Arah Kabo", JPG.format(2)),
    ]
    assert {c.area for c in found} == {"Sangatta Utara"}


def test_a_view_picture_route_without_extension_is_its_picture() -> None:
    """A view's picture field holding the operator's picture route shows that view."""
    route = "https://webkamera.kutim.example/kamera?id={}"
    views = [
        {"viewId": f"S1_{k}", "viewName": f"Arah {k}", "imageUrl": route.format(k)}
        for k in ("Bontang", "Kabo")
    ]
    body = {"stations": [{**_station("S1", []), "views": views}, _station("S2", [])]}
    found = cameras(body)
    assert [(c.id, c.snapshot_url) for c in found] == [
        ("S1_Bontang", route.format("Bontang")),
        ("S1_Kabo", route.format("Kabo")),
    ]


def test_presets_mostly_without_pictures_stay_the_station_s() -> None:
    """Named presets of which most have no picture are no cameras of their own."""
    presets: list[dict[str, object]] = [
        {"id": "S101", "presentationName": "Arah Bontang", "imageUrl": JPG.format(1)},
        {"id": "S102", "presentationName": "Arah Kabo"},
        {"id": "S103", "presentationName": "Simpang"},
    ]
    station = {**_station("S1", presets), "imageUrl": JPG.format(9)}
    found = cameras({"stations": [station, {**_station("S2", []), "imageUrl": JPG.format(8)}]})
    assert [c.id for c in found] == ["S1", "S2"]


def test_photo_attachments_with_ids_are_no_cameras() -> None:
    """A list of photos (files with ids) stays one camera's pictures."""
    body = [
        {
            "id": f"r{n}",
            "nama": f"Simpang {n}",
            "foto": [{"id": f"att{n}{k}", "url": JPG.format(f"{n}{k}")} for k in (1, 2)],
        }
        for n in (1, 2)
    ]
    found = cameras(body)
    assert [(c.id, c.snapshot_url) for c in found] == [
        ("r1", JPG.format(11)),
        ("r2", JPG.format(21)),
    ]


def test_view_cameras_are_bounded() -> None:
    """A station with thousands of presets yields at most a bounded number of cameras."""
    presets = [{"id": f"P{k}", "name": f"Arah {k}", "url": JPG.format(k)} for k in range(5000)]
    others = [{"id": f"Q{k}", "name": f"Arah {k}", "url": JPG.format(f"q{k}")} for k in range(3)]
    body = {"stations": [_station("S1", presets), _station("S2", others)]}
    found = cameras(body)
    assert len(found) == 50 + 3


# --- Recorder channel lists -------------------------------------------------------------


def test_channel_number_is_the_id_and_credentialed_source_no_stream() -> None:
    """A channel's number is its id; its camera source with a login on the LAN is an input."""
    body = {
        "EasyDarwin": {
            "Body": {
                "Channels": [
                    {
                        "Channel": n,
                        "Name": f"Kamera {n}",
                        "Online": n % 2,
                        "Rtsp": f"rtsp://admin:RahasiaKutim1@192.168.1.{n}:554/ch1",
                        "SnapURL": f"/snap/{n}.jpg",
                    }
                    for n in (1, 2)
                ]
            }
        }
    }
    found = cameras(body, "http://nvr.kutim.example:10800/api/v1/getchannels")
    assert [(c.id, c.stream_url, c.online) for c in found] == [
        ("1", None, True),
        ("2", None, False),
    ]
    assert found[0].snapshot_url == "http://nvr.kutim.example:10800/snap/1.jpg"
    assert all("RahasiaKutim1" not in repr(c) for c in found)


def test_recorder_on_the_lan_keeps_its_neighbours_streams() -> None:
    """A list served from the local network itself still reads its LAN sources."""
    body = [
        {"Channel": n, "Name": f"Kamera {n}", "Rtsp": f"rtsp://admin:x@192.168.1.{n}:554/ch1"}
        for n in (1, 2)
    ]
    found = cameras(body, "http://192.168.1.100:10800/api/v1/getchannels")
    assert [c.stream_url for c in found] == [
        "rtsp://192.168.1.1:554/ch1",
        "rtsp://192.168.1.2:554/ch1",
    ]


# --- KML ExtendedData ---------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["value", "Value", "VALUE"])
def test_kml_data_value_in_any_case(tag: str) -> None:
    """ExtendedData values are read whether the document writes value or Value."""
    marks = "".join(
        f"<Placemark><ExtendedData><Data name='Nombre'><{tag}>Simpang {n}</{tag}></Data>"
        f"<Data name='Numero'><{tag}>0{n}</{tag}></Data>"
        f"<Data name='Imagen'><{tag}>{JPG.format(n)}</{tag}></Data></ExtendedData>"
        f"<Point><coordinates>117.5,0.5{n}</coordinates></Point></Placemark>"
        for n in (1, 2)
    )
    text = f"<kml xmlns='http://www.opengis.net/kml/2.2'><Document>{marks}</Document></kml>"
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert [(c.id, c.name) for c in result.cameras] == [("01", "Simpang 1"), ("02", "Simpang 2")]


def test_nothing_usable_still_says_what_was_found() -> None:
    """Views without media and flags alone give a clear format error."""
    body = {"results": [{"id": 1, "offline": True, "cameraViews": [{"direction": "N"}]}]}
    with pytest.raises(PortalFormatError):
        cameras(body)


def test_stream_named_field_with_login_stays_a_stream() -> None:
    """A field named for a stream keeps its address (its login removed) on a public list."""
    body = [{"id": n, "name": f"K{n}", "stream_url": f"rtsp://a:b@10.0.0.{n}/live"} for n in (1, 2)]
    assert [c.stream_url for c in cameras(body)] == ["rtsp://10.0.0.1/live", "rtsp://10.0.0.2/live"]
