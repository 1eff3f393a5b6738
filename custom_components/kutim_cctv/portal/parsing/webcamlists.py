"""Camera lists kept side by side in one answer, each named for its kind of camera.

A place's detail answer may keep its own webcams and the road cameras near it in two
lists (``{id, name, webcams: [{id, name, url}], roadWebcams: [{id, name, url, highway,
agency}]}``): every list whose key ends in a camera word (``webcams``,
``road_webcams``, ``traffic_cameras``) holds cameras, so all of them are the answer's
cameras, in the order written. Only lists of objects count, at least two of them and
each holding an entry that carries what a camera carries; a list named otherwise
(``webcam_categories``, ``photos``, ``links``) is never read here. Lists whose entries
mostly carry a price, stock or article number (``price``, ``harga``, ``sku``, ``cost``,
``msrp``, ``tarif``, an ``offers`` object, a text stating ``Rp 450.000``) are a shop's
catalogue by camera kind: no camera list at all (a format error), one such list as much
as several.
"""

from __future__ import annotations

from collections.abc import Callable
import itertools

from ..errors import PortalFormatError
from ..media import is_mjpeg_url, is_stream_url
from ..models import MAX_CAMERAS
from ..values import JSONObject, JSONValue, norm_key, product_key, states_price

# Last words of a key naming a list of cameras of one kind.
_CAMERA_LIST_WORDS = frozenset({"webcams", "cameras", "cams", "cctvs", "kamera"})
_MAX_FIELDS = 64
_MAX_LISTS = 8
_MAX_LOOK = 20
_MAX_ADDRESS = 2048


def _camera_list_key(key: str) -> bool:
    """Return True for a key whose last word names a list of cameras."""
    return norm_key(key[:80]).rsplit("_", 1)[-1] in _CAMERA_LIST_WORDS


# Key words of a product's price beyond the shared ones (``values.product_key``).
_PRICE_WORDS = frozenset({"cost", "msrp", "tarif", "hrg", "offers", "offer", "pricing"})


def _price_key(key: str) -> bool:
    """Return True for a key naming a product's price, stock or article number."""
    return product_key(key) or not _PRICE_WORDS.isdisjoint(norm_key(key[:80]).split("_"))


def _product(entry: JSONValue) -> bool:
    """Return True when an entry carries a price, stock or article number (``harga``).

    By its own keys, the keys of an object it holds (schema.org ``offers: {price}``) or
    a text of it stating a price (``Harga Rp 450.000``).
    """
    if not isinstance(entry, dict):
        return False
    return any(
        _keyed_price(key, value) or (isinstance(value, str) and states_price(value))
        for key, value in itertools.islice(entry.items(), _MAX_FIELDS)
    )


def _priced_by_key(entry: JSONValue) -> bool:
    """Return True when an entry's own keys, or its ``offers`` object's, name a price.

    An entry playing live media (an HLS, DASH, RTSP or MJPEG address among its fields) is
    a camera whatever else it records (a toll gate's ``tarif``, an ``old_price``).
    """
    if not isinstance(entry, dict) or _plays_live(entry):
        return False
    return any(
        _keyed_price(key, value) for key, value in itertools.islice(entry.items(), _MAX_FIELDS)
    )


def _keyed_price(key: str, value: JSONValue) -> bool:
    """Return True when a field's key, or a key of the object it holds, names a price."""
    return _price_key(key) or (
        isinstance(value, dict)
        and any(_price_key(inner) for inner in itertools.islice(value, _MAX_FIELDS))
    )


def _plays_live(entry: JSONObject) -> bool:
    """Return True when one of an entry's first fields is a live stream or MJPEG address."""
    return any(
        isinstance(value, str)
        and len(value) <= _MAX_ADDRESS
        and (is_stream_url(value) or is_mjpeg_url(value))
        for value in itertools.islice(entry.values(), _MAX_FIELDS)
    )


def priced_list(values: list[JSONValue]) -> bool:
    """Return True when most of any list's first entries carry a price, stock or SKU key.

    Read on every list an answer is taken from (a shop's catalogue under ``cameras``):
    by keys only, since a list's texts may state a fee (a destination's ``Rp5.000``
    entrance) or an address may read as one (``…/rp1/index.m3u8``).
    """
    looked = values[:_MAX_LOOK]
    return bool(looked) and 2 * sum(1 for entry in looked if _priced_by_key(entry)) > len(looked)


def kind_camera_lists(
    value: JSONObject, camera_like: Callable[[JSONValue], bool]
) -> list[JSONValue] | None:
    """Return the entries of an answer's side-by-side camera lists, else None.

    Two to _MAX_LISTS lists under camera-list keys among the answer's first _MAX_FIELDS
    fields, each holding a camera-like entry among its first _MAX_LOOK, are read; their
    entries are joined, at most one more than the camera limit. Lists whose first
    entries are mostly products (a shop's catalogue), a single list too, raise
    PortalFormatError: the answer is no camera list.
    """
    lists: list[list[JSONValue]] = []
    for key, inner in itertools.islice(value.items(), _MAX_FIELDS):
        if not isinstance(inner, list) or not _camera_list_key(key):
            continue
        if not any(isinstance(entry, dict) and camera_like(entry) for entry in inner[:_MAX_LOOK]):
            return None  # a camera list holding no camera: the answer is read otherwise
        lists.append(inner)
        if len(lists) > _MAX_LISTS:
            return None
    looked = [entry for inner in lists for entry in inner[:_MAX_LOOK]]
    if looked and 2 * sum(1 for entry in looked if _product(entry)) > len(looked):
        # A shop's catalogue of camera products by kind, in one list or more.
        raise PortalFormatError(
            "No camera list found in the portal answer: it is a shop's catalogue of "
            f"{len(looked)} priced camera product(s) under {len(lists)} camera-kind list(s)"
        )
    if len(lists) < 2:
        return None
    joined: list[JSONValue] = []
    for inner in lists:
        joined.extend(inner[: MAX_CAMERAS + 1 - len(joined)])
    return joined
