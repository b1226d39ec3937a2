"""Everything the pipeline loads once and passes down: spaCy, dictionaries, codebook, gazetteer."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from eventwire.actors import ActorDictionary, ActorMatcher, load_dictionary
from eventwire.actors.context import load_anaphors, load_context_names
from eventwire.actors.phrases import PhraseIndex
from eventwire.coding.coder import Knowledge
from eventwire.coding.cues import CueIndex
from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.coding.patterns import PatternSet, load_patterns
from eventwire.gazetteer import Gazetteer
from eventwire.nlp import Segmenter, load_nlp
from eventwire.ontology import Codebook, load_codebook
from eventwire.ontology.conventions import Conventions, load_conventions


@dataclass(frozen=True, slots=True, kw_only=True)
class Resources:
    """Loaded models and data, shared read-only by every stage."""

    nlp: Language
    segmenter: Segmenter
    dictionary: ActorDictionary
    matcher: ActorMatcher
    codebook: Codebook
    conventions: Conventions
    patterns: PatternSet
    cues: CueIndex
    gazetteer: Gazetteer
    lexicon: Lexicon
    keep_negated: bool = False  # emit acts told as not done ("did not attack"); dropped by default
    pairs: bool = False  # one event per pair of parties of an act of several; one per act by default
    keep_undirected: bool = False  # emit acts on another party with no target found; dropped by default

    @property
    def knowledge(self) -> Knowledge:
        """Return the data coding reads: patterns, conventions and word classes."""
        return Knowledge(patterns=self.patterns, conventions=self.conventions, lexicon=self.lexicon)

    @classmethod
    def load(cls, dictionaries: Sequence[Path] = (), patterns: Sequence[Path] = (),
             pipeline: str | None = None, builtin: bool = True, lexicon: Sequence[Path] = (), *,
             base_layer: bool = True, backoff: bool = True, overrides: Sequence[Path] = (),
             keep_negated: bool = False, pairs: bool = False, keep_undirected: bool = False) -> Resources:
        """Load the spaCy pipeline, built-in data and the user's dictionary, pattern and lexicon
        files (a kind named in a user lexicon file replaces the built-in words of that kind).

        `builtin=False` leaves out the built-in dictionary and patterns, the imported base layer
        included (for tests and for users who bring complete dictionaries of their own). The
        imported PETRARCH/Phoenix dictionaries (`data/petrarch/`) are loaded under the project's
        own unless `base_layer=False`; `backoff=False` leaves out that layer's verb defaults;
        `overrides` files switch off or re-code its patterns and defaults over `data/base_overrides.tsv`.
        `keep_negated=True` keeps the events of acts told as not done, flagged `negated`, which the
        field's coders leave out (ICEWS, PETRARCH): by default they are dropped, with the reason.
        `pairs=True` codes an act of several parties as one event per pair of parties, as
        dyadic data counts it; by default it is one event naming them all.
        `keep_undirected=True` keeps the events of acts done to another party (data/conventions.tsv,
        `needs_target`) for which no target was found: by default they are dropped, with the reason.
        """
        with _collector_paused():
            loaded = cls._load(dictionaries, patterns, pipeline, builtin, lexicon, base_layer=base_layer,
                               backoff=backoff, overrides=overrides)
        return replace(loaded, keep_negated=keep_negated, pairs=pairs, keep_undirected=keep_undirected)

    @classmethod
    def _load(cls, dictionaries: Sequence[Path], patterns: Sequence[Path], pipeline: str | None, builtin: bool,
              lexicon: Sequence[Path], *, base_layer: bool, backoff: bool,
              overrides: Sequence[Path] = ()) -> Resources:
        nlp = load_nlp(pipeline)
        base_layer = base_layer and builtin
        dictionary = load_dictionary(dictionaries, builtin=builtin, base_layer=base_layer)
        codebook = load_codebook()
        pattern_set = load_patterns(codebook, list(patterns), builtin=builtin, base_layer=base_layer,
                                    backoff=backoff, overrides=overrides)
        words = load_lexicon(lexicon)
        matcher = ActorMatcher(dictionary, nlp.make_doc, water_words=words.water_word,
                               index=PhraseIndex.load(dictionary, nlp), context_names=load_context_names(),
                               anaphors=load_anaphors())
        return cls(nlp=nlp, segmenter=Segmenter(nlp, headline_openers=words.splitting_headline_opener),
                   dictionary=dictionary, matcher=matcher, codebook=codebook,
                   conventions=load_conventions(codebook),
                   patterns=pattern_set, cues=CueIndex.build(pattern_set),
                   gazetteer=Gazetteer.load(), lexicon=words)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: loading makes millions of lasting objects and hardly
    any garbage, and every collection it would trigger walks the objects made so far."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
