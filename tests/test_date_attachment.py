"""Attaching date phrases to the act they date (eventwire.date_attachment) on hand-built parses: the
word classes it reads are the lexicon's, so a user's lexicon changes them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventwire.coding.lexicon import Lexicon
from eventwire.date_attachment import attached_date, same_time_clause, undated_background
from eventwire.dates import Phrase
from eventwire.model import DatePrecision, EventDate
from parse_support import parsed

# "Police detained him because he marched in May ."
DETAINED_BECAUSE = """
Police police NOUN NNS nsubj 1
detained detain VERB VBD ROOT 1
him he PRON PRP dobj 1
because because SCONJ IN mark 5
he he PRON PRP nsubj 5
marched march VERB VBD advcl 1
in in ADP IN prep 5
May May PROPN NNP pobj 6
. . PUNCT . punct 1
"""

# "Police detained him when he marched in May ."
DETAINED_WHEN = DETAINED_BECAUSE.replace("because because SCONJ", "when when SCONJ")

# "Troops shelled the town in former clashes ."
SHELLED_IN_FORMER = """
Troops troop NOUN NNS nsubj 1
shelled shell VERB VBD ROOT 1
the the DET DT det 3
town town NOUN NN dobj 1
in in ADP IN prep 1
former former ADJ JJ amod 6
clashes clash NOUN NNS pobj 4
. . PUNCT . punct 1
"""

# "Chad closed the crossing , and in 2014 it expelled envoys ."
CLOSED_AND_IN_2014 = """
Chad Chad PROPN NNP nsubj 1
closed close VERB VBD ROOT 1
the the DET DT det 3
crossing crossing NOUN NN dobj 1
, , PUNCT , punct 1
and and CCONJ CC cc 1
in in ADP IN prep 9
2014 2014 NUM CD pobj 6
it it PRON PRP nsubj 9
expelled expel VERB VBD conj 1
envoys envoy NOUN NNS dobj 9
. . PUNCT . punct 1
"""


def test_date_attachment_a_time_opening_a_later_clause_is_that_clauses_alone(built_in_lexicon: Lexicon) -> None:
    doc = parsed(CLOSED_AND_IN_2014)
    year = EventDate(date=date(2014, 1, 1), precision=DatePrecision.YEAR, text="in 2014", how="sentence")
    phrase = Phrase(start=doc[6].idx, end=doc[7].idx + len(doc[7]), date=year)
    assert attached_date(doc, [phrase], doc[9].idx, built_in_lexicon) == year  # the expulsion's own time
    assert attached_date(doc, [phrase], doc[1].idx, built_in_lexicon) is None  # not the closing's


def test_date_attachment_a_clause_of_another_time_dates_only_its_own_act(built_in_lexicon: Lexicon) -> None:
    doc = parsed(DETAINED_BECAUSE)
    may = EventDate(date=date(2024, 5, 1), precision=DatePrecision.MONTH, text="in May", how="sentence")
    phrase = Phrase(start=doc[6].idx, end=doc[7].idx + len(doc[7]), date=may)
    detained = doc[1].idx
    assert attached_date(doc, [phrase], detained, built_in_lexicon) is None  # "because": the march's date
    only_when = replace(built_in_lexicon, other_time_mark=frozenset({"when"}))
    assert attached_date(doc, [phrase], detained, only_when) == may


def test_date_attachment_an_act_in_times_gone_by_is_undated_background(built_in_lexicon: Lexicon) -> None:
    doc = parsed(SHELLED_IN_FORMER)
    shelled = doc[1].idx
    assert undated_background(doc, shelled, built_in_lexicon, end=shelled + len(doc[1]))
    no_bygone = replace(built_in_lexicon, bygone_word=frozenset({"earlier"}))
    assert not undated_background(doc, shelled, no_bygone, end=shelled + len(doc[1]))


def test_date_attachment_a_clause_of_the_same_time_is_read_by_its_marks(built_in_lexicon: Lexicon) -> None:
    marks = built_in_lexicon.same_time_mark
    assert same_time_clause(parsed(DETAINED_WHEN)[5], marks)  # dates and places read it as the detention's
    assert not same_time_clause(parsed(DETAINED_BECAUSE)[5], marks)
    assert not same_time_clause(parsed(DETAINED_WHEN)[5], frozenset({"while"}))
    may = EventDate(date=date(2024, 5, 1), precision=DatePrecision.MONTH, text="in May", how="sentence")
    doc = parsed(DETAINED_WHEN)
    phrase = Phrase(start=doc[6].idx, end=doc[7].idx + len(doc[7]), date=may)
    assert attached_date(doc, [phrase], doc[1].idx, built_in_lexicon) == may


# "Ghana blamed rebels for burning a market in May ."
BLAMED_FOR_BURNING = """
Ghana Ghana PROPN NNP nsubj 1
blamed blame VERB VBD ROOT 1
rebels rebel NOUN NNS dobj 1
for for ADP IN prep 1
burning burn VERB VBG pcomp 3
a a DET DT det 6
market market NOUN NN dobj 4
in in ADP IN prep 4
May May PROPN NNP pobj 7
. . PUNCT . punct 1
"""


def test_date_attachment_the_time_of_a_deed_charged_is_not_the_charge(built_in_lexicon: Lexicon) -> None:
    doc = parsed(BLAMED_FOR_BURNING)
    may = EventDate(date=date(2024, 5, 1), precision=DatePrecision.MONTH, text="in May", how="sentence")
    phrase = Phrase(start=doc[7].idx, end=doc[8].idx + len(doc[8]), date=may)
    assert attached_date(doc, [phrase], doc[1].idx, built_in_lexicon) is None  # the burning's date
    assert attached_date(doc, [phrase], doc[4].idx, built_in_lexicon) == may
