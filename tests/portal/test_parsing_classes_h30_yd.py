"""Camera lists read after holdout 30: Google Maps tutorial markers placed by kecamatan.

The MySQL/PHP Google Maps tutorial writes one ``<marker id name address lat lng type/>``
per row; portals built on it keep only ``Kec. …``, ``Kel. …`` or ``Ds. …`` in the address
column of a camera at a junction. That place is the camera's area; a street address, a
number or a list of places is not.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/genxml.php"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _markers(*addresses: str, key: str = "address") -> str:
    rows = "".join(
        f'<marker id="{n}" name="Simpang {n}" {key}="{address}" lat="0.5{n}" lng="117.5{n}" '
        f'type="cctv" stream="https://peta.kutim.example/hls/{n}.m3u8"/>'
        for n, address in enumerate(addresses, start=1)
    )
    return f'<?xml version="1.0"?><markers>{rows}</markers>'


def test_address_holding_only_a_kecamatan_is_the_area() -> None:
    found = cameras(_markers("Kec. Sangatta Utara", "Kel. Swarga Bara", "Ds.Sepaso"))
    assert [c.area for c in found] == ["Sangatta Utara", "Swarga Bara", "Sepaso"]


def test_alamat_holding_only_a_kecamatan_is_the_area() -> None:
    found = cameras(_markers("Kec. Bengalon", key="alamat"))
    assert [c.area for c in found] == ["Bengalon"]


def test_street_addresses_and_lists_of_places_are_no_area() -> None:
    found = cameras(
        _markers(
            "Jl. Yos Sudarso No. 4",
            "Kec. Sangatta Utara, Kab. Kutai Timur",
            "Kec. 12",
            "Kecamatan Bengalon dan sekitarnya di jalan poros",
            "Kec. " + "Panjang" * 30,
        )
    )
    assert len(found) == 5
    assert [c.area for c in found] == [None, None, None, None, None]


def test_another_field_named_address_is_not_read() -> None:
    # Only the address columns: a marker's own name is never taken as its area.
    text = (
        '<?xml version="1.0"?><markers>'
        '<marker id="1" name="Kec. Rantau Pulung" lat="0.51" lng="117.51" type="cctv" '
        'stream="https://peta.kutim.example/hls/1.m3u8"/></markers>'
    )
    assert [(c.name, c.area) for c in cameras(text)] == [("Kec. Rantau Pulung", None)]
