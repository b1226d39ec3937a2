"""Language identification: confident non-English is skipped; short, unclear texts keep their
declared language."""

from __future__ import annotations

import pytest

from eventwire.ingest import Skipped
from eventwire.ingest.language import check, judge
from eventwire.model import Article
from ingest_samples import ENGLISH, GERMAN, identifier


def _article(text: str = "x", language: str | None = "en") -> Article:
    return Article(id="a1", text=text, language=language, origin="src.txt")


@pytest.mark.parametrize(("ranked", "declared", "accepted", "expected"), [
    ([("en", 0.9), ("de", 0.1)], "en", ("en",), "en"),
    ([("de", 0.99), ("en", 0.0)], "en", ("en",), "language is 'de', not English"),
    ([("de", 0.99), ("en", 0.0)], "en", ("en", "fr"), "language is 'de', not one of en, fr"),
    ([("fr", 0.9), ("en", 0.1)], "en", ("en", "fr"), "fr"),
    ([("pcm", 0.75), ("en", 0.12)], "en", ("en",), "en"),  # English creole with English share
    ([("jv", 0.09), ("en", 0.02)], "en", ("en",), "en"),  # too unsure: the declared one
    ([("jv", 0.09), ("en", 0.02)], None, ("en",), "en"),
    ([("jv", 0.09), ("en", 0.02)], "de", ("en",), "language is 'de' (as declared), not English"),
])
def test_ingest_language_judge(ranked: list[tuple[str, float]], declared: str | None,
                               accepted: tuple[str, ...], expected: str) -> None:
    result = judge(_article(language=declared), ranked, accepted)
    if isinstance(result, Skipped):
        assert result.problem == expected and result.origin == "src.txt"
    else:
        assert result.language == expected


@pytest.mark.parametrize(("text", "expected"), [
    (ENGLISH, "en"),
    (GERMAN, "language is 'de', not English"),
    ("Le gouvernement français a imposé de nouvelles sanctions contre la Russie mardi.",
     "language is 'fr', not English"),
    ("Правительство России ввело новые санкции против Украины во вторник.",
     "language is 'ru', not English"),
    ("政府周二对俄罗斯实施了新的制裁。", "language is 'zh', not English"),
    ("Russia accused Ukraine.", "en"),
    ("Putin met Xi in Beijing.", "en"),
    ("NATO sanctions Russia", "en"),
    ("12345", "en"),
])
def test_ingest_language_check_real_texts(text: str, expected: str) -> None:
    result = check(_article(text), identifier(), ("en",))
    assert (result.problem if isinstance(result, Skipped) else result.language) == expected


def test_ingest_language_uses_the_title_too() -> None:
    article = Article(id="t", text="Merkel.", title="Die Regierung hat am Dienstag neue "
                      "Sanktionen gegen Russland beschlossen und den Botschafter einbestellt.")
    assert isinstance(check(article, identifier(), ("en",)), Skipped)
