"""Alias tables: the field names and words portals use for the same thing.

Keys are compared after ``values.norm_key``; status and number words after
lower-casing. Data only: the code that reads them is in ``normalise``.
"""

from __future__ import annotations

from collections.abc import Iterable
import itertools

__all__ = [
    "ABBREVIATIONS",
    "ALIAS_KEYS",
    "AREA_KEYS",
    "ATTRIBUTE_WORDS",
    "COUNTRY_KEYS",
    "DECORATION_HINTS",
    "DESCRIPTOR_KEYS",
    "FOREIGN_NAME_WORDS",
    "GENERIC_LINK_WORDS",
    "IDENTIFYING_PARAMS",
    "ID_KEYS",
    "KUTIM_STREAM_KEY_KEYS",
    "LAT_HINTS",
    "LAT_KEYS",
    "LINKED_CELL_KEYS",
    "LINK_LIST_KEYS",
    "LNG_HINTS",
    "LNG_KEYS",
    "LOCALITY_KEYS",
    "LOCATION_NAME_KEYS",
    "MJPEG_KEYS",
    "NAME_HINTS",
    "NAME_KEYS",
    "NEGATED_STATUS_WORDS",
    "NOT_PLACE_GROUP_WORDS",
    "NO_PLACE_WORDS",
    "OFFLINE_WORDS",
    "ONLINE_WORDS",
    "ORGANISATION_NAME_WORDS",
    "ORGANISATION_WORDS",
    "PAIR_HINTS",
    "PAIR_KEYS",
    "PLACE_CHOOSING_WORDS",
    "QUALIFIED_AREA_WORDS",
    "QUALITY_RANKS",
    "RECORD_STATE_WORDS",
    "RECORD_WRAPPER_KEYS",
    "REPORTER_WORDS",
    "ROAD_DESIGNATION_WORDS",
    "SIGNAL_LOST_WORDS",
    "SIGNAL_PRESENT_WORDS",
    "SNAPSHOT_KEYS",
    "STATE_PLACE_KEYS",
    "STATUS_HINTS",
    "STATUS_HINT_EXCLUDED",
    "STATUS_KEYS",
    "STREAM_KEYS",
    "STREAM_KEY_KEYS",
    "STYLE_KEYS",
    "UNKNOWN_NUMBERS",
    "USER_PICTURE_CLASSES",
    "USER_PICTURE_LABELS",
    "VIEW_LIST_KEYS",
    "VIEW_PREVIEW_KEYS",
    "WATCHED_FEATURE_KEYS",
    "WEAK_STATUS_KEYS",
    "WEBCAM_LINK_WORDS",
    "WEBCAM_VIEW_WORDS",
    "WEBCAM_WORDS",
    "feed_field",
    "feed_record",
]

