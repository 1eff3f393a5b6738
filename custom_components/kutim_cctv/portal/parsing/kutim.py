"""Kutim pages: one page of the Kutim list API, with its totals."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import PortalFormatError
from ..fieldurls import url_host
from ..models import ParseResult, PortalFormat
from ..normalise import Context
from ..policy import is_public_host
from ..values import JSONValue, index_keys
from .items import _NO_LIST, _result, find_items

_TOTAL_KEYS = (
    "total",
    "total_items",
    "total_data",
    "total_count",
    "total_records",
    "total_rows",
    "count",
)
_PAGES_KEYS = ("total_pages", "total_page", "last_page", "page_count", "num_pages", "pages")
_META_KEYS = ("meta", "pagination", "page_info", "paging")
_MAX_COUNT = 10_000_000

# ---------------------------------------------------------------------------
# Kutim pages
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class KutimPage:
    """One page of the Kutim camera list."""

    result: ParseResult
    raw_count: int
    total: int | None
    total_pages: int | None


def _count(value: JSONValue) -> int | None:
    """Return a sane non-negative count from a number or a digit string."""
    if isinstance(value, bool):
        return None
    number: int | None = None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif (
        isinstance(value, str)
        and value.strip().isascii()
        and value.strip().isdigit()
        and len(value.strip()) <= 9
    ):
        number = int(value.strip())
    if number is None or not 0 <= number <= _MAX_COUNT:
        return None
    return number


def _page_totals(data: JSONValue) -> tuple[int | None, int | None]:
    """Return the total number of cameras and of pages a Kutim page announces."""
    if not isinstance(data, dict):
        return None, None
    index = index_keys(data)
    places: list[dict[str, JSONValue]] = []
    for key in _META_KEYS:
        meta = index.get(key)
        if isinstance(meta, dict):
            meta_index = index_keys(meta)
            places.append(meta_index)
            inner = meta_index.get("pagination")
            if isinstance(inner, dict):
                places.append(index_keys(inner))
    places.append(index)
    if isinstance(inner_data := index.get("data"), dict):
        places.append(index_keys(inner_data))
    total = next(
        (n for place in places for k in _TOTAL_KEYS if (n := _count(place.get(k))) is not None),
        None,
    )
    pages = next(
        (n for place in places for k in _PAGES_KEYS if (n := _count(place.get(k))) is not None),
        None,
    )
    return total, pages


def parse_kutim_page(
    data: JSONValue, *, hls_base: str, prettify: bool = True, base_url: str | None = None
) -> KutimPage:
    """Parse one page of the Kutim list; stream URLs are built from the stream keys.

    ``base_url`` is the page's address: a page from the local network keeps its LAN
    playlists, as the JSON reader does.
    """
    local = not is_public_host(url_host(base_url)) if base_url else False
    items = find_items(data, local=local)
    if items is None:
        raise PortalFormatError(f"{_NO_LIST}: the Kutim answer holds no list")
    ctx = Context(
        base_url=hls_base, hls_base=hls_base, kutim=True, derived_first=True, prettify=prettify
    )
    result = _result(items, ctx, PortalFormat.KUTIM, allow_empty_result=True)
    total, total_pages = _page_totals(data)
    return KutimPage(result=result, raw_count=len(items), total=total, total_pages=total_pages)
