"""The closed word classes the coder reads the parse with (data/lexicon.tsv): prepositions that
name targets, verbs of speech and control, auxiliaries of modality, pronouns, cue phrases.

A line is `kind word`; a word may be a phrase of several words where the kind takes phrases.
User files (`Resources.load(lexicon=...)`) are read after the built-in one: a kind a user file
names replaces the built-in words of that kind entirely, kinds it does not name stay as built in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

from eventwire import tsv
from eventwire.errors import DictionaryError

COLUMNS = ("kind", "word")
BUILTIN = "eventwire/data/lexicon.tsv"


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    """Word classes by kind; a `tuple` kind keeps file order (earlier words are preferred)."""

    speech_verb: frozenset[str]
    object_control: frozenset[str]
    stative_passive: frozenset[str]
    casualty_verb: frozenset[str]
    same_subject_preposition: frozenset[str]
    target_preposition: tuple[str, ...]
    locative_preposition: frozenset[str]
    topic_preposition: frozenset[str]
    attachment_preposition: frozenset[str]
    agent_preposition: tuple[str, ...]
    passive_subject_preposition: tuple[str, ...]
    departure_preposition: tuple[str, ...]
    opposing_noun: frozenset[str]
    opposing_preposition: tuple[str, ...]
    opposed_preposition: tuple[str, ...]
    main_clause_pronoun: frozenset[str]
    object_pronoun: frozenset[str]
    person_pronoun: frozenset[str]
    person_object_pronoun: frozenset[str]
    inclusion_preposition: frozenset[str]
    possessive_pronoun: frozenset[str]
    shared_possessive: frozenset[str]
    group_pronoun: frozenset[str]
    leading_pronoun: frozenset[str]
    first_person_pronoun: frozenset[str]
    adverb_particle: frozenset[str]
    adjunct_preposition: frozenset[str]
    manner_preposition: frozenset[str]
    separate_act: frozenset[str]
    condition_mark: frozenset[str]
    awaited_mark: frozenset[str]
    same_time_mark: frozenset[str]
    other_time_mark: frozenset[str]
    earlier_mark: frozenset[str]
    attempt_verb: frozenset[str]
    question_mark: frozenset[str]
    future_aux: frozenset[str]
    future_going: frozenset[str]
    schedule_word: frozenset[str]
    directive_verb: frozenset[str]
    hypothetical_aux: frozenset[str]
    reported_future_aux: frozenset[str]
    intent_verb: frozenset[str]
    intent_adjective: frozenset[str]
    refusal_verb: frozenset[str]
    continuation_verb: frozenset[str]
    concern_word: frozenset[str]
    expectation_verb: frozenset[str]
    demanding_verb: frozenset[str]
    appeal_verb: frozenset[str]
    consent_verb: frozenset[str]
    hortative_pronoun: frozenset[str]
    act_noun: frozenset[str]
    spoken_noun: frozenset[str]
    civil_word: frozenset[str]
    hazard_noun: frozenset[str]
    protest_word: frozenset[str]
    clash_word: frozenset[str]
    gathering_preposition: frozenset[str]
    cause_preposition: frozenset[str]
    definite_determiner: frozenset[str]
    negating_preposition: frozenset[str]
    generic_adverb: frozenset[str]
    generic_when: frozenset[str]
    irrealis_for: frozenset[str]
    inverted_condition: frozenset[str]
    court_step_verb: frozenset[str]
    convene_verb: frozenset[str]
    convened_noun: frozenset[str]
    court_step_preposition: frozenset[str]
    plea_word: frozenset[str]
    press_query_noun: frozenset[str]
    figure_noun: frozenset[str]
    comparison_mark: frozenset[str]
    naming_verb: frozenset[str]
    warning_preposition: frozenset[str]
    reprisal_noun: frozenset[str]
    response_noun: frozenset[str]
    answered_mark: frozenset[str]
    opinion_verb: frozenset[str]
    concurring_verb: frozenset[str]
    commentator_noun: frozenset[str]
    conflict_noun: frozenset[str]
    private_traveler: frozenset[str]
    electorate: frozenset[str]
    pending_adverb: frozenset[str]
    unbound_word: frozenset[str]
    span_preposition: frozenset[str]
    span_unit: frozenset[str]
    ceasing_verb: frozenset[str]
    null_quantifier: frozenset[str]
    advocacy_preposition: frozenset[str]
    opponent_preposition: frozenset[str]
    topic_talk_verb: frozenset[str]
    region_name: frozenset[str]
    compass_word: frozenset[str]
    directed_preposition: frozenset[str]
    ethnic_word: frozenset[str]
    pair_noun: frozenset[str]
    removal_verb: frozenset[str]
    backing_word: frozenset[str]
    likeness_word: frozenset[str]
    stance_prefix: frozenset[str]
    background_adverb: frozenset[str]
    repeat_quantifier: frozenset[str]
    bygone_word: frozenset[str]
    history_span: frozenset[str]
    other_sense_object: frozenset[str]
    onset_mark: frozenset[str]
    partner_preposition: frozenset[str]
    tens_number: frozenset[str]
    negation: frozenset[str]
    claim_verb: frozenset[str]
    claim_noun: frozenset[str]
    place_noun: frozenset[str]
    seat_participle: frozenset[str]
    prior_scene_preposition: frozenset[str]
    ouster_verb: frozenset[str]
    loose_place_noun: frozenset[str]
    boundary_noun: frozenset[str]
    scene_preposition: frozenset[str]
    goal_preposition: frozenset[str]
    other_preposition: frozenset[str]
    name_stop_word: frozenset[str]
    landmark_preposition: frozenset[str]
    charge_preposition: frozenset[str]
    aiming_preposition: frozenset[str]
    venue_noun: frozenset[str]
    venue_preposition: frozenset[str]
    mediation_noun: frozenset[str]
    mediating_verb: frozenset[str]
    ally_word: frozenset[str]
    summoning_verb: frozenset[str]
    note_noun: frozenset[str]
    country_noun: frozenset[str]
    attribution_preposition: frozenset[str]
    source_cue_before: tuple[tuple[str, ...], ...]
    cited_cue_before: tuple[tuple[str, ...], ...]
    source_cue_after: frozenset[str]
    cue_filler: frozenset[str]
    dateline_dash: frozenset[str]
    headline_opener: frozenset[str]
    split_headline_opener: frozenset[str]
    name_preceding_word: frozenset[str]
    continuation_opener: frozenset[str]
    event_noun: frozenset[str]
    incident_family: tuple[tuple[str, ...], ...]
    water_word: frozenset[str]
    country_water: frozenset[str]
    organization_word: frozenset[str]
    member_noun: frozenset[str]
    travel_verb: frozenset[str]
    sending_verb: frozenset[str]
    drawing_verb: frozenset[str]
    voicing_verb: frozenset[str]
    holding_verb: frozenset[str]
    reaction_noun: frozenset[str]
    envoy_noun: frozenset[str]
    foreign_party_word: frozenset[str]
    issuing_verb: frozenset[str]
    grievance_preposition: frozenset[str]
    open_determiner: frozenset[str]
    attack_noun: frozenset[str]
    air_attack_noun: frozenset[str]
    air_attack_head: frozenset[str]
    air_attack_modifier: frozenset[str]
    custody_noun: frozenset[str]
    unrealized_word: frozenset[str]

    @property
    def hypothetical_mark(self) -> frozenset[str]:
        """Return the marks of a clause whose event may not happen: conditions and open questions."""
        return self.condition_mark | self.question_mark

    @property
    def splitting_headline_opener(self) -> frozenset[str]:
        """Return the words the sentence splitter opens a sentence with after a glued sub-headline."""
        return self.headline_opener | self.split_headline_opener

    @property
    def place_name_stop(self) -> frozenset[str]:
        """Return the words that start or end no place name: `name_stop_word` and every preposition
        of place or not."""
        return self.name_stop_word | self.scene_preposition | self.goal_preposition | self.other_preposition

    @property
    def verb_of_words(self) -> frozenset[str]:
        """Return the verbs of words: saying, asking, demanding, promising, refusing and claiming."""
        return (self.speech_verb | self.appeal_verb | self.demanding_verb | self.intent_verb
                | self.refusal_verb | self.claim_verb)

    @property
    def antecedent_pronoun(self) -> frozenset[str]:
        """Return the personal pronouns that need an antecedent: those standing for a person, a
        group or the main clause's subject."""
        return self.person_pronoun | self.group_pronoun | self.main_clause_pronoun


