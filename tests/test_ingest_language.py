"""Language identification: confident non-English is skipped; short, unclear texts keep their
declared language."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import ReadOptions, Skipped
from eventwire.ingest.common import language_code
from eventwire.ingest.language import check, judge
from eventwire.model import Article
from ingest_samples import ENGLISH, GERMAN, identifier, page, read_all, rss


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


@pytest.mark.parametrize(("tag", "code"), [
    ("en", "en"), ("en-US", "en"), ("DE_de", "de"), ("", None), (None, None), ("x", None),
    ("english", None), ("zh-Hant-TW", "zh"),
])
def test_ingest_language_code(tag: str | None, code: str | None) -> None:
    assert language_code(tag) == code


def test_ingest_language_declared_by_pages_and_feeds_decides_unclear_texts(
        tmp_path: Path) -> None:
    short = "Merkel trifft Macron in Paris heute"
    (tmp_path / "de.html").write_text(page("Merkel in Paris", short, lang="de-DE"))
    (tmp_path / "en.html").write_text(page(text=ENGLISH, lang="de"))  # clear English wins
    feed = rss([{"guid": "urn:1", "description": short}]).replace(
        "<language>en</language>", "<language>de</language>")
    (tmp_path / "f.rss").write_text(feed)
    items = read_all([str(tmp_path)], ReadOptions(fetch_links=False))
    assert [getattr(i, "problem", None) for i in items] == [
        "language is 'de' (as declared), not English", None,
        "language is 'de' (as declared), not English"]


def test_the_cached_model_ranks_as_the_packaged_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE
    from py3langid.langid import LanguageIdentifier as Packaged

    from eventwire.cache import CACHE_ENV
    from eventwire.ingest.language import LanguageIdentifier

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    built, read = LanguageIdentifier(), LanguageIdentifier()  # the second reads the cache the first wrote
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["langid"]
    packaged = Packaged.from_model_file(MODEL_FILE, norm_probs=True)
    for text in (ENGLISH, GERMAN, "La réunion du conseil a été reportée à la semaine prochaine.", "Kabul", ""):
        assert built.rank(text) == read.rank(text) == packaged.rank(text[:1000])
