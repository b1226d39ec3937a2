"""CAMEO and PLOVER: the event codebook."""

from eventwire.ontology.codebook import (
    PHOENIX_QUAD,
    Code,
    Codebook,
    PloverType,
    gdelt_quad_class,
    load_codebook,
    phoenix_quad_class,
)

__all__ = [
    "PHOENIX_QUAD",
    "Code",
    "Codebook",
    "PloverType",
    "gdelt_quad_class",
    "load_codebook",
    "phoenix_quad_class",
]
