"""Camera names from addresses, stamped ids and form reporters, read after holdout 32.

A record without a name field that says in words where its camera stands (a traffic
camera's ``address: "PIE / Bendemeer Rd"``, ``description: "Main St at Oak Ave"``) is
named by that, before the neighbourhood or locality it stands in and before the road
it is on; the neighbourhood then is its area, finer than the city or region beside it.
A neighbourhood still names a camera nothing else names (a webcam network's records).
An address holding only an Indonesian place line (``"Kec. Kraksaan"``) names its area.

An id carrying a date and a time of day (``…-20261205T0110``,
``…-2026-12-05T04:15:00Z``) is rebuilt at every update of a feed: it identifies no
camera, which then gets a derived id. A year or a date alone (``KT-2019-0412``,
``20190114``) is part of a stable code and stays the id.

A form response sheet names who filled in each row (``Email Address``, ``Nama
Pelapor``, ``Nama Petugas``, ``Reporter``, ``Submitted by``): that person never names
the camera, nor does the sheet's date-time column (``11/02/2016 7:41:12``).
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.shapes import stamped_id

BASE = "https://cams.kutim.example/api/cameras"
IMG = "https://cams.kutim.example/img"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def records(*rows: dict[str, object]) -> str:
    """Return a JSON camera list of the given records."""
    return json.dumps({"cameras": list(rows)})


# Addresses and descriptions name a camera before its neighbourhood or locality.


def test_an_address_names_the_camera_and_its_neighbourhood_is_the_area() -> None:
    found = cameras(
        records(
            *(
                {
                    "camera_id": str(n),
                    "address": f"PIE / Exit {n}",
                    "route": "PIE",
                    "neighborhood": f"Kampung {n}",
                    "region": "Central",
                    "image": f"{IMG}/{n}.jpg",
                }
                for n in (1, 2)
            )
        )
    )
    assert [(c.raw_name, c.area) for c in found] == [
        ("PIE / Exit 1", "Kampung 1"),
        ("PIE / Exit 2", "Kampung 2"),
    ]


def test_a_description_names_the_camera_before_its_neighbourhood() -> None:
    text = (
        "camera_id,description,neighbourhood,city,snapshot_url\n"
        f"7,Main St at Oak Ave,Old Town,Riverton,{IMG}/7.jpg\n"
        f"8,Main St at Elm St,Old Town,Riverton,{IMG}/8.jpg\n"
    )
    found = cameras(text)
    assert [(c.raw_name, c.area) for c in found] == [
        ("Main St at Oak Ave", "Old Town"),
        ("Main St at Elm St", "Old Town"),
    ]


def test_an_address_names_a_road_camera_before_its_locality() -> None:
    found = cameras(
        records(
            *(
                {
                    "id": f"M50-J{n}",
                    "road": "M50",
                    "address": f"M50 Junction {n}",
                    "locality": f"Town {n}",
                    "county": "Dublin",
                    "image": f"{IMG}/{n}.jpg",
                }
                for n in (7, 9)
            )
        )
    )
    assert [(c.raw_name, c.area) for c in found] == [
        ("M50 Junction 7", "Town 7"),
        ("M50 Junction 9", "Town 9"),
    ]


def test_a_neighbourhood_still_names_a_camera_nothing_else_names() -> None:
    found = cameras(
        records(
            *(
                {"camid": f"cam{n}", "neighborhood": f"Harbour {n}", "city": "Sangatta"}
                | {"image": f"{IMG}/{n}.jpg"}
                for n in (1, 2)
            )
        )
    )
    assert [(c.raw_name, c.area) for c in found] == [
        ("Harbour 1", "Sangatta"),
        ("Harbour 2", "Sangatta"),
    ]


def test_a_name_field_still_names_the_camera_beside_an_address() -> None:
    found = cameras(
        records(
            *(
                {"id": n, "name": f"Simpang {n}", "address": f"Jl. Yos Sudarso {n}"}
                | {"neighborhood": "Teluk Lingga", "image": f"{IMG}/{n}.jpg"}
                for n in (1, 2)
            )
        )
    )
    assert [(c.raw_name, c.area) for c in found] == [
        ("Simpang 1", "Teluk Lingga"),
        ("Simpang 2", "Teluk Lingga"),
    ]


def test_an_address_naming_only_a_kecamatan_is_the_area_not_the_name() -> None:
    found = cameras(
        records(
            *(
                {"id": n, "address": "Kec. Sangatta Utara", "neighborhood": f"Simpang {n}"}
                | {"image": f"{IMG}/{n}.jpg"}
                for n in (1, 2)
            )
        )
    )
    assert [c.raw_name for c in found] == ["Simpang 1", "Simpang 2"]


# Ids stamped with a date and time of day.


def test_ids_carrying_a_date_time_stamp_are_stamped() -> None:
    for text in (
        "faxafloahafnir-aegisgardur-20261205T0110",
        "hofn-brygga-2026-12-05T04:15:00Z",
        "cam04_20261205T041000",
        "cam-2026-12-05 04:15",
    ):
        assert stamped_id(text), text


def test_ids_with_years_dates_or_digits_are_not_stamped() -> None:
    for text in (
        "KT-2019-0412",
        "20190114",
        "202612050110",
        "cam-2026-12-05",
        "CAM20261205T2460",
        "x20261305T0110",
        "1003",
    ):
        assert not stamped_id(text), text


def test_a_feed_guid_stamped_at_each_update_is_no_id() -> None:
    items = "".join(
        f"<item><title>Bryggja {n}</title>"
        f'<guid isPermaLink="false">hofn-bryggja{n}-20261205T0110</guid>'
        f'<enclosure url="{IMG}/b{n}.jpg" type="image/jpeg"/></item>'
        for n in (1, 2)
    )
    found = cameras(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    assert [c.raw_name for c in found] == ["Bryggja 1", "Bryggja 2"]
    assert all(c.id.startswith("k-") for c in found)


def test_a_stamped_id_field_is_no_id_but_dated_codes_are() -> None:
    stamped = cameras(
        records(
            *(
                {"id": f"cam{n}_20261205T0410", "name": f"Cam {n}"} | {"image": f"{IMG}/{n}.jpg"}
                for n in (1, 2)
            )
        )
    )
    assert all(c.id.startswith("k-") for c in stamped)
    single = cameras(
        records({"id": "cam1_2026-12-05T04:10", "name": "Cam 1", "image": f"{IMG}/1.jpg"})
    )
    assert single[0].id.startswith("k-")
    dated = cameras(
        records(
            {"id": "KT-2019-0412", "name": "Simpang Empat", "image": f"{IMG}/a.jpg"},
            {"id": "20190114", "name": "Bundaran", "image": f"{IMG}/b.jpg"},
        )
    )
    assert [c.id for c in dated] == ["KT-2019-0412", "20190114"]


# Form response sheets: the reporter and the timestamp never name the camera.


def test_the_reporter_of_a_form_row_never_names_the_camera() -> None:
    text = (
        "Timestamp,Nama Petugas,Lokasi CCTV,Kecamatan,Link Snapshot\n"
        f"11/02/2016 7:41:12,Rudi Hartono,Pintu Air Pasar Ikan,Penjaringan,{IMG}/1.jpg\n"
        f"11/02/2016 7:52:40,Siti Aminah,Kali Sunter,Tanjung Priok,{IMG}/2.jpg\n"
    )
    assert [(c.raw_name, c.area) for c in cameras(text)] == [
        ("Pintu Air Pasar Ikan", "Penjaringan"),
        ("Kali Sunter", "Tanjung Priok"),
    ]


def test_reporter_columns_in_several_words_are_passed_over() -> None:
    for header in ("Email Address", "Nama Pelapor", "Reporter Name", "Submitted by"):
        text = (
            f"Timestamp,{header},Camera Location,Stream URL\n"
            f"2026/12/05 4:02:11 PM GMT+8,someone,Tumana Bridge,{IMG}/t/index.m3u8\n"
            f"2026/12/05 4:09:45 PM GMT+8,another,Araneta Gauge,{IMG}/a/index.m3u8\n"
        )
        assert [c.raw_name for c in cameras(text)] == ["Tumana Bridge", "Araneta Gauge"], header


def test_a_spreadsheet_date_time_is_never_a_name_but_a_place_with_digits_is() -> None:
    text = (
        "Timestamp,Place,Stream URL\n"
        f"12/5/2026 16:02:11,Simpang 4 Sangatta,{IMG}/s/index.m3u8\n"
        f"12/5/2026 16:05:40,Jalan Poros KM 12,{IMG}/p/index.m3u8\n"
    )
    assert [c.raw_name for c in cameras(text)] == ["Simpang 4 Sangatta", "Jalan Poros KM 12"]
