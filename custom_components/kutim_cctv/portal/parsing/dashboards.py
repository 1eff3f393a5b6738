"""Monitoring dashboards: Grafana dashboard JSON whose text panels show cameras.

A Grafana dashboard (its API answer ``{dashboard, meta}`` or an exported file) lays out
panels; ``row`` panels are headings (their title a place, e.g. a kecamatan) followed by
their panels, or nesting them when collapsed (``panels``), and Grafana 4 dashboards keep
``rows: [{title, panels}]``. A ``text`` panel holding HTML (``options.content``, or
``content`` on older panels) or Markdown with a picture is one camera: its title names
it, its id identifies it and the row above it is its area. Other panels (graphs, stats)
are no cameras. At most 2,000 panels and 64 rows are read, 20,000 characters a panel.
"""

from __future__ import annotations

import html
import re

from ..values import JSONObject, JSONValue

_MAX_PANELS = 2000
_MAX_ROWS = 64
_MAX_CONTENT = 20_000
# Markdown pictures and links: ![alt](url "title") and [text](url).
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,200})\]\(\s*([^)\s]{1,2048})(?:\s+\"[^\"\n]{0,200}\")?\s*\)")
_MD_LINK = re.compile(
    r"(?<!!)\[([^\]\n]{0,200})\]\(\s*([^)\s]{1,2048})(?:\s+\"[^\"\n]{0,200}\")?\s*\)"
)


def _markdown_markup(text: str) -> str:
    """Return Markdown pictures and links written as HTML (the rest stays as it is)."""

    def image(match: re.Match[str]) -> str:
        return f'<img src="{html.escape(match[2])}" alt="{html.escape(match[1])}">'

    def link(match: re.Match[str]) -> str:
        return f'<a href="{html.escape(match[2])}">{html.escape(match[1])}</a>'

    return _MD_LINK.sub(link, _MD_IMAGE.sub(image, text))


def _content(panel: JSONObject) -> str | None:
    """Return the markup a text panel shows, Markdown pictures and links as HTML."""
    options = panel.get("options")
    source = options if isinstance(options, dict) and "content" in options else panel
    content, mode = source.get("content"), source.get("mode")
    if not isinstance(content, str) or not content.strip():
        return None
    content = content[:_MAX_CONTENT]
    if mode != "html":
        content = _markdown_markup(content)
    return content


def _is_dashboard(value: JSONValue) -> bool:
    """Return True for a Grafana dashboard: panels or rows of typed panels, a schema."""
    if not isinstance(value, dict) or not isinstance(value.get("schemaVersion"), int):
        return False
    panels = value.get("panels")
    rows = value.get("rows")
    return (isinstance(panels, list) and bool(panels)) or (isinstance(rows, list) and bool(rows))


def _panel_item(panel: JSONObject, area: str | None) -> JSONObject | None:
    """Return the item of one text panel showing a camera, else None."""
    if panel.get("type") != "text":
        return None
    content = _content(panel)
    if content is None:
        return None
    item: JSONObject = {"content": content}
    title = panel.get("title")
    if isinstance(title, str) and title.strip():
        item["title"] = title.strip()
    ident = panel.get("id")
    if isinstance(ident, int | str) and not isinstance(ident, bool):
        item["id"] = str(ident)
    if area:
        item["area"] = area
    return item


def _row_title(panel: JSONObject) -> str | None:
    title = panel.get("title")
    return title.strip() if isinstance(title, str) and title.strip() else None


def _panels(value: JSONValue) -> list[JSONObject]:
    if not isinstance(value, list):
        return []
    return [panel for panel in value[:_MAX_PANELS] if isinstance(panel, dict)]


def _row_items(panels: JSONValue, area: str | None) -> list[JSONValue]:
    """Return the camera items among a row's own panels."""
    found = (_panel_item(panel, area) for panel in _panels(panels))
    return [item for item in found if item is not None]


def _dashboard_items(dashboard: JSONObject) -> list[JSONValue]:
    """Return the camera items of a dashboard's panels, each under the row above it."""
    items: list[JSONValue] = []
    area: str | None = None
    for panel in _panels(dashboard.get("panels")):
        if len(items) >= _MAX_PANELS:
            break
        if panel.get("type") == "row":
            area = _row_title(panel)
            # A collapsed row nests its panels.
            items.extend(_row_items(panel.get("panels"), area))
        elif (item := _panel_item(panel, area)) is not None:
            items.append(item)
    rows = dashboard.get("rows")
    for row in rows[:_MAX_ROWS] if isinstance(rows, list) else []:
        if isinstance(row, dict) and len(items) < _MAX_PANELS:
            title = _row_title(row) if row.get("showTitle", True) is not False else None
            items.extend(_row_items(row.get("panels"), title))
    return items[:_MAX_PANELS]


def resolve_grafana(doc: JSONObject) -> JSONObject | None:
    """Return a Grafana dashboard's camera panels as a list, else None."""
    dashboard: JSONValue = doc.get("dashboard") if "dashboard" in doc else doc
    if not isinstance(dashboard, dict) or not _is_dashboard(dashboard):
        return None
    items = _dashboard_items(dashboard)
    if not items:
        return None
    return {"title": dashboard.get("title"), "panels": items}
