"""Megabyte-sized answers: what is read of them (their CPU time is measured in
``scripts/bench_hostile.py``, never here)."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.fieldurls import url_kind
from custom_components.kutim_cctv.portal.models import (
    MAX_CAMERAS,
    ParseResult,
    PortalFormat,
    Profile,
)
from custom_components.kutim_cctv.portal.parsing import parse_body

API = "https://cctv.kutimkab.example/api/cctv"
MAP = "https://smartcity.kutim.example/peta"


def _parse(text: str, base_url: str = API) -> ParseResult:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False)


def _district_records() -> str:
    """2,000 records, each with 30 area-like keys of its own (about 1.7 MB)."""
    return json.dumps(
        [
            {
                "id": n,
                "nama": f"Kamera {n}",
                "stream": f"https://cctv.kutimkab.example/hls/{n}/index.m3u8",
                **{f"k{n}_{field}_district": f"D{field}" for field in range(30)},
            }
            for n in range(MAX_CAMERAS)
        ]
    )


def test_two_thousand_records_of_unique_district_keys_are_all_read() -> None:
    result = _parse(_district_records())
    assert len(result.cameras) == MAX_CAMERAS
    assert not result.capped
    first, last = result.cameras[0], result.cameras[-1]
    assert (first.id, first.name) == ("0", "Kamera 0")
    assert last.stream_url == "https://cctv.kutimkab.example/hls/1999/index.m3u8"


def _many_records(count: int) -> str:
    """``count`` short ``{id, nama, kecamatan, stream}`` records (20,000: about 1.9 MB)."""
    return json.dumps(
        {
            "data": [
                {
                    "id": n,
                    "nama": f"Simpang {n}",
                    "kecamatan": "Sangatta Utara",
                    "stream": f"https://c.kutim.example/{n}.m3u8",
                }
                for n in range(count)
            ]
        }
    )


def test_twenty_thousand_records_give_the_first_cameras_and_say_the_list_is_capped() -> None:
    result = _parse(_many_records(20_000))
    assert result.capped
    assert [c.id for c in result.cameras] == [str(n) for n in range(MAX_CAMERAS)]
    assert {c.area for c in result.cameras} == {"Sangatta Utara"}
    assert result.cameras[-1].stream_url == "https://c.kutim.example/1999.m3u8"


def test_a_list_of_exactly_max_cameras_records_is_not_capped() -> None:
    result = _parse(_many_records(MAX_CAMERAS))
    assert not result.capped
    assert len(result.cameras) == MAX_CAMERAS


def test_one_record_past_max_cameras_is_left_out_and_the_list_is_capped() -> None:
    result = _parse(_many_records(MAX_CAMERAS + 1))
    assert result.capped
    assert [c.id for c in result.cameras] == [str(n) for n in range(MAX_CAMERAS)]


def _foreach_page() -> str:
    """20 lists placed by ``forEach`` loops over ``r``, and a 1.5 MB string of ``r``."""
    parts = []
    for n in range(20):
        rows = (
            f"['K{n}-01', 'Pos {n}', 0.4{n}, 117.5{n}, 'Sangatta', "
            f"'https://smartcity.kutim.example/cctv/embed/K{n}-01', 1],"
            f"['K{n}-02', 'Gang {n}', 0.5{n}, 117.6{n}, 'Sangatta', "
            f"'https://smartcity.kutim.example/cctv/embed/K{n}-02', 0]"
        )
        parts.append(
            f"var l{n} = [{rows}];\n"
            f"l{n}.forEach(function(r) {{ var m = new google.maps.Marker({{position: "
            f"new google.maps.LatLng(r[2], r[3]), title: r[1]}}); var isi = '<h4>' + r[1] + "
            "'</h4>' + (r[6] == 1 ? 'Online' : 'Offline') + '<iframe src=\"' + r[5] + "
            "'\"></iframe>'; });\n"
        )
    junk = 'var junk = "' + "r" * 1_500_000 + '";\n'
    return (
        "<html><body><div id='peta'></div><script>\n"
        + "".join(parts)
        + junk
        + "</script></body></html>"
    )


def test_a_page_of_twenty_looped_lists_and_a_huge_string_gives_their_cameras() -> None:
    cameras = _parse(_foreach_page(), MAP).cameras
    assert len(cameras) == 40
    by_id = {c.id: c for c in cameras}
    assert (by_id["K0-01"].name, by_id["K0-01"].online) == ("Pos 0", True)
    assert (by_id["K19-02"].name, by_id["K19-02"].online) == ("Gang 19", False)
    assert by_id["K7-01"].stream_url == "https://smartcity.kutim.example/cctv/embed/K7-01"


def _joins_page() -> str:
    """Three placed records and a 1.7 MB script of 40,000 picture joins."""
    records = [
        {
            "nama": f"Simpang {n}",
            "f1": f"cam{n}.jpg",
            "lat": 0.5 + n / 1000,
            "lng": 117.5 + n / 1000,
        }
        for n in range(3)
    ]
    joins = "".join(f"x = '<img src=\"/g{n}/' + r.f{n} + '\">';\n" for n in range(40_000))
    return (
        "<html><body><div id='peta'></div><script>\nvar data = "
        + json.dumps(records)
        + ";\ndata.forEach(function (r) { L.marker([r.lat, r.lng]).bindPopup('<b>' + r.nama"
        " + '</b><img src=\"/g1/' + r.f1 + '\">'); });\n" + joins + "</script></body></html>"
    )


def test_a_script_of_forty_thousand_joins_still_gives_the_placed_records() -> None:
    cameras = _parse(_joins_page(), MAP).cameras
    assert [(c.name, c.snapshot_url, c.latitude) for c in cameras] == [
        (f"Simpang {n}", f"https://smartcity.kutim.example/g1/cam{n}.jpg", 0.5 + n / 1000)
        for n in range(3)
    ]


def test_records_past_what_can_be_read_decide_nothing_about_the_list() -> None:
    # Only the entries reading can reach (MAX_CAMERAS cameras and MAX_UNUSABLE_ENTRIES
    # entries giving none) are prepared: stream keys on records past them do not make
    # the list a Kutim one; its first MAX_CAMERAS cameras are kept and it is capped.
    records = json.loads(_many_records(8_000))
    for record in records["data"][7_000:]:
        record["stream_key"] = f"key{record['id']}"
    result = _parse(json.dumps(records))
    assert result.format == PortalFormat.JSON
    assert result.capped
    assert [c.id for c in result.cameras] == [str(n) for n in range(MAX_CAMERAS)]


class _CountingRecord(dict):  # type: ignore[type-arg]
    """A record of many fields that counts how many of them a reader walks."""

    walked = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for key in super().__iter__():
            type(self).walked += 1
            yield key

    def items(self):  # type: ignore[no-untyped-def]
        for key in self:
            yield key, dict.__getitem__(self, key)


def _counting_record() -> _CountingRecord:
    _CountingRecord.walked = 0
    return _CountingRecord({f"field_{n}": f"nilai {n}" for n in range(100_000)})


def test_signal_route_and_group_name_checks_walk_only_the_first_fields() -> None:
    """A hostile record's 100,000 fields are never all copied by these checks."""
    from custom_components.kutim_cctv.portal import normalise
    from custom_components.kutim_cctv.portal.parsing import xmllist

    record = _counting_record()
    assert normalise._signal_status(record) is None
    assert _CountingRecord.walked <= normalise._MAX_FLAGS + 1

    record = _counting_record()
    fields = normalise._Fields(name="Bontang - Sangatta")
    assert normalise._route_group(fields, record) is False
    assert _CountingRecord.walked <= normalise._MAX_NAME_FIELDS + 1

    record = _counting_record()
    assert xmllist._group_named(record) is False
    assert _CountingRecord.walked <= 2 * (xmllist._MAX_GROUP_FIELDS + 1)


