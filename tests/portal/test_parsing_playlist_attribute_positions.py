"""Extended-M3U attributes written after the duration's comma or after the title."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.playlist import _extinf

BASE = "https://tv.sangatta.kutimkab.example/iptv/kamera.m3u"
HLS = "https://tv.sangatta.kutimkab.example/hls"


def parse(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def playlist(*extinf: str) -> str:
    lines = ["#EXTM3U"]
    for number, line in enumerate(extinf, 1):
        lines += [line, f"{HLS}/cam{number}/index.m3u8"]
    return "\n".join(lines) + "\n"


def test_group_title_after_the_duration_comma_is_the_area() -> None:
    cameras = parse(
        playlist(
            '#EXTINF:0, group-title="CCTV_Sangatta",SimpangTiga',
            '#EXTINF:0, group-title="CCTV_Bengalon",JembatanBengalon',
        )
    )
    assert [(c.name, c.area) for c in cameras] == [
        ("SimpangTiga", "CCTV_Sangatta"),
        ("JembatanBengalon", "CCTV_Bengalon"),
    ]


def test_attributes_after_the_comma_give_id_and_name() -> None:
    cameras = parse(
        playlist(
            '#EXTINF:-1,tvg-id="atcs01" tvg-name="Simpang Tiga" group-title="CCTV",Simpang Tiga',
            '#EXTINF:-1 tvg-id="atcs02",group-title="ATCS Bengalon",Pasar Bengalon',
        )
    )
    assert [(c.id, c.name, c.area) for c in cameras] == [
        ("atcs01", "Simpang Tiga", None),  # a group named for the kind of camera only
        ("atcs02", "Pasar Bengalon", "ATCS Bengalon"),
    ]


def test_comma_joined_attributes_without_a_title_name_by_tvg_name() -> None:
    cameras = parse(
        playlist(
            '#EXTINF:-1,tvg-id="1",tvg-name="Simpang Tiga",group-title="Sangatta Utara"',
            '#EXTINF:-1,tvg-id="2",tvg-name="Polder Ilham",group-title="Sangatta Utara"',
        )
    )
    assert [(c.id, c.name, c.area) for c in cameras] == [
        ("1", "Simpang Tiga", "Sangatta Utara"),
        ("2", "Polder Ilham", "Sangatta Utara"),
    ]


def test_attributes_after_the_title_are_cut_from_the_name() -> None:
    attributes, title = _extinf(
        '#EXTINF:-1,Kamera 1,tvg-name="Kamera 1",tvg-id="1",group-title="Bengalon"'
    )
    assert title == "Kamera 1"
    assert attributes == {"tvg-name": "Kamera 1", "tvg-id": "1", "group-title": "Bengalon"}
    attributes, title = _extinf('#EXTINF:-1,Dermaga Maloy group-title="Kaliorang"')
    assert (title, attributes) == ("Dermaga Maloy", {"group-title": "Kaliorang"})


def test_an_attribute_written_first_keeps_its_value() -> None:
    attributes, title = _extinf(
        '#EXTINF:-1 tvg-id="" group-title="News",group-title="Not this",tvg-id="k7",Pantai'
    )
    assert attributes["group-title"] == "News"
    assert attributes["tvg-id"] == "k7"  # an empty value is filled by a later one
    assert title == "Pantai"


def test_a_title_with_other_key_value_text_is_kept() -> None:
    # Near-misses: no playlist attribute name, or no quoted value, after the comma.
    for line, want in (
        ('#EXTINF:-1,arah="Bontang",Simpang Kabo', 'arah="Bontang",Simpang Kabo'),
        ('#EXTINF:-1,Simpang "Empat" Kabo, arah="Bontang"', 'Simpang "Empat" Kabo, arah="Bontang"'),
        ("#EXTINF:-1,group-title=Kabo,Simpang", "group-title=Kabo,Simpang"),
        ('#EXTINF:-1,name="Kamera 1"', 'name="Kamera 1"'),
        ("#EXTINF:-1,Jl. Poros, tvg", "Jl. Poros, tvg"),
    ):
        attributes, title = _extinf(line)
        assert (title, attributes) == (want, {}), line


def test_attributes_in_the_middle_of_a_title_are_not_cut() -> None:
    # A run of attributes that does not reach the end is part of the title.
    attributes, title = _extinf('#EXTINF:-1,Kamera tvg-id="x" Pasar Induk')
    assert attributes == {}
    assert title == 'Kamera tvg-id="x" Pasar Induk'


def test_standard_position_is_unchanged() -> None:
    attributes, title = _extinf(
        '#EXTINF:-1 tvg-id="a1" tvg-logo="https://x.example/l.png" group-title="G",Nama, Kota'
    )
    assert title == "Nama, Kota"
    assert attributes == {"tvg-id": "a1", "tvg-logo": "https://x.example/l.png", "group-title": "G"}


def test_long_titles_are_bounded() -> None:
    line = "#EXTINF:-1," + "Pos, " * 600 + 'group-title="G"'
    attributes, title = _extinf(line)
    assert attributes == {"group-title": "G"}
    assert title is not None
    assert title.endswith("Pos")
    # Past the line bound a trailing run is not looked for: the text stays the title.
    attributes, title = _extinf("#EXTINF:-1," + "Pos, " * 2000 + 'group-title="G"')
    assert attributes == {}
    assert title is not None
