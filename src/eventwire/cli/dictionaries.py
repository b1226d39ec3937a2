"""`eventwire dictionaries import`: convert legacy dictionaries into eventwire's TSV files."""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from eventwire.cli.options import input_file, output_folder

FORMATS = ("petrarch",)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the dictionaries subcommands."""
    group = sub.add_parser("dictionaries", help="import legacy dictionaries")
    verbs = group.add_subparsers(dest="dictionaries_command", required=True, metavar="ACTION")
    imp = verbs.add_parser("import", help="convert TABARI/PETRARCH verb, actor, agent and discard files")
    imp.add_argument("files", nargs="+", type=input_file, metavar="FILE",
                     help="legacy files; the kind is told by the name (verbs/CAMEO, actors, agents, discards)")
    imp.add_argument("--from", dest="source_format", choices=FORMATS, required=True, help="the files' format")
    imp.add_argument("--out", type=output_folder, required=True, help="folder for the converted TSV files")
    imp.add_argument("--note", action="append", default=[],
                     help="a line for the header of every output file (source, licence); repeatable")
    imp.add_argument("--quiet", action="store_true", help="print only the summary, not each problem line")
    imp.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Convert the files and report every line that was not (fully) converted."""
    from eventwire.dictionaries import import_dictionaries
    from eventwire.ontology import load_codebook

    result = import_dictionaries(args.files, args.out, load_codebook(), notes=args.note)
    if not args.quiet:
        for problem in result.problems:
            print(problem, file=sys.stderr)
    written = ", ".join(f"{len(rows)} {name}" for name, rows in result.tables.items() if rows)
    skipped = sum(1 for p in result.problems if p.message.endswith("skipped"))
    kinds = Counter(re.sub(r"\d+", "N", p.message.split(";")[0]) for p in result.problems)
    print(f"eventwire: {result.lines_read} lines read from {len(args.files)} files; "
          f"wrote {written or 'nothing'} to {args.out}", file=sys.stderr)
    print(f"eventwire: {len(result.problems)} problem lines ({skipped} skipped, "
          f"{len(result.problems) - skipped} converted in part)", file=sys.stderr)
    for kind, n in kinds.most_common(8):
        print(f"eventwire:   {n} × {kind}", file=sys.stderr)
    if not written:
        print("eventwire: error: no entry could be converted; nothing written", file=sys.stderr)
        return 1
    return 0