def kinds() -> dict[str, str]:
    """Return each kind with the declared type of its field."""
    return {f.name: str(f.type) for f in fields(Lexicon)}


def parse_rows(text: str, path: str) -> dict[str, list[str]]:
    """Read a lexicon file into words by kind; fail with `path:line: problem`."""
    known = kinds()
    found: dict[str, list[str]] = defaultdict(list)
    for lineno, row in tsv.rows(text, path, COLUMNS):
        kind, word = row["kind"], " ".join(row["word"].lower().split())
        if kind not in known:
            raise DictionaryError(path, lineno, f"unknown kind {kind!r} (one of {', '.join(sorted(known))})")
        if not word:
            raise DictionaryError(path, lineno, "empty word")
        if " " in word and not known[kind].startswith("tuple[tuple"):
            raise DictionaryError(path, lineno, f"kind {kind!r} takes single words, not {word!r}")
        if word in found[kind]:
            raise DictionaryError(path, lineno, f"duplicate word {word!r} of kind {kind!r}")
        found[kind].append(word)
    return dict(found)


def build(words: dict[str, list[str]], path: str) -> Lexicon:
    """Make a lexicon from words by kind; every kind must have words."""
    values: dict[str, object] = {}
    for kind, declared in kinds().items():
        if not words.get(kind):
            raise DictionaryError(path, 0, f"no words of kind {kind!r}")
        if declared.startswith("tuple[tuple"):
            values[kind] = tuple(tuple(w.split()) for w in words[kind])
        elif declared.startswith("tuple"):
            values[kind] = tuple(words[kind])
        else:
            values[kind] = frozenset(words[kind])
    return Lexicon(**values)  # type: ignore[arg-type]


def load_lexicon(extra: Sequence[Path] = ()) -> Lexicon:
    """Load the built-in lexicon, then user files (a kind they name replaces the built-in one)."""
    ref = resources.files("eventwire") / "data" / "lexicon.tsv"
    words = parse_rows(ref.read_text(encoding="utf-8"), BUILTIN)
    for path in extra:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise DictionaryError(str(path), 0, f"cannot read: {exc}") from None
        words.update(parse_rows(text, str(path)))
    return build(words, BUILTIN)
