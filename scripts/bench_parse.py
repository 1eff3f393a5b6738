"""Measure what reading a hostile camera list costs: CPU time and peak memory per answer.

Builds answers of every reader's worst shape at the list cap (8 MiB): JSON lists, deep
nesting, wide objects, JSON tables, HTML cards and tables, nested markup, map scripts with
thousands of markers or unclosed calls, M3U playlists, KML, GeoJSON. Each is parsed once,
the way the Automatic format reads an address (the client does this in a worker thread,
off the event loop), and the wall time, the peak of allocated memory (tracemalloc) and
the outcome are printed (time and memory from separate runs). Exits 1 when an answer crashes the parser or passes a bound.

Usage: ``.venv/bin/python scripts/bench_parse.py [--size MIB] [--only NAME]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
import json
from pathlib import Path
import sys
import time
import tracemalloc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import DEFAULT_MAX_BODY_BYTES, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

MAX_SECONDS = 30.0
"""Most one answer at the cap may cost, on one core of the reference machine."""
MAX_PEAK_FACTOR = 40
"""Most memory one answer may allocate at its peak, as a multiple of its size."""


def _fill(size: int, unit: str, head: str = "", tail: str = "") -> str:
    """Repeat unit between head and tail up to size characters."""
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


def bodies(size: int) -> dict[str, Callable[[], str]]:
    """Return the hostile answers by name, each built lazily at about size characters."""
    item = '{"id": %d, "nama": "Simpang %d", "hls": "/hls/%d/index.m3u8", "lat": 0.5, "lng": 117.5}'
    element = (
        '{"system": {"id": "%d"}, "elements": {"nama": {"type": "text", "value": "K"},'
        ' "foto": {"type": "asset", "value": [{"url": "/a.jpg", "type": "image/jpeg"}]}}}'
    )
    feature = (
        '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [117.5, 0.5]},'
        ' "properties": {"name": "c%d", "url": "/hls/%d.m3u8"}}'
    )
    return {
        "json-list": lambda: (
            "[" + ",".join(item % (n, n, n) for n in range(size // 90))[: size - 2] + "]"
        ),
        "json-nested": lambda: "[" * (size // 2) + "]" * (size // 2),
        "json-wide": lambda: "{" + ",".join(f'"k{n}": "v"' for n in range(size // 12)) + "}",
        "json-table": lambda: json.dumps(
            {
                "cols": [{"label": f"c{n}"} for n in range(256)],
                "rows": [{"c": [{"v": "/hls/x.m3u8"}] * 256}] * (size // 4400),
            }
        ),
        "html-cards": lambda: _fill(
            size,
            '<div class="card"><img src="/s.jpg"><a data-video="/h.m3u8">Live</a>'
            "<h5>Cam</h5></div>",
            "<html><body>",
            "</body></html>",
        ),
        "html-table": lambda: _fill(
            size,
            "<tr><td>1</td><td>Cam</td><td>Kec</td><td><a href='/x.m3u8'>Lihat</a></td></tr>",
            "<table><tr><th>No</th><th>Nama</th><th>Kecamatan</th><th>Link</th></tr>",
            "</table>",
        ),
        "html-nested": lambda: "<div>" * (size // 11) + "</div>" * (size // 11),
        "html-attributes": lambda: "<div " + 'data-x="1" ' * (size // 11) + ">",
        "html-nested-states": lambda: '<div data-status="online">' * (size // 26),
        "html-nested-pills": lambda: "<span>Online " * (size // 13),
        "html-nested-headings": lambda: "<h5>Simpang " * (size // 12),
        "html-nested-links": lambda: "<div><a href='/a.m3u8'>Lihat " * (size // 30),
        "html-headings": lambda: _fill(size, "<h5>Simpang</h5>", "<html><body>", "</body></html>"),
        "js-markers": lambda: _fill(
            size,
            "L.marker([0.5,117.5],{title:'A'}).bindPopup('<a href=\"/a.m3u8\">x</a>').addTo(m);\n",
            "<script>",
            "</script>",
        ),
        # The same markers in a script naming every player library the page reader looks
        # for, so that none of its scans is skipped.
        "js-markers-players": lambda: _fill(
            size,
            "L.marker([0.5,117.5],{title:'A'}).bindPopup('<a href=\"/a.m3u8\">x</a>').addTo(m);\n",
            "<script>var v = document.getElementById('v'); $; jwplayer videojs flowplayer"
            " fluidPlayer OvenPlayer WowzaPlayer MediaElementPlayer Clappr DPlayer setup Plyr"
            " source shaka load attach createPlayer attachMediaElement src;\n",
            "</script>",
        ),
        "js-unclosed-calls": lambda: "<script>" + "L.marker(" * (size // 9) + "</script>",
        "js-dotted-chain": lambda: (
            "<script>L.marker([0.5, 117.5]).addTo(map" + ".x" * (size // 2 - 40) + "</script>"
        ),
        "js-escaped-quotes": lambda: "<script>var a='" + "\\'" * (size // 2) + "';</script>",
        "js-data-code": lambda: _fill(
            size,
            "{nama: 'A', p: L.latLng(0.5, 117.5), icon: ikon, u: SRV + 'a.flv', f: () => g(1)},\n",
            "<script>const SRV = 'https://s.example/';\nvar d = [",
            "];</script>",
        ),
        "js-file-data": lambda: _fill(
            size,
            "{name: 'A', coords: [0.5, 117.5], url: 'https://s.example/a.flv'},\n",
            "// data\nconst cctvData = [",
            "];",
        ),
        "js-file-unclosed": lambda: "const d = [" + "{a: f(" * (size // 6),
        "js-rows": lambda: _fill(
            size,
            "[1, 117.5, 0.5, 284, 'Kamera', 'snap/a.jpg'],\n",
            "<script>var c = [",
            "];</script>",
        ),
        "m3u": lambda: _fill(
            size,
            '#EXTINF:-1 tvg-id="a" group-title="G",Cam\nhttps://x.example/a.m3u8\n',
            "#EXTM3U\n",
        ),
        "kml": lambda: _fill(
            size,
            "<Placemark><name>C</name><description>&lt;a href=&quot;/a.m3u8&quot;&gt;x&lt;/a&gt;"
            "</description><Point><coordinates>117.5,0.5</coordinates></Point></Placemark>",
            '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
            "</Document></kml>",
        ),
        "geojson": lambda: (
            '{"type": "FeatureCollection", "features": ['
            + ",".join(feature % (n, n) for n in range(size // 140))
            + "]}"
        ),
        "html-camera-wall": lambda: _fill(
            size,
            '<div class="cam"><img class="webcam" src="/ImageHandler.ashx?id=1"><p>Kabo</p></div>',
            "<html><body><script>setInterval(function(){$('img.webcam').each(function(){"
            "this.src=this.src.split('&t=')[0]+'&t='+new Date().getTime();});},5000);</script>",
            "</body></html>",
        ),
        "html-table-rowspan": lambda: _fill(
            size,
            "<tr><td rowspan='1000'>Kec</td><td>Cam</td><td><a href='/x.m3u8'>Lihat</a></td></tr>",
            "<table><tr><th>Kecamatan</th><th>Nama</th><th>Link</th></tr>",
            "</table>",
        ),
        "js-popup-templates": lambda: _fill(
            size,
            "L.marker([0.5,117.5]).bindPopup(popupHtml('Kabo','/a.m3u8')).addTo(m);\n",
            "<script>function popupHtml(t, s){return '<h4>' + t + '</h4><a href=\"' + s"
            " + '\">x</a>';}\n",
            "</script>",
        ),
        "js-chained-markers": lambda: _fill(
            size,
            "new tt.Marker().setLngLat([117.5,0.5]).setPopup(new tt.Popup()"
            ".setHTML('<a href=\"/a.m3u8\">x</a>')).addTo(map);\n",
            "<script>",
            "</script>",
        ),
        "js-marker-ids": lambda: _fill(
            size,
            "var f = new ol.Feature({geometry: new ol.geom.Point(ol.proj.fromLonLat([117.5,0.5])),"
            " url: '/a.m3u8'}); f.setId('A'); f.set('kode', 'B');\n",
            "<script>",
            "</script>",
        ),
        "sveltekit-data": lambda: (
            '{"type":"data","nodes":[{"type":"data","data":[{"cams":1},['
            + ",".join(str(n) for n in range(2, size // 27))
            + "]"
            + ',{"nama":1,"hls":1}' * (size // 27)
            + "]}]}"
        ),
        "cms-elements": lambda: (
            '{"items": [' + ",".join(element % n for n in range(size // 200)) + "]}"
        ),
    }


def _parse(text: str) -> str:
    """Parse text once the way Automatic reads an address; return the outcome."""
    try:
        result = parse_body(
            text, profile=Profile.AUTO, base_url="https://portal.example/", prettify=False
        )
    except PortalFormatError as err:
        return "format error: " + str(err)[:70]
    except Exception as err:  # noqa: BLE001 - a crash is what this looks for
        return f"CRASH {type(err).__name__}: {err}"[:100]
    return f"{len(result.cameras)} camera(s)" + (", capped" if result.capped else "")


def measure(text: str) -> tuple[float, int, str]:
    """Parse text twice: timed, then traced; return CPU seconds, peak bytes and the outcome.

    The time is this process's CPU time, so a busy machine does not inflate it: parsing
    runs on one thread, and on an idle machine it is the wall time.
    """
    started = time.process_time()
    outcome = _parse(text)
    seconds = time.process_time() - started
    tracemalloc.start()
    _parse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak, outcome


def main() -> int:
    """Measure every answer and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=DEFAULT_MAX_BODY_BYTES / 2**20)
    parser.add_argument("--only", action="append", default=[])
    args = parser.parse_args()
    size = int(args.size * 2**20)
    failed = False
    print(f"| answer ({args.size:g} MiB cap) | size | time | peak memory | outcome | verdict |")
    print("|---|---|---|---|---|---|")
    for name, build in bodies(size).items():
        if args.only and name not in args.only:
            continue
        text = build()[:size]
        seconds, peak, outcome = measure(text)
        ok = (
            seconds <= MAX_SECONDS
            and peak <= MAX_PEAK_FACTOR * len(text) + 2**26
            and not outcome.startswith("CRASH")
        )
        failed |= not ok
        print(
            f"| {name} | {len(text) / 2**20:.1f} MiB | {seconds:.2f} s | {peak / 2**20:.0f} MiB"
            f" | {outcome} | {'PASS' if ok else 'FAIL'} |",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
