"""The attribute ruler's token rules, matched through an index instead of spaCy's Matcher.

spaCy's attribute ruler runs every rule's pattern through its Matcher at every token: with the
English pipeline's hundred-odd exception rules that costs more than the lemmatizer. Every rule
there is a fixed run of one or two token tests (equal to, in or not in a list of values, a regular
expression, a flag), so the same matches are found by looking up each token's lowercase form
in an index of the rules that name it and testing the few rules that name no word over the
Doc's arrays. The matches are then applied by the ruler itself in its own order, so the result
is the ruler's (tests/test_ruler.py compares the matches of both).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# The token attributes the rules test, in the column order of the arrays read from a Doc.
COLUMNS = ("LOWER", "TAG", "DEP", "IS_SPACE")
_ARRAY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]

Match = tuple[int, int, int, int]
# Outcomes of a rule's first test that a RuleTable keeps by word (see `RuleTable._starts`), as
# `nlp.LemmaMemo` keeps lemmas: once full it starts again empty, so that a long run does not grow
# it without bound.
PASSING_MEMO_LIMIT = 100_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Test:
    """One test of one token attribute: `op` is "=", "IN", "NOT_IN" or "REGEX"."""

    column: int
    op: str
    values: frozenset[int]
    regex: re.Pattern[str] | None = None

    def holds(self, value: int, strings: Any) -> bool:
        """Tell whether an attribute value (a string hash, or 0/1 for a flag) passes."""
        if self.regex is not None:
            return bool(self.regex.search(strings[value]))
        return (value in self.values) != (self.op == "NOT_IN")


@dataclass(frozen=True, slots=True, kw_only=True)
class Alternative:
    """One token pattern of a rule: its length, its tests by token offset (regular expressions
    last, being the slowest), and the rule's number."""

    rule: int
    length: int
    tests: tuple[tuple[int, Test], ...]


def _value_hash(value: Any, strings: Any) -> int:
    return int(value) if isinstance(value, bool) else int(strings.add(value))


def _compile_test(attr: str, spec: Any, strings: Any) -> Test:
    if attr not in COLUMNS:
        raise ValueError(f"attribute ruler test on {attr} is not supported")
    column = COLUMNS.index(attr)
    if not isinstance(spec, dict):
        return Test(column=column, op="=", values=frozenset({_value_hash(spec, strings)}))
    if len(spec) != 1:
        raise ValueError(f"attribute ruler test {spec} is not supported")
    op, value = next(iter(spec.items()))
    if op == "REGEX":
        return Test(column=column, op=op, values=frozenset(), regex=re.compile(value))
    if op not in {"IN", "NOT_IN"}:
        raise ValueError(f"attribute ruler test {spec} is not supported")
    return Test(column=column, op=op, values=frozenset(_value_hash(v, strings) for v in value))


def compile_rules(patterns: Sequence[dict[str, Any]], strings: Any) -> list[Alternative]:
    """Return every token pattern of the ruler's rules, numbered as the ruler numbers them."""
    alternatives: list[Alternative] = []
    for rule, pattern in enumerate(patterns):
        for tokens in pattern["patterns"]:
            if isinstance(tokens, str):
                raise ValueError(f"attribute ruler phrase pattern {tokens!r} is not supported")
            tests = [(k, _compile_test(a, s, strings)) for k, token in enumerate(tokens) for a, s in token.items()]
            tests.sort(key=lambda t: t[1].regex is not None)
            alternatives.append(Alternative(rule=rule, length=len(tokens), tests=tuple(tests)))
    return alternatives


def _index_key(alternative: Alternative) -> tuple[int, int, frozenset[int]] | None:
    """Return the test an alternative is indexed by: a token offset, a column and the values the
    token must have there, preferring a word, then a tag or dependency, then a flag."""
    tests = [(k, t) for k, t in alternative.tests if t.op in {"=", "IN"}]
    tests.sort(key=lambda kt: (kt[1].column == COLUMNS.index("IS_SPACE"), kt[1].column))
    return (tests[0][0], tests[0][1].column, tests[0][1].values) if tests else None


class RuleTable:
    """The attribute ruler's rules applied with an index of the values they require."""

    def __init__(self, vocab: Any, patterns: Sequence[dict[str, Any]]) -> None:
        self._ruler: Any = AttributeRuler(vocab)
        self._ruler.add_patterns(patterns)
        self._strings = vocab.strings
        self._labels = [int(vocab.strings.add(str(n))) for n in range(len(patterns))]
        self._index: tuple[dict[int, list[tuple[int, Alternative]]], ...] = tuple({} for _ in COLUMNS)
        self._others: list[Alternative] = []
        self._passed: dict[tuple[int, int], bool] = {}  # see `_starts`
        for alternative in compile_rules(patterns, vocab.strings):
            key = _index_key(alternative)
            if key is None:
                self._others.append(alternative)
                continue
            offset, column, values = key
            for value in values:
                self._index[column].setdefault(value, []).append((offset, alternative))

    def __call__(self, doc: Doc) -> Doc:
        self._ruler.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Match]:
        """Return the matches the attribute ruler's `match` returns, in its order."""
        rows: list[list[int]] = cast(Any, doc.to_array(_ARRAY_ATTRS)).reshape(len(doc), len(_ARRAY_ATTRS)).tolist()
        found: set[tuple[int, int, int]] = set()
        for i, row in enumerate(rows):
            for column, index in enumerate(self._index):
                for offset, alternative in index.get(row[column], ()):
                    if self._holds_at(alternative, rows, i - offset):
                        found.add((alternative.rule, i - offset, i - offset + alternative.length))
        for n, alternative in enumerate(self._others):
            for start in self._starts(n, alternative, rows):
                if self._holds_at(alternative, rows, start):
                    found.add((alternative.rule, start, start + alternative.length))
        return sorted((rule, self._labels[rule], start, end) for rule, start, end in found)

    def _starts(self, n: int, alternative: Alternative, rows: list[list[int]]) -> list[int]:
        """Return where an unindexed alternative may start: where its first test holds, decided
        once per distinct value and kept, since such rules test a word against a regular
        expression and the same words come back in every Doc (`n`: the alternative's place)."""
        if not alternative.tests:
            return list(range(len(rows)))
        offset, test = alternative.tests[0]
        column, memo, passing = test.column, self._passed, set()
        for value in {row[column] for row in rows}:
            outcome = memo.get((n, value))
            if outcome is None:
                if len(memo) >= PASSING_MEMO_LIMIT:
                    memo.clear()
                outcome = memo[(n, value)] = test.holds(value, self._strings)
            if outcome:
                passing.add(value)
        return [i - offset for i, row in enumerate(rows) if row[column] in passing] if passing else []

    def _holds_at(self, alternative: Alternative, rows: list[list[int]], start: int) -> bool:
        if start < 0 or start + alternative.length > len(rows):
            return False
        return all(test.holds(rows[start + k][test.column], self._strings) for k, test in alternative.tests)


@Language.factory("eventwire_rule_table", default_config={"patterns": []})
def _make_rule_table(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> RuleTable:
    return RuleTable(nlp.vocab, patterns)


def replace_attribute_ruler(nlp: Language) -> None:
    """Put a RuleTable holding the attribute ruler's rules in the ruler's place."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    patterns = [dict(p) for p in ruler.patterns]
    nlp.add_pipe("eventwire_rule_table", after="attribute_ruler", config={"patterns": patterns})
    nlp.remove_pipe("attribute_ruler")