def test_records_reached_past_left_out_wall_screens_get_their_hosts_addresses() -> None:
    # Wall screens showing no camera are left out before reading, so reading reaches
    # records past the entries prepared up front: they are prepared when read, a device's
    # path on its own host (was: resolved on the answer's host).
    records = [
        {"name": "Simpang Tiga", "snapshot": "https://dishub.example/snap/0.jpg"},
        *(
            {"posisi": n, "sumber": {"tipe": "web", "url": "https://dishub.example/p"}}
            for n in range(6_100)
        ),
        *(
            {
                "name": f"Simpang {n}",
                "host": f"cam{n}.dishub.example",
                "port": 8080,
                "snapshot_path": "/snap.jpg",
            }
            for n in (1, 2, 3)
        ),
    ]
    result = _parse(json.dumps(records), "https://dishub.example/api/cameras")
    assert [c.snapshot_url for c in result.cameras] == [
        "https://dishub.example/snap/0.jpg",
        *(f"http://cam{n}.dishub.example:8080/snap.jpg" for n in (1, 2, 3)),
    ]


def test_wall_screens_cameras_reached_past_the_prepared_entries_get_their_hosts() -> None:
    # A screen past the entries prepared up front shows a camera given by its own host,
    # port and path: the camera it shows is prepared when read, its path on its host
    # (was: read unprepared, the path resolved on the answer's host).
    def shown(n: int) -> dict[str, object]:
        return {
            "posisi": 7_000 + n,
            "sumber": {
                "tipe": "kamera",
                "kamera": {
                    "id": f"C{n}",
                    "name": f"Simpang {n}",
                    "host": f"cam{n}.dishub.example",
                    "port": 8080,
                    "snapshot_path": "/snap.jpg",
                },
            },
        }

    screens = [
        {"posisi": n, "sumber": {"tipe": "web", "url": "https://dishub.example/p"}}
        for n in range(6_100)
    ]
    records = [
        {"name": "Simpang Tiga", "snapshot": "https://dishub.example/snap/0.jpg"},
        *screens,
        *(shown(n) for n in (1, 2, 3)),
    ]
    expected = [
        "https://dishub.example/snap/0.jpg",
        *(f"http://cam{n}.dishub.example:8080/snap.jpg" for n in (1, 2, 3)),
    ]
    result = _parse(json.dumps(records), "https://dishub.example/api/cameras")
    assert [c.snapshot_url for c in result.cameras] == expected
    # The same screens within the prepared entries read the same.
    records = [records[0], *screens[:10], *(shown(n) for n in (1, 2, 3))]
    result = _parse(json.dumps(records), "https://dishub.example/api/cameras")
    assert [c.snapshot_url for c in result.cameras] == expected


