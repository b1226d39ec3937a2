"""Which names of a sentence tell what an article is about (eventwire.coding.article.located_hits):
not one named where something goes or is aimed, nor a people's origin, by the lexicon's words."""

from __future__ import annotations

from dataclasses import replace

import spacy

from eventwire.actors.matcher import Hit
from eventwire.coding.article import located_hits
from eventwire.coding.lexicon import Lexicon


def test_article_located_hits_leave_out_directions_and_origins(built_in_lexicon: Lexicon) -> None:
    doc = spacy.blank("en")("Herders from Chad drove cattle toward the Niger frontier beside ethnic Fulani .")
    chad, niger, fulani = Hit(start=2, end=3, entries=()), Hit(start=7, end=8, entries=()), Hit(
        start=11, end=12, entries=())
    assert located_hits(doc, [chad, niger, fulani], built_in_lexicon) == (chad,)
    plain = replace(built_in_lexicon, directed_preposition=frozenset({"into"}), ethnic_word=frozenset({"tribal"}))
    assert located_hits(doc, [chad, niger, fulani], plain) == (chad, niger, fulani)
