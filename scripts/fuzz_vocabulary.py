"""The words the parser fuzzers build payloads from: shared by scripts/fuzz and its tests.

Keys that portal answers use (Kutim, JSON lists, GeoJSON, paging) and strings that probe
URL handling, coordinates and encodings. The fuzz script's random payloads and the test
suite's hypothesis strategies draw from these same lists.
"""

from __future__ import annotations

# Object keys the portal formats use.
KEYS: tuple[str, ...] = (
    "id",
    "name",
    "nama",
    "lat",
    "lng",
    "lat_lon",
    "streamKey",
    "url",
    "stream_url",
    "cctv_link",
    "thumbnail",
    "mjpeg",
    "status",
    "kecamatan",
    "data",
    "items",
    "meta",
    "total",
    "links",
    "features",
    "type",
    "geometry",
    "properties",
    "coordinates",
    "visible",
    "position",
    "koordinat",
)

# Values: URLs (good, odd, hostile), coordinates, GeoJSON types, status words.
STRINGS: tuple[str, ...] = (
    "https://m.kutim.example/hls/a/index.m3u8",
    "/hls/b/index.m3u8",
    "//cdn.kutim.example/c.jpg",
    "http://[::1",
    "http://169.254.169.254/latest/meta-data/",
    "rtsp://admin:secret@10.0.0.5:554/live",
    "javascript:alert(1)",
    "0.5,117.5",
    "FeatureCollection",
    "Feature",
    "Point",
    "aktif",
    "",
    "https://zm.example/zm/cgi-bin/nph-zms?mode=single&monitor=1",
    "http://m.example/video.mjpg",
    "rtsp://m.example/live",
    "javascript:x",
    "0,0",
    "CCTV SIMP 3 JL. YOS SUDARSO",
    "\ud800",
    "[1,2]",
    '{"a": 1}',
)
