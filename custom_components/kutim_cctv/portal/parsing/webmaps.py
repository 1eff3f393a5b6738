"""Web map documents of hosted GIS portals: the features their operational layers carry.

A web map item's data (``/sharing/rest/content/items/{id}/data?f=json``, written by a
map viewer) lists ``operationalLayers``. Layers that point at a service by ``url`` (a
boundary layer, a feature service) are only references; a layer holding its own
``featureCollection`` (map notes, a CSV or sketch layer) carries its features inline:
``featureCollection.layers[].featureSet.features`` with ``attributes`` and an x/y
``geometry``, usually in Web Mercator. Those point features are the document's items,
read like a feature service's query answer; lines, areas and texts are no cameras.
"""

from __future__ import annotations

from ..values import JSONObject, JSONValue

__all__ = ["webmap_features"]

_MAX_LAYERS = 200
_MAX_FEATURES = 5000


def _point(feature: JSONValue) -> bool:
    """Return True for a feature whose geometry is a point (numbers x and y)."""
    if not isinstance(feature, dict) or not isinstance(feature.get("attributes"), dict):
        return False
    geometry = feature.get("geometry")
    return isinstance(geometry, dict) and all(
        isinstance(geometry.get(axis), (int, float)) and not isinstance(geometry.get(axis), bool)
        for axis in ("x", "y")
    )


def _reference(*holders: JSONValue) -> JSONValue:
    """Return the first ``spatialReference`` the holders give."""
    for holder in holders:
        if isinstance(holder, dict) and isinstance(found := holder.get("spatialReference"), dict):
            return found
    return None


def _collection_layers(layer: JSONValue) -> list[JSONValue]:
    """Return the inline layers of an operational layer's feature collection."""
    if not isinstance(layer, dict):
        return []
    collection = layer.get("featureCollection")
    inner = collection.get("layers") if isinstance(collection, dict) else None
    return inner[:_MAX_LAYERS] if isinstance(inner, list) else []


def _definition(layer: JSONObject) -> JSONObject | None:
    """Return the layer definition of a feature collection's layer."""
    definition = layer.get("layerDefinition")
    return definition if isinstance(definition, dict) else None


def _own(feature: JSONObject, definition: JSONObject | None) -> JSONObject:
    """Return a point feature without its drawing, its object id under the usual name.

    A feature's ``symbol`` (a stickpin picture) draws it and is no media. The layer
    definition's ``objectIdField`` (``__OBJECTID`` of a layer imported from a file) is
    the feature's id.
    """
    own: JSONObject = {key: value for key, value in feature.items() if key != "symbol"}
    field = definition.get("objectIdField") if definition is not None else None
    attributes = feature.get("attributes")
    if isinstance(field, str) and isinstance(attributes, dict) and field != "OBJECTID":
        if field in attributes and "OBJECTID" not in attributes:
            own["attributes"] = {"OBJECTID": attributes[field], **attributes}
    return own


def _is_webmap(data: JSONObject) -> bool:
    """Return True for a web map document: its layers then are references, never cameras."""
    return isinstance(data.get("baseMap"), dict) or (
        isinstance(data.get("version"), str) and isinstance(data.get("spatialReference"), dict)
    )


def webmap_features(data: JSONValue) -> JSONObject | None:
    """Return a web map's inline point features as a query answer, else None.

    A web map without any (only service layers by url and a basemap) answers no feature:
    a layer's service address is no camera.

    The answer keeps the spatial reference of the first point (its geometry's, its
    feature set's, its layer definition's or the map's), so Web Mercator metres are read
    as such.
    """
    if not isinstance(data, dict) or not isinstance(layers := data.get("operationalLayers"), list):
        return None
    features: list[JSONValue] = []
    reference: JSONValue = None
    for layer in layers[:_MAX_LAYERS]:
        for inner in _collection_layers(layer):
            if not isinstance(inner, dict) or not isinstance(
                found := inner.get("featureSet"), dict
            ):
                continue
            listed = found.get("features")
            room = _MAX_FEATURES - len(features)
            for feature in listed[:room] if isinstance(listed, list) else []:
                if not isinstance(feature, dict) or not _point(feature):
                    continue
                if reference is None:
                    definition = _definition(inner)
                    extent = definition.get("extent") if isinstance(definition, dict) else None
                    reference = _reference(feature.get("geometry"), found, definition, extent, data)
                features.append(_own(feature, _definition(inner)))
    if not features and not _is_webmap(data):
        return None
    answer: JSONObject = {"geometryType": "esriGeometryPoint", "features": features}
    if reference is not None:
        answer["spatialReference"] = reference
    return answer