# Keys are compared after norm_key: lower case, camelCase split, '-' and ' ' as '_'.
# A camera cloud names a device by its serial (EZVIZ ``deviceSerial``): after every id.
ID_KEYS = (
    "id",
    "cctv_id",
    "camera_id",
    "cam_id",
    "code",
    "uuid",
    "marker_id",
    "ch_id",
    "_id",
    "device_serial",
    # Chinese pages key records by pinyin initials: bh 编号, sbbh 设备编号, dwbh 点位编号.
    "bh",
    "sbbh",
    "dwbh",
    "jkbh",
    # A mesonet's webcam list keys each camera by its camera id (``cid: "KCCI-016"``).
    "cid",
    # A UTMC traffic-control centre's asset code, unique per camera, sign or detector
    # (``systemCodeNumber: "KT_SGT_A1"``, the open data's SCN).
    "system_code_number",
    # DATEX II's camera identification (``cctvCameraIdentification``), as a road
    # authority's CCTV records keep it when exported out of the XML site table.
    "cctv_camera_identification",
    # Korean public data (the CCTV standard and the streaming datasets): the camera's
    # management number (``CCTV관리번호``, ``CCTV 관리번호``, ``관리번호``).
    *("cctv관리번호", "cctv_관리번호", "관리번호", "cctv번호", "cctv_번호", "카메라번호"),
    # A camera plugin's device serial (a home bridge's ``serialNumber``): after every id.
    "serial_number",
)
# The address a feed names its records' files relative to (a JamCams-style XML feed's
# ``<rooturl href="…"/>`` beside its ``camera`` elements, a ``base_url`` text element).
ROOT_URL_KEYS = frozenset(
    {"rooturl", "root_url", "baseurl", "base_url", "image_root", "image_base_url"}
    | {"imageroot", "imagebaseurl", "image_url_root", "snapshot_base_url", "still_base_url"}
)
# A province field of a search engine's hit (``provinsi``, ``province``): the facet the
# index places each record by, a camera's area only when nothing finer places it. Other
# records' province is too coarse to group cameras by and is never their area.
PROVINCE_KEYS = (
    *("provinsi", "nama_provinsi", "propinsi", "province", "province_name", "provincia"),
)
# A record's country (``country: "Chile"``): a camera's area only when no record of its
# list is placed by anything finer (a webcam matrix spanning several countries).
COUNTRY_KEYS = ("country", "country_name", "negara", "pais", "país", "paese", "pays")
# Fields a search engine adds to each hit: Algolia's ``objectID``/``_highlightResult``/
# ``_geoloc``, Meilisearch's ``_formatted``/``_geo``.
SEARCH_HIT_KEYS = frozenset(
    {"_highlight_result", "_snippet_result", "_ranking_info", "_geoloc", "_formatted", "_geo"}
)
# Words naming an entry of a webcam list that shows a weather overview, not a camera
# ("NEXRAD Overview", "Radar Composite"): an entry named by these words alone is none.
OVERVIEW_NAME_WORDS = frozenset(
    {"nexrad", "radar", "overview", "composite", "mosaic", "doppler", "satellite"}
)
OVERVIEW_CORE_WORDS = frozenset({"nexrad", "radar", "overview", "composite", "mosaic"})
NAME_KEYS = (
    "name",
    "cctv_name",
    "cctv_title",
    "camera_name",
    "cam_name",
    "nama",
    "nama_cctv",
    "nama_kamera",
    "nama_lokasi",
    "lokasi",
    "title",
    "ch_name",
    "label",
    "common_name",
    # A camera app's display name (a camera bridge's ``nickname`` beside its URI slug).
    "nickname",
    "nick_name",
    # Pinyin initials: mc 名称, sbmc 设备名称, dwmc 点位名称, jkmc 监控名称.
    "mc",
    "sbmc",
    "dwmc",
    "jkmc",
    # A sheet's camera column beside the site it stands at (``Sekolah``, ``Titik Kamera``).
    "titik_kamera",
    "kamera",
    # Japanese registers (a kintone app's field codes): camera, site, station names.
    "カメラ名",
    "地点名",
    "名称",
    "観測所名",
    "設置場所名",
    # Korean public data: where the camera is installed, named (``설치위치명``,
    # ``설치장소``), or the camera's own name (``CCTV명``).
    *("설치위치명", "설치장소명", "cctv명", "cctv_명", "카메라명", "설치장소", "설치위치"),
)
# A place's name: the camera's name when the item has no name field of its own, its area
# (location_name) when it has one.
LOCATION_NAME_KEYS = (
    "nama_titik",
    "lokasi_kamera",
    "lokasi_cctv",
    "titik_lokasi",
    "location_name",
    # A traffic camera's junction or street written as its address (``address: "PIE /
    # Bendemeer Rd"``): before the neighbourhood or locality it stands in.
    "address",
    # A webcam network's place of the camera (``neighborhood`` beside its ``city``), its
    # name only when no address or description says where it stands.
    "neighborhood",
    "neighbourhood",
    # Other languages' open data: where the camera stands, then its street address.
    "emplacement",
    "ubicacion",
    "ubicación",
    "localizacion",
    "localización",
    "localizacao",
    "localização",
    "ubicazione",
    "posizione",
    "standort",
    "locatie",
    "adresse",
    "direccion",
    "dirección",
    "endereco",
    "endereço",
    "indirizzo",
    "anschrift",
    "adres",
)
# The locality a road camera stands at (``localita``, ``localidad``, ``locality``,
# ``Ort``): the camera's area beside a name, its name when the record names only the
# road it is on (``autostrada: "A22", localita: "Bolzano Nord"``).
LOCALITY_KEYS = (
    *("localita", "località", "localidad", "localidade", "locality", "localite", "localité"),
    *("ortschaft", "ort", "plaats", "woonplaats", "lieu", "lieu_dit"),
)
# Words of a field name for a motorway or highway in several languages (``autostrada``,
# ``autobahn``, ``autovia``, ``motorway``, ``highway``): the road a camera stands on.
ROAD_DESIGNATION_WORDS = frozenset(
    {"autostrada", "autobahn", "autopista", "autovia", "autovía", "autoroute", "motorway"}
    | {"freeway", "expressway", "interstate", "highway", "snelweg", "rijksweg", "strada"}
)
# Fields of a state or province written beside a camera (a no-code table's ``State``
# column: "VIC", "Vermont"): its area when the value names a place, not a state word.
# The state written out beside its code (``state: "KT", state_full: "Kalimantan
# Timur"``, ``state_long``) comes first.
STATE_PLACE_KEYS = (
    *("state_full", "state_full_name", "full_state", "state_long", "state_long_name"),
    *("state", "state_name", "state_code", "us_state"),
)
# Words of a record's workflow or a device's activity (``Draft``, ``Published``,
# ``Pending``, ``Recording``) that a ``state`` field holds beside the status words: no place.
RECORD_STATE_WORDS = frozenset(
    {"draft", "published", "unpublished", "archived", "pending", "planned", "new", "unknown"}
    | {"ready", "recording", "paused", "playing", "displayed", "warning", "deprecated"}
    | {"approved", "rejected", "review", "closed", "open", "scheduled", "hidden", "visible"}
    | {"default", "none", "todo", "done", "failed", "success", "installed", "testing", "test"}
)
# Fields of a no-code table's linked-row cell (SeaTable ``[{display_value, row_id}]``)
# holding the text the table shows for the linked row.
LINKED_CELL_KEYS = ("display_value",)
# Full words for an Indonesian district or village written before its name in a heading
# over its cameras ("Kecamatan Tanah Grogot", "Kelurahan Loa Bakung"): the area is the name.
AREA_HEADING_WORDS = frozenset(
    {"kecamatan", "kelurahan", "kalurahan", "desa", "kapanewon", "kemantren", "distrik"}
)
# A filter's or picker's first word for every or any place, or its prompt ("Semua
# Kecamatan", "All Districts", "Pilih Kecamatan"): such a value names no place.
PLACE_CHOOSING_WORDS = frozenset(
    {"semua", "seluruh", "all", "every", "any", "pilih", "select", "choose"}
    | {"todos", "todas", "tous", "toutes", "alle", "wszystkie"}
)
# A value naming nothing or every place: a placeholder, an "all" word, "none", a hidden
# or undecided one ("Hidden", "TBD").
NO_PLACE_WORDS = frozenset(
    {"semua", "all", "any", "every", "seluruh", "none", "null", "undefined", "tidak", "belum"}
    | {"kosong", "n/a", "na", "nil", "unknown", "lainnya", "other", "others", "pilih"}
    | {"hidden", "tbd", "tba"}
)
AREA_KEYS = (
    # The area a city's entity serves (schema.org and FIWARE Smart Data Models).
    "area_served",
    "kecamatan",
    "nama_kecamatan",
    "kec",
    "nama_kec",
    # Kecamatan under their regional names: Yogyakarta's kapanewon (regencies) and
    # kemantren (the city), Papua's distrik; BPS English calls a kecamatan a subdistrict.
    "kapanewon",
    "kemantren",
    "distrik",
    "kelurahan",
    "kalurahan",
    "desa",
    # A district beside a loose area or region column (Jakarta's ``area`` holds the city,
    # ``district`` the kecamatan): the finer district wins.
    "district",
    "subdistrict",
    # The misspelling a city traffic portal's camera rows keep (``Disctrict`` beside
    # CamId and SnapshotUrl), as ``lattitude`` stays in model names.
    "disctrict",
    "zona",
    # A camera's zone written out (``zone: "Sangatta Utara"``, ``zone: {id, name}``): a
    # time-zone name or a bare number in it is no place (``_read_area``).
    "zone",
    # Malay: a city council's zone (Zon Seksyen 4).
    "zon",
    # The passenger or cargo terminal of an airport, a seaport or a bus station a camera
    # watches (Kendo grid rows ``Terminal: "Terminal Domestik"``).
    "terminal",
    "area",
    # Kenya's and Uganda's sub-counties, between a county and its wards.
    "sub_county",
    "subcounty",
    # Municipalities and their parts in other languages' open data (commune, municipio,
    # Gemeinde, gemeente, bairro…), the finer part after the municipality.
    "commune",
    "nom_commune",
    # Chile's and Colombia's comuna, Portugal's parish (freguesia) inside its concelho.
    "comuna",
    "freguesia",
    # A Spanish or Galician parish (parroquia) inside its municipality.
    "parroquia",
    "municipio",
    "municipality",
    # The municipality written as its name (``nombre_municipio``, ``municipality_name``,
    # ``nome_comune``): as finer as the municipality, before any region or comarca.
    *("municipio_nombre", "nombre_municipio", "municipality_name", "nome_comune"),
    # A township (Myanmar's and the Philippines' unit of a city, a camera app's
    # ``township`` beside its ``town``): before the ward, village or town within it.
    "township",
    # Catalan municipalities (municipi) and Asturias' concejos.
    "municipi",
    "concejo",
    # Galician and Portuguese municipalities (MeteoGalicia's ``concello`` beside its
    # ``provincia``, Portugal's ``concelho`` inside its ``distrito``).
    "concello",
    "concelho",
    "comune",
    "gemeinde",
    "gemeente",
    "kommune",
    "kommun",
    "kunta",
    "sveitarfelag",
    "sveitarfélag",
    "gmina",
    "obec",
    "ilce",
    "ilçe",
    "daerah",
    "distrito",
    "districte",
    "secteur",
    "sector",
    "settore",
    # The neighbourhood a camera stands in, when its address or description names it
    # (finer than the city or region beside it).
    "neighborhood",
    "neighbourhood",
    # A city's local area (planning neighbourhood) in open-data exports: Vancouver's
    # ``geo_local_area`` (computed from the point) and ``localarea`` columns.
    *("local_area", "localarea", "geo_local_area", "local_area_name"),
    *("neighbourhood_name", "neighborhood_name"),
    "bairro",
    "barrio",
    "barri",
    "quartier",
    "quartiere",
    "wijk",
    "stadtteil",
    "ortsteil",
    "mahalle",
    # Polish: a city's district (dzielnica).
    "dzielnica",
    "bydel",
    # Vietnam's area (khu vực), urban and rural districts (quận, huyện).
    "khu_vực",
    "khu_vuc",
    "quận",
    "quan",
    "huyện",
    "huyen",
    "quận/huyện",
    "quan_huyen",
    # A city's district in Russian-speaking countries (район, transliterated raion/rayon).
    "raion",
    "rayon",
    "район",
    # A city's electoral or administrative ward (GIS hub layers: WARD, WARD_NAME).
    "ward",
    "ward_name",
    "location_name",
    # A webcam directory's location tag (``webcam_location_tag: "Valle Nevado"``): the
    # resort town or place its webcams are filed under.
    "location_tag",
    "wilayah",
    "city",
    "kota",
    # A province's layers name the regency or city (kabupaten/kota) a camera stands in.
    "kabupaten_kota",
    "kab_kota",
    "kabkota",
    "kota_kabupaten",
    "nama_kabupaten_kota",
    "nama_kab_kota",
    # The same column headed as written in a spreadsheet (``Kabupaten/Kota``, ``Kab/Kota``).
    "kabupaten/kota",
    "kab/kota",
    "kota/kabupaten",
    "kabupaten",
    "ville",
    "ciudad",
    "cidade",
    "citta",
    "stadt",
    "localidad",
    "localidade",
    "localita",
    "località",
    # Australian and British open data: the suburb or locality a camera stands in.
    "suburb",
    "locality",
    # A town or village a camera stands in (``town``, ``pueblo``, ``población``), finer
    # than the region, province, state or island beside it.
    *("town", "town_name", "village", "pueblo", "poblacion", "población"),
    "ortschaft",
    "plaats",
    "woonplaats",
    # A county (Kenya's, a US or British county, Nominatim's ``county``): coarser than
    # the city, town or village beside it (``city: "Tampa", county: "Hillsborough"``).
    "county",
    # A water system grouping gauges, sluices and dams (a flood office's ``sistem_aliran``,
    # a river basin's ``das``/``sub_das``, ``catchment``, ``river_basin``, ``cuenca``),
    # often on the station sub-object each reading nests: a group, after the finer places.
    *("sistem_aliran", "aliran", "das", "sub_das", "wilayah_sungai", "catchment"),
    *("river_basin", "watershed", "cuenca", "bacia", "bacia_hidrografica"),
    # A flood or river-level dashboard's ``riverSystem`` (``river_system``, ``sistem_sungai``):
    # the river system it groups gauges, dams and cameras by. A ``river`` names one river.
    *("river_system", "sistem_sungai"),
    # A Spanish, Galician or Catalan comarca: municipalities grouped below the province.
    "comarca",
    "areas",
    "region",
    # A ski area or resort (``skigebiet``, ``resort``) and Nordic/German area words.
    "skigebiet",
    "ski_area",
    "ski_resort",
    "resort",
    # The park a webcam belongs to (NPS ``relatedParks: [{parkCode, fullName, name}]``).
    "related_parks",
    "park_name",
    "omrade",
    "område",
    "gebiet",
    "bezirk",
    # Counties and regions of Nordic open data, after every finer place.
    "fylke",
    "län",
    "maakunta",
    "landshluti",
    # A road network's maintenance unit (UPTD, UPT, SUP) where nothing finer is given.
    "uptd",
    "upt",
    "sup",
    "nama_uptd",
    "nama_upt",
    # The school or clinic whose cameras a sheet lists, where nothing finer is given.
    "sekolah",
    "nama_sekolah",
    "school",
    "school_name",
    "puskesmas",
    "nama_puskesmas",
    # Pinyin initials: qy 区域, ssqy 所属区域, qx 区县, ssqx 所属区县, xzq 行政区.
    "qy",
    "ssqy",
    "qx",
    "ssqx",
    "xzq",
    # Japanese: municipality, ward, district, region.
    "市町村",
    "市区町村",
    "市町村名",
    "地区",
    "地域",
    # Korean: the town or neighbourhood (읍면동), then the city, county or district (시군구).
    *("읍면동", "읍면동명", "행정동", "행정동명", "시군구", "시군구명", "자치구"),
)
# Divisions a column may name with a qualifier (``council_district``, ``police_ward``,
# ``school_district``, ``electoral_ward``): the last word of the field's name. Loose words
# (``area``, ``zone``, ``sector``, ``region``) and cities stay out: ``service_area`` or
# ``camera_sector`` say something else.
QUALIFIED_AREA_WORDS = frozenset(
    {"district", "subdistrict", "ward", "county", "municipality", "commune", "municipio"}
    | {"distrito", "kecamatan", "kelurahan", "gemeinde", "gemeente", "kommune", "bairro"}
    | {"barrio", "quartier", "wijk", "stadtteil", "bydel"}
)
LAT_KEYS = (
    "lat",
    "latitude",
    # The misspellings kept in column and model names (``lattitude`` in Gson models,
    # ``longtitude`` in Laravel migrations and DRF serializers).
    "lattitude",
    "cctv_latitude",
    "cctv_lat",
    "lintang",
    "y_coord",
    "ycoord",
    # German, Norwegian/Danish, Swedish, Turkish.
    "breitengrad",
    "breddegrad",
    "breddgrad",
    "enlem",
    # Icelandic, Finnish, Estonian, Dutch, Italian/Romanian, Polish, Czech, Croatian,
    # Lithuanian, Latvian, Hungarian, Vietnamese: the degree words, never the bare
    # width words (``breidd``, ``leveys``), which are read only as a pair.
    "breiddargrada",
    "breiddargráða",
    "leveysaste",
    "laiuskraad",
    "breedtegraad",
    "latitudine",
    "szerokosc_geograficzna",
    "szerokość_geograficzna",
    "zemepisna_sirka",
    "zeměpisná_šířka",
    "geografska_sirina",
    "geografska_širina",
    "platuma",
    "platums",
    "szelesseg",
    "szélesség",
    "vi_do",
    "vĩ_độ",
    # Pinyin initials: wd 纬度.
    "wd",
    "緯度",
    "위도",
)
LNG_KEYS = (
    "lng",
    "lon",
    "long",
    "longitude",
    "longtitude",
    "cctv_longitude",
    "cctv_lng",
    "cctv_lon",
    "bujur",
    "x_coord",
    "xcoord",
    "laengengrad",
    "längengrad",
    "lengdegrad",
    "længdegrad",
    "langdgrad",
    "längdgrad",
    "boylam",
    "lengdargrada",
    "lengdargráða",
    "pituusaste",
    "pikkuskraad",
    "lengtegraad",
    "longitudine",
    "dlugosc_geograficzna",
    "długość_geograficzna",
    "zemepisna_delka",
    "zeměpisná_délka",
    "geografska_duzina",
    "geografska_dužina",
    "ilguma",
    "garums",
    "hosszusag",
    "hosszúság",
    "kinh_do",
    "kinh_độ",
    # Pinyin initials: jd 经度.
    "jd",
    "経度",
    "경도",
)
# ``pos``: a webcam list's ``"lat,lng"`` text (``pos: "-37.11,-56.85"``).
PAIR_KEYS = (
    *("lat_lon", "lat_lng", "latlng", "latlon", "lat_long", "latlong", "coordinates"),
    "pos",
)
STREAM_KEYS = (
    "stream",
    "stream_url",
    "stream_cctv",
    "cctv_link",
    "hls",
    "hls_url",
    # A media server's stream list (OpenTAKServer's ``hls_link`` beside its ``rtsp_link``).
    "hls_link",
    "flv",
    "flv_url",
    # Pinyin initials: spdz 视频地址.
    "spdz",
    # Korean public data: the streaming address, its HTTP (HLS) column first, the video
    # address (``스트리밍 프로토콜(HTTP)주소``, ``스트리밍 주소``, ``영상주소``).
    *("스트리밍_프로토콜(http)주소", "스트리밍_주소", "스트리밍주소", "영상주소", "영상_주소"),
    "live_url",
    "video_url",
    "video_src",
    "rtsp",
    "rtsp_url",
    # Home Assistant's generic camera (its YAML platform entry and the options of its
    # stored config entry): the stream beside ``still_image_url``.
    "stream_source",
    "tautan",
    "url",
    "link",
    "src",
    "source",
)
SNAPSHOT_KEYS = (
    "snapshot",
    "snapshot_url",
    "image",
    "image_url",
    "preview",
    "thumbnail",
    "thumbnail_url",
    "thumb",
    "jpg",
    "still",
    # Home Assistant's generic camera, camera plugins of other hubs (Homebridge).
    "still_image",
    "still_image_url",
    "still_image_source",
    "still_url",
    # A road authority's camera API's picture beside its player (``static_url`` beside an
    # embed ``stream_url``), the still under its static spelling.
    "static_url",
    "static_image",
    "static_image_url",
    # A camera-wall app's frame grab beside its live address (``stream_url``, ``frame_url``).
    "frame_url",
    "poster",
    "gambar",
    "foto",
    "photo",
    "img",
    # A picture in other languages' open data (Nordic, Estonian, Polish, Spanish,
    # Portuguese, Italian, Dutch road-camera lists).
    "bild",
    "bilde",
    "bilete",
    "billede",
    "mynd",
    "kuva",
    "pilt",
    "zdjecie",
    "zdjęcie",
    "imagen",
    "imagem",
    "immagine",
    "afbeelding",
    # Pinyin initials: tp 图片, tpdz 图片地址, jtdz 截图地址.
    "tp",
    "tpdz",
    "jtdz",
)
# Fields of a camera's view naming that view's preview picture (a tgcameras-style API's
# ``views: [{type: "WMP", url: "…/playlist.m3u8", videoPreviewUrl: "…/KT4101.jpg"}]``):
# the preview and poster spellings of a view, then the still keys of a record they share.
VIEW_PREVIEW_KEYS = (
    "video_preview_url",
    "preview_url",
    "preview_image_url",
    "preview_image",
    "poster_url",
    *(key for key in SNAPSHOT_KEYS if key.startswith(("preview", "poster", "thumbnail"))),
)
MJPEG_KEYS = ("mjpeg", "mjpg", "stream_mjpeg", "mjpeg_url", "mjpg_url")
STATUS_KEYS = (
    # A probed online or connection flag says more than a record's status, which often
    # only tells an active record from an archived one (``status: "active"``).
    "online",
    "is_online",
    "status_online",
    "connection",
    "connected",
    "is_connected",
    "connection_status",
    "status",
    "cctv_status",
    "status_cctv",
    "camera_status",
    # Indonesian "connection" (a command centre's ``Koneksi`` column: Terhubung/Terputus),
    # after the record's own status fields.
    "koneksi",
    # A record's ``active`` flag (an ERP's archive flag) after the state it names.
    "state",
    "kondisi",
    "active",
    "aktif",
    "is_aktif",
    "nyala",
    "menyala",
    "in_service",
    "available",
    "activo",
    "ativo",
    "attivo",
    "actif",
    "aktiv",
    "actief",
    "en_service",
    "en_servicio",
    "em_servico",
    "em_serviço",
    "in_servizio",
    "in_betrieb",
    "in_bedrijf",
    # Japanese: operating state, state, status.
    "稼働状況",
    "稼働状態",
    "運用状況",
    "状態",
    "ステータス",
)
WEAK_STATUS_KEYS = ("is_active", "visible")
# Flags that say a camera is NOT working (``offline: true``, ``Disabled``, ``is_down``,
# ``tidak_aktif: 1``, ``underMaintenance``): a yes means offline. Compared with the
# field name's words after dropping ``is``/``has`` and camera words.
NEGATED_STATUS_WORDS = frozenset(
    {"offline", "disabled", "down", "inactive", "nonaktif", "non_aktif", "tidak_aktif"}
    | {"out_of_service", "under_maintenance", "in_maintenance", "maintenance", "broken"}
    | {"rusak", "mati", "dead", "faulty", "unavailable", "tidak_tersedia", "deactivated"}
    | {"inactivo", "desactivado", "inativo", "fuori_servizio", "hors_service", "defekt"}
    # A link reported down (``terputus: true``, ``disconnected: true``).
    | {"terputus", "disconnected"}
    # A tourism webcam list's fault flag (``isOutOfOrder: true``, ``out_of_order``).
    | {"out_of_order", "outoforder", "fuera_de_servicio"}
    # A stream's health column (a traveller map's ``STREAM_ERROR: "Y"``, ``videoError``):
    # only a yes/no counts; a bare ``error`` is an answer's, never a camera's.
    | {"stream_error", "video_error", "feed_error", "streaming_error", "live_error"}
)
# Words of a field name that say it holds a state (status_kamera, kondisi_cctv, keterangan);
# its value counts only when it is a status word. Names with an excluded word never count.
STATUS_HINTS = frozenset(
    {"status", "state", "kondisi", "keadaan", "keterangan", "ket", "condition", "operasional"}
    | {"estado", "etat", "état", "statut", "stato", "situacao", "situação", "situacion"}
    | {"situación", "estatus", "zustand", "betriebszustand", "toestand", "operativa"}
    | {"durum", "tilstand", "tila", "stav", "stan"}
    | {"operativo", "operacional", "funcionamiento", "funcionando", "fonctionnement"}
)
STATUS_HINT_EXCLUDED = frozenset(
    {"id", "code", "kode", "http", "publish", "published", "verifikasi", "message", "pesan"}
    | {"date", "time", "tanggal", "tgl", "waktu", "updated", "changed", "reason"}
    # A tree widget's own state (jsTree ``state: {opened, selected, disabled}``).
    | {"opened", "selected", "checked", "expanded", "loaded", "loading", "focused"}
    | {"undetermined", "disabled", "hidden"}
)
STREAM_KEY_KEYS = ("stream_key",)
KUTIM_STREAM_KEY_KEYS = ("stream_key", "key", "path", "stream_path", "stream_name")
# Lists of one camera's views or pictures: the first entry's URL is the camera's still.
VIEW_LIST_KEYS = (
    *("views", "images", "photos", "pictures", "snapshots", "gambar", "foto", "presets"),
    *("gallery", "galeri", "galerie", "galleria"),  # an item's picture gallery (ImageGallery)
    # Picture columns of other languages' no-code tables (``Fotos``, ``Bilder``, ``Imágenes``).
    *("fotos", "bilder", "imagenes", "imágenes", "imagens", "immagini", "afbeeldingen"),
    *("billeder", "kuvat", "zdjecia", "zdjęcia"),
    # A camera index's thumbnails of one camera's views (PublicLiveCamera's ``thumbLinks:
    # [{cacheLink, sourceLink, direction}]``): views of one camera, never cameras.
    *("thumb_links", "thumbnail_links", "thumbnails", "thumbs", "previews", "preview_links"),
)
# Keys of a single-key object wrapping one record ({"cctv": {...}}, {"camera": {...}}).
RECORD_WRAPPER_KEYS = frozenset(
    {"cctv", "camera", "kamera", "cam", "webcam", "item", "record", "entry", "node"}
)
# Words of a card element's class that say it shows one camera (``<article class="cam">``,
# ``<li class="kamera">``, ``webcam-card``): its namespaced element id is that camera's.
CAMERA_CARD_CLASS_WORDS = frozenset(
    {"cam", "cams", "camera", "cameras", "kamera", "cctv", "webcam", "webcams", "livecam"}
)
# Words of a namespaced element id that name a part of the page (``id="cctv-grid"``,
# ``id="cam-list"``), never one camera.
LAYOUT_ID_WORDS = frozenset(
    {"grid", "list", "wrapper", "wrap", "container", "gallery", "wall", "section", "row"}
    | {"items", "cards", "area", "modal", "popup", "player", "viewer", "box", "content"}
)
# Alert levels a water-level or hazard table writes in its status column ("Siaga 3",
# "Waspada", "Awas"; a flood portal's "Alert", "Warning", "Danger"): the state of the
# river or the volcano the post watches, never the camera's.
ALERT_LEVEL_WORDS = frozenset(
    {"siaga", "waspada", "awas", "bahaya", "alert", "warning", "danger", "alarm", "kritis"}
)
# Headers of a monitoring post's column (a river gauge's "Pos Pantau", "Pos Duga Air",
# "Stasiun", a flood portal's "Station", a sluice's "Pintu Air"): the post names the camera.
# Compared as the header's whole words, so a data cell ("Pos Bendung Katulampa") is none.
POST_HEADERS = frozenset(
    {"pos", "pos pantau", "pos pengamatan", "pos duga air", "pos hidrologi", "pos tma"}
    | {"pos pintu air", "pintu air", "bendung", "stasiun", "stasiun pengamatan", "station"}
    | {"gauging station", "gauge", "monitoring post", "monitoring station"}
)
# Names of the checkbox an admin list puts in each row to select its record for a bulk
# action; its value is the record's primary key (Django admin's ``_selected_action``,
# Yii2 GridView's ``selection[]``, ActiveAdmin's ``collection_selection[]``).
ROW_SELECTION_NAMES = frozenset(
    {"_selected_action", "selection[]", "collection_selection[]", "ids[]", "id[]"}
)
# Alt texts of the yes/no icons an admin list draws for a boolean field (Django admin's
# icon-yes, icon-no and icon-unknown: "True", "False", "None"): the cell's value.
BOOLEAN_ICON_ALTS = frozenset({"true", "false", "none", "yes", "no"})
# The volcano or other watched feature a hazard-watch webcam service files each camera
# under (the USGS Ashcam API's ``vName``, the HANS API's ``volcano_name``, ``nama_gunung``):
# the area of cameras named by another field; a record it names itself (a volcano
# observatory's ``{gm_nama_gunung, gm_prov_bnpb}``) is the volcano, named so. A bare
# ``volcano`` field (often a code or an object) and ``vnum`` are not read.
WATCHED_FEATURE_KEYS = ("v_name", "volcano_name", "nama_gunung", "nama_gunung_api")
LINK_LIST_KEYS = ("links", "cameras", "cctv", "cctvs", "streams", "channels", "items", "kamera")

