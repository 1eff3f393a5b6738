"""Entry point for single-page bodies: choose the parser a body needs."""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import urlsplit

from ..errors import PortalFormatError
from ..models import DEFAULT_KUTIM_HLS, ParseResult, PortalFormat, Profile
from ..normalise import Context
from ..values import JSONValue
from .blockconfig import block_config_document
from .decode import _NOT_JSON, _find_json, json_sequence, load_json, php_noise_only, pre_json
from .delimited import looks_like_delimited, parse_delimited
from .eventstream import event_stream
from .framework import html_fragments, sveltekit_answer
from .items import _features, _json_result, _plain, _result
from .javascript import declared_news_list, script_gap
from .kml import looks_like_kml, parse_kml
from .kutim import parse_kutim_page
from .lanoutliers import without_forbidden_media, without_lan_beside_public, without_unpublished_lan
from .libconfig import libconfig_document
from .mapjs import scan_budget
from .markup import _parse_html
from .namelinks import name_link_items, parse_name_links
from .picturefolders import join_picture_folders
from .playlist import looks_like_playlist, parse_playlist
from .servers import looks_like_rtmp_stat, rtmp_stat_error, server_items
from .startpages import start_page_kind
from .xmllist import is_sitemap, looks_like_xml, parse_xml_list
from .yamldoc import NOT_VALID_YAML, YamlDocument, yaml_document

_HTML_MARKERS = re.compile(
    r"<(?:!doctype|html|head|body|script|div|video|iframe|img|meta|title)\b", re.IGNORECASE
)
# How a script file (a map page's ``cctvData.js``, an ES module of camera data) begins,
# after comments: a directive, a declaration, an import/export or an assignment.
_SCRIPT_START = re.compile(
    r"(?:[\"']use strict[\"']"
    r"|(?:export\s+(?:default\s+)?)?(?:var|let|const|function|class|async\s+function)\b"
    r"|(?:export|import)\b"
    r"|[(!]\s*(?:async\s*)?function\b"
    r"|[A-Za-z_$][\w$]{0,100}(?:\s*\.\s*[A-Za-z_$][\w$]{0,100}){0,16}\s*=(?![=>]))"
)
_SCRIPT_TYPES = ("javascript", "ecmascript")
_SCRIPT_PATHS = (".js", ".mjs")

# ---------------------------------------------------------------------------
# Entry point for single-page bodies
# ---------------------------------------------------------------------------


def _json_content_type(content_type: str | None) -> bool:
    """Return True when the server declared a JSON body."""
    return content_type is not None and "json" in content_type.lower()


SCAN_BUDGET_FACTOR = 4
"""Characters script call scans may read per character of the answer (plus a fixed floor)."""
SCAN_BUDGET_FLOOR = 2_000_000


def parse_body(
    text: str,
    *,
    profile: Profile,
    base_url: str,
    hls_base: str | None = None,
    prettify: bool = True,
    content_type: str | None = None,
) -> ParseResult:
    """Parse a complete single-page body in the given profile into cameras.

    The work spent following calls in scripts is bounded by the answer's size.
    """
    with scan_budget(SCAN_BUDGET_FACTOR * len(text) + SCAN_BUDGET_FLOOR):
        result = _parse_body(
            text,
            profile=profile,
            base_url=base_url,
            hls_base=hls_base,
            prettify=prettify,
            content_type=content_type,
        )
    # A LAN address is no camera's media beside public media of its own, and a camera
    # only on a LAN among a public answer's published ones is not published. Only a
    # page's text writes its cameras' LAN addresses; a data answer's fields (an encoder's
    # IP in each record) never keep them. A link-local or metadata address is no LAN one:
    # it is dropped first and never counts toward a list mostly on the LAN.
    allowed = without_forbidden_media(result.cameras, base_url)
    cameras = without_lan_beside_public(allowed, base_url)
    written = text if result.format == PortalFormat.HTML else ""
    published = without_unpublished_lan(cameras, base_url, written)
    if published is cameras and len(allowed) == len(result.cameras):
        return result if cameras is result.cameras else dataclasses.replace(result, cameras=cameras)
    # Said like the safety policy's refusals, so the user learns why cameras are missing.
    left_out = len(result.cameras) - len(published)
    warning = (
        f"{left_out} camera(s) had media URLs pointing only at local or reserved addresses "
        "in a public portal's answer; they were left out"
    )
    return dataclasses.replace(
        result,
        cameras=published,
        skipped=result.skipped + left_out,
        warnings=(*result.warnings, warning),
    )


