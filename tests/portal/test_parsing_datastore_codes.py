"""A data store's row numbers beside the camera's own code, read after holdout 42.

A CKAN DataStore numbers the rows it holds (``_id``: 1, 2, 3 …) while the dataset keeps
each camera's code in a column named for it (``kode_cctv``, ``camera_code``): that code,
present and unique in every row, no hash and not the row numbers again, is the camera's
id. A code named for something else (an office's ``kode_opd``, a district's
``kode_kecamatan``), a bare ``code``, a code shared by two rows or a plain ``id`` beside a
code keep their reading.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://satudata.kutim.example/api/3/action/datastore_search"
PLACES = ("Simpang Tiga", "Taman Bersemi", "Pasar Induk")


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse an answer as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _answer(key: str, codes: list[str], row_key: str = "_id") -> str:
    records = [
        {
            row_key: n + 1,
            key: code,
            "nama_lokasi": place,
            "kecamatan": "Sangatta Utara",
            "url_streaming": f"https://cctv.kutim.example/hls/{n}/index.m3u8",
        }
        for n, (code, place) in enumerate(zip(codes, PLACES, strict=True))
    ]
    return json.dumps({"success": True, "result": {"records": records}})


def _ids(text: str) -> list[str]:
    return [camera.id for camera in cameras(text)]


CODES = ["KTM-CCTV-0101", "KTM-CCTV-0102", "KTM-CCTV-0201"]


def test_camera_code_beats_datastore_row_number() -> None:
    assert _ids(_answer("kode_cctv", CODES)) == CODES
    assert _ids(_answer("camera_code", CODES)) == CODES
    assert _ids(_answer("kode_kamera", CODES)) == CODES


def test_numeric_camera_code_differing_from_rows() -> None:
    assert _ids(_answer("camera_code", ["0412", "0415", "0520"])) == ["0412", "0415", "0520"]


def test_csv_dump_row_number_yields_to_code() -> None:
    text = (
        '"_id","kode_cctv","nama_lokasi","kecamatan","url_streaming"\r\n'
        '1,"KTM-CCTV-0101","Simpang Tiga","Sangatta Utara",'
        '"https://cctv.kutim.example/hls/1/index.m3u8"\r\n'
        '2,"KTM-CCTV-0102","Taman Bersemi","Sangatta Utara",'
        '"https://cctv.kutim.example/hls/2/index.m3u8"\r\n'
        '3,"KTM-CCTV-0201","Pasar Induk","Sangatta Selatan",'
        '"https://cctv.kutim.example/hls/3/index.m3u8"\r\n'
    )
    assert [c.id for c in parse_body(text, profile=Profile.AUTO, base_url=BASE).cameras] == CODES


def test_code_named_for_something_else_keeps_row_number() -> None:
    offices = ["DISHUB-07", "DISKOMINFO-02", "BPBD-11"]
    assert _ids(_answer("kode_opd", offices)) == ["1", "2", "3"]
    assert _ids(_answer("kode_kecamatan", ["6408010", "6408011", "6408030"])) == ["1", "2", "3"]
    assert _ids(_answer("code", CODES)) == ["1", "2", "3"]


def test_shared_or_missing_code_keeps_row_number() -> None:
    assert _ids(_answer("kode_cctv", ["KTM-01", "KTM-01", "KTM-02"])) == ["1", "2", "3"]
    text = _answer("kode_cctv", CODES).replace('"kode_cctv": "KTM-CCTV-0102", ', "")
    assert _ids(text) == ["1", "2", "3"]


def test_code_repeating_the_row_numbers_or_hashes_keeps_row_number() -> None:
    assert _ids(_answer("kode_cctv", ["1", "2", "3"])) == ["1", "2", "3"]
    hashes = ["8b4c2f1e9a7d", "3f6b1d2e9c0a", "5a4c7e9f0b13"]
    assert _ids(_answer("kode_cctv", hashes)) == ["1", "2", "3"]


def test_plain_id_beside_a_code_is_kept() -> None:
    # A dataset's own id column is its record's id; a code beside it is an attribute.
    assert _ids(_answer("kode_cctv", CODES, row_key="id")) == ["1", "2", "3"]