ALIAS_KEYS = frozenset(
    ID_KEYS
    + NAME_KEYS
    + AREA_KEYS
    + LOCATION_NAME_KEYS
    + LAT_KEYS
    + LNG_KEYS
    + PAIR_KEYS
    + STREAM_KEYS
    + SNAPSHOT_KEYS
    + MJPEG_KEYS
    + STATUS_KEYS
    + WEAK_STATUS_KEYS
    + KUTIM_STREAM_KEY_KEYS
    + LINK_LIST_KEYS
)

# Compared after lower-casing with '_' and '-' read as spaces ("TURNED_ON" is "turned on").
ONLINE_WORDS = frozenset(
    {"1", "aktif", "online", "active", "on", "up", "live", "hidup", "normal", "true", "yes", "ya"}
    | {"y", "t", "turned on", "enabled", "enable", "connected", "running", "streaming", "ok"}
    | {"baik", "nyala", "menyala", "tersedia", "available", "operational", "berfungsi"}
    # Spanish, Portuguese, Italian, French, German, Dutch.
    | {"activo", "activa", "en servicio", "operativo", "operativa", "funcionando", "en linea"}
    | {"en línea", "disponible", "ativo", "ativa", "operacional", "em funcionamento"}
    | {"ligado", "ligada", "disponível", "attivo", "attiva", "in servizio", "funzionante"}
    | {"in funzione", "actif", "en service", "fonctionnel"}
    | {"fonctionnelle", "en ligne", "en fonctionnement", "aktiv", "in betrieb", "verfügbar"}
    | {"actief", "in bedrijf", "in gebruik", "beschikbaar", "werkend"}
    | {"in service", "working", "functional", "sí", "si", "sim", "oui", "ja"}
    | {"i drift", "aktivna", "aktywna", "aktywny", "aktivní", "aktiivinen", "çalışıyor"}
    # Czech and Polish "in operation" (``Mimo provoz``, out of it, is offline).
    | {"v provozu", "w eksploatacji", "sprawna", "sprawny"}
    # A live-broadcast platform's channel states (``ON_AIR``, ``PUBLISHING``).
    | {"broadcasting", "publishing", "on air", "onair", "live now"}
    # A video host's live video that is broadcasting (Cloudflare Stream ``live-inprogress``).
    | {"live inprogress", "live in progress"}
    # European Portuguese and Spanish connection states ("Em linha", "Conectada").
    | {"em linha", "conectado", "conectada", "ligada à rede", "in linea"}
    # Portuguese and Spanish "operating" ("Operando", "Em operação", "En operación").
    | {"operando", "em operação", "em operacao", "en operación", "en operacion"}
    # Japanese: operating, in use, normal, streaming.
    | {"稼働中", "運用中", "正常", "配信中", "オンライン"}
    # Chinese (Traditional and Simplified): online.
    | {"在線", "在线", "連線中", "连线中"}
    # A webcam index's reachability check (``ALIVE``/``DEAD``, ``REACHABLE``).
    | {"alive", "reachable"}
    # Indonesian "connected" (a command centre's link to a partner's camera).
    | {"terhubung", "terkoneksi", "tersambung"}
    # A recorder's channel that is recording its camera ("Recording", Indonesian "Merekam",
    # "Terekam"): the camera's picture reaches the recorder.
    | {"recording", "merekam", "sedang merekam", "terekam"}
)
# A recorder's channel or a wall's tile whose camera sends no picture (NVR "Video Loss",
# Indonesian "Video hilang", "Tidak ada sinyal"), however a status cell or a signal check
# (``signal: "No Signal"``) writes it; and the words a signal check says the picture is there.
SIGNAL_LOST_WORDS = frozenset(
    {"video loss", "videoloss", "video lost", "video hilang", "kehilangan video", "no video"}
    | {"no signal", "nosignal", "signal loss", "signal lost", "tidak ada sinyal", "tanpa sinyal"}
    | {"sinyal hilang"}
)
SIGNAL_PRESENT_WORDS = frozenset({"ok", "normal", "good", "present", "detected", "baik", "ada"})
OFFLINE_WORDS = SIGNAL_LOST_WORDS | frozenset(
    {"0", "nonaktif", "non aktif", "tidak aktif", "offline", "inactive", "off", "down", "mati"}
    | {"rusak", "error", "false", "no", "tidak", "n", "f", "turned off", "removed", "deleted"}
    | {"disabled", "disable", "disconnected", "stopped", "gangguan", "perbaikan", "maintenance"}
    # Indonesian "disconnected" ("Terputus", "Tidak Terhubung").
    | {"terputus", "tidak terhubung", "tidak terkoneksi", "tidak tersambung"}
    | {"dalam perbaikan", "under maintenance", "padam", "unavailable", "tidak tersedia"}
    | {"not available", "tidak berfungsi", "fault", "broken", "not operational", "faulty"}
    # Spanish, Portuguese, Italian, French, German, Dutch.
    | {"inactivo", "inactiva", "fuera de servicio", "fuera de linea", "fuera de línea"}
    | {"averiado", "averiada", "en mantenimiento", "desactivado", "desactivada", "apagado"}
    | {"apagada", "no disponible", "sin señal", "inativo", "inativa", "fora de serviço"}
    | {"fora de servico", "em manutenção", "em manutencao", "desligado", "desligada"}
    | {"indisponível", "indisponivel", "avariado", "avariada", "sem sinal", "inattivo"}
    | {"inattiva", "non attivo", "non attiva", "fuori servizio", "guasto", "guasta"}
    | {"in manutenzione", "non disponibile", "inactif", "hors service"}
    | {"en panne", "en maintenance", "hors ligne", "indisponible", "désactivé", "inaktiv"}
    | {"außer betrieb", "ausser betrieb", "gestört", "defekt", "in wartung", "wartung"}
    | {"nicht verfügbar", "deaktiviert", "inactief", "buiten gebruik", "buiten dienst"}
    | {"storing", "in storing", "defect", "niet beschikbaar", "in onderhoud", "onderhoud"}
    | {"out of service", "not in service", "not working", "non", "não", "nao", "nein", "nee"}
    | {"pasif", "arızalı", "ute av drift", "ur drift", "nieaktywna", "nieaktywny"}
    # Scandinavian "out of order" and "out of operation" (Swedish, Norwegian, Danish).
    | {"ur funktion", "ute av funksjon", "ude af funktion", "ude af drift", "ej i drift"}
    # Portuguese "deactivated", "out of operation" and "no picture" ("Sem imagem").
    | {"desativado", "desativada", "fora de operação", "fora de operacao", "sem imagem"}
    | {"fuera de operación", "fuera de operacion", "sin imagen"}
    | {"inte i drift", "ikke i drift", "out of order"}
    | {"neaktivní", "mimo provoz", "ei käytössä", "poza eksploatacją"}
    | {"niesprawna", "niesprawny", "awaria", "v poruše"}
    | {"off air", "offair", "not live", "not broadcasting", "not streaming", "idle"}
    | {"fora de linha", "desconectado", "desconectada", "non in linea", "fuori linea"}
    # A camera under repair or maintenance, however written ("Diperbaiki", "Pemeliharaan",
    # "Under repair", "In maintenance"): nothing to watch until it is back.
    | {"diperbaiki", "sedang diperbaiki", "pemeliharaan", "dalam pemeliharaan"}
    | {"perawatan", "dalam perawatan", "rusak berat", "rusak ringan", "maintenance mode"}
    | {"under repair", "in repair", "being repaired", "repairing", "in maintenance"}
    | {"on maintenance", "maintenance in progress", "awaiting repair", "needs repair"}
    # Chilean Spanish says "mantención" for maintenance; a repair under way is offline too.
    | {"en mantención", "en mantencion", "en reparación", "en reparacion"}
    # A traffic system's device operations states (``opStatus: "COMM_FAILURE"``,
    # "HARDWARE_FAILURE"); a marginal or warning state says nothing.
    | {"comm failure", "comms failure", "communication failure", "communications failure"}
    | {"comm loss", "comms loss", "communication lost", "communication loss", "comm fail"}
    | {"hardware failure", "hardware fail", "device failure", "connection failure"}
    | {"connection lost", "no communication", "not responding", "no response"}
    # Japanese: stopped, suspended, out of order, under inspection, no data.
    | {"停止中", "休止中", "故障中", "故障", "点検中", "欠測", "配信停止", "オフライン"}
    # Chinese (Traditional and Simplified): under repair, offline, disconnected, disabled.
    | {"維修中", "维修中", "離線", "离线", "斷線", "断线", "停用"}
    # A webcam index's reachability check: a camera found dead or unreachable.
    | {"dead", "unreachable", "not reachable"}
)
UNKNOWN_NUMBERS = frozenset({"", "-", "--", "null", "none", "nan", "undefined", "n/a", "na"})
# Words in a field name that say it names something (French, Spanish, Portuguese and
# Italian titles too: ``titre``, ``titulo``, ``título``, ``titolo``).
NAME_HINTS = ("nam", "title", "label", "lok", "judul", "desc", "titre", "titul", "títul", "titol")
# Words of a field name that name a thing in other languages' open data (``nom``,
# ``nombre``, ``nome``, ``naam``, ``bezeichnung``, ``libelle``, ``denominacion``): a
# whole word of the name (``nom_camera``), never part of one (``nomor`` is a number).
FOREIGN_NAME_WORDS = frozenset(
    {"nom", "nombre", "nome", "naam", "bezeichnung", "benennung", "libelle", "libellé"}
    | {"denominacion", "denominación", "denominacio", "denominació", "denominazione"}
    | {"designation", "désignation", "designacion", "designação", "designacao", "titulo"}
    | {"título", "titolo", "titel", "tittel", "intitule", "intitulé", "navn", "nazwa", "naziv"}
    | {"nimi", "adi", "adı", "název", "nazev"}
)
# Words of a field name for who runs, owns, funds or supplies a camera (``owner``,
# ``agency_name``, ``jurisdiction_label``, ``operator``, ``vendor``, ``camera_mfg``,
# ``pengelola``): they never name the camera while anything else does.
ORGANISATION_WORDS = frozenset(
    {"owner", "operator", "agency", "jurisdiction", "vendor", "manufacturer", "mfg", "brand"}
    | {"maker", "provider", "contractor", "maintainer", "funding", "funder", "sponsor"}
    | {"department", "dept", "organisation", "organization", "org", "company", "authority"}
    | {"pengelola", "pemilik", "instansi", "opd", "penyedia", "kontraktor", "merk", "merek"}
    | {"pabrikan", "installer", "supplier", "operador", "proprietario", "betreiber"}
    | {"exploitant", "gestionnaire", "gestore", "beheerder", "eigenaar", "hersteller"}
    # A scientific data server's ``institution`` column (ERDDAP, OceanSITES): who runs it.
    | {"institution"}
    # A business whose own camera is integrated into a public network (``nama_usaha``,
    # ``business_name``): the owner, never the spot its camera watches.
    | {"usaha", "perusahaan", "business"}
)
# First words of an office's or agency's name ("Dinas Perhubungan", "Badan
# Penanggulangan Bencana Daerah", "Department of Transport", "PT Jasa Marga"): a camera's
# operator, never the place it stands in.
ORGANISATION_NAME_WORDS = frozenset(
    {"dinas", "badan", "departemen", "kementerian", "satpol", "polres", "polresta", "polda"}
    | {"polsek", "diskominfo", "dishub", "dinkominfo", "dishubkominfo", "bpbd", "pemkot"}
    | {"pemkab", "pemprov", "pemerintah", "pt", "cv", "perum", "perumda", "pdam"}
    | {"department", "ministry", "agency", "bureau", "authority"}
    # Short names of a regency's offices (SKPD/OPD): Dinas … contracted (``Disperindag``,
    # ``Dispar``, ``Dinkes``, ``DLH``), its boards and secretariats (``Bappeda``, ``BPKAD``,
    # ``Setkab``): who runs a camera, filed where a group or place could be.
    | {"skpd", "opd", "disperindag", "disperindagkop", "dispar", "disbudpar", "disporapar"}
    | {"dispora", "disdik", "disdikbud", "dinkes", "disnaker", "disnakertrans", "dinsos"}
    | {"disdukcapil", "dukcapil", "distan", "diskan", "dishut", "disperkim", "diskop"}
    | {"diskopukm", "dlh", "dpupr", "pupr", "dpmptsp", "bappeda", "bapenda", "bpkad"}
    | {"bkpsdm", "kesbangpol", "setda", "setkab", "sekda", "sekretariat", "satlantas"}
)
# Kinds of jurisdiction or ownership (``State``, ``County``, ``Federal``, ``Private``,
# ``Police``, ``Kabupaten``): a jurisdiction of these words alone names no place.
JURISDICTION_KIND_WORDS = frozenset(
    {"state", "states", "city", "cities", "county", "counties", "federal", "local"}
    | {"municipal", "municipality", "tribal", "private", "public", "partner", "partners"}
    | {"police", "fire", "highway", "highways", "regional", "national", "provincial"}
    | {"province", "district", "town", "township", "village", "borough", "parish"}
    | {"interstate", "toll", "shared", "joint", "other", "unknown", "none", "government"}
    | {"provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan", "nasional"}
    | {"daerah", "pusat", "swasta", "umum", "polisi", "and", "or"}
)
# Words of a field name for the person who filled in or sent a record (a form response
# sheet's ``Email Address``, ``Nama Pelapor``, ``Nama Petugas``, ``Reporter``,
# ``Submitted by``): never the camera's name, whatever else names it.
REPORTER_WORDS = frozenset(
    {"pelapor", "petugas", "pengirim", "pengisi", "pencatat", "responden", "surveyor"}
    | {"reporter", "submitter", "respondent", "enumerator", "email", "mail"}
)
# Words of a field name for what kind of device a camera is (``jenis``, ``camera_type``,
# ``model``, ``tipo``): a camera's kind or model names it only when nothing else does.
ATTRIBUTE_WORDS = frozenset(
    {"type", "tipe", "tipo", "jenis", "model", "category", "kategori", "categoria"}
    | {"resolution", "resolusi", "protocol", "protokol", "codec", "typ", "soort"}
)
LAT_HINTS = ("lat", "lintang")
LNG_HINTS = ("lng", "lon", "bujur")
# ``kordinat``/``cordinate``: the one-o spellings Indonesian and English portals keep.
PAIR_HINTS = (
    *("coord", "koord", "kordinat", "cordinat", "position", "posisi", "latlng", "loc"),
    *("geo", "titik"),
    # Coordinates spelt after the Spanish and Portuguese ``coordenada`` with one o or
    # two (a camera app's ``google_cordenate: "lat,lng"``, ``cordenadas``, ``kordenat``).
    *("cordenat", "cordenad", "kordenat"),
    # Spanish ``posicion``/``posición`` and Portuguese ``posicao``/``posição``: a map
    # marker's ``[lat, lng]`` as react-leaflet and Leaflet apps of those languages keep it.
    *("posicion", "posición", "posicao", "posição"),
)
# Query parameters that tell cameras apart on one server; all others (tokens,
# sessions, expiry stamps) are left out of derived ids so they survive token changes.
IDENTIFYING_PARAMS = frozenset(
    {"src", "monitor", "mid", "camera", "cam", "camera_id", "cam_id", "id", "ch", "channel"}
    | {"chn", "stream", "name", "path", "device", "dev"}
)
# Words in field names or image paths of map markers, icons and logos.
# Words of a link or button label that says what to do, never which camera it is
# ("Lihat", "Live", "Tonton", "Lihat CCTV", "Klik di sini", "Watch live"...).
GENERIC_LINK_WORDS = frozenset(
    {"lihat", "live", "tonton", "buka", "play", "view", "watch", "detail", "details"}
    | {"klik", "click", "selengkapnya", "stream", "streaming", "putar", "open", "more"}
    | {"cctv", "kamera", "camera", "cam", "video", "disini", "di", "sini", "here", "now"}
    | {"sekarang", "langsung", "lebih", "lanjut", "lengkap", "tayangan", "siaran", "show"}
    | {"preview", "player", "lihatcctv", "livestream", "the", "this", "ini", "link"}
    | {"untuk", "melihat", "menonton", "memutar", "to", "for", "tap", "full", "fullscreen"}
    | {"layar", "penuh", "webcam", "kamera", "cctvnya", "videonya", "disini"}
    # Plurals and Spanish/Portuguese words of a chart legend ("Cámaras", "Câmeras ao vivo").
    | {"cameras", "cams", "webcams", "cctvs", "kameras", "cámaras", "camaras", "câmeras"}
    | {"cámara", "camara", "câmera", "ver", "en", "ao", "vivo", "directo", "línea"}
    # A heading over a detail page's list of the other cameras ("Otras cámaras", "Kamera
    # lainnya", "Weitere Webcams", "Autres caméras") names the list, never a camera.
    | {"other", "others", "otras", "otros", "outras", "outros", "lainnya", "weitere"}
    | {"andere", "autres", "caméras", "câmaras", "más", "mais"}
    # The word a thumbnail's alt text says for every picture ("miniatura", "Vorschaubild").
    | {"thumbnail", "thumbnails", "thumb", "miniatura", "miniature", "vignette"}
    | {"vorschaubild", "vorschau"}
)
# Labels of a player's quality or source choice ("HD", "720p", "Tinggi", "Cadangan"),
# never a camera's name, with how good a stream each one announces. A stream labelled
# "Auto" is an adaptive playlist holding every quality.
QUALITY_RANKS = {
    "auto": 100_000,
    "otomatis": 100_000,
    "adaptive": 100_000,
    "uhd": 2160,
    "4k": 2160,
    "fhd": 1080,
    "full hd": 1080,
    "fullhd": 1080,
    "hd": 720,
    "high": 720,
    "tinggi": 720,
    "utama": 720,
    "main": 720,
    "primary": 720,
    "medium": 480,
    "sedang": 480,
    "sd": 480,
    "low": 240,
    "rendah": 240,
    "mobile": 240,
    "cadangan": -1,
    "backup": -1,
    "secondary": -1,
}
# Labels of a link to a page showing a webcam: a verb or "live" and a camera word, and
# nothing else ("View Webcams", "Watch live cam", "Lihat CCTV", "Live Cam").
WEBCAM_WORDS = frozenset(
    {"webcam", "webcams", "cam", "cams", "camera", "cameras", "livecam", "livecams"}
    | {"cctv", "kamera", "webcamera"}
)
WEBCAM_VIEW_WORDS = frozenset(
    {"view", "watch", "see", "open", "live", "lihat", "tonton", "buka", "langsung"}
)
WEBCAM_LINK_WORDS = WEBCAM_WORDS | WEBCAM_VIEW_WORDS | frozenset({"the", "our", "now", "here"})
# Words of a recorder's or dashboard's group that sorts accounts, access or a catch-all
# bucket, never a place ("Default Group", "admin", "guest", "Hidden", "Lainnya", "Group A").
NOT_PLACE_GROUP_WORDS = frozenset(
    {"default", "admin", "admins", "administrator", "administrators", "root", "system"}
    | {"user", "users", "guest", "guests", "member", "members", "staff", "operator"}
    | {"operators", "viewer", "viewers", "everyone", "private", "public", "hidden"}
    | {"internal", "test", "tests", "testing", "demo", "other", "others", "misc", "general"}
    | {"ungrouped", "uncategorized", "uncategorised", "unassigned", "all", "none", "new"}
    | {"group", "groups", "grup", "kelompok", "lainnya", "lain", "umum", "semua", "tamu"}
    | {"pengguna", "rahasia", "privat", "publik", "uji", "coba"}
)
# Words of a field stating a price: records carrying one are a shop's or a menu's goods
# (``price``, ``harga``, ``sale_price``); with stock and article numbers, a product's.
PRICE_KEY_WORDS = frozenset({"price", "prices", "pricing", "harga"})
PRODUCT_KEY_WORDS = PRICE_KEY_WORDS | frozenset({"stok", "stock", "sku"})
DECORATION_HINTS = ("logo", "icon", "favicon", "banner", "sprite", "avatar", "marker", "sponsor")
# A signed-in user's picture in an admin template's top bar or menu (AdminLTE's
# ``user-image`` "User Image", SB Admin's ``img-profile``, a theme's ``alt="user"``):
# the alt text as a whole, lower case, or a class the template gives it. Never a camera.
USER_PICTURE_LABELS = frozenset(
    {"user", "user image", "user picture", "user photo", "user avatar", "user profile"}
    | {"profile", "profile image", "profile picture", "profile photo", "profile pic"}
    | {"foto profil", "gambar profil", "foto pengguna", "my profile", "admin image"}
)
USER_PICTURE_CLASSES = frozenset(
    {"user-image", "user-img", "user-pic", "user-photo", "user-thumb", "img-profile"}
    | {"profile-image", "profile-img", "profile-pic", "profile-photo", "nav-user-img"}
)
ABBREVIATIONS = {"kd": "kode", "nm": "nama"}
# Fields of a media descriptor ({url, type, width, height}, a player's {file, type}
# source), which belongs to its item.
DESCRIPTOR_KEYS = frozenset(
    {"url", "href", "src", "link", "type", "mime", "mime_type", "content_type", "format"}
    | {"file", "default", "preload", "codecs"}
    | {"width", "height", "size", "refresh_interval", "refresh", "rel", "quality", "bitrate"}
)
# A map feature's styling (Mapbox simplestyle-spec ``marker-symbol``/``marker-color``/
# ``marker-size``/``stroke``/``fill``, Leaflet path options, uMap's icon options): how
# its marker is drawn, never its name, id or place.
STYLE_KEYS = frozenset(
    {"marker_symbol", "marker_color", "marker_colour", "marker_size", "marker_icon"}
    | {"stroke", "stroke_width", "stroke_opacity", "fill", "fill_color", "fill_opacity"}
    | {"icon_class", "icon_color", "icon_size", "icon_url", "icon_shape", "color", "colour"}
    | {"fill_colour", "weight", "opacity", "dash_array"}
)


