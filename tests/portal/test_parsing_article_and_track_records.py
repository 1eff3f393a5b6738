"""A news article's or a music track's record is no camera, whatever picture it carries.

A generic REST answer of articles (a publication stamp, an author and body text) or of
tracks (an artist beside the track, song or album) gives a cover picture per record: no
camera's view. A record of either kind playing live video stays a camera.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.example/v1/items"


def _cameras(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    text = json.dumps(records)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize("picture", ["imageUrl", "imageUri"])
def test_news_articles_with_a_picture_are_no_cameras(picture: str) -> None:
    records: list[dict[str, object]] = [
        {
            "title": f"Banjir di Sangatta {n}",
            picture: f"https://news.example/img/{n}.jpg",
            "publishedAt": f"2026-12-0{n + 1}T10:00:00Z",
            "author": "Redaksi",
            "body": "Banjir melanda ...",
        }
        for n in range(3)
    ]
    with pytest.raises(PortalFormatError):
        _cameras(records)


def test_music_tracks_with_album_art_and_audio_are_no_cameras() -> None:
    records: list[dict[str, object]] = [
        {
            "track": f"Song {n}",
            "artist": "Band",
            "albumArtUri": f"https://music.example/art/{n}.jpg",
            "streamUri": f"https://music.example/s/{n}.mp3",
        }
        for n in range(3)
    ]
    with pytest.raises(PortalFormatError):
        _cameras(records)


def test_an_article_record_playing_live_video_stays_a_camera() -> None:
    records: list[dict[str, object]] = [
        {
            "title": f"Simpang {n}",
            "imageUrl": f"https://cctv.example/snap/{n}.jpg",
            "hls": f"https://cctv.example/live/{n}/index.m3u8",
            "publishedAt": "2026-12-01T10:00:00Z",
            "author": "Dishub",
            "body": "Kamera lalu lintas",
        }
        for n in range(3)
    ]
    assert [c.name for c in _cameras(records)] == [f"Simpang {n}" for n in range(3)]


def test_a_camera_record_with_only_a_stamp_or_an_author_stays_a_camera() -> None:
    records: list[dict[str, object]] = [
        {
            "title": f"Simpang {n}",
            "imageUrl": f"https://cctv.example/snap/{n}.jpg",
            "publishedAt": "2026-12-01T10:00:00Z",
            "author": "Dishub",
        }
        for n in range(3)
    ]
    assert [c.name for c in _cameras(records)] == [f"Simpang {n}" for n in range(3)]
