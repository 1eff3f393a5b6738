"""Tests of the display-name prettifier."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.names import prettify_name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CCTV SIMP 3 JL. YOS SUDARSO", "Simpang 3 Jl. Yos Sudarso"),
        ("CCTV POLDER ILHAM MAULANA 1", "Polder Ilham Maulana 1"),
        ("CCTV JL APT PRANOTO", "Jl. Apt Pranoto"),
        ("KEC. SGT UTARA CCTV", "Kec. Sangatta Utara"),
        ("CCTV KEC.SGT SELATAN", "Kec. Sangatta Selatan"),
        ("CCTV - RSUD KUDUNGGA", "RSUD Kudungga"),
        ("CCTV SMA 1 SGT", "SMA 1 Sangatta"),
        ("CCTV KANTOR DPRD KAB. KUTAI TIMUR", "Kantor DPRD Kab. Kutai Timur"),
        ("CCTV DS. SANGATTA SELATAN", "Desa Sangatta Selatan"),
        ("CCTV PT PAMA KM 5", "PT Pama KM 5"),
        ("CCTV BPJS KESEHATAN", "BPJS Kesehatan"),
        ("CCTV SD 002 / SMP 1", "SD 002 / SMP 1"),
        ("CCTV POS JAGA II", "Pos Jaga II"),
        ("CCTV   SIMP    KABO  ", "Simpang Kabo"),
        ("CCTV MASJID JUM'AT (PTZ)", "Masjid Jum'at (PTZ)"),
        ("CCTV SANGATTA-BONTANG", "Sangatta-Bontang"),
        ("SIMP. 4 SANGATTA", "Simpang 4 Sangatta"),
        ("CCTV 01", "01"),
    ],
)
def test_prettify_upper_case_names(raw: str, expected: str) -> None:
    """Upper-case portal names become readable display names."""
    assert prettify_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Simpang Tiga Jl. Yos Sudarso (PTZ)", "Simpang Tiga Jl. Yos Sudarso (PTZ)"),
        ("  Taman   Bersemi ", "Taman Bersemi"),
        ("CCTV Bukit Pelangi", "CCTV Bukit Pelangi"),
        ("simpang kabo", "simpang kabo"),
    ],
)
def test_prettify_keeps_names_that_are_already_pretty(raw: str, expected: str) -> None:
    """Mixed-case names only get their whitespace collapsed."""
    assert prettify_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CCTV", "CCTV"),
        ("CCTV CCTV", "CCTV CCTV"),
        ("  CCTV - ", "CCTV -"),
        ("", ""),
        ("   ", "   "),
        ("12", "12"),
    ],
)
def test_prettify_never_returns_an_empty_name(raw: str, expected: str) -> None:
    """A name that would vanish falls back to the collapsed raw name, then the raw one."""
    assert prettify_name(raw) == expected
