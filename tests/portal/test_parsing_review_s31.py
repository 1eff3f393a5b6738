"""Negative cases of the readers added for holdout 32's classes.

- A record's ``address`` names a camera without a name field (``address: "PIE /
  Bendemeer Rd"``) only when it is written as a place. A device record's ``address``
  holding its network address (``admin:…@10.0.0.4``, ``admin@192.168.1.9``,
  ``cam3.local``, ``localhost:8080``, a mail box) says where the camera is on a network:
  it never names the camera (a private host or a login would reach its name), and the
  neighbourhood beside it names the camera as before.
- A card's record buttons (``edit(31)``, ``/cctv/detail/12``) give its camera's id only
  when no other camera's card names the same record: a link every card carries (the
  operator's profile ``/user/profile/view/7``) identifies none of them.
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


def _cards(link: str) -> str:
    cards = "".join(
        f'<div class="card"><img src="/snap/cam{n}.jpg" alt="Simpang {n}"><h5>Simpang {n}</h5>'
        f"{link.format(n=n)}</div>"
        for n in (1, 2, 3)
    )
    return f"<html><body>{cards}</body></html>"


def test_a_record_link_every_card_carries_identifies_no_camera() -> None:
    found = _cameras(_cards('<a href="/user/profile/view/7">Operator</a>'))
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2", "Simpang 3"]
    assert all(c.id.startswith("k-") for c in found)


def test_each_card_own_record_button_still_identifies_its_camera() -> None:
    found = _cameras(_cards('<button onclick="edit({n}3)">Edit</button>'))
    assert [c.id for c in found] == ["13", "23", "33"]
