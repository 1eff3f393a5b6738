"""A list whose entries give no camera is read no further than a bounded number of them.

A portal answering a 6 MB list of 100,000 map points without any media cost tens of
seconds of reading on every refresh. Reading now stops after ``MAX_UNUSABLE_ENTRIES``
entries that gave no camera, and says so: in the error when none gave a camera, in the
result's warnings when some did.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import ParseResult, Profile
from custom_components.kutim_cctv.portal.normalise import MAX_UNUSABLE_ENTRIES
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kota.example/"


def _point(number: int) -> dict[str, object]:
    return {"name": f"Titik {number}", "lat": -0.5 + number * 1e-5, "lon": 117.5 + number * 1e-5}


def _camera(number: int) -> dict[str, object]:
    return {"id": f"c{number}", "name": f"Simpang {number}", "stream": f"/hls/c{number}/index.m3u8"}


def _parse(entries: list[dict[str, object]]) -> ParseResult:
    return parse_body(json.dumps(entries), profile=Profile.AUTO, base_url=BASE, prettify=False)


def test_a_long_list_without_media_says_how_much_was_read() -> None:
    count = MAX_UNUSABLE_ENTRIES * 3
    with pytest.raises(PortalFormatError) as raised:
        _parse([_point(n) for n in range(count)])
    assert f"none of the first {MAX_UNUSABLE_ENTRIES + 1} of its {count} entries" in str(
        raised.value
    )


def test_a_short_list_without_media_is_read_whole() -> None:
    with pytest.raises(PortalFormatError) as raised:
        _parse([_point(n) for n in range(50)])
    assert "none of its 50 entries" in str(raised.value)


def test_cameras_among_many_unusable_entries_are_all_read() -> None:
    """Entries without media below the bound never cut a list."""
    entries = [_point(n) for n in range(MAX_UNUSABLE_ENTRIES - 10)] + [_camera(n) for n in range(5)]
    result = _parse(entries)
    assert [c.id for c in result.cameras] == [f"c{n}" for n in range(5)]
    assert not any("reading stopped" in w for w in result.warnings)


def test_reading_stops_past_the_bound_and_says_so() -> None:
    entries = (
        [_camera(n) for n in range(3)]
        + [_point(n) for n in range(MAX_UNUSABLE_ENTRIES + 5)]
        + [_camera(n) for n in range(3, 6)]
    )
    result = _parse(entries)
    assert [c.id for c in result.cameras] == ["c0", "c1", "c2"]
    assert any(
        f"reading stopped after {MAX_UNUSABLE_ENTRIES + 4} of {len(entries)} entries" in w
        for w in result.warnings
    )


def test_a_huge_list_of_points_without_media_stays_bounded() -> None:
    """Read for the bench_hostile case: 100,000 points (about 6.8 MB)."""
    with pytest.raises(PortalFormatError) as raised:
        _parse([_point(n) for n in range(100_000)])
    assert "of its 100000 entries" in str(raised.value)


def test_other_equipment_markers_count_toward_the_bound() -> None:
    """Message signs beside a camera are dropped like entries giving no camera, and end reading."""
    sign = {"name": "VMS Simpang", "type": "dms", "image": "https://dishub.kutim.example/vms.png"}
    entries = (
        [
            {
                "name": "Simpang Tiga",
                "type": "cctv",
                "snapshot": "https://dishub.kutim.example/s0.jpg",
            }
        ]
        + [dict(sign, name=f"VMS {n}") for n in range(MAX_UNUSABLE_ENTRIES + 5)]
        + [{"name": "Kabo", "type": "cctv", "snapshot": "https://dishub.kutim.example/s1.jpg"}]
    )
    result = _parse(entries)
    assert [c.raw_name for c in result.cameras] == ["Simpang Tiga"]
    assert any(
        f"reading stopped after {MAX_UNUSABLE_ENTRIES + 2} of {len(entries)} entries" in w
        for w in result.warnings
    )


def test_a_huge_list_of_sign_markers_beside_a_camera_stays_bounded() -> None:
    """Read for the bench_hostile case: one camera and 20,000 message-sign records."""
    entries = [
        {"name": "Simpang Tiga", "type": "cctv", "snapshot": "https://dishub.kutim.example/0.jpg"}
    ] + [{"n": "Ri", "type": "dms"} for _ in range(20_000)]
    result = _parse(entries)
    assert [c.raw_name for c in result.cameras] == ["Simpang Tiga"]
    assert any("reading stopped after" in w for w in result.warnings)


def test_two_megabyte_lists_of_empty_entries_stay_bounded() -> None:
    """Read for the bench_hostile case: 660,000 empty objects and 500,000 one-item arrays."""
    for text, count in (
        ("[" + ",".join(["{}"] * 660_000) + "]", 660_000),
        ("[" + ",".join(["[1]"] * 500_000) + "]", 500_000),
    ):
        with pytest.raises(PortalFormatError) as raised:
            parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
        assert f"of its {count} entries" in str(raised.value)


def test_reading_stops_past_the_bound_in_a_list_longer_than_the_walked_entries() -> None:
    entries = [_camera(n) for n in range(3)] + [_point(n) for n in range(70_000)]
    result = _parse(entries)
    assert [c.id for c in result.cameras] == ["c0", "c1", "c2"]
    assert any(
        f"reading stopped after {MAX_UNUSABLE_ENTRIES + 4} of {len(entries)} entries" in w
        for w in result.warnings
    )