def _parse_body(
    text: str,
    *,
    profile: Profile,
    base_url: str,
    hls_base: str | None = None,
    prettify: bool = True,
    content_type: str | None = None,
) -> ParseResult:
    """Parse a single-page body (see parse_body)."""
    if profile == Profile.KUTIM:
        data = load_json(text)
        return parse_kutim_page(
            data, hls_base=hls_base or DEFAULT_KUTIM_HLS, prettify=prettify, base_url=base_url
        ).result
    snapshot = profile == Profile.SNAPSHOT
    ctx = Context(base_url=base_url, hls_base=hls_base, snapshot=snapshot, prettify=prettify)
    if profile == Profile.HTML:
        return _parse_html(text, ctx, PortalFormat.HTML)
    if profile == Profile.JSON:
        return _json_result(load_json(text), ctx, PortalFormat.JSON)
    if profile == Profile.GEOJSON:
        features = _features(json_sequence(text) or load_json(text))
        if features is None:
            raise PortalFormatError("The portal answer is not a GeoJSON FeatureCollection")
        return _result(_plain(features), ctx, PortalFormat.GEOJSON)
    fixed = PortalFormat.SNAPSHOT if snapshot else None
    if text.startswith("PK\x03\x04"):
        raise PortalFormatError(
            "The portal answer is a zip archive (such as a KMZ map), which is not read; "
            "use the address of the KML file or camera list itself"
        )
    if not snapshot and looks_like_rtmp_stat(text):
        raise rtmp_stat_error(text)
    if not snapshot and looks_like_kml(text):
        return parse_kml(text, ctx)
    if not snapshot and looks_like_xml(text):
        return _parse_xml(text, ctx, fixed, content_type)
    if not snapshot and looks_like_playlist(text):
        return parse_playlist(text, ctx)
    # Server-sent events (``data: {…}`` lines) look like YAML keys but are read as events.
    document = None
    if not snapshot and event_stream(text) is None:
        document = yaml_document(text)
    if not snapshot and (document is None or document.refused == NOT_VALID_YAML):
        # A libconfig file (``streamers: ( {name: …, url: …}, … )``) that is no valid YAML
        # is read as its data; one giving no camera is read as before.
        if (result := _data_cameras(libconfig_document(text), ctx, fixed)) is not None:
            return result
    if not snapshot and (document is None or document.refused is not None):
        # A configuration file of blocks of settings (``[cam1]``/``name = …``, repeated
        # ``__CAMERA__`` blocks of ``key==value`` lines) is read as its data; one giving
        # no camera is read as before.
        if (result := _data_cameras(block_config_document(text), ctx, fixed)) is not None:
            return result
    if document is not None:
        return _parse_yaml(text, document, ctx, fixed, content_type)
    return _parse_other(text, ctx, snapshot, fixed, content_type)


def _data_cameras(
    data: dict[str, JSONValue] | None, ctx: Context, fixed: PortalFormat | None
) -> ParseResult | None:
    """Return a configuration file's data read as a JSON answer, when it gives cameras.

    None when the file gave no data, or its data no camera (the body is then read as
    before).
    """
    if data is None:
        return None
    try:
        result = _json_result(data, ctx, fixed or PortalFormat.JSON)
    except PortalFormatError:
        return None
    return result if result.cameras else None


