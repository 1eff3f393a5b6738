"""Invented cameras served by the fake portal."""

from __future__ import annotations

from dataclasses import dataclass

from .video import PATTERN_MOVING, PATTERN_STILL


@dataclass(slots=True)
class FakeCamera:
    """One camera as the fake portal knows it."""

    id: int | str
    name: str
    lat: str | None
    lng: str | None
    stream_key: str
    area: str | None
    online: bool = True
    pattern: str = PATTERN_MOVING

    @property
    def has_coordinates(self) -> bool:
        """Return True when both coordinates are present and non-empty."""
        return bool(self.lat and self.lng)


def demo_cameras() -> list[FakeCamera]:
    """Return the small invented Sangatta demo set (one camera lacks coordinates)."""
    return [
        FakeCamera(
            101,
            "CCTV SIMP 3 JL. YOS SUDARSO",
            "0.50912",
            "117.54683",
            "simpang-yossudarso-1",
            "Sangatta Utara",
        ),
        FakeCamera(
            102,
            "CCTV POLDER ILHAM MAULANA 1",
            "0.51377",
            "117.55102",
            "polder-im-1",
            "Sangatta Utara",
            pattern=PATTERN_STILL,
        ),
        FakeCamera(
            103,
            "CCTV BUKIT PELANGI [GERBANG]",
            "0.53381",
            "117.59412",
            "bp-gerbang",
            "Sangatta Utara",
        ),
        FakeCamera(
            104,
            "CCTV BUKIT PELANGI [PARKIR]",
            "0.53381",
            "117.59412",
            "bp-parkir",
            "Sangatta Utara",
            online=False,
        ),
        FakeCamera(
            105,
            "CCTV TAMAN BERSEMI",
            "",
            "",
            "taman-bersemi",
            "Sangatta Utara",
            pattern=PATTERN_STILL,
        ),
        FakeCamera(
            106,
            "CCTV JL. PENDIDIKAN SGT",
            "0.50231",
            "117.56044",
            "jl-pendidikan-sgt",
            "Sangatta Selatan",
        ),
        FakeCamera(
            107,
            "CCTV SIMP KABO KEC SANGATTA UTARA",
            "0.52648",
            "117.57329",
            "simpang-kabo",
            "Sangatta Utara",
        ),
    ]


_KECAMATAN = (
    "Sangatta Utara",
    "Sangatta Selatan",
    "Bengalon",
    "Kaliorang",
    "Kaubun",
    "Rantau Pulung",
    "Teluk Pandan",
    "Muara Wahau",
    "Kongbeng",
    "Muara Ancalong",
)
_PLACES = (
    "SIMP {n} JL. YOS SUDARSO",
    "JL. PENDIDIKAN SGT {n}",
    "KANTOR DESA {n}",
    "SIMP KABO {n}",
    "TAMAN KOTA {n}",
    "JL. APT PRANOTO {n}",
    "PASAR INDUK {n}",
    "POLDER {n}",
    "JL. DR SUTOMO {n}",
    "BUNDARAN {n}",
)


def many_cameras(n: int = 1000) -> list[FakeCamera]:
    """Return ``n`` deterministic cameras for benchmarks (a few offline or without coordinates)."""
    cameras: list[FakeCamera] = []
    for i in range(n):
        area = _KECAMATAN[i % len(_KECAMATAN)]
        place = _PLACES[(i // len(_KECAMATAN)) % len(_PLACES)].format(n=i // 100 + 1)
        no_coordinates = i % 97 == 96
        lat = "" if no_coordinates else f"{0.30 + (i * 7919 % 1000) / 1000 * 1.3:.5f}"
        lng = "" if no_coordinates else f"{116.60 + (i * 104729 % 1000) / 1000 * 1.4:.5f}"
        cameras.append(
            FakeCamera(
                id=1001 + i,
                name=f"CCTV {place} KEC {area.upper()}",
                lat=lat,
                lng=lng,
                stream_key=f"cam-{i + 1:04d}",
                area=area,
                online=i % 13 != 12,
                pattern=PATTERN_STILL if i % 4 == 3 else PATTERN_MOVING,
            )
        )
    return cameras
