"""Sample where one coding process spends its time, by stage, without a tracing profiler.

usage: python bench/stage_shares.py [--corpus bench/out/corpus-300.jsonl] [--interval-ms 2]

cProfile charges every Python call an overhead, so it inflates stages written in Python (the
attribute ruler, the lemmatizer, the coder) against those in compiled code (the parser's
network), by several times. Here a thread looks at the coding thread's stack every few
milliseconds and counts the innermost stage it is in; the shares are those counts, with the
process CPU seconds of the whole run. Samples are taken when the coding thread lets go of the
interpreter lock, so compiled code that keeps it counts at the next Python line: read the shares
as a guide, and compare two versions by their CPU seconds on the same corpus, in turn.
Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType

from writer_share import read_corpus

from eventwire.pipeline import code_articles
from eventwire.resources import Resources

# (stage, file suffix, function or Class.method): the innermost frame that matches names the stage.
STAGES = (
    ("prepare: tokenize and split", "eventwire/nlp.py", "_sentences"),
    ("prepare: tokenize and split", "spacy/language.py", "make_doc"),
    ("prepare: actor matching", "eventwire/actors/matcher.py", "__call__"),
    ("prepare: pre-filter", "eventwire/coding/article.py", "select_sentences"),
    ("prepare: rest", "eventwire/pipeline.py", "prepare"),
    ("parse: sentence Docs", "eventwire/nlp.py", "sentence_doc"),
    ("parse: attribute ruler", "spacy/pipeline/attributeruler.py", "__call__"),
    ("parse: attribute ruler", "eventwire/ruler.py", "__call__"),
    ("parse: lemmatizer", "spacy/pipeline/lemmatizer.py", "__call__"),
    ("parse: lemmatizer", "eventwire/nlp.py", "LemmaMemo.__call__"),
    ("parse: repairs", "eventwire/nlp.py", "repair_attribution"),
    ("parse: repairs", "eventwire/nlp.py", "repair_fronted_subject"),
    ("parse: tok2vec, tagger, parser", "eventwire/nlp.py", "parse"),
    ("code: pattern matching", "eventwire/coding/match.py", "find_predicates"),
    ("code: actor resolution", "eventwire/actors/resolve.py", "resolve_phrase"),
    ("code: roles and the rest of code_sentence", "eventwire/coding/coder.py", "code_sentence"),
    ("code: dates", "eventwire/dates.py", "resolve_date"),
    ("code: places", "eventwire/places.py", "find_place"),
    ("code: places", "eventwire/coding/article.py", "_place_candidates"),
    ("code: attribution", "eventwire/coding/article.py", "_attribution"),
    ("code: reporting chain", "eventwire/provenance.py", "reporting_chain"),
    ("code: rest of code_article", "eventwire/coding/article.py", "code_article"),
)


def stage_of(frame: FrameType | None) -> str:
    """Return the stage of the innermost frame of a stack that names one."""
    while frame is not None:
        code = frame.f_code
        for stage, suffix, name in STAGES:
            if name in (code.co_name, code.co_qualname) and code.co_filename.endswith(suffix):
                return stage
        frame = frame.f_back
    return "other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="bench/out/corpus-300.jsonl")
    parser.add_argument("--interval-ms", type=float, default=2.0)
    args = parser.parse_args()
    articles = read_corpus(Path(args.corpus))
    resources = Resources.load()
    counts: Counter[str] = Counter()
    done = threading.Event()
    coding_thread = threading.get_ident()

    def sample() -> None:
        while not done.wait(args.interval_ms / 1000):
            counts[stage_of(sys._current_frames().get(coding_thread))] += 1

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    cpu = time.process_time()
    mentions = sum(len(c.mentions) for c in code_articles(articles, resources))
    cpu = time.process_time() - cpu
    done.set()
    sampler.join()
    total = max(sum(counts.values()), 1)
    print(f"{len(articles)} articles, {mentions} mentions, {cpu:.2f} s CPU, {total} samples")
    for stage, count in counts.most_common():
        print(f"{100 * count / total:5.1f}%  {stage}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
