"""Real sources, no internet: URLs, RSS and Atom feeds and articles in other languages, fetched
from a local news site (tests/news_site.py) and extracted by the rules or, for Russian and
Arabic, by the LLM path against the fake OpenAI server."""

from __future__ import annotations

import itertools
import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import TEST_API_KEY
from fake_openai import FakeOpenAI, answer, quoting_answer
from news_site import ARABIC_TEXT, ENGLISH_PAGE, RUSSIAN_TEXT, NewsSite, Resource
from typer.testing import CliRunner

from summarize.actors import ActorTable
from summarize.cli import app
from summarize.fetch import Fetcher, FetchError, FetchSettings, PageCache, fetching
from summarize.ingest import load_article
from summarize.language import detect_language
from summarize.store import Store

FAST = ["--fetch-delay", "0.01", "--fetch-timeout", "1"]
ENGLISH = "/news/sudan-el-fasher.html"
RUSSIAN = "/news/ru-prisoners.html"
ARABIC = "/news/ar-rsf-town.html"


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as server:
        yield server


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    with FakeOpenAI(default=quoting_answer) as server:
        monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
        monkeypatch.setenv("SUMMARIZE_BASE_URL", server.base_url)
        monkeypatch.setenv("SUMMARIZE_RETRY_INITIAL_WAIT", "0.01")
        monkeypatch.setenv("SUMMARIZE_RETRY_MAX_WAIT", "0.05")
        yield server


def fetched_rows(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT url, final_url, fetched_at FROM fetched_pages ORDER BY rowid"
        ).fetchall()
    return [(str(a), str(b), str(c)) for a, b, c in rows]


# --- fetching: bounds, robots.txt, politeness ----------------------------------------------


def test_a_redirect_is_followed_and_the_page_keeps_its_metadata(
    site: NewsSite, tmp_path: Path
) -> None:
    with fetching(FetchSettings(host_delay=0.0, timeout=1), tmp_path / "s.sqlite"):
        article = load_article(site.url("/news/old-link"))
    assert article.source == site.url("/news/old-link")
    assert article.title == "Sudan: RSF shell El Fasher as talks stall"
    assert article.outlet == "Test Wire"
    assert article.published == "2024-06-14"
    assert article.language == "en"
    assert "Subscribe to our newsletter" not in article.content()
    assert "<p>" not in article.text  # markup never reaches the text
    [(url, final_url, fetched_at)] = fetched_rows(tmp_path / "s.sqlite")
    assert (url, final_url) == (site.url("/news/old-link"), site.url(ENGLISH))
    assert fetched_at.startswith("20")
    assert {agent.split(" ")[0] for agent in site.agents} == {"summarize/0.1.0"}


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/news/missing.html", "HTTP 404"),
        ("/news/loop", "more than 5 redirects"),
        ("/news/slow.html", "timed out after 0.5 s"),
        ("/news/huge.html", "over the 5,000,000-byte limit"),
        ("/private/secret.html", "robots.txt disallows fetching it"),
    ],
)
def test_fetch_failures_are_one_clear_line(site: NewsSite, path: str, message: str) -> None:
    fetcher = Fetcher(FetchSettings(host_delay=0.0, timeout=0.5))
    try:
        with pytest.raises(FetchError, match=message):
            fetcher.get(site.url(path))
    finally:
        fetcher.close()


def test_the_body_is_streamed_and_dropped_past_the_cap(site: NewsSite) -> None:
    fetcher = Fetcher(FetchSettings(host_delay=0.0, max_bytes=500))
    try:
        with pytest.raises(FetchError, match="over the 500-byte limit"):
            fetcher.get(site.url(ENGLISH))
    finally:
        fetcher.close()


def test_ignore_robots_fetches_a_disallowed_page(site: NewsSite) -> None:
    fetcher = Fetcher(FetchSettings(host_delay=0.0, ignore_robots=True))
    try:
        assert b"El Fasher" in fetcher.get(site.url("/private/secret.html")).body
    finally:
        fetcher.close()
    assert site.count("/robots.txt") == 0


def test_one_request_at_a_time_per_host_with_the_delay_between(site: NewsSite) -> None:
    fetcher = Fetcher(FetchSettings(host_delay=0.2))
    try:
        for path in (ENGLISH, RUSSIAN, ARABIC):
            fetcher.get(site.url(path))
    finally:
        fetcher.close()
    moments = [moment for _, moment in site.times]
    assert len(moments) == 4  # robots.txt, then the three pages
    assert all(later - earlier >= 0.19 for earlier, later in itertools.pairwise(moments))


