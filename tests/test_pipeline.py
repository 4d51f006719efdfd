"""Batch extraction at the library boundary: caching, failures, and resuming after SIGKILL."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from summarize.actors import ActorTable
from summarize.errors import InputError, ModelError
from summarize.extract.rules import RulesExtractor
from summarize.ingest import Article, file_sha256, load_article
from summarize.pipeline import YOUNG_GENERATION, expand_paths, extractor_key, run_batch
from summarize.schema import Extraction
from summarize.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(str(path) for path in SEEDS.glob("*.txt"))


class CountingExtractor:
    """The rules extractor behind a counter, optionally failing for chosen article ids."""

    extractor_name = "rules"

    def __init__(self, fail_ids: frozenset[str] = frozenset()) -> None:
        self.inner = RulesExtractor()
        self.fail_ids = fail_ids
        self.calls: Counter[str] = Counter()
        self._lock = threading.Lock()

    def cache_identity(self) -> str:
        return self.inner.cache_identity()

    def extract(self, article: Article) -> Extraction:
        with self._lock:
            self.calls[article.id] += 1
        if article.id in self.fail_ids:
            raise ModelError("the model endpoint returned 503 three times")
        return self.inner.extract(article)


def test_second_run_makes_no_extractor_calls(tmp_path: Path) -> None:
    with Store(tmp_path / "store.sqlite") as store:
        first = CountingExtractor()
        summary = run_batch(SEED_FILES, first, store=store, concurrency=3)
        assert (summary.succeeded, summary.failed, summary.cached) == (5, 0, 0)
        assert sum(first.calls.values()) == 5

        second = CountingExtractor()
        again = run_batch(SEED_FILES, second, store=store, concurrency=3)
        assert sum(second.calls.values()) == 0
        assert (again.succeeded, again.cached) == (5, 5)
        assert {a.source for a in store.articles()} == set(SEED_FILES)


def test_a_batch_collects_garbage_less_often_and_restores_the_setting(tmp_path: Path) -> None:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    during: list[tuple[int, int, int]] = []
    try:
        with Store(tmp_path / "store.sqlite") as store:
            run_batch(
                SEED_FILES[:2],
                CountingExtractor(),
                store=store,
                on_outcome=lambda _: during.append(gc.get_threshold()),
            )
        assert during == [(YOUNG_GENERATION, 10, 10)] * 2
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


class AnsweringExtractor:
    """An asynchronous backend that reports its model's answer (`answered`) and then holds the
    first article until a second one has started, or 60 s have passed (a loaded machine may
    take a while to read the second article: a 10 s wait once ran out in a full suite run on a
    busy 2-core machine; when the slot is freed the wait ends in milliseconds)."""

    asynchronous = True
    extractor_name = "rules"

    def __init__(self) -> None:
        self.inner = RulesExtractor()
        self.started: list[str] = []
        self.overlapped = False

    def cache_identity(self) -> str:
        return "answering-" + self.inner.cache_identity()

    def extract(self, article: Article) -> Extraction:
        return self.inner.extract(article)

    async def aclose(self) -> None:
        pass

    async def aextract(
        self, article: Article, *, answered: Callable[[], Awaitable[None]] | None = None
    ) -> Extraction:
        self.started.append(article.id)
        if answered is not None:
            await answered()
        # the first article waits for the second to start (which may already have started
        # while the first awaited its answer: the check then succeeds at once)
        if article.id == self.started[0]:
            deadline = time.monotonic() + 60.0
            while time.monotonic() < deadline:
                if len(self.started) > 1:
                    self.overlapped = True
                    break
                await asyncio.sleep(0.005)
        return self.inner.extract(article)


def test_an_article_frees_its_request_slot_once_the_model_has_answered(tmp_path: Path) -> None:
    extractor = AnsweringExtractor()
    with Store(tmp_path / "store.sqlite") as store:
        summary = run_batch(SEED_FILES[:2], extractor, store=store, concurrency=1)
    assert summary.succeeded == 2, summary.describe()
    # At concurrency 1 the second article started while the first was still being finished.
    assert extractor.overlapped


def test_an_interrupted_batch_restores_the_collection_setting(tmp_path: Path) -> None:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        with Store(tmp_path / "store.sqlite") as store, pytest.raises(KeyboardInterrupt):
            run_batch(SEED_FILES[:1], InterruptingExtractor(), store=store)
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


class InterruptingExtractor(CountingExtractor):
    def extract(self, article: Article) -> Extraction:
        raise KeyboardInterrupt


def test_the_cache_key_of_a_file_is_its_article_hash_without_parsing(tmp_path: Path) -> None:
    """The batch looks the cache up by hashing raw bytes; that must be `Article.sha256`."""
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(
        "Le président a déclaré à Genève qu'une trêve était nécessaire.\n".encode("cp1252")
    )
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbf" + Path(SEED_FILES[1]).read_bytes())
    page = tmp_path / "page.html"
    body = "".join(f"<p>{line}</p>" for line in Path(SEED_FILES[2]).read_text("utf-8").splitlines())
    page.write_text(f"<html><head><title>T</title></head><body>{body}</body></html>", "utf-8")
    for path in [*SEED_FILES, str(legacy), str(with_bom), str(page)]:
        assert file_sha256(path) == load_article(path).sha256, path
    assert file_sha256(str(tmp_path / "missing.txt")) is None
    assert file_sha256(str(tmp_path)) is None


def test_changed_text_is_extracted_again(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in SEED_FILES:
        (folder / Path(seed).name).write_text(Path(seed).read_text("utf-8"), "utf-8")
    sources = expand_paths([str(folder)])
    with Store(tmp_path / "store.sqlite") as store:
        run_batch(sources, CountingExtractor(), store=store)
        edited = Path(sources[0])
        edited.write_text(edited.read_text("utf-8") + "\nA late correction.\n", "utf-8")
        counting = CountingExtractor()
        summary = run_batch(sources, counting, store=store)
    assert sum(counting.calls.values()) == 1
    assert summary.cached == 4


def test_failed_articles_are_recorded_and_the_rest_go_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    failing_id = Path(SEED_FILES[1]).stem
    extractor = CountingExtractor(fail_ids=frozenset({failing_id}))
    sources = [*SEED_FILES, str(empty), str(missing)]
    with Store(tmp_path / "store.sqlite") as store:
        summary = run_batch(sources, extractor, store=store, concurrency=2)
        stored = {article.source: article for article in store.articles()}

    assert (summary.succeeded, summary.failed) == (4, 3)
    assert set(stored) == set(sources)
    failed = {source for source, article in stored.items() if article.status == "failed"}
    assert failed == {SEED_FILES[1], str(empty), str(missing)}
    assert "503" in (stored[SEED_FILES[1]].error or "")
    assert stored[str(empty)].error and stored[str(missing)].error
    assert all(stored[s].extraction is not None for s in set(sources) - failed)


def test_a_failed_article_succeeds_on_the_next_run(tmp_path: Path) -> None:
    failing_id = Path(SEED_FILES[0]).stem
    with Store(tmp_path / "store.sqlite") as store:
        run_batch(SEED_FILES, CountingExtractor(frozenset({failing_id})), store=store)
        retry = CountingExtractor()
        summary = run_batch(SEED_FILES, retry, store=store)
        statuses = {a.source: a.status for a in store.articles()}
    assert retry.calls == Counter({failing_id: 1})
    assert summary.failed == 0
    assert set(statuses.values()) == {"ok"}


def test_paths_expand_folders_and_globs_without_repeats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.html").write_text("x")
    (tmp_path / "notes.json").write_text("{}")
    expanded = expand_paths([str(tmp_path), str(tmp_path / "*.txt")])
    assert expanded == [str(tmp_path / "a.txt"), str(tmp_path / "b.html")]
    with pytest.raises(InputError):
        expand_paths([str(tmp_path / "*.md")])


def _make_copies(folder: Path, copies: int) -> int:
    """Distinct articles (each copy's text differs), so every one needs its own extraction."""
    folder.mkdir()
    for index in range(copies):
        for seed in SEED_FILES:
            text = Path(seed).read_text("utf-8") + f"\n\nCopy {index}.\n"
            (folder / f"{index:03d}_{Path(seed).name}").write_text(text, "utf-8")
    return copies * len(SEED_FILES)


def _run_command(folder: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-c",
        "from summarize.cli import main; main()",
        "run",
        str(folder),
        "--db",
        str(db),
        "--backend",
        "rules",
        "--concurrency",
        "2",
    ]


def _stored(db: Path) -> dict[str, tuple[str, str | None]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT a.source, a.status, e.extraction_json FROM articles a "
            "LEFT JOIN extractions e ON e.id = a.extraction_id"
        ).fetchall()
    sources = [row[0] for row in rows]
    assert len(sources) == len(set(sources))
    return {source: (status, blob) for source, status, blob in rows}


def _count_rows(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_a_run_killed_midway_resumes_with_nothing_lost_or_duplicated(tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    total = _make_copies(folder, copies=12)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    killed_db = tmp_path / "killed.sqlite"
    process = subprocess.Popen(
        _run_command(folder, killed_db),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while _count_rows(killed_db) < 5 and time.monotonic() < deadline:
        assert process.poll() is None, "the run ended before it could be killed"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored_when_killed = _count_rows(killed_db)
    assert 5 <= stored_when_killed < total, "the run must be killed partway: add copies"

    resumed = subprocess.run(_run_command(folder, killed_db), env=env, capture_output=True)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert f"({stored_when_killed} cached)" in resumed.stderr.decode()

    clean_db = tmp_path / "clean.sqlite"
    clean = subprocess.run(_run_command(folder, clean_db), env=env, capture_output=True)
    assert clean.returncode == 0, clean.stderr.decode()

    after_resume, uninterrupted = _stored(killed_db), _stored(clean_db)
    assert len(after_resume) == total
    assert after_resume == uninterrupted
    with sqlite3.connect(killed_db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        extractions = connection.execute("SELECT count(*) FROM extractions").fetchone()[0]
    assert extractions == total


def test_a_changed_actor_table_changes_the_cache_identity(tmp_path: Path) -> None:
    extra = tmp_path / "actors.toml"
    extra.write_text(
        '[[party]]\nname = "Freedonia"\nkind = "state"\nrole = "mediator"\naliases = []\n',
        encoding="utf-8",
    )
    plain, extended = RulesExtractor(), RulesExtractor(ActorTable.load([extra]))
    assert plain.cache_identity() == RulesExtractor().cache_identity()
    assert extractor_key(plain) != extractor_key(extended)


class StallingExtractor(CountingExtractor):
    """Never returns for one article: hostile input that would stall a batch."""

    def __init__(self, stall_id: str) -> None:
        super().__init__()
        self.stall_id = stall_id
        self.release = threading.Event()

    def extract(self, article: Article) -> Extraction:
        if article.id == self.stall_id:
            self.release.wait(60)
        return super().extract(article)


def test_one_article_over_its_time_budget_fails_and_the_batch_goes_on(tmp_path: Path) -> None:
    stalled = Path(SEED_FILES[0]).stem
    extractor = StallingExtractor(stalled)
    started = time.monotonic()
    try:
        with Store(tmp_path / "store.sqlite") as store:
            summary = run_batch(
                SEED_FILES, extractor, store=store, concurrency=1, article_budget=0.5
            )
    finally:
        extractor.release.set()
    assert time.monotonic() - started < 10
    [failed] = [o for o in summary.outcomes if o.status == "failed"]
    assert failed.source == SEED_FILES[0]
    assert failed.error is not None and "time budget of 0.5 s" in failed.error
    assert summary.succeeded == len(SEED_FILES) - 1  # the one worker slot was handed on


def test_the_time_budget_must_be_positive(tmp_path: Path) -> None:
    with Store(tmp_path / "store.sqlite") as store, pytest.raises(InputError, match="more than 0"):
        run_batch(SEED_FILES, CountingExtractor(), store=store, article_budget=0)


class ManifestEditingExtractor(CountingExtractor):
    """Rewrites the folder's manifest while it extracts (an editor saving it mid-run)."""

    def __init__(self, manifest: Path, entries: list[dict[str, str]]) -> None:
        super().__init__()
        self.manifest, self.entries = manifest, entries

    def extract(self, article: Article) -> Extraction:
        self.manifest.write_text(json.dumps(self.entries), encoding="utf-8")
        return super().extract(article)


def _edited_mid_run(tmp_path: Path, text: str) -> tuple[Path, ManifestEditingExtractor]:
    """An article whose manifest entry says "Old", and an extractor that rewrites it to "New"."""
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "report.txt"
    source.write_text(text, "utf-8")
    manifest = folder / "manifest.json"
    manifest.write_text(json.dumps([{"file": source.name, "title": "Old"}]), encoding="utf-8")
    return source, ManifestEditingExtractor(manifest, [{"file": source.name, "title": "New"}])


def test_a_manifest_edited_during_the_run_re_extracts_on_the_next_run(tmp_path: Path) -> None:
    # The extraction carries the entry read with the article: it is stored under that entry's
    # key, not under the new one, so the next run does not take it for the new entry's.
    source, editor = _edited_mid_run(tmp_path, "Rebels said 40 soldiers were killed near Goma.\n")
    with Store(tmp_path / "store.sqlite") as store:
        assert run_batch([str(source)], editor, store=store).count("extracted") == 1
        again = run_batch([str(source)], CountingExtractor(), store=store)
        assert again.count("extracted") == 1, again.describe()
        [stored] = store.articles([str(source)])
    assert stored.extraction is not None and stored.extraction.article.title == "New"


def test_a_source_listed_twice_keeps_the_key_it_was_read_with(tmp_path: Path) -> None:
    # the second listing is committed under the key of the entry it was read with, too
    source, editor = _edited_mid_run(tmp_path, "Militants said 12 soldiers died near Diffa.\n")
    with Store(tmp_path / "store.sqlite") as store:
        run_batch([str(source), str(source)], editor, store=store, concurrency=1)
        again = run_batch([str(source)], CountingExtractor(), store=store)
        assert again.count("extracted") == 1, again.describe()


def test_a_changed_manifest_entry_is_not_served_from_the_cache(tmp_path: Path) -> None:
    """Red-team issue 15: after manifest.json changed, run said "cached" and kept old values."""
    from summarize.ingest import _manifest_entries

    folder = tmp_path / "in"
    folder.mkdir()
    sources = []
    for path in map(Path, SEED_FILES):
        sources.append(str(folder / path.name))
        (folder / path.name).write_bytes(path.read_bytes())
    manifest = folder / "manifest.json"

    def write_manifest(title: str, day: str) -> None:
        entries = [{"file": Path(s).name, "title": title, "event_date": day} for s in sources]
        manifest.write_text(json.dumps(entries), encoding="utf-8")

    write_manifest("First title", "2023-11-30")
    extractor = CountingExtractor()
    with Store(tmp_path / "store.sqlite") as store:
        _manifest_entries.cache_clear()
        first = run_batch(sources, extractor, store=store)
        assert first.count("extracted") == len(sources)
        assert _manifest_entries.cache_info().misses == 1  # parsed once for the whole folder
        assert run_batch(sources, extractor, store=store).cached == len(sources)

        write_manifest("Second title", "2023-12-01")
        again = run_batch(sources, extractor, store=store)
        assert again.count("extracted") == len(sources), again.describe()
        stored = {a.source: a.extraction for a in store.articles(sources)}
    assert {(e.article.title, e.article.event_date) for e in stored.values() if e} == {
        ("Second title", "2023-12-01")
    }
    assert len(stored) == len(sources)
