"""Actor names across an article: lone surnames, office dates, spelling variants."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import spacy
from spacy.language import Language

from actor_tables import entries, matcher_of
from coded import each_pair
from eventwire.actors import ActorMatcher
from eventwire.actors.dictionary import Entry, EntryKind, load_dictionary
from eventwire.actors.matcher import Hit
from eventwire.actors.pairs import named_pair
from eventwire.actors.periods import date_period
from eventwire.actors.variants import phrase_variants
from eventwire.coding.article import article_country
from eventwire.dates import resolve_date
from eventwire.pipeline import code
from eventwire.resources import Resources

ROWS = (
    "verdel\tperson\tTomas Verdel|Verdel\t\tFRA\tGOV\tTomas Verdel\t\t\n"
    "okafor\tperson\tGrace Okafor|Okafor\t\tNGA\tGOV\tGrace Okafor\t\t\n"
    "suharto\tperson\tSuharto\t\tIDN\tGOV\tSuharto\t\t\n"
    "president\trole\tpresident|government\t\t\tGOV\tpresident\t\t\n"
    "general\trole\tgeneral\t\t\tMIL\tgeneral\t\t\n"
    "france\tcountry\tFrance\t\tFRA\t\tFrance\t\t\n"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def matcher(nlp: Language) -> ActorMatcher:
    return matcher_of(entries(ROWS, "names.tsv"), nlp)


Named = Callable[[str], list[tuple[str, tuple[str, ...]]]]


@pytest.fixture(scope="module")
def named(nlp: Language, matcher: ActorMatcher) -> Named:
    """Return the hits of a text as (words, entry ids)."""
    def find(text: str) -> list[tuple[str, tuple[str, ...]]]:
        doc = nlp.make_doc(text)
        return [(doc[h.start:h.end].text, tuple(e.id for e in h.entries)) for h in matcher(doc)]
    return find


@pytest.mark.parametrize(("text", "expected"), [
    # Full name first, then the surname: both name the person.
    ("Tomas Verdel flew to Lagos. Verdel met the governor.",
     [("Tomas Verdel", ("verdel",)), ("Verdel", ("verdel",))]),
    # A surname with no full name before it names nobody the dictionary lists.
    ("Verdel met the governor.", []),
    # The surname before the full name is not backed by it.
    ("Verdel spoke first. Then Tomas Verdel left.", [("Tomas Verdel", ("verdel",))]),
    # Another person's full name: the surname names only that one.
    ("Grace Okafor arrived. Verdel and Okafor talked.", [("Grace Okafor", ("okafor",)), ("Okafor", ("okafor",))]),
    # A one-word name is a full name.
    ("Suharto resigned.", [("Suharto", ("suharto",))]),
    # A surname inside someone else's name ("Verdel Mbeki") is not the person named earlier.
    ("Tomas Verdel arrived. Police chief Verdel Mbeki met him.", [("Tomas Verdel", ("verdel",))]),
    # A weekday after the surname does not make it another name.
    ("Tomas Verdel arrived. Verdel Tuesday met France's envoy.",
     [("Tomas Verdel", ("verdel",)), ("Verdel", ("verdel",)), ("France", ("france",))]),
    # A title of the person's sector beside the surname names the person.
    ("President Verdel arrived.", [("President", ("president",)), ("Verdel", ("verdel",))]),
    ("The Verdel government fell.", [("Verdel", ("verdel",)), ("government", ("president",))]),
    # A title of another sector does not; nor does one before another man's name.
    ("General Verdel arrived.", [("General", ("general",))]),
    ("President Verdel Mbeki arrived.", [("President", ("president",))]),
])
def test_actor_names_lone_surname_needs_the_full_name_earlier(named: Named, text: str,
                                                               expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert named(text) == expected


def test_actor_names_surname_of_another_official_is_not_the_listed_leader(resources: Resources) -> None:
    # "Abbas" alone is a phrase of the Palestinian president; here it begins another man's name.
    events = code("Egyptian intelligence chief Abbas Ghaleb warned Israeli officials against the raid.",
                  published=date(2024, 3, 5), resources=resources)
    assert [e.source.actor.country for e in events if e.source] == ["EGY"]


def test_actor_names_surname_after_the_full_name_resolves(resources: Resources) -> None:
    text = ("Palestinian President Mahmoud Abbas arrived in Amman on Monday. "
            "Abbas criticised Israel for the new settlement plan.")
    events = code(text, published=date(2024, 3, 5), resources=resources)
    second = [(e.source.actor.code, e.target.actor.country) for e in events
              if e.sentence == 1 and e.source and e.target]
    assert second and all(source.startswith("PSE") and target == "ISR" for source, target in second)


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks resumed in 1998.", (date(1998, 1, 1), date(1998, 12, 31))),
    ("The envoy left Kabul March 2019.", (date(2019, 3, 1), date(2019, 3, 31))),
    ("The envoy left Kabul December 2019.", (date(2019, 12, 1), date(2019, 12, 31))),
    ("The envoy left on Monday.", (date(2024, 3, 4), None)),
    ("The envoy left.", (date(2024, 3, 5), None)),
    ("The envoy has led the talks since 2019.", (date(2019, 1, 1), date(2024, 3, 5))),
])
def test_actor_names_event_period_of_a_sentence(text: str, expected: tuple[date, date | None]) -> None:
    assert date_period(resolve_date(text, date(2024, 3, 5)), date(2024, 3, 5)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Out of office when the story was published, in office in the year the sentence names.
    ("In 1988, Mikhail Gorbachev accused Pakistan of arming the rebels.", ("RUS", False)),
    # In office when the story was published, not yet in the year the sentence names: of his
    # country, but no office holder (`actors.former`).
    ("In 1995, Vladimir Putin accused Pakistan of arming the rebels.", ("RUS", True)),
])
def test_actor_names_office_holder_resolves_on_the_event_date(resources: Resources, text: str,
                                                               expected: tuple[str, bool]) -> None:
    events = code(text, published=date(2024, 3, 5), resources=resources)
    assert [(e.source.actor.country, e.source.entry.startswith("former:"))
            for e in events if e.source and e.source.person] == [expected]


def _base(row: str) -> Entry:
    (item,) = entries(row, "eventwire/data/petrarch/actors.tsv")
    return item


@pytest.mark.parametrize(("text", "expected"), [
    # The imported full name of another person around an own surname: the imported person.
    ("Leila Ould Verdel spoke.", [("Leila Ould Verdel", ("b.ould",))]),
    # An imported spelling of an own person's full name: the own person, who is then named in full.
    ("Thomas Verdel spoke. Verdel left.", [("Thomas Verdel", ("verdel",)), ("Verdel", ("verdel",))]),
    # An imported name beginning with an own title word is a name.
    ("General Idris Ouma spoke.", [("General Idris Ouma", ("b.ouma",))]),
])
def test_actor_names_imported_full_name_around_own_words(nlp: Language, text: str,
                                                         expected: list[tuple[str, tuple[str, ...]]]) -> None:
    own = entries(ROWS, "names.tsv")
    base = [_base("b.ould\tperson\tLeila Ould Verdel\t\tMRT\tGOV\tLeila Ould Verdel\t\t\n"),
            _base("b.thomas\tperson\tThomas Verdel\t\tFRA\tGOV\tThomas Verdel\t\t\n"),
            _base("b.ouma\tperson\tGeneral Idris Ouma\t\tKEN\tMIL\tIdris Ouma\t\t\n")]
    matcher = matcher_of([*own, *base], nlp)
    doc = nlp.make_doc(text)
    assert [(doc[h.start:h.end].text, tuple(e.id for e in h.entries)) for h in matcher(doc)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighters of Harakat al Nour crossed the river.", "harakat"),
    ("Fighters of Harakat Al-Nour crossed the river.", "harakat"),
    ("Fighters of harakat al-nour crossed the river.", None),  # a capitalised name stays capitalised
    ("Police in Sao Brenn detained him.", "saobrenn"),
    ("Police in São Brenn detained him.", "saobrenn"),
    ("Troops left Novaria.", "novaria"),
    ("Troops left Nováriá.", "novaria"),
])
def test_actor_names_spelling_variants_match(nlp: Language, text: str, expected: str | None) -> None:
    rows = ("harakat\tgroup\tHarakat al-Nour\t\t\tREB\tHarakat al-Nour\t\t\n"
            "saobrenn\tcapital\tSão Brenn\t\tBRN\tGOV\tBrenn\t\t\n"
            "novaria\tcountry\tNovaria\t\tNRU\t\tNovaria\t\t\n")
    matcher = matcher_of(entries(rows, "variants.tsv"), nlp)
    hits = matcher(nlp.make_doc(text))
    assert [e.id for h in hits for e in h.entries] == ([expected] if expected else [])


@pytest.mark.parametrize(("sentences", "expected"), [
    ([["Kenya", "Uganda"], ["Kenya"]], ("Kenya", "Uganda")),  # the latest sentence naming two
    ([["Kenya"], ["Uganda", "Uganda", "Tanzania"], []], ("Uganda", "Tanzania")),
    ([["Kenya"], ["Uganda"]], None),  # never two in one sentence
    ([], None),
])
def test_actor_names_named_pair(sentences: list[list[str]], expected: tuple[str, str] | None) -> None:
    entries = {c: Entry(id=c, kind=EntryKind.COUNTRY, phrases=(c,), code=c[:3].upper(), country=c[:3].upper(),
                        sectors=(), name=c) for c in ("Kenya", "Uganda", "Tanzania")}
    hits = [[Hit(start=i, end=i + 1, entries=(entries[c],)) for i, c in enumerate(names)] for names in sentences]
    pair = named_pair(hits)
    assert (pair[0].name, pair[1].name) == expected if pair else expected is None


@pytest.mark.parametrize(("second", "expected"), [
    ("Both countries accused Liberia of sheltering the smugglers.", {("GHA", "LBR"), ("TGO", "LBR")}),
    ("The two leaders accused Liberia of sheltering the smugglers.", {("GHAGOV", "LBR"), ("TGOGOV", "LBR")}),
    # A phrase naming its own country, or one that counts rather than refers, is not the pair.
    ("The two Nigerian ministers accused Liberia of sheltering the smugglers.", set()),
    ("Two ministers accused Liberia of sheltering the smugglers.", set()),
])
def test_actor_names_the_two_governments_are_the_pair_named_earlier(resources: Resources, second: str,
                                                                    expected: set[tuple[str, str]]) -> None:
    text = "Ghana and Togo held talks in Accra on Monday. " + second
    events = each_pair(code(text, published=date(2024, 3, 5), resources=resources))
    assert {(e.source.actor.code, e.target.actor.code) for e in events if e.sentence == 1 and e.source
            and e.target and e.source.actor.country in {"GHA", "TGO"}} == expected


@pytest.mark.parametrize(("sentences", "expected"), [
    ([["THA"], ["MMR"]], "THA"),  # named once each: the lead's country
    ([["THA", "MMR"], ["MMR"]], "MMR"),  # named more often
    ([["THA", "MMR"], []], None),  # the lead names two
    ([["MMR"], ["THA"], ["THA"]], "THA"),
    ([["THA"]], None),  # one sentence: no article to speak of
])
def test_actor_names_article_country_falls_back_on_the_lead(sentences: list[list[str]], expected: str | None) -> None:
    def hit(code: str) -> Hit:
        return Hit(start=0, end=1, entries=(Entry(id=code, kind=EntryKind.COUNTRY, phrases=(code,), code=code,
                                                  country=code, sectors=(), name=code),))
    assert article_country([], [[hit(c) for c in names] for names in sentences]) == expected


def test_actor_names_authorities_of_the_story_not_of_the_destination(resources: Resources) -> None:
    text = ("Thailand's navy stopped a boat carrying refugees off its coast. "
            "Authorities later deported 40 people to Myanmar.")
    events = code(text, published=date(2024, 3, 5), resources=resources)
    assert [e.source.actor.code for e in events if e.sentence == 1 and e.source] == ["THAGOV"]


def test_actor_names_diacritics_far_into_a_long_text(nlp: Language) -> None:
    # Words with diacritics are matched without them in stretches around them, at any offset.
    rows = "saobrenn\tcapital\tSao Brenn\t\tBRN\tGOV\tBrenn\t\t\n"
    matcher = matcher_of(entries(rows, "variants.tsv"), nlp)
    doc = nlp.make_doc("Émile wrote. " + "The rain fell. " * 30 + "Police in São Brenn detained him. Café owners left.")
    where = next(t.i for t in doc if t.text == "São")
    assert where > 100
    assert [(h.start, h.end) for h in matcher(doc)] == [(where, where + 2)]


def test_actor_names_he_is_no_capital_city(resources: Resources) -> None:
    # "He" takes the last person or office named as a subject, not a capital standing for a government.
    text = ("Turkish President Recep Tayyip Erdogan met Greek officials in Athens on Monday. "
            "Ankara later threatened to expel the Dutch ambassador. "
            "He also criticised Sweden for the protests.")
    events = code(text, published=date(2024, 3, 5), resources=resources)
    assert [(e.source.text, e.target.actor.country) for e in events if e.sentence == 2 and e.source and e.target] \
        == [("Turkish President Recep Tayyip Erdogan", "SWE")]


def test_actor_names_every_listed_phrase_and_variant_matches_its_entry(resources: Resources) -> None:
    # Every phrase of the built-in dictionary, in every spelling it stands for, is found as a whole
    # with its entry; a one-word name of a person once the full name came first.
    missed = []
    for entry in load_dictionary().entries.values():
        for phrase in dict.fromkeys(v for p in entry.phrases for v in phrase_variants(p)):
            lead = f"{entry.name} spoke. " if entry.kind == EntryKind.PERSON and " " not in phrase.strip() else ""
            doc = resources.nlp.make_doc(lead + phrase)
            start = len(resources.nlp.make_doc(lead)) if lead else 0
            if not any(h.start == start and h.end == len(doc) and entry in h.entries for h in resources.matcher(doc)):
                missed.append((entry.id, phrase))
    assert missed == []


def test_actor_names_the_two_governments_named_earlier_in_the_sentence(resources: Resources) -> None:
    text = "After talks between Ghana and Togo in Accra, the two governments accused Liberia of sheltering smugglers."
    events = each_pair(code(text, published=date(2024, 3, 5), resources=resources))
    assert {(e.source.actor.code, e.target.actor.code) for e in events
            if e.source and e.target and e.cameo.startswith("112")} == {("GHAGOV", "LBR"), ("TGOGOV", "LBR")}


@pytest.mark.parametrize(("text", "expected"), [
    # the pair is not the speaker and its neighbour named in the subject, but the article's two
    ("Eritrean troops seized a Yemeni island on Friday. Oman, Yemen's eastern neighbour, urged the two "
     "governments on Saturday to avoid a war.", {("OMN", "ERIGOV"), ("OMN", "YEMGOV")}),
    ("Chilean and Bolivian troops clashed on the border on Sunday. Ecuador, Peru's northern neighbour, "
     "called on both governments on Monday to stop the fighting.", {("ECU", "CHLGOV"), ("ECU", "BOLGOV")}),
    # nor is the subject of a clause urging restraint "on" them, nor a capital named by another speaker
    ("Indian and Chinese patrols scuffled on the border on Sunday. A spokesman in Moscow called the matter "
     "serious, and the Japanese government urged restraint on both sides.", {("JPNGOV", "IND"), ("JPNGOV", "CHN")}),
])
def test_actor_names_the_two_governments_addressed_are_not_the_subjects(
        resources: Resources, text: str, expected: set[tuple[str, str]]) -> None:
    events = each_pair(code(text, published=date(2024, 3, 5), resources=resources))
    assert {(e.source.actor.code, e.target.actor.code) for e in events
            if e.source and e.target and e.cameo.startswith("02")} == expected