# --- URLs through the CLI: cached, conditional, versioned --------------------------------


def test_a_url_is_fetched_once_then_answered_304_with_no_extraction(
    site: NewsSite, runner: CliRunner, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.sqlite")
    url = site.url(ENGLISH)
    first = runner.invoke(app, ["run", url, "--db", db, "--backend", "rules", *FAST])
    assert first.exit_code == 0, first.output
    assert "1 succeeded (0 cached)" in first.output
    second = runner.invoke(app, ["run", url, "--db", db, "--backend", "rules", *FAST])
    assert second.exit_code == 0, second.output
    assert "1 succeeded (1 cached)" in second.output
    assert site.count(ENGLISH, 200) == 1
    assert site.count(ENGLISH, 304) == 1
    with Store(Path(db)) as store:
        [stored] = store.articles([url])
    assert stored.extraction is not None
    assert stored.extraction.article.source == url
    assert stored.extraction.article.language == "en"
    assert stored.extraction.article.outlet == "Test Wire"
    assert any(p.name == "Rapid Support Forces" for p in stored.extraction.parties)


def test_a_changed_page_is_extracted_again_as_a_new_version(
    site: NewsSite, runner: CliRunner, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.sqlite")
    url = site.url(ENGLISH)
    assert runner.invoke(app, ["run", url, "--db", db, "--backend", "rules", *FAST]).exit_code == 0
    changed = ENGLISH_PAGE.replace("at least 12 civilians", "at least 19 civilians")
    site.pages[ENGLISH] = Resource(changed.encode())
    again = runner.invoke(app, ["run", url, "--db", db, "--backend", "rules", *FAST])
    assert again.exit_code == 0, again.output
    assert "1 succeeded (0 cached)" in again.output
    with Store(Path(db)) as store:
        versions = store.articles([url], all_versions=True)
        [current] = store.articles([url])
    assert len(versions) == 2
    assert current.extraction is not None
    assert any(f.value == 19 for f in current.extraction.figures)


def test_the_rules_extractor_declines_a_russian_article_in_one_line(
    site: NewsSite, runner: CliRunner, tmp_path: Path
) -> None:
    db = str(tmp_path / "s.sqlite")
    result = runner.invoke(app, ["run", site.url(RUSSIAN), "--db", db, "--backend", "rules", *FAST])
    assert result.exit_code == 1
    assert "declined: the article is in Russian (ru)" in result.output
    assert "rules extractor reads English only" in result.output
    with Store(Path(db)) as store:
        [stored] = store.articles()
    assert stored.status == "failed" and stored.extraction is None


def test_article_reads_a_url(site: NewsSite, runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    result = runner.invoke(
        app, ["article", site.url(ENGLISH), "--db", db, "--backend", "rules", *FAST]
    )
    assert result.exit_code == 0, result.output
    extraction = json.loads(result.stdout)
    assert extraction["article"]["source"] == site.url(ENGLISH)
    assert extraction["article"]["language"] == "en"


# --- other languages: detection, actor names, the LLM path ----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [(RUSSIAN_TEXT, "ru"), (ARABIC_TEXT, "ar"), (ENGLISH_PAGE, "en"), ("Kyiv, 12 May.", None)],
)
def test_the_language_is_detected_offline(text: str, language: str | None) -> None:
    assert detect_language(text) == language


# Latin-script text in other languages, with English names and a quoted English phrase: the
# quick English check (a share of English function words) must leave these to the model.
OTHER_LATIN_SCRIPT = [
    (
        "Le porte-parole a déclaré que « the ceasefire has been violated by the other side », "
        "selon un communiqué publié jeudi soir par le ministère de la Défense à Bamako, qui "
        "accuse les rebelles de plusieurs attaques.",
        "fr",
    ),
    (
        "El ejército colombiano informó el martes que al menos siete guerrilleros del ELN "
        "murieron en un enfrentamiento en Arauca. El ministro de Defensa dijo que las "
        "operaciones continuarán hasta que el grupo acepte un alto el fuego verificable.",
        "es",
    ),
    (
        "Het leger van Myanmar heeft dinsdag luchtaanvallen uitgevoerd op dorpen in de staat "
        "Shan. Volgens lokale bronnen zijn er minstens vijftien burgers gedood. De Verenigde "
        "Naties hebben opgeroepen tot een onmiddellijk staakt-het-vuren.",
        "nl",
    ),
    (
        "Sinabi ng militar noong Lunes na tatlong rebelde ang napatay sa isang sagupaan sa "
        "lalawigan ng Samar. Ayon sa tagapagsalita ng hukbo, nagpapatuloy ang operasyon laban "
        "sa mga armadong grupo sa rehiyon at nanawagan sila ng kapayapaan.",
        "tl",
    ),
]


# Danish, where "at", "for" and "to" are everyday words; Japanese and Thai with a quoted English
# sentence, where a whole clause is one "word" between spaces.
SHARED_WORDS_AND_QUOTES = [
    (
        "Hæren sagde at det er for tidligt at sige hvor mange der blev dræbt, men at mindst to "
        "civile er blandt de døde, og at kampene fortsætter ved grænsen.",
        "da",
    ),
    (
        "政府は火曜日、北部の町で少なくとも十二人が死亡したと発表した。"
        "報道官は「The ceasefire has been violated by the other side, and that is not "
        "acceptable」と述べ、国連は停戦を呼びかけた。",
        "ja",
    ),
    (
        'กองทัพกล่าวเมื่อวันอังคารว่าทหารอย่างน้อยสิบสองนายเสียชีวิต โฆษกกล่าวว่า "the ceasefire has '
        'been violated and they said that it will not hold" และสหประชาชาติเรียกร้องให้หยุดยิง',
        "th",
    ),
]


@pytest.mark.parametrize(("text", "language"), OTHER_LATIN_SCRIPT + SHARED_WORDS_AND_QUOTES)
def test_other_languages_are_not_taken_for_english(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_english_with_little_prose_is_still_english() -> None:
    # Few function words: the model decides, not the quick check.
    headline_list = (
        "Sudan army retakes Omdurman bridge. RSF shells El Fasher market. Chad closes border "
        "crossing at Adre. UN envoy meets Burhan in Port Sudan. Aid convoy reaches Zamzam camp. "
        "Drone strike hits Kosti power station. Refugees arrive in South Sudan."
    )
    assert detect_language(headline_list) == "en"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Россия", "Russia"),
        ("России", "Russia"),
        ("Украина", "Ukraine"),
        ("ВСУ", "Ukraine"),
        ("السودان", "Sudan"),
        ("قوات الدعم السريع", "Rapid Support Forces"),
        ("الجيش السوداني", "Sudanese Armed Forces"),
    ],
)
def test_names_in_other_scripts_resolve_to_canonical_actors(written: str, canonical: str) -> None:
    assert ActorTable.load().canonical(written) == canonical


def test_other_script_mentions_are_found_in_running_text() -> None:
    table = ActorTable.load()
    found = {m.entry.name for m in table.find_mentions(ARABIC_TEXT)}
    assert {"Rapid Support Forces", "Sudanese Armed Forces", "Sudan"} <= found
    found = {m.entry.name for m in table.find_mentions(RUSSIAN_TEXT)}
    assert {"Russia", "Ukraine"} <= found


def _draft(title: str, parties: list[tuple[str, str, str]]) -> Any:
    """A draft in English (names, title) whose evidence quotes the original-language text."""
    return {
        "meta": {"title": title, "conflict": None, "event_date": "2024-06-14", "quality_notes": []},
        "parties": [
            {"name": name, "surface_forms": [], "kind": kind, "role": "belligerent", "evidence": q}
            for name, kind, q in parties
        ],
        "people": [],
        "positions": [],
        "ceasefire_calls": [],
        "figures": [],
    }


def test_russian_and_arabic_articles_keep_verbatim_evidence_through_the_llm(
    site: NewsSite, runner: CliRunner, tmp_path: Path, fake_model: FakeOpenAI
) -> None:
    ru_quote = "Россия и Украина в пятницу обменялись 75 военнопленными"
    ar_quote = "أعلنت قوات الدعم السريع يوم الجمعة سيطرتها على بلدة قرب الفاشر"
    fake_model.default = lambda request: answer(
        _draft(
            "Russia and Ukraine exchange prisoners",
            [("Russia", "state", ru_quote), ("Ukraine", "state", "Украина подтвердила обмен")],
        )
        if "Россия" in (request.article_text() or "")
        else _draft(
            "RSF says it took a town in North Darfur",
            [("Rapid Support Forces", "armed_group", ar_quote)],
        )
    )
    db = str(tmp_path / "s.sqlite")
    urls = [site.url(RUSSIAN), site.url(ARABIC)]
    result = runner.invoke(app, ["run", *urls, "--db", db, "--concurrency", "1", *FAST])
    assert result.exit_code == 0, result.output
    with Store(Path(db)) as store:
        stored = {a.source: a for a in store.articles(urls)}
        texts = {source: store.text(a.sha256 or "") or "" for source, a in stored.items()}
    for url, language, quote in ((urls[0], "ru", ru_quote), (urls[1], "ar", ar_quote)):
        extraction = stored[url].extraction
        assert extraction is not None, stored[url].error
        assert extraction.article.language == language
        party = extraction.parties[0]
        assert party.evidence == quote
        assert party.span.status == "exact"
        assert texts[url][party.span.start : party.span.end] == quote
        assert not [r for r in extraction.rejected if r.kind == "party"]
    assert stored[urls[0]].extraction is not None
    assert stored[urls[0]].extraction.parties[0].name == "Russia"  # English names, original quotes


# --- feeds ---------------------------------------------------------------------------------


def test_feeds_add_list_remove(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    feed = "http://127.0.0.1:9/feed.xml"
    assert "following" in runner.invoke(app, ["feeds", "add", feed, "--db", db]).output
    assert "already following" in runner.invoke(app, ["feeds", "add", feed, "--db", db]).output
    listed = runner.invoke(app, ["feeds", "list", "--db", db])
    assert feed in listed.output and "never checked" in listed.output
    bad = runner.invoke(app, ["feeds", "add", "file:///etc/passwd", "--db", db])
    assert bad.exit_code == 2 and "http:// or https://" in bad.output
    assert runner.invoke(app, ["feeds", "remove", feed, "--db", db]).exit_code == 0
    gone = runner.invoke(app, ["feeds", "remove", feed, "--db", db])
    assert gone.exit_code == 2 and "not a followed feed" in gone.output


def test_brief_from_feeds_end_to_end_then_nothing_fetched_or_extracted_again(
    site: NewsSite, runner: CliRunner, tmp_path: Path, fake_model: FakeOpenAI
) -> None:
    site.rss([site.url(ENGLISH), site.url(RUSSIAN), site.url("/news/gone.html")])
    site.atom([site.url(ARABIC), site.url(ENGLISH)])
    db = str(tmp_path / "s.sqlite")
    for feed in ("/feeds/sudan.rss", "/feeds/europe.atom", "/feeds/dead.rss"):
        assert runner.invoke(app, ["feeds", "add", site.url(feed), "--db", db]).exit_code == 0
    out = tmp_path / "briefings"
    first = runner.invoke(app, ["brief", "--feeds", "-o", f"{out}/", "--db", db, *FAST])
    # The dead feed and the missing article are reported; everything else is briefed.
    assert first.exit_code == 1, first.output
    assert "failed: feed: " in first.output and "dead.rss: HTTP 404" in first.output
    assert "gone.html: HTTP 404" in first.output
    assert "3 succeeded (0 cached), 1 failed" in first.output
    written = sorted(out.iterdir())
    assert written and all(path.suffix == ".md" for path in written)
    briefing = "\n".join(path.read_text(encoding="utf-8") for path in written)
    assert "ru-prisoners.html" in briefing and "ar-rsf-town.html" in briefing
    assert "<script" not in briefing
    calls = len(fake_model.requests)
    assert calls == 3
    listed = runner.invoke(app, ["feeds", "list", "--db", db]).output
    assert "3 entries, 2 stored, 1 failed" in listed and "HTTP 404" in listed

    second = runner.invoke(app, ["brief", "--feeds", "-o", f"{out}/", "--db", db, *FAST])
    assert second.exit_code == 1  # still a dead feed and a missing article
    assert len(fake_model.requests) == calls  # no model calls
    for page in (ENGLISH, RUSSIAN, ARABIC):
        assert site.count(page, 200) == 1  # each article downloaded once, ever
    assert site.count("/feeds/sudan.rss", 304) == 1
    assert site.count("/feeds/europe.atom", 304) == 1
    assert sorted(out.iterdir()) == written


def test_a_run_with_feeds_and_nothing_followed_says_what_to_do(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["run", "--feeds", "--db", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2
    assert "summarize feeds add URL" in result.output


def test_page_cache_keeps_each_version(site: NewsSite, tmp_path: Path) -> None:
    cache = PageCache(tmp_path / "s.sqlite")
    fetcher = Fetcher(FetchSettings(host_delay=0.0), cache)
    try:
        first = fetcher.get(site.url(ENGLISH))
        site.pages[ENGLISH] = Resource(b"<html><body><p>Updated.</p></body></html>")
        time.sleep(0.01)
        second = fetcher.get(site.url(ENGLISH))
        third = fetcher.get(site.url(ENGLISH))
    finally:
        fetcher.close()
    assert first.sha256 != second.sha256 == third.sha256
    assert third.not_modified and not second.not_modified
    assert len(fetched_rows(tmp_path / "s.sqlite")) == 2
