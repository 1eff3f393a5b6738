"""Query services' answers whose records are written in the service's own encoding.

* A SPARQL endpoint's SELECT answer (SPARQL 1.1 Query Results JSON: ``{head: {vars},
  results: {bindings: [{var: {type, value, xml:lang, datatype}}]}}``) is read as one
  record per binding: each variable's ``value`` (a number or boolean typed literal as
  that number or boolean). The query's subject, the first variable written beside its
  ``…Label`` (``?item ?itemLabel``), is the record's id and its label the record's name;
  another variable's label stands for that variable (``?adminLabel`` for ``?admin``), and
  a label of the place the subject is located in (``?adminLabel``, ``?locatedInLabel``)
  is its area.
* A search server's select answer (Solr ``{responseHeader, response: {numFound, docs}}``)
  is read as its documents, each dynamic field by its base word: ``nama_t`` is ``nama``,
  ``kabkota_s`` is ``kabkota``, ``aktif_b`` is ``aktif``; a spatial field (``lokasi_p``,
  ``*_srpt``, ``*_ll``) holds the position, never a name; a one-value list of a
  multi-valued field (``judul_t: ["…"]``) is that value.

Every reader is bounded: the variables, bindings, documents and fields read.
"""

from __future__ import annotations

import itertools
import math
import re

from ..models import MAX_CAMERAS
from ..values import JSONObject, JSONValue, norm_key

_MAX_VARIABLES = 64
_MAX_FIELDS = 128
_MAX_VALUE_TEXT = 4096
_LABEL_SUFFIX = "Label"

# Typed literals read as their value (XML Schema datatypes).
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBER_TYPES = frozenset(
    _XSD + kind
    for kind in (
        "decimal",
        "double",
        "float",
        "integer",
        "int",
        "long",
        "short",
        "nonNegativeInteger",
        "nonPositiveInteger",
        "positiveInteger",
        "negativeInteger",
    )
)
_BOOLEAN_TYPE = _XSD + "boolean"
_TERM_TYPES = frozenset({"uri", "literal", "typed-literal", "bnode"})
_TERM_KEYS = frozenset({"type", "value", "xml:lang", "datatype"})

# Variables naming the place a query's subject is located in (Wikidata P131 "located in
# the administrative territorial entity", P276 "location"), after norm_key.
_PLACE_VARIABLES = frozenset(
    {
        "admin",
        "adm",
        "admin_area",
        "administrative_area",
        "admin_entity",
        "located_in",
        "located_in_admin",
        "located_in_the_administrative_territorial_entity",
        "p131",
        "place",
    }
)
_AREA_KEY = "area"


def _term(value: JSONValue) -> JSONObject | None:
    """Return one RDF term of a binding (``{type, value, …}``), else None."""
    if not isinstance(value, dict) or not value.keys() <= _TERM_KEYS:
        return None
    if value.get("type") not in _TERM_TYPES or not isinstance(value.get("value"), str):
        return None
    return value


def _term_value(term: JSONObject) -> JSONValue:
    """Return a term's value: a number or boolean typed literal as that value."""
    text = str(term["value"])[:_MAX_VALUE_TEXT]
    datatype = term.get("datatype")
    if datatype in _NUMBER_TYPES:
        try:
            number = float(text.strip())
        except ValueError:
            return text
        return number if math.isfinite(number) else text
    if datatype == _BOOLEAN_TYPE and text.strip() in {"true", "false", "1", "0"}:
        return text.strip() in {"true", "1"}
    return text


def _variables(head: JSONValue) -> list[str] | None:
    """Return the answer's variable names, else None."""
    if not isinstance(head, dict):
        return None
    names = head.get("vars")
    if not isinstance(names, list) or not 0 < len(names) <= _MAX_VARIABLES:
        return None
    if not all(isinstance(name, str) and 0 < len(name) <= 64 for name in names):
        return None
    return [str(name) for name in names]


def _subject(names: list[str]) -> str | None:
    """Return the query's subject: the first variable written beside its label."""
    labelled = set(names)
    return next((name for name in names if name + _LABEL_SUFFIX in labelled), None)


