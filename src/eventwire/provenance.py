"""The reporting chain: who reports a sentence's content, outermost first.

Read off dictionary hits of news organizations and the cue words around them, so it works on
sentences that were never parsed: "announced by Reuters, citing KCNA" → [Reuters, KCNA];
"according to Xinhua"; "Yonhap reported"; "said in a statement carried by KCNA"; "told AFP".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from eventwire.actors.dictionary import EntryKind
from eventwire.actors.matcher import Hit
from eventwire.coding.lexicon import Lexicon
from eventwire.dates import continues_previous
from eventwire.nlp import Sentence

WINDOW = 3


def _words_before(doc: Doc, hit: Hit, sentence: Sentence, lexicon: Lexicon) -> list[str]:
    start = max(sentence.start, hit.start - WINDOW)
    return [t.lower_ for t in doc[start:hit.start] if not t.is_punct and t.lower_ not in lexicon.cue_filler]


def _ends_with(words: list[str], cues: Sequence[tuple[str, ...]]) -> bool:
    return any(tuple(words[-len(c):]) == c for c in cues if len(words) >= len(c))


def _role(doc: Doc, hit: Hit, sentence: Sentence, lexicon: Lexicon) -> str | None:
    before = _words_before(doc, hit, sentence, lexicon)
    if _ends_with(before, lexicon.cited_cue_before):
        return "cited"
    after = [t.lower_ for t in doc[hit.end:min(sentence.end, hit.end + WINDOW)] if not t.is_punct]
    if _ends_with(before, lexicon.source_cue_before) or (after and after[0] in lexicon.source_cue_after):
        return "source"
    return None


MAX_DATELINE = 16


def dateline_end(doc: Doc, sentence: Sentence, lexicon: Lexicon) -> int:
    """Return the token index just past a dateline opening the sentence ("KINSHASA, Congo (AP) —",
    "KYIV, March 3 (Reuters) -"), or the sentence's start when it has none. A dateline says where
    the report was filed and by whom, not who acted."""
    words = doc[sentence.start:min(sentence.end, sentence.start + MAX_DATELINE)]
    if not words or not (words[0].is_upper and words[0].is_alpha and len(words[0]) > 1):
        return sentence.start
    for token in words[1:]:
        if inner_hyphen(token):
            continue  # "PORT-AU-PRINCE": a hyphen inside a name, no dash
        if token.text in lexicon.dateline_dash:
            return token.i + 1 if doc[token.i - 1].text == ")" or token.i > sentence.start + 1 else sentence.start
        if token.is_punct and token.text not in {",", "(", ")", "."}:
            return sentence.start
    return sentence.start


def inner_hyphen(token: Token) -> bool:
    """Tell whether a token is a hyphen joining two words with no space ("PORT-AU-PRINCE")."""
    doc = token.doc
    return (token.text == "-" and not token.whitespace_ and 0 < token.i < len(doc) - 1
            and not doc[token.i - 1].whitespace_)


def dateline_credit(hits: Sequence[Hit], end: int) -> tuple[str, ...]:
    """Return the news organizations credited in a dateline ending at token `end` ("(AP)")."""
    names = (next((e.name for e in h.entries if e.kind == EntryKind.MEDIA), None) for h in hits if h.end <= end)
    return tuple(dict.fromkeys(n for n in names if n))


def reporting_chain(doc: Doc, sentence: Sentence, hits: Sequence[Hit], lexicon: Lexicon) -> tuple[str, ...]:
    """Return the names of the news organizations reporting this sentence, outermost first."""
    sources: list[str] = []
    cited: list[str] = []
    for hit in hits:
        media = next((e for e in hit.entries if e.kind == EntryKind.MEDIA), None)
        if media is None:
            continue
        role = _role(doc, hit, sentence, lexicon)
        if role == "source":
            sources.append(media.name)
        elif role == "cited":
            cited.append(media.name)
    return tuple(dict.fromkeys(sources + cited))


def article_chains(doc: Doc, sentences: Sequence[Sentence], hits: Sequence[Sequence[Hit]],
                   credit: tuple[str, ...], lexicon: Lexicon) -> tuple[tuple[str, ...], ...]:
    """Return each sentence's reporting chain: the one it names; else that of a neighbour it is
    one story with ("X arrived on Tuesday. The visit was reported by Reuters." or "Reuters
    reported X. It said ..."); else the dateline's credit. An organization named in one sentence
    says nothing of who reported the rest of the article."""
    own = [reporting_chain(doc, s, hits[s.index], lexicon) for s in sentences]
    goes_on = [i > 0 and continues_previous(s.text, lexicon) for i, s in enumerate(sentences)]
    chains = []
    for i, chain in enumerate(own):
        after = own[i + 1] if i + 1 < len(own) and goes_on[i + 1] else ()
        before = own[i - 1] if goes_on[i] else ()
        chains.append(chain or after or before or credit)
    return tuple(chains)
