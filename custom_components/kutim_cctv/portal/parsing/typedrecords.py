"""Records written in a database's or an admin panel's own encoding, read as plain records.

Some backends pass their store's answer through untouched, so that every record wraps its
values in the store's encoding:

* a key-value store's typed attributes (DynamoDB ``Scan``/``Query``/``GetItem``: every
  attribute a type descriptor ``{"S": "…"}``, ``{"N": "1.5"}``, ``{"BOOL": true}``,
  ``{"NULL": true}``, ``{"M": {…}}``, ``{"L": […]}``, ``{"SS": […]}``) are read as their
  values (a number sent as decimal text as that number); a record counts only when every
  one of its attributes is such a descriptor;
* a document database's query and batch-read answers (Firestore ``runQuery``:
  ``[{document: {name, fields}, readTime}]``, ``batchGet``: ``[{found: {…}, readTime},
  {missing: "…", readTime}]``) are read as their documents;
* an admin panel's resource index (Laravel Nova ``/nova-api/{resource}``: ``resources:
  [{id: {value}, fields: [{attribute, component, name, value, …}], title}]``) is read as
  one record per resource, each field's ``attribute`` naming its ``value``;
* a low-code database's typed records (kintone ``{"$id": {type: "__ID__", value}, "カメラ名":
  {type: "SINGLE_LINE_TEXT", value}}``) are read as their values, without the record's
  creator, modifier and other bookkeeping;
* a GIS server's related-records answer (ArcGIS ``queryRelatedRecords``:
  ``relatedRecordGroups: [{objectId, relatedRecords: [{attributes, geometry}]}]``) is
  read as the related records, like a query's features.

Every reader is bounded: the attributes, fields and records read, and the nesting depth.
"""

from __future__ import annotations

import itertools
import math
import re

from ..models import MAX_CAMERAS
from ..values import JSONObject, JSONValue

# DynamoDB's attribute type descriptors (boto3 ``AttributeValue``).
_DYNAMO_SCALARS = frozenset({"S", "N", "B"})
_DYNAMO_SETS = frozenset({"SS", "NS", "BS"})
_DYNAMO_TYPES = _DYNAMO_SCALARS | _DYNAMO_SETS | {"BOOL", "NULL", "M", "L"}
_MAX_ATTRIBUTES = 256
_MAX_ENTRIES = 256
_MAX_DYNAMO_DEPTH = 4


def _dynamo_descriptor(value: JSONValue) -> bool:
    """Return True for one typed attribute value (``{"S": "…"}``, ``{"M": {…}}``)."""
    if not isinstance(value, dict) or len(value) != 1:
        return False
    kind, inner = next(iter(value.items()))
    if kind in _DYNAMO_SCALARS:
        return isinstance(inner, str)
    if kind in {"BOOL", "NULL"}:
        return isinstance(inner, bool)
    if kind == "M":
        return isinstance(inner, dict)
    return kind in _DYNAMO_SETS | {"L"} and isinstance(inner, list)


def _dynamo_value(value: JSONValue, depth: int) -> JSONValue:
    """Return the plain value of a typed attribute value (decimal text `N` as a number)."""
    if not isinstance(value, dict) or not _dynamo_descriptor(value) or depth <= 0:
        return None
    kind, inner = next(iter(value.items()))
    if kind == "NULL":
        return None
    if kind == "M" and isinstance(inner, dict):
        return {
            key: _dynamo_value(item, depth - 1)
            for key, item in itertools.islice(inner.items(), _MAX_ATTRIBUTES)
        }
    if kind == "L" and isinstance(inner, list):
        return [_dynamo_value(item, depth - 1) for item in inner[:_MAX_ENTRIES]]
    if kind in _DYNAMO_SETS and isinstance(inner, list):
        return [item for item in inner[:_MAX_ENTRIES] if isinstance(item, str)]
    if kind == "N" and isinstance(inner, str):
        return _number(inner)
    return inner


_MAX_NUMBER_TEXT = 40


def _number(text: str) -> JSONValue:
    """Return a number sent as its decimal text (``"-1.1596021"``), else the text."""
    text = text.strip()
    if not text or len(text) > _MAX_NUMBER_TEXT:
        return text
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        return text
    return value if math.isfinite(value) else text