def _parse_other(
    text: str, ctx: Context, snapshot: bool, fixed: PortalFormat | None, content_type: str | None
) -> ParseResult:
    """Parse a body that is a delimited table, JSON, a script file, a page or name links."""
    if not snapshot and looks_like_delimited(text):
        try:
            return parse_delimited(text, ctx)
        except PortalFormatError as csv_error:
            # A table without cameras may still be noise in front of a JSON answer.
            try:
                return _parse_text(text, ctx, fixed, content_type)
            except PortalFormatError:
                raise csv_error from None
    try:
        return _parse_text(text, ctx, fixed, content_type)
    except PortalFormatError:
        # A headerless list of ``name;URL`` lines is read only when nothing else is.
        if snapshot or (items := name_link_items(text)) is None:
            raise
        return parse_name_links(items, ctx)


def _parse_yaml(
    text: str,
    document: YamlDocument,
    ctx: Context,
    fixed: PortalFormat | None,
    content_type: str | None,
) -> ParseResult:
    """Read a YAML document's data as a JSON answer, else the body as any other text.

    A start page's configuration is read only as one: its links and pictures that show
    no camera are never taken from its text. When nothing gives cameras, the error says
    what the YAML document was.
    """
    if document.refused is None:
        try:
            result = _json_result(document.data, ctx, fixed or PortalFormat.JSON)
            if result.cameras:
                return result
        except PortalFormatError:
            pass
        if (kind := start_page_kind(document.data)) is not None:
            raise PortalFormatError(
                f"The portal answer is a {kind} start page configuration (YAML) whose "
                "widgets and links show no camera (no stream, player or camera picture "
                "address on a public host)"
            )
    try:
        return _parse_other(text, ctx, False, fixed, content_type)
    except PortalFormatError:
        if document.refused is not None:
            raise PortalFormatError(
                f"The portal answer looks like a YAML document but was not read: {document.refused}"
            ) from None
        raise PortalFormatError(
            "The portal answer is a YAML document, but no camera list was found in it"
        ) from None


def _parse_xml(
    text: str, ctx: Context, fixed: PortalFormat | None, content_type: str | None
) -> ParseResult:
    """Read an XML document as a camera list, else as any other text (a page, a feed).

    A sitemap is never read as anything else: it lists pages, not cameras.
    """
    try:
        return parse_xml_list(text, ctx)
    except PortalFormatError as xml_error:
        if is_sitemap(text):
            raise
        try:
            return _parse_text(text, ctx, fixed, content_type)
        except PortalFormatError:
            raise xml_error from None


def script_signs(text: str, base_url: str, content_type: str | None) -> tuple[bool, bool]:
    """Return whether a body begins like a script file, and whether it is served as one.

    A script begins, after comments, with a directive, a declaration, an import or
    export or an assignment (``const cctvData = [``, ``export default``); it is served as
    one when the server's type or the address (``….js``) says so.
    """
    start = script_gap(text, 1 if text.startswith("\ufeff") else 0)
    if text[start : start + 1] in ("", "<", "{", "["):
        return False, False
    served = content_type is not None and any(
        kind in content_type.lower() for kind in _SCRIPT_TYPES
    )
    if not served and base_url:
        try:
            served = urlsplit(base_url).path.lower().endswith(_SCRIPT_PATHS)
        except ValueError:
            served = False
    return _SCRIPT_START.match(text, start) is not None, served


def _parse_script(text: str, ctx: Context) -> ParseResult:
    """Read a script file as a page holding only that script (data, markers, players)."""
    return _parse_html(f"<script>{text}</script>", ctx, PortalFormat.HTML)