# A live-cam network names each camera a feed and its player the feed's field
# (``large_feed_html``, ``feed_url``, ``feedUrl``): a video platform's embed there plays
# the camera beside its still; a feed of posts (``rss_feed_url``, ``feed_xml``) is no
# embed, and no other page under such a field is taken.
_FEED_FIELD_WORD = "feed"
_NOT_FEED_WORDS = frozenset({"rss", "atom", "xml", "news", "blog", "podcast", "comments"})


# What a live-cam network's feed record says besides its player: where the camera
# stands, that it is live or offline, how many watch it. A sermon's, a news story's or a
# recipe's video under a ``video_feed`` field says none of it.
_FEED_RECORD_KEYS = frozenset(
    {"location", "location_text", "latlong", "lat_long", "current_viewers", "viewers"}
    | {"viewer_count", "is_offline", "is_offseason", "force_offline", "is_live", "timezone"}
)


def feed_field(key: str) -> bool:
    """Return True for a field named for a live-cam network's feed (``large_feed_html``)."""
    words = key[:64].split("_")
    return _FEED_FIELD_WORD in words and _NOT_FEED_WORDS.isdisjoint(words)


def feed_record(key: str, keys: Iterable[str]) -> bool:
    """Return True when a record's feed field (``feed_field``) is a live-cam feed's player.

    The field names a camera (``cam_feed``, ``webcam_feed_url``), or the record says where
    the feed's camera stands or that it is live (``location_text``, ``latlong``,
    ``is_offline``, ``current_viewers``): canonical keys, as ``values.index_keys`` gives.
    """
    if not feed_field(key):
        return False
    if not WEBCAM_WORDS.isdisjoint(key[:64].split("_")):
        return True
    return any(name in _FEED_RECORD_KEYS for name in itertools.islice(keys, 200))


