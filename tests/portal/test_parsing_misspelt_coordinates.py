"""A camera's position as one ``"lat,lng"`` text under a misspelt coordinate field."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.kota.example/v1/cameras"


def positions(
    records: list[dict[str, object]],
) -> dict[str | None, tuple[float | None, float | None]]:
    """Return each camera's (lat, lng) read from a bare list of records."""
    for number, record in enumerate(records, 1):
        record.setdefault("id", str(number))
        record.setdefault("stream", f"https://video.kota.example/hls/cam{number}/index.m3u8")
    result = parse_body(json.dumps(records), profile=Profile.AUTO, base_url=BASE, prettify=False)
    return {c.id: (c.latitude, c.longitude) for c in result.cameras}


def test_one_o_spellings_of_coordinates_hold_the_pair() -> None:
    got = positions(
        [
            {"name": "Jalan Yos Sudarso", "google_cordenate": "0.5187226,117.5480912"},
            {"name": "Jalan Ilham Maulana", "google_cordenate": "0.5094402, 117.5617720"},
            {"name": "Plaza de Armas", "cordenadas": "-12.046374, -77.042793"},
            {"name": "Puente Santa Rosa", "kordenat": "-12.0398,-77.0337"},
            {"name": "Túnel Rebouças", "googleCordenates": "-22.9601,-43.2080"},
        ]
    )
    assert got == {
        "1": (0.5187226, 117.5480912),
        "2": (0.5094402, 117.561772),
        "3": (-12.046374, -77.042793),
        "4": (-12.0398, -77.0337),
        "5": (-22.9601, -43.208),
    }


def test_no_position_from_zeros_words_or_numbers_out_of_range() -> None:
    got = positions(
        [
            {"name": "Jalan Pantai", "google_cordenate": "0,0"},
            {"name": "Mercado Central", "cordenadas": "Jr. Ucayali cdra 6"},
            {"name": "Praça Seca", "google_cordenate": ""},
            {"name": "Simpang Tiga", "cordenadas": "200,300"},
            {"name": "Bundaran", "cordenada_id": 5},
        ]
    )
    assert got == {str(n): (None, None) for n in range(1, 6)}