def _parse_text(
    text: str, ctx: Context, fixed: PortalFormat | None, content_type: str | None
) -> ParseResult:
    """Parse a body that is JSON, a page holding JSON, a script file, or a page."""
    begins, served = (
        script_signs(text, ctx.base_url, content_type) if fixed is None else (False, False)
    )
    if begins:
        # What a script file does not yield is still searched for JSON below.
        try:
            return _parse_script(text, ctx)
        except PortalFormatError:
            pass
    try:
        return _parse_answer(text, ctx, fixed, content_type)
    except PortalFormatError as answer_error:
        if not served or begins:
            raise
        # Served as a script but beginning otherwise ($(function () {…}), L.marker(…)).
        try:
            return _parse_script(text, ctx)
        except PortalFormatError:
            raise answer_error from None


# The start of an element's event handler, up to where a JSON document begins inside it
# (``<button onclick='editUser({"id":4, …``).
_HANDLER_START = re.compile(r"""\bon[a-z]{3,20}\s*=\s*["'][^"'<>]{0,200}$""", re.IGNORECASE)


def _handed_record(text: str, start: int) -> bool:
    """Return True when the JSON document at start is one row's record a handler hands on.

    An Edit button's ``onclick='editUser({…})'`` is one record of a table (a user's, a
    banner's), never the page's camera list.
    """
    return _HANDLER_START.search(text[max(0, start - 240) : start]) is not None


def _whole(text: str, start: int) -> bool:
    """Return True when the JSON document at start is the whole answer."""
    return not text[:start].strip().lstrip("\ufeff") and text.rstrip()[-1:] in ("}", "]")


def _parse_answer(
    text: str, ctx: Context, fixed: PortalFormat | None, content_type: str | None
) -> ParseResult:
    """Parse a body that is JSON, a page holding JSON, or a page."""
    if (page_data := sveltekit_answer(text)) is not None:
        # A SvelteKit __data.json answer, its streamed promises on the lines after it.
        return _json_result(page_data, ctx, fixed)
    if (messages := event_stream(text)) is not None:
        # Server-sent events: read only as the messages of a server a recogniser knows
        # (a recorder's events naming its channels); any other events (detections, news
        # posts) are no camera list, one camera per event.
        if server_items(messages, ctx.base_url) is None:
            raise PortalFormatError("The portal answer is an event stream naming no cameras")
        return _json_result(messages, ctx, fixed)
    if (records := json_sequence(text)) is not None:
        # A JSON text sequence (GeoJSON features one per line or record): one list.
        return _json_result(records, ctx, fixed)
    try:
        found = _find_json(text)
    except PortalFormatError:
        # A cut-off JSON answer is an error, but a page may end in a broken script.
        if not _HTML_MARKERS.search(text):
            raise
        found = None
    tried_json = False
    if found is not None:
        start, data = found
        if (
            _json_content_type(content_type)
            or not _HTML_MARKERS.search(text, 0, start)
            or php_noise_only(text[:start])
        ):
            tried_json = True
            try:
                return _json_result(data, ctx, fixed)
            except PortalFormatError:
                # A JSON answer carrying rendered markup (a load-more answer's "html"):
                # the markup is the page, never the JSON text around it.
                fragment = html_fragments(data) if _whole(text, start) else None
                if fragment is not None:
                    return _parse_html(fragment, ctx, fixed or PortalFormat.HTML)
                if "<" not in text:
                    raise
    if "<" in text:
        if "<pre" in text or "<PRE" in text:
            shown = pre_json(text)
            if shown is not None:
                try:
                    return _json_result(shown, ctx, fixed)
                except PortalFormatError:
                    pass  # a <pre> holding other JSON: the page itself is read
        try:
            return _parse_html(text, ctx, fixed or PortalFormat.HTML)
        except PortalFormatError as page_error:
            if (
                found is None
                or tried_json
                or _handed_record(text, found[0])
                or declared_news_list(text, found[0], found[1])
            ):
                raise
            # Nothing on the page: the JSON it carries may still be the list, its
            # file names in the folders the page's script joins them with.
            join_picture_folders(text, [found[1]], ctx.base_url)
            try:
                return _json_result(found[1], ctx, fixed)
            except PortalFormatError:
                raise page_error from None
    raise PortalFormatError(_NOT_JSON)
