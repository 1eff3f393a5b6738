"""Airport and station lists: a code in ``name`` beside a ``title``, states written out."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

SITE = "https://weathercams.airnav.example/wp-admin/admin-ajax.php?action=get_airports_list"
PICTURE = "https://weathercams.airnav.example/wp-content/uploads/airports/{0}/{0}_090.jpg"


def read(entries: list[dict[str, object]], base_url: str = SITE) -> list[Camera]:
    """Return the cameras read from an airport list answer."""
    body = json.dumps({"success": True, "airport_list": entries})
    return parse_body(body, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def airport(ident: str, **fields: object) -> dict[str, object]:
    entry: dict[str, object] = {"id": ident, "thumbnail": PICTURE.format(ident)}
    entry.update(fields)
    return entry


def names(entries: list[dict[str, object]]) -> dict[str | None, str | None]:
    return {camera.id: camera.name for camera in read(entries)}


def test_an_aerodrome_code_in_name_yields_to_the_title() -> None:
    got = names(
        [
            airport("096341", name="WRLT", title="Tanjung Bara"),
            airport("096355", name="WRLK", title="Bandara Sangkulirang"),
            airport("56s", name="56S", title="Seaside Municipal Airport"),
        ]
    )
    assert got == {
        "096341": "Tanjung Bara",
        "096355": "Bandara Sangkulirang",
        "56s": "Seaside Municipal Airport",
    }


def test_near_misses_keep_the_name() -> None:
    got = names(
        [
            # the title is a code too
            airport("1", name="WRLH", title="WRLH"),
            # a generic word
            airport("2", name="WAQM", title="Webcam"),
            # a name written in words stays, whatever the title says
            airport("3", name="Datah Dawai Airstrip", title="Kabupaten Mahakam Ulu"),
            # a longer code (a camera code) is no aerodrome code
            airport("4", name="KTMCCTV01", title="Simpang Tiga"),
            # digits only are no code of a station
            airport("5", name="4012", title="Jembatan Kabo"),
            # no title at all
            airport("6", name="WALS"),
        ]
    )
    assert got["1"] == "WRLH"
    assert got["2"] == "WAQM"
    assert got["3"] == "Datah Dawai Airstrip"
    assert got["4"] != "Simpang Tiga"
    assert got["5"] != "Jembatan Kabo"
    assert got["6"] == "WALS"


def test_the_state_written_out_is_the_area_before_its_code() -> None:
    cameras = read(
        [
            airport("1", title="Tanjung Bara", state="KT", state_full="Kalimantan Timur"),
            airport("2", title="Kalimarau", state="KU", stateLong="Kalimantan Utara"),
            airport("3", title="Siletz Bay", state="OR", state_long="OR"),
            airport("4", title="Melak", state="KT"),
            # a status word in the written-out field is no place: the code stands
            airport("5", title="Long Apung", state="KT", state_full="Pending"),
        ]
    )
    assert {c.id: c.area for c in cameras} == {
        "1": "Kalimantan Timur",
        "2": "Kalimantan Utara",
        "3": "OR",
        "4": "KT",
        "5": "KT",
    }


def test_an_empty_thumbnail_leaves_the_airport_page_unread() -> None:
    page = "https://weathercams.airnav.example/airports/{}/"
    cameras = read(
        [
            airport("1", title="Tanjung Bara", link=page.format("tanjung-bara")),
            {"id": "2", "title": "Bengalon", "link": page.format("bengalon"), "thumbnail": ""},
            {
                "id": "3",
                "title": "Muara Ancalong",
                "link": page.format("ancalong"),
                "thumbnail": None,
            },
        ]
    )
    assert [c.id for c in cameras] == ["1"]
    assert cameras[0].snapshot_url == PICTURE.format("1")
    assert cameras[0].stream_url is None


def test_a_page_without_an_empty_picture_field_still_stands_in() -> None:
    page = "https://weathercams.airnav.example/airports/bengalon/"
    cameras = read(
        [
            airport("1", title="Tanjung Bara"),
            # an unset photo of the place is no camera picture left empty
            {"id": "2", "title": "Bengalon", "link": page, "photo": ""},
        ]
    )
    assert {c.id: c.stream_url for c in cameras} == {"1": None, "2": page}


def test_a_title_written_alike_on_several_records_leaves_the_codes() -> None:
    # a caption every record repeats would name every camera alike
    got = names(
        [
            airport("1", name="WRLT", title="Runway view"),
            airport("2", name="WALL", title="Runway view"),
            airport("3", name="WIOO", title="runway  View"),
            airport("4", name="WRLK", title="Bandara Sangkulirang"),
        ]
    )
    assert got == {"1": "WRLT", "2": "WALL", "3": "WIOO", "4": "Bandara Sangkulirang"}


def test_a_status_or_page_text_title_leaves_the_code() -> None:
    got = names(
        [
            airport("1", name="CAM1", title="Last updated 5 min ago"),
            airport("2", name="CAM2", title="Open in new tab"),
            airport("3", name="CAM3", title="Snapshot image"),
            airport("4", name="CAM4", title="No description"),
            airport("5", name="CAM5", title="Tampilkan di peta"),
            airport("6", name="CAM6", title="Offline"),
            # a place's name in its title still names the station
            airport("7", name="WRLT", title="Tanjung Bara"),
        ]
    )
    assert got == {
        "1": "CAM1",
        "2": "CAM2",
        "3": "CAM3",
        "4": "CAM4",
        "5": "CAM5",
        "6": "CAM6",
        "7": "Tanjung Bara",
    }