# Keys of a region's list of places that hold their own cameras (a surf forecast's
# ``spots``, a ski region's ``resorts``, a coast's ``beaches``, a conditions site's
# ``mountains``), as a JSON answer's field or a script's variable (``export const SPOTS =
# [{name, lat, lon, cams: […]}]``, ``export const mountains = {baker: {name, webcams}}``).
PLACE_LIST_KEYS = frozenset(
    {"spots", "surf_spots", "resorts", "ski_resorts", "ski_areas", "skiareas", "beaches"}
    | {"mountains", "volcanoes"}
)


# Marks of a sound stream rather than a camera: a radio's or an Icecast/SHOUTcast server's
# playlist, named so by a whole host label or path segment (``radio.…``, ``icecast.…``,
# ``/radio/``, ``/audio/``, ``/listen``, ``listen.m3u8``: never a part of a name such as
# ``radio-dalam``, a Jakarta road, or ``radiologi``, a hospital wing; never the query) or
# by a sound file's extension in the path (``.mp3``, ``.aac``).
SOUND_WORDS = frozenset(
    {"radio", "radios", "icecast", "shoutcast", "audio", "listen", "podcast", "podcasts"}
)
# A course's parts (``lesson-1``, ``/course/``): words naming nothing else.
COURSE_WORDS = frozenset(
    {"lesson", "lessons", "course", "courses", "chapter", "chapters", "episode", "episodes"}
    | {"lecture", "lectures", "tutorial", "tutorials"}
    | {"materi", "pelajaran", "pertemuan", "kursus"}
)
