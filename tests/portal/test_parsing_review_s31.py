"""Negative cases of the readers added for holdout 32's classes.

- A record's ``address`` names a camera without a name field (``address: "PIE /
  Bendemeer Rd"``) only when it is written as a place. A device record's ``address``
  holding its network address (``admin:…@10.0.0.4``, ``admin@192.168.1.9``,
  ``cam3.local``, ``localhost:8080``, a mail box) says where the camera is on a network:
  it never names the camera (a private host or a login would reach its name), and the
  neighbourhood beside it names the camera as before.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.example.go.id/"


def _cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _records(address: str) -> str:
    return json.dumps(
        {
            "data": [
                {
                    "id": n,
                    "address": address.format(n=n),
                    "neighborhood": "Teluk Lingga",
                    "lat": 0.5 + n / 100,
                    "lng": 117.5,
                    "snapshot": f"https://img.example.com/{n}.jpg",
                }
                for n in (1, 2, 3)
            ]
        }
    )


@pytest.mark.parametrize(
    "address",
    [
        "admin:ZmSecret9@10.0.0.{n}",
        "admin@192.168.1.{n}",
        "cam{n}.local",
        "ipcam-{n}.lan",
        "localhost:80{n}0",
        "operator{n}@example.com",
    ],
)
def test_an_address_written_as_a_network_address_names_no_camera(address: str) -> None:
    found = _cameras(_records(address))
    assert [c.name for c in found] == ["Teluk Lingga"] * 3
    for camera in found:
        assert "ZmSecret9" not in repr(camera)
        assert "@" not in (camera.name or "")


def test_an_address_written_as_a_place_still_names_its_camera() -> None:
    found = _cameras(_records("Jl. Pemuda / Jl. Ahmad Yani {n}"))
    assert [(c.name, c.area) for c in found] == [
        (f"Jl. Pemuda / Jl. Ahmad Yani {n}", "Teluk Lingga") for n in (1, 2, 3)
    ]
