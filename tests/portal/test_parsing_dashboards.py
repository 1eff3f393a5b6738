"""Grafana dashboards: text panels showing cameras, grouped by the row panels above them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.dashboards import resolve_grafana

BASE = "https://grafana.kutim.example/api/dashboards/uid/cctv"
MJPEG = "https://cam.kutim.example/{}/axis-cgi/mjpg/video.cgi"


def _cams(doc: Any) -> tuple[Camera, ...]:
    return parse_body(json.dumps(doc), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _text(ident: int, title: str, content: str, mode: str = "html") -> dict[str, Any]:
    return {
        "type": "text",
        "id": ident,
        "title": title,
        "options": {"mode": mode, "content": content},
    }


def _img(name: str) -> str:
    return f'<img src="{MJPEG.format(name)}" style="width:100%">'


def _row(ident: int, title: str, panels: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "type": "row",
        "id": ident,
        "title": title,
        "collapsed": bool(panels),
        "panels": panels or [],
    }


def _dashboard(panels: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"title": "CCTV", "uid": "cctv", "schemaVersion": 39, "panels": panels, **extra}


def _summary(cameras: tuple[Camera, ...]) -> list[tuple[str, str | None, str | None]]:
    return [(c.id, c.name, c.area) for c in cameras]


def test_open_rows_group_the_panels_after_them() -> None:
    """An open row is the area of the panels that follow it, up to the next row."""
    doc = {
        "meta": {"slug": "cctv", "url": "/d/cctv/cctv", "folderTitle": "General"},
        "dashboard": _dashboard(
            [
                _row(1, "Sangatta Utara"),
                _text(2, "Simpang Tiga", _img("s3")),
                _text(3, "Kabo", _img("kabo")),
                _row(4, "Bengalon"),
                _text(5, "Terminal", _img("terminal")),
            ]
        ),
    }
    cameras = _cams(doc)
    assert _summary(cameras) == [
        ("2", "Simpang Tiga", "Sangatta Utara"),
        ("3", "Kabo", "Sangatta Utara"),
        ("5", "Terminal", "Bengalon"),
    ]
    assert cameras[0].mjpeg_url == MJPEG.format("s3")


def test_collapsed_rows_nest_their_panels() -> None:
    """A collapsed row's own panels are its cameras; panels before any row have no area."""
    doc = _dashboard(
        [
            _text(1, "Gerbang", _img("gerbang")),
            _row(2, "Sangatta Selatan", [_text(3, "Sangatta Lama", _img("lama"))]),
        ]
    )
    assert _summary(_cams(doc)) == [
        ("1", "Gerbang", None),
        ("3", "Sangatta Lama", "Sangatta Selatan"),
    ]


def test_old_panels_and_markdown_pictures() -> None:
    """Older panels keep content and mode on the panel; Markdown pictures are stills."""
    panel = {"type": "text", "id": 7, "title": "Kabo", "mode": "markdown"}
    panel["content"] = "### Kabo\n![Kabo](https://snap.kutim.example/kabo.jpg)"
    cameras = _cams(_dashboard([panel], schemaVersion=16))
    assert _summary(cameras) == [("7", "Kabo", None)]
    assert cameras[0].snapshot_url == "https://snap.kutim.example/kabo.jpg"


def test_grafana_4_rows() -> None:
    """Grafana 4 dashboards keep rows with their panels."""
    doc = {
        "schemaVersion": 14,
        "title": "CCTV",
        "rows": [{"title": "Bengalon", "panels": [_text(1, "Sepaso", _img("sepaso"))]}],
    }
    assert _summary(_cams(doc)) == [("1", "Sepaso", "Bengalon")]


def test_other_panels_are_no_cameras() -> None:
    """Graphs, stats, notes without media and the dashboard's meta are never cameras."""
    doc = {
        "meta": {"url": "/d/cctv/cctv"},
        "dashboard": _dashboard(
            [
                {"type": "stat", "id": 1, "title": "Aktif", "targets": [{"expr": "up"}]},
                _text(2, "Catatan", "Dipantau 24 jam.", "markdown"),
                _text(3, "Kabo", _img("kabo")),
                {
                    "type": "graph",
                    "id": 4,
                    "title": "Grafik",
                    "links": [{"url": "https://x.kutim.example/a.jpg"}],
                },
            ]
        ),
    }
    assert _summary(_cams(doc)) == [("3", "Kabo", None)]


def test_markup_in_panel_titles_is_no_name() -> None:
    """A title holding markup never becomes a name with markup."""
    cameras = _cams(_dashboard([_text(1, "<b>Kabo</b><script>x</script>", _img("kabo"))]))
    assert all("<" not in (c.name or "") for c in cameras)


@pytest.mark.parametrize(
    "doc",
    [
        {"panels": [_text(1, "Kabo", _img("kabo"))]},  # no schema: not a dashboard
        {"schemaVersion": "39", "panels": [_text(1, "Kabo", _img("kabo"))]},
        {"schemaVersion": 39, "panels": "x"},
        {"schemaVersion": 39, "panels": [1, "a", None, []], "rows": {"a": 1}},
        {"dashboard": [1, 2]},
    ],
)
def test_what_is_no_dashboard(doc: Any) -> None:
    """Only a dashboard with a schema version and panels or rows is read this way."""
    assert resolve_grafana(doc) is None


def test_panels_without_cameras_give_a_clear_error() -> None:
    """A dashboard of graphs only ends in a clear error, not an empty list."""
    with pytest.raises(PortalFormatError):
        _cams(_dashboard([{"type": "graph", "id": 1, "title": "Grafik"}]))


def test_hostile_dashboards_are_bounded() -> None:
    """Huge panel lists, rows and contents give a bounded result."""
    many = [_text(i, f"Kamera {i}", _img(f"c{i}")) for i in range(5000)]
    resolved = resolve_grafana(_dashboard(many))
    assert resolved is not None
    assert len(resolved["panels"]) == 2000  # type: ignore[arg-type]
    huge = _text(1, "Kabo", "![a](" + "x" * 100_000 + ")" + "[" * 100_000, "markdown")
    resolved = resolve_grafana(_dashboard([huge]))
    assert resolved is not None
    assert all(len(p["content"]) <= 20_100 for p in resolved["panels"])  # type: ignore[index,union-attr]
    nested = _dashboard([_row(i, f"R{i}", [_text(i, "K", _img("k"))] * 10) for i in range(3000)])
    resolved = resolve_grafana(nested)
    assert resolved is not None and len(resolved["panels"]) <= 2000  # type: ignore[arg-type]
