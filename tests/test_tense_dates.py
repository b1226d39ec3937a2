"""Dates that tense and time clauses give an event of a whole article: an act some days from the act
of the clause above it ("three days after ...") or from another act of its sentence ("two days
later"), an attempt dated by its complement, a span reaching to now and a state before a turn of
history."""

from __future__ import annotations

from datetime import date

from eventwire.pipeline import code
from eventwire.resources import Resources

WED = date(2023, 11, 15)  # a Wednesday


def _dates(text: str, resources: Resources) -> dict[str, date | None]:
    return {e.action.text.split()[0]: e.date.date for e in code(text, published=WED, resources=resources)}


def test_tense_dates_counted_after_clause_moves_the_day(resources: Resources) -> None:
    # the act of the clause is the stated number of days before the act it hangs from
    found = _dates("Peru recalled its ambassador from Quito. The move came a day after Ecuadorian troops "
                   "shelled a Peruvian border post.", resources)
    assert found.get("shelled") == date(2023, 11, 14), found


def test_tense_dates_counted_after_gerund_moves_the_day(resources: Resources) -> None:
    # "nine days after seizing them": the gerund's act is nine days before the release on Tuesday
    found = _dates("Rebels in Mali handed over 14 Nigerien drivers on Tuesday, nine days after abducting them "
                   "on a desert road.", resources)
    assert found.get("abducting") == date(2023, 11, 5), found


def test_tense_dates_attempt_is_dated_by_its_complement(resources: Resources) -> None:
    # "in 2019" is on "kill", the attempted act, not on the telling of it in court on Monday
    found = _dates("A Russian agent said in a Berlin court on Monday that he tried to poison Chechen exile "
                   "Ivan Petrov in Vienna in 2019.", resources)
    assert found.get("tried") == date(2019, 1, 1), found


def test_tense_dates_has_since_tells_a_span_not_the_earlier_act_day(resources: Resources) -> None:
    # "has since deported": a run of acts reaching to now, not the June of the closing
    found = _dates("Morocco shut its consulate in Oran in June and has since deported 40 Algerian migrants.",
                   resources)
    assert found.get("shut") == date(2023, 6, 1), found
    assert "deported" in found and found["deported"] is None, found


def test_tense_dates_a_state_before_a_turn_of_history_is_background(resources: Resources) -> None:
    # going on before the war: background the story does not date, not the day of its news
    found = _dates("Gunmen attacked a Red Cross convoy near Bor on Monday. The Red Cross was already "
                   "supplying seeds to 30,000 South Sudanese farmers before the war.", resources)
    assert "supplying" in found and found["supplying"] is None, found


def test_tense_dates_before_an_event_of_the_news_is_not_background(resources: Resources) -> None:
    # "the talks" are the news: an act before them is dated as any other
    found = _dates("Kenya's president met Uganda's leader in Kampala on Monday before the talks.", resources)
    assert found.get("met") == date(2023, 11, 13), found


def test_tense_dates_span_told_from_another_act_of_the_sentence(resources: Resources) -> None:
    # "two days later", "eight years earlier": counted from the act whose phrase dates the sentence
    found = _dates("Police in Lagos arrested the Ghanaian envoy on Monday and expelled him two days later.",
                   resources)
    assert found.get("arrested") == date(2023, 11, 13), found
    assert found.get("expelled") == date(2023, 11, 15), found
    found = _dates("Chad accepted the ruling in 1994 under Hissene Habre, whose troops had invaded Libya "
                   "eight years earlier.", resources)
    assert found.get("invaded") == date(1986, 1, 1), found


def test_tense_dates_incident_told_again_by_another_word_keeps_its_day(resources: Resources) -> None:
    # "opened fire" tells again the shooting dated Sunday, not the news day of the recall
    found = _dates("Guatemala recalled its ambassador from Belize on Tuesday over the deaths of two loggers. "
                   "The loggers were shot by Belizean rangers late on Sunday, officials in Flores said.\n\n"
                   "Their families said the men carried only machetes when the Belizean rangers opened fire "
                   "on the Guatemalan loggers.",
                   resources)
    assert found.get("recalled") == date(2023, 11, 14), found
    assert found.get("opened") == date(2023, 11, 12), found


def test_tense_dates_force_on_a_scene_of_another_day_is_not_the_earlier_incident(resources: Resources) -> None:
    # the rubber bullets are fired at Monday's march, not in Sunday's shooting
    found = _dates("Guatemala recalled its ambassador from Belize on Tuesday over the deaths of two loggers. "
                   "The loggers were shot by Belizean rangers late on Sunday, officials in Flores said.\n\n"
                   "Hundreds of Guatemalans marched to the border bridge in Melchor on Monday. "
                   "Guatemalan police fired rubber bullets at the marchers.", resources)
    assert found.get("fired") == date(2023, 11, 13), found