def dynamo_item(item: JSONObject) -> JSONObject | None:
    """Return a key-value store's item with its typed attributes read, else None.

    Every attribute must be a type descriptor and at least one a string or number: an
    object holding a single ``{"S": …}`` among plain fields (a picture's sizes) is no item.
    """
    values = list(itertools.islice(item.items(), _MAX_ATTRIBUTES + 1))
    if not values or len(values) > _MAX_ATTRIBUTES:
        return None
    if not all(_dynamo_descriptor(value) for _key, value in values):
        return None
    kinds = {kind for _key, value in values if isinstance(value, dict) for kind in value}
    if not kinds & _DYNAMO_SCALARS:
        return None
    return {key: _dynamo_value(value, _MAX_DYNAMO_DEPTH) for key, value in values}


# The keys of one element of a document database's streamed query or batch-read answer.
_DOCUMENT_KEYS = frozenset({"document", "found"})
_ANSWER_KEYS = frozenset({"readTime", "transaction", "skippedResults", "done", "explainMetrics"})
_MISSING_KEY = "missing"


def document_answer(item: JSONObject) -> JSONValue:
    """Return the document of a query or batch-read answer element, else the item.

    ``{document: {name, fields, createTime}, readTime}`` (Firestore ``runQuery``) and
    ``{found: {…}, readTime}`` (``batchGet``) stand for their document; ``{missing:
    "projects/…", readTime}`` and ``{readTime, skippedResults}`` hold none.
    """
    keys = set(item)
    if not keys or not keys <= _DOCUMENT_KEYS | _ANSWER_KEYS | {_MISSING_KEY}:
        return item
    documents = [item[key] for key in _DOCUMENT_KEYS if key in item]
    if "readTime" not in keys and not documents:
        return item
    if len(documents) == 1 and isinstance(documents[0], dict):
        document = documents[0]
        if "fields" in document or "name" in document:
            return document
    if not documents and (_MISSING_KEY in keys or keys <= _ANSWER_KEYS):
        return None  # a document that does not exist, or the answer's closing stamp
    return item


# A serialised admin-panel field (Laravel Nova): its machine name, its shown label, its
# value and its Vue component (``text-field``, ``belongs-to-field``, ``boolean-field``).
_FIELD_NAME_KEY = "attribute"
_FIELD_MARKERS = ("component", "indexName", "validationKey", "uniqueKey")
_MAX_FIELDS = 64


def _field_pairs(fields: JSONValue) -> list[tuple[str, JSONValue]] | None:
    """Return (attribute, value) of a resource's serialised fields, else None."""
    if not isinstance(fields, list) or not 0 < len(fields) <= _MAX_FIELDS:
        return None
    pairs: list[tuple[str, JSONValue]] = []
    for field in fields:
        if not isinstance(field, dict):
            return None
        attribute = field.get(_FIELD_NAME_KEY)
        if not isinstance(attribute, str) or not attribute.strip() or "value" not in field:
            return None
        if not any(marker in field for marker in _FIELD_MARKERS):
            return None
        pairs.append((attribute.strip()[:64], field["value"]))
    return pairs


def panel_resource(item: JSONObject) -> JSONObject | None:
    """Return an admin panel's serialised resource as a plain record, else None.

    ``{id: {attribute: "id", value: 14}, fields: [{attribute: "nama", value: "…"}, …],
    title}``: each field's ``attribute`` names its ``value`` (a belongs-to field's value
    is the related record's title), the id object gives the id. The field's shown
    ``name`` ("URL HLS") is a label, never a value.
    """
    pairs = _field_pairs(item.get("fields"))
    if pairs is None:
        return None
    record: JSONObject = {}
    own_id = item.get("id")
    if isinstance(own_id, dict):
        own_id = own_id.get("value")
    if isinstance(own_id, str | int) and not isinstance(own_id, bool):
        record["id"] = own_id
    for attribute, value in pairs:
        if isinstance(value, str | int | float | bool) or value is None:
            record.setdefault(attribute, value)
    title = item.get("title")
    if isinstance(title, str) and title.strip():
        record.setdefault("title", title)
    return record


# A low-code database's typed record fields (kintone ``{"カメラ名": {type, value}}``).
_KINTONE_TYPE = re.compile(r"[A-Z][A-Z_]{1,30}|__[A-Z]{2,20}__")
# Who made or last changed the record, and when: the app's bookkeeping, never a camera's.
_KINTONE_BOOKKEEPING = frozenset(
    {"CREATOR", "MODIFIER", "CREATED_TIME", "UPDATED_TIME", "__REVISION__"}
    | {"STATUS_ASSIGNEE", "CATEGORY", "USER_SELECT", "ORGANIZATION_SELECT", "GROUP_SELECT"}
    | {"FILE", "SUBTABLE", "REFERENCE_TABLE", "SPACER", "LABEL", "HR", "GROUP"}
)
_KINTONE_OWN_IDS = ("RECORD_NUMBER", "__ID__")