def test_records_of_many_url_fields_stay_bounded() -> None:
    """Read for the bench_hostile case: records of 60 feed fields (1.5 MB), of 120 copies of
    their stills (1.1 MB): each address is classified once."""
    feeds = [
        {
            "id": n,
            "title": f"Cam {n}",
            **{f"feed_{j}_url": f"https://www.youtube.com/embed/abcdefghij{j}" for j in range(60)},
        }
        for n in range(400)
    ]
    cameras = _parse(json.dumps(feeds), "https://api.example.org/v1/list").cameras
    assert len(cameras) == 400
    assert (cameras[0].name, cameras[0].stream_url) == (
        "Cam 0",
        "https://www.youtube.com/embed/abcdefghij0",
    )
    twins = [
        {
            "id": n,
            **{
                f"current_{size}{j}_image_url": f"https://c.example/{n}/{j}.jpg"
                for j in range(40)
                for size in ("thumb", "medium", "small")
            },
            "current_image_url": f"https://c.example/{n}.jpg",
        }
        for n in range(150)
    ]
    cameras = _parse(json.dumps(twins), "https://cams.example.org/api/webcams").cameras
    assert len(cameras) == 150
    assert cameras[0].snapshot_url == "https://c.example/0/0.jpg"


def test_a_long_address_is_classified_as_a_short_one() -> None:
    long_still = "https://cams.example.org/" + "a" * 3000 + "/snap.jpg"
    assert url_kind(long_still) == url_kind("https://cams.example.org/a/snap.jpg") == "still"
    assert url_kind(long_still.replace(".jpg", ".m3u8")) == "stream"