def _binding_record(binding: JSONObject, names: list[str], subject: str | None) -> JSONObject:
    """Return one binding as a plain record (see the module's notes)."""
    terms = {name: term for name in names if (term := _term(binding.get(name))) is not None}
    labelled = {name[: -len(_LABEL_SUFFIX)] for name in terms if name.endswith(_LABEL_SUFFIX)}
    record: JSONObject = {}
    if subject is not None and (own := terms.get(subject)) is not None:
        if own.get("type") == "uri":
            record["id"] = _term_value(own)
        if (label := terms.get(subject + _LABEL_SUFFIX)) is not None:
            record["name"] = _term_value(label)
    for name, term in terms.items():
        if subject is not None and name in {subject, subject + _LABEL_SUFFIX}:
            continue
        if name in labelled and term.get("type") == "uri":
            continue  # an item with a label stands for its label
        base = name.removesuffix(_LABEL_SUFFIX)
        key = _AREA_KEY if norm_key(base) in _PLACE_VARIABLES else base
        record.setdefault(key, _term_value(term))
    return record


def sparql_records(data: JSONValue) -> list[JSONValue] | None:
    """Return a SPARQL SELECT answer's bindings as plain records, else None."""
    if not isinstance(data, dict) or not isinstance(results := data.get("results"), dict):
        return None
    names = _variables(data.get("head"))
    bindings = results.get("bindings")
    if names is None or not isinstance(bindings, list):
        return None
    subject = _subject(names)
    return [
        _binding_record(binding, names, subject)
        for binding in bindings[: MAX_CAMERAS + 1]
        if isinstance(binding, dict)
    ]


# Solr's dynamic-field suffixes (the default configset and the older example schema):
# strings, text, booleans, numbers, dates and points, single- and multi-valued.
_SOLR_SUFFIX = re.compile(
    r"([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*?)_"
    r"(s|ss|str|t|txt|txt_[a-z]{2}|t_[a-z]{2}|ws|b|bs|i|is|l|ls|f|fs|d|ds|dt|dts|"
    r"ti|tl|tf|td|tdt|pi|pl|pf|pd|pdt|p|srpt|rpt|pt|ll|coordinate|location|point)"
)
_SPATIAL_SUFFIXES = frozenset({"p", "srpt", "rpt", "pt", "ll", "coordinate", "location", "point"})
_POSITION_KEY = "lat_lon"
_MAX_KEY = 64


def _solr_value(value: JSONValue) -> JSONValue:
    """Return a field's value; a multi-valued field's only value as that value."""
    if isinstance(value, list) and len(value) == 1 and not isinstance(value[0], dict | list):
        return value[0]
    return value


def _solr_document(doc: JSONObject) -> JSONObject:
    """Return a document with its dynamic fields under their base words."""
    fields = list(itertools.islice(doc.items(), _MAX_FIELDS))
    record: JSONObject = {
        key: value
        for key, value in fields
        if len(key) > _MAX_KEY or not _SOLR_SUFFIX.fullmatch(key)
    }
    for key, value in fields:
        match = _SOLR_SUFFIX.fullmatch(key) if len(key) <= _MAX_KEY else None
        if match is None:
            continue
        base, suffix = match.groups()
        if suffix in _SPATIAL_SUFFIXES:
            record.setdefault(_POSITION_KEY, _solr_value(value))
        else:
            record.setdefault(base, _solr_value(value))
    return record


def solr_documents(data: JSONValue) -> list[JSONValue] | None:
    """Return a Solr select answer's documents with their fields read, else None."""
    if not isinstance(data, dict) or not isinstance(response := data.get("response"), dict):
        return None
    docs = response.get("docs")
    if not isinstance(docs, list) or not (
        isinstance(data.get("responseHeader"), dict) or "numFound" in response
    ):
        return None
    return [_solr_document(doc) for doc in docs[: MAX_CAMERAS + 1] if isinstance(doc, dict)]
