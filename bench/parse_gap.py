"""Explain what parsing costs per token: the coder's way against spaCy's stock way, by component.

usage: python bench/parse_gap.py [--corpus bench/out/corpus-300.jsonl] [--rounds 2] [--base-layer]

(a) the coder: the sentences the pre-filter selects, each a Doc of its own built from the article
Doc (`sentence_doc`), run through eventwire's pipeline (tok2vec, tagger, parser, the tag table,
the rule table, the lemmatizer) and the parse repairs, in batches of 256, as `parse_selected` does;
(b) the stock English pipeline (NER left out) over the whole articles with `nlp.pipe`, tokenizer
included. Each component is timed on its own over the whole batch list (its `pipe`, else its
`__call__`), in process CPU seconds, the best of `--rounds`; printed per 1,000 tokens, with the
tokens each way parses. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc
from writer_share import read_corpus

from eventwire.nlp import PIPELINES, parse, sentence_doc
from eventwire.pipeline import prepare
from eventwire.resources import Resources


def best(rounds: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """Return the least process CPU seconds of `rounds` runs of `work`, and its last result."""
    times, result = [], None
    for _ in range(rounds):
        start = time.process_time()
        result = work()
        times.append(time.process_time() - start)
    return min(times), result


def components(nlp: Any, docs: Sequence[Doc], rounds: int, batch_size: int) -> list[tuple[str, float]]:
    """Time each pipeline component over copies of the same unparsed Docs, in pipeline order."""
    rows: list[tuple[str, float]] = []
    current = [d.copy() for d in docs]
    for name, component in nlp.pipeline:
        inputs = current

        def run(component: Any = component, inputs: list[Doc] = inputs) -> list[Doc]:
            batch = [d.copy() for d in inputs]
            start = time.process_time()
            out = (list(component.pipe(batch, batch_size=batch_size)) if hasattr(component, "pipe")
                   else [component(d) for d in batch])
            run.spent = time.process_time() - start  # type: ignore[attr-defined]
            return out

        spent = []
        for _ in range(rounds):
            current = run()
            spent.append(run.spent)  # type: ignore[attr-defined]
        rows.append((name, min(spent)))
    return rows


def report(title: str, tokens: int, rows: Iterable[tuple[str, float]]) -> None:
    rows = list(rows)
    total = sum(s for _, s in rows)
    print(f"\n{title}: {tokens} tokens, {total:.2f} s CPU, {1e6 * total / max(tokens, 1):.1f} µs per token")
    for name, spent in rows:
        print(f"  {name:32s} {spent:7.3f} s  {1e6 * spent / max(tokens, 1):7.1f} µs/token  {100 * spent / total:5.1f}%")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="bench/out/corpus-300.jsonl")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--base-layer", action="store_true")
    args = parser.parse_args()
    articles = read_corpus(Path(args.corpus))
    resources = Resources.load(base_layer=args.base_layer)
    nlp = resources.nlp
    prep_s, prepared = best(1, lambda: [prepare(a, resources) for a in articles])
    pairs = [(p.doc, p.sentences[i]) for p in prepared for i in p.selected]
    build_s, docs = best(args.rounds, lambda: [sentence_doc(d, s) for d, s in pairs])
    all_tokens = sum(len(p.doc) for p in prepared)
    tokens = sum(len(d) for d in docs)
    print(f"{len(articles)} articles, {all_tokens} tokens, {len(docs)} sentences selected holding {tokens} tokens "
          f"({100 * tokens / all_tokens:.0f}%); prepare (segment, actors, select) {prep_s:.2f} s CPU")
    rows = [("sentence_doc", build_s), *components(nlp, docs, args.rounds, 256)]
    verbs = resources.lexicon.speech_verb
    repaired = list(nlp.pipe([d.copy() for d in docs], batch_size=256))
    repair_s, _ = best(args.rounds, lambda: list(parse(_Bare(), [d.copy() for d in repaired], speech_verbs=verbs)))
    rows.append(("repairs (parse() after pipe)", repair_s))
    whole_s, _ = best(args.rounds,
                      lambda: list(parse(nlp, [d.copy() for d in docs], speech_verbs=verbs, batch_size=256)))
    report("(a) coder: selected sentences as Docs of their own", tokens, rows)
    print(f"  parse() as one call (nlp.pipe + repairs): {whole_s:.3f} s")
    stock = spacy.load(next(n for n in PIPELINES if spacy.util.is_package(n)), exclude=["ner", "senter"])
    texts = [a.text for a in articles]
    tok_s, stock_docs = best(args.rounds, lambda: [stock.make_doc(t) for t in texts])
    stock_tokens = sum(len(d) for d in stock_docs)
    report("(b) stock nlp.pipe over whole articles", stock_tokens,
           [("tokenizer", tok_s), *components(stock, stock_docs, args.rounds, 256)])
    pipe_s, _ = best(args.rounds, lambda: list(stock.pipe(texts, batch_size=256)))
    print(f"  stock nlp.pipe as one call: {pipe_s:.3f} s")
    return 0


class _Bare:
    """A stand-in pipeline whose `pipe` hands back already parsed Docs, to time the repairs alone."""

    vocab: Any = None

    def __init__(self) -> None:
        from spacy.vocab import Vocab

        self.vocab = Vocab()

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterable[Doc]:
        return docs


if __name__ == "__main__":
    sys.exit(main())
