"""Write a weighted directed edge list as GEXF 1.3 (Gephi), GraphML or CSV.

The edge list is `eventwire.analytics.network`'s frame: `source`, `target`, `weight` and
numeric attributes. Node ids are actor codes.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pandas as pd

from eventwire.errors import InputError

NETWORK_FORMATS = ("gexf", "graphml", "csv")
_GEXF = "http://gexf.net/1.3"
_GRAPHML = "http://graphml.graphdrawing.org/xmlns"


def _attributes(edges: pd.DataFrame) -> list[str]:
    return [c for c in edges.columns if c not in ("source", "target", "weight")]


def _nodes(edges: pd.DataFrame) -> list[str]:
    return sorted(set(edges["source"]) | set(edges["target"]))


def _number(value: Any) -> str:
    number = float(value)
    return "0" if math.isnan(number) else repr(int(number)) if number.is_integer() else repr(number)


def gexf(edges: pd.DataFrame) -> ET.ElementTree:
    """Return the GEXF document of an edge list."""
    ET.register_namespace("", _GEXF)
    root = ET.Element(f"{{{_GEXF}}}gexf", version="1.3")
    graph = ET.SubElement(root, f"{{{_GEXF}}}graph", defaultedgetype="directed", mode="static")
    attrs = ET.SubElement(graph, f"{{{_GEXF}}}attributes", {"class": "edge"})
    for i, name in enumerate(_attributes(edges)):
        ET.SubElement(attrs, f"{{{_GEXF}}}attribute", id=str(i), title=name, type="double")
    nodes = ET.SubElement(graph, f"{{{_GEXF}}}nodes")
    for node in _nodes(edges):
        ET.SubElement(nodes, f"{{{_GEXF}}}node", id=node, label=node)
    links = ET.SubElement(graph, f"{{{_GEXF}}}edges")
    for n, row in enumerate(edges.itertuples(index=False)):
        edge = ET.SubElement(links, f"{{{_GEXF}}}edge", id=str(n), source=row.source,
                             target=row.target, weight=_number(row.weight))
        values = ET.SubElement(edge, f"{{{_GEXF}}}attvalues")
        for i, name in enumerate(_attributes(edges)):
            ET.SubElement(values, f"{{{_GEXF}}}attvalue", {"for": str(i),
                                                          "value": _number(getattr(row, name))})
    return ET.ElementTree(root)


def graphml(edges: pd.DataFrame) -> ET.ElementTree:
    """Return the GraphML document of an edge list."""
    ET.register_namespace("", _GRAPHML)
    root = ET.Element(f"{{{_GRAPHML}}}graphml")
    names = ["weight", *_attributes(edges)]
    for i, name in enumerate(names):
        ET.SubElement(root, f"{{{_GRAPHML}}}key", {"id": f"d{i}", "for": "edge",
                                                   "attr.name": name, "attr.type": "double"})
    graph = ET.SubElement(root, f"{{{_GRAPHML}}}graph", edgedefault="directed")
    for node in _nodes(edges):
        ET.SubElement(graph, f"{{{_GRAPHML}}}node", id=node)
    for row in edges.itertuples(index=False):
        edge = ET.SubElement(graph, f"{{{_GRAPHML}}}edge", source=row.source, target=row.target)
        for i, name in enumerate(names):
            data = ET.SubElement(edge, f"{{{_GRAPHML}}}data", key=f"d{i}")
            data.text = _number(getattr(row, name))
    return ET.ElementTree(root)


def write_network(edges: pd.DataFrame, fmt: str, out: Path) -> None:
    """Write an edge list to `out` in `gexf`, `graphml` or `csv`."""
    if fmt not in NETWORK_FORMATS:
        raise InputError(f"unknown network format {fmt!r} (known: {', '.join(NETWORK_FORMATS)})")
    if fmt == "csv":
        edges.to_csv(out, index=False)
        return
    tree = gexf(edges) if fmt == "gexf" else graphml(edges)
    ET.indent(tree)
    tree.write(out, encoding="utf-8", xml_declaration=True)
