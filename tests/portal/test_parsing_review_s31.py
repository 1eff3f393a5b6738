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
- A counting loop (``for (i = 0; i < markers.length; i++)``) is read in its own body: the
  cells it names, its position call and the popup array it hands on are looked for
  there, so the ordinary loops of a long script never each have the whole script
  scanned; and each array handed to a popup is parsed once a script, however many loops
  name it (``scripts/bench_hostile.py`` cases).
- A kind column (``type``, ``type_cctv``) whose values differ on every camera titles them
  only when it holds titles: one holding each camera's model (``Hikvision
  DS-2CD2143G0-I``, ``Axis P1455-LE``: words mixing letters and digits) names none, and
  the cameras keep the address naming them.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body, rownames as rownames_module
from custom_components.kutim_cctv.portal.values import JSONValue

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


# Counting loops.


def _counting_loops(loops: int, arrays: int, entries: int) -> str:
    rows = ",".join(f"['Cam {n}', -7.{n:04d}, 112.{n:04d}]" for n in range(3))
    big = ",".join(f"['<b>x{n}</b>', {n}]" for n in range(entries))
    script = "".join(f"var big{k} = [{big}];" for k in range(arrays))
    for loop in range(loops):
        script += f"var rows{loop} = [{rows}];"
        script += (
            f"for (i = 0; i < rows{loop}.length; i++) {{ m = new google.maps.Marker("
            f"{{position: new google.maps.LatLng(rows{loop}[i][1], rows{loop}[i][2]),"
            f" title: rows{loop}[i][0]}});"
            + "".join(f" w.setContent(big{k}[i][0]);" for k in range(arrays))
            + " }"
        )
    return script


def test_the_arrays_many_counting_loops_hand_to_popups_are_parsed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed: list[str] = []
    original = rownames_module._json_or_js

    def counting(text: str, **options: Any) -> JSONValue:
        parsed.append(text)
        return original(text, **options)

    monkeypatch.setattr(rownames_module, "_json_or_js", counting)
    rownames_module.named_rows(_counting_loops(20, 4, 50))
    # Each loop's rows once, and each of the four arrays its popups name once, not once
    # a loop.
    assert sum(text.startswith("[['<b>") for text in parsed) == 4
    assert len(parsed) == 20 + 4


def test_a_counting_loop_reads_its_cells_in_its_own_body(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[int] = []
    original = rownames_module._uses

    def measuring(script: str, row: str) -> dict[int, str]:
        scanned.append(len(script))
        return original(script, row)

    monkeypatch.setattr(rownames_module, "_uses", measuring)
    loops = "".join(
        f"for (i = 0; i < list{k}.length; i++) {{ f(list{k}[i].x); }}\n" for k in range(20)
    )
    script = loops + "var q = ['a', 'b', \"c\", [1, 2]];\n" * 20_000
    assert rownames_module.named_rows(script) == []
    # Ordinary loops of a long script never each have the whole script scanned.
    assert len(scanned) == 20
    assert max(scanned) < 200


def test_many_ordinary_counting_loops_in_a_long_script_stay_bounded() -> None:
    loops = "".join(
        f"for (i = 0; i < list{k}.length; i++) {{ f(list{k}[i].x); }}\n" for k in range(20)
    )
    script = loops + "s = 'x' + y[1] + \"z\" + w[2];\n" * 35_000
    with pytest.raises(PortalFormatError):
        _cameras(f"<html><body><script>{script}</script></body></html>")


def test_many_counting_loops_sharing_large_popup_arrays_stay_bounded() -> None:
    page = f"<html><body><script>{_counting_loops(20, 4, 3000)}</script></body></html>"
    with pytest.raises(PortalFormatError):
        _cameras(page)


# A kind column titling cameras.

_MODELS = (
    "Hikvision DS-2CD2143G0-I",
    "Dahua IPC-HFW1230S",
    "Axis P1455-LE",
    "Bosch Flexidome IP 5000",
    "Uniview IPC2122LB",
)


def test_a_kind_column_of_camera_models_titles_no_camera() -> None:
    records = [
        {
            "id": n + 1,
            "type": model,
            "alamat": f"Jl. Merdeka No. {n + 1}",
            "lat": -0.5 - n / 100,
            "lng": 117.1,
            "stream": f"https://v.example.com/{n}.m3u8",
        }
        for n, model in enumerate(_MODELS)
    ]
    found = _cameras(json.dumps({"data": records}))
    assert [c.name for c in found] == [f"Jl. Merdeka No. {n}" for n in range(1, 6)]


def test_a_kind_column_of_place_titles_still_titles_its_cameras() -> None:
    titles = ("Gerbang Tol Nusa Dua", "Pantai Sanur", "Simpang Dewa Ruci", "Bundaran Renon")
    records = [
        {
            "id_cctv": n + 1,
            "type_cctv": title,
            "address_cctv": f"Jl. Bypass Ngurah Rai No. {n + 1}",
            "link_cctv": f"https://v.example.com/{n}.m3u8",
            "kota_cctv": "Denpasar",
        }
        for n, title in enumerate(titles)
    ]
    found = _cameras(json.dumps({"data": records}))
    assert [c.name for c in found] == list(titles)