def _kintone_field(value: JSONValue) -> str | None:
    """Return the type of one typed record field (``{type: "NUMBER", value: "1.5"}``)."""
    if not isinstance(value, dict) or set(value) - {"type", "value", "label", "code"}:
        return None
    kind = value.get("type")
    if not isinstance(kind, str) or "value" not in value or not _KINTONE_TYPE.fullmatch(kind):
        return None
    return kind


def kintone_record(item: JSONObject) -> JSONObject | None:
    """Return a low-code database's record with its typed fields read, else None.

    kintone's REST answer keys every field by its field code and wraps its value with
    the field's type: ``{"$id": {type: "__ID__", value: "12"}, "カメラ名": {type:
    "SINGLE_LINE_TEXT", value: "…"}, "緯度": {type: "NUMBER", value: "32.2"}}``. Every
    field must be so typed and one of them must be the record's id. The record number
    (else ``$id``) is the record's id; who created, changed or manages it (``CREATOR``,
    ``MODIFIER``, user selections), attachments and tables are the app's bookkeeping.
    """
    values = list(itertools.islice(item.items(), _MAX_ATTRIBUTES + 1))
    if not values or len(values) > _MAX_ATTRIBUTES:
        return None
    kinds: dict[str, str] = {}
    for key, value in values:
        if (kind := _kintone_field(value)) is None:
            return None
        kinds[key] = kind
    if not set(kinds.values()) & set(_KINTONE_OWN_IDS):
        return None
    record: JSONObject = {}
    for own in _KINTONE_OWN_IDS:
        found = next((item[key] for key, kind in kinds.items() if kind == own), None)
        inner = found.get("value") if isinstance(found, dict) else None
        if isinstance(inner, str | int) and not isinstance(inner, bool) and str(inner).strip():
            record["id"] = inner
            break
    for key, kind in kinds.items():
        if kind in _KINTONE_BOOKKEEPING or kind in _KINTONE_OWN_IDS or key in record:
            continue
        field = item[key]
        inner = field.get("value") if isinstance(field, dict) else None
        if kind == "NUMBER" and isinstance(inner, str):
            record[key] = _number(inner)
        elif isinstance(inner, str | int | float | bool) or inner is None:
            record[key] = inner
        elif isinstance(inner, list):
            texts = [text for text in inner[:_MAX_ENTRIES] if isinstance(text, str)]
            record[key] = ", ".join(texts) if texts else None
    return record


def plain_record(item: JSONValue) -> JSONValue:
    """Return one list entry read out of its store's or panel's encoding, else as it is."""
    if not isinstance(item, dict):
        return item
    if (found := dynamo_item(item)) is not None:
        return found
    if (record := kintone_record(item)) is not None:
        return record
    if len(item) == 1 and isinstance(inner := item.get("Item"), dict):
        # One item of a table export or a single read (``{"Item": {…}}``).
        if (found := dynamo_item(inner)) is not None:
            return found
    if (resource := panel_resource(item)) is not None:
        return resource
    document = document_answer(item)
    if isinstance(document, dict) and document is not item:
        return dynamo_item(document) or document
    return document


_GROUPS_KEY = "relatedRecordGroups"
_RECORDS_KEY = "relatedRecords"
_KEPT_KEYS = ("spatialReference", "geometryType", "fields", "hasZ", "hasM")


def related_records(data: JSONValue) -> JSONObject | None:
    """Return a related-records answer as a query answer of its records, else None.

    ``{relatedRecordGroups: [{objectId, relatedRecords: [{attributes, geometry}]}]}``
    becomes ``{features: [...]}`` with the answer's spatial reference: the groups only
    say which source record each camera belongs to.
    """
    if not isinstance(data, dict):
        return None
    groups = data.get(_GROUPS_KEY)
    if not isinstance(groups, list):
        return None
    records: list[JSONValue] = []
    for group in groups[: MAX_CAMERAS + 1]:
        if not isinstance(group, dict):
            continue
        found = group.get(_RECORDS_KEY)
        if not isinstance(found, list):
            continue
        room = MAX_CAMERAS + 1 - len(records)
        records.extend(record for record in found[:room] if isinstance(record, dict))
        if len(records) > MAX_CAMERAS:
            break
    answer: JSONObject = {key: data[key] for key in _KEPT_KEYS if key in data}
    answer["features"] = records
    return answer
