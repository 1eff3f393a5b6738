"""A village's record naming the village office its camera watches.

A regency's programme putting cameras in village offices reports them village by village
(``{kode_desa, nama_desa: "Sepaso", kantor: "Kantor Desa Sepaso", cctv: {...}}``): the
record is the village, named in its village field, and the camera watches its office,
written in full in an office field. The office's text names the camera when it holds
the village's name as whole words and says more ("Kantor Desa Sepaso" for "Sepaso");
an office field naming someone else (the operating agency, "Diskominfo Staper") or
only the village again names nothing. The village then is what the name already says,
not the camera's area: the kecamatan the report groups the villages under places it,
when there is one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .values import clean_text

if TYPE_CHECKING:
    from .values import JSONValue

# Fields naming a village (a desa, a kelurahan) as a record's own field.
_VILLAGE_KEYS = (
    *("nama_desa", "desa", "nama_kelurahan", "kelurahan", "nama_kalurahan", "kalurahan"),
    *("village", "village_name"),
)
# Fields naming the office a village's camera watches.
_OFFICE_KEYS = (
    *("kantor", "nama_kantor", "kantor_desa", "kantor_kelurahan", "balai_desa"),
    *("office", "office_name"),
)
_MAX_OFFICE_TEXT = 100
_MAX_VILLAGE_TEXT = 60


def _words(text: str) -> list[str]:
    return text.lower().replace(".", " ").replace(",", " ").split()


def village_office(
    index: Mapping[str, JSONValue], own: frozenset[str], name: str | None
) -> str | None:
    """Return the office a village's record names in full, when it names the camera.

    The record's own village field gives the village; the office field must hold it as
    whole words and say more. name is the record's name as read: the office names the
    camera only when that name is the village itself or the office already.
    """
    village = _village(index, own)
    if village is None:
        return None
    size = len(village)
    for key in _OFFICE_KEYS:
        value = index.get(key) if key in own else None
        if not isinstance(value, str) or len(value) > _MAX_OFFICE_TEXT or "://" in value:
            continue
        if (text := clean_text(value)) is None:
            continue  # entities decoded, as every name is read
        office = _words(text)
        if len(office) <= size:
            continue
        if any(office[at : at + size] == village for at in range(len(office) - size + 1)):
            if name is None or _words(name) in (village, office):
                return text
            return None
    return None


def is_village(index: Mapping[str, JSONValue], own: frozenset[str], area: str | None) -> bool:
    """Return True when the area read is the record's own village field's text."""
    return area is not None and _words(area) == _village(index, own)


def _village(index: Mapping[str, JSONValue], own: frozenset[str]) -> list[str] | None:
    """Return the words of the record's own village field, else None."""
    for key in _VILLAGE_KEYS:
        value = index.get(key) if key in own else None
        if isinstance(value, str) and 0 < len(value) <= _MAX_VILLAGE_TEXT:
            return _words(clean_text(value) or "") or None
    return None
