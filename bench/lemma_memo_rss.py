"""Measure the lemma memo over a long synthetic run: Docs of word forms never seen before (as
months of news bring names, numbers and misspellings) go through the pipeline's LemmaMemo alone,
with its limit and without one; the peak resident memory of each run is printed.

usage: python bench/lemma_memo_rss.py [--tokens 2000000]

Each mode runs in a child process of its own, so that one's peak does not hide the other's.
Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

PROBE = """
import json, resource, sys
from spacy.tokens import Doc
from eventwire.nlp import LEMMA_MEMO_LIMIT, LemmaMemo, load_nlp
tokens, unbounded = int(sys.argv[1]), sys.argv[2] == "unbounded"
nlp = load_nlp()
memo = LemmaMemo(nlp.get_pipe("eventwire_lemma_memo")._lemmatizer,
                 limit=10**12 if unbounded else LEMMA_MEMO_LIMIT)
start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
tags = ["NOUN", "VERB", "PROPN", "ADJ"]
for first in range(0, tokens, 1000):
    words = [f"zq{n:x}" for n in range(first, first + 1000)]
    memo(Doc(nlp.vocab, words=words, pos=[tags[n % 4] for n in range(len(words))]))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({"kinds_kept": len(memo), "rss_after_load_mb": start, "peak_rss_mb": peak}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=2_000_000)
    args = parser.parse_args()
    for mode in ("limited", "unbounded"):
        done = subprocess.run([sys.executable, "-c", PROBE, str(args.tokens), mode],
                              capture_output=True, text=True, check=True)
        print(mode, json.loads(done.stdout))


if __name__ == "__main__":
    main()
