"""The async LLM path at scale, against the fake server: long articles in chunks, size caps on
what a model sends back, and a whole-request deadline against a server that drips its reply."""

from __future__ import annotations

import asyncio
import itertools
import json
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeOpenAI, ReceivedRequest, Reply, answer

from summarize.config import Settings
from summarize.errors import ModelError
from summarize.extract.chunks import CHARS_PER_TOKEN, chunk_tokens, split_article
from summarize.extract.limits import REASK_QUOTE_CHARS, TITLE_CHARS
from summarize.extract.llm import LLMExtractor
from summarize.ground import date_article
from summarize.ingest import load_article
from summarize.offload import Offload
from summarize.pipeline import ArticleOutcome, CallLog, run_batch
from summarize.store import Store

WORDS = 50_000
CHUNK_TOKENS = 3_000


def long_article(folder: Path) -> Path:
    """About 50,000 words in paragraphs, each unique (numbered)."""
    paragraphs = ["A long report from the front, in many parts"]
    words = 0
    number = 0
    while words < WORDS:
        paragraph = (
            f"Officials in the capital said on day {number} that the talks had stalled again, "
            f"while aid convoys waited at the crossing for the {number}th time this season. "
            f"This is paragraph number {number}."
        )
        paragraphs.append(paragraph)
        words += len(paragraph.split())
        number += 1
    path = folder / "long.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def empty_draft() -> dict[str, Any]:
    return {
        "meta": {"title": None, "conflict": None, "event_date": None, "quality_notes": []},
        "parties": [],
        "people": [],
        "positions": [],
        "ceasefire_calls": [],
        "figures": [],
    }


def chunk_answer(request: ReceivedRequest) -> Reply:
    """Quote text from the chunk received: the same party in every chunk (quoting its first
    paragraph), and a position quoting its last paragraph (which the next chunk's overlap
    repeats, so neighbours often quote the same text)."""
    chunk = request.article_text() or ""
    paragraphs = [p.strip() for p in chunk.split("\n\n") if "paragraph number" in p]
    draft = empty_draft()
    draft["parties"] = [
        {
            "name": "Officials",
            "surface_forms": [],
            "kind": "state",
            "role": "other",
            "evidence": paragraphs[0],
        }
    ]
    draft["positions"] = [
        {
            "holder": "Officials",
            "speaker": None,
            "targets": [],
            "stance": "claim",
            "topic": "the talks",
            "summary": "The talks stalled.",
            "evidence": paragraphs[-1],
        }
    ]
    return answer(draft)


def test_a_50000_word_article_is_read_in_chunks_with_exact_offsets_and_no_duplicates(
    tmp_path: Path,
) -> None:
    article = load_article(long_article(tmp_path))
    with FakeOpenAI(default=chunk_answer) as server:
        settings = Settings(
            base_url=server.base_url, api_key="sk-unused", chunk_tokens=CHUNK_TOKENS
        )
        extraction = LLMExtractor.for_openai(settings).extract(article)
        requests = list(server.requests)
        reported = server.total_usage()

    chunks = split_article(article, CHUNK_TOKENS)
    assert len(chunks) > 10
    # One request per chunk (every answer grounds: no re-ask), none over the budget.
    assert len(requests) == len(chunks)
    sent = [request.article_text() or "" for request in requests]
    assert all(len(text) <= CHUNK_TOKENS * CHARS_PER_TOKEN for text in sent)
    # Together the chunks cover the whole article.
    assert chunks[0].start == 0
    assert chunks[-1].start + len(chunks[-1].article.text) == len(article.text)
    for before, after in itertools.pairwise(chunks):
        assert after.start <= before.start + len(before.article.text)  # overlap or touch

    # Every span is exact in the whole article.
    items = [*extraction.parties, *extraction.positions]
    assert items and not extraction.rejected
    for item in items:
        assert item.span.status == "exact"
        assert article.text[item.span.start : item.span.end] == item.evidence
    # The same party from every chunk is kept once; positions quoting the same paragraph too.
    assert [party.name for party in extraction.parties] == ["Officials"]
    spans = [(p.span.start, p.span.end) for p in extraction.positions]
    assert len(spans) == len(set(spans))
    distinct_last = {chunk_last_paragraph(text) for text in sent}
    assert len(extraction.positions) == len(distinct_last)
    # Usage sums over the chunks.
    usage = extraction.provenance.usage
    assert usage.attempts == len(requests)
    assert (usage.prompt_tokens, usage.completion_tokens) == reported
    assert any("chunks" in note for note in extraction.article.quality_notes)


def chunk_last_paragraph(text: str) -> str:
    return [p.strip() for p in text.split("\n\n") if "paragraph number" in p][-1]


def test_the_default_chunk_budget_follows_the_models_context() -> None:
    assert chunk_tokens(Settings(model="gpt-4o-mini")) == 12_000  # capped
    assert chunk_tokens(Settings(model="gpt-4", max_tokens=1000)) == 4_192
    assert chunk_tokens(Settings(model="some-local-model")) == 4_000  # the floor
    assert chunk_tokens(Settings(model="gpt-4o", chunk_tokens=500)) == 500


def test_an_article_within_the_budget_is_sent_whole(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Title\n\nOne paragraph with a sentence to quote here.\n", encoding="utf-8")
    article = load_article(path)
    assert [chunk.article for chunk in split_article(article, 200)] == [article]


# --- size caps -------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def cap_settings(server: FakeOpenAI, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "base_url": server.base_url,
        "api_key": "sk-unused",
        "timeout": 5.0,
        "transport_attempts": 3,
        "retry_initial_wait": 0.01,
        "retry_max_wait": 0.02,
        **overrides,
    }
    return Settings(**values)


def short_article(folder: Path) -> Path:
    path = folder / "a.txt"
    path.write_text(
        "Headline of the day\n\nThe ministry said the ceasefire would hold until Friday.\n",
        encoding="utf-8",
    )
    return path


QUOTE = "The ministry said the ceasefire would hold until Friday."


def party(evidence: str = QUOTE, name: str = "Ministry") -> dict[str, Any]:
    return {
        "name": name,
        "surface_forms": [],
        "kind": "state",
        "role": "other",
        "evidence": evidence,
    }


def test_a_reply_over_the_byte_cap_is_refused_without_a_reask(
    tmp_path: Path, server: FakeOpenAI
) -> None:
    huge = empty_draft()
    huge["meta"]["title"] = "x" * 2_000_000  # a 2 MB reply
    server.push(answer(huge))
    calls = CallLog()
    extractor = LLMExtractor.for_openai(cap_settings(server), on_call=calls.record)
    with Store(tmp_path / "s.sqlite") as store:
        summary = run_batch([str(short_article(tmp_path))], extractor, store=store, calls=calls)
        logged = store.model_calls()
    assert summary.failed == 1
    error = summary.outcomes[0].error or ""
    assert "larger than 1,000,000 bytes" in error, error
    assert len(server.requests) == 1  # neither retried nor re-asked
    assert [call.outcome for call in logged] == ["reply_too_large"]
    assert all(len(json.dumps(call.call)) < 100_000 for call in logged)  # not the 2 MB reply


def test_an_over_long_title_is_cut_with_a_note_and_an_over_long_item_rejected(
    tmp_path: Path, server: FakeOpenAI
) -> None:
    draft = empty_draft()
    draft["meta"]["title"] = "T" * 100_000
    draft["parties"] = [party(), party(name="N" * 5_000)]
    server.push(answer(draft))
    extraction = LLMExtractor.for_openai(cap_settings(server)).extract(
        load_article(short_article(tmp_path))
    )
    # (the file's own headline wins over the model's title; the note tells of the cut)
    assert any("title was 100,000 characters" in note for note in extraction.article.quality_notes)
    assert [p.name for p in extraction.parties] == ["Ministry"]
    [rejected] = extraction.rejected
    assert "too long" in rejected.reason and "name is 5,000 characters" in rejected.reason
    assert isinstance(rejected.item.name, str) and len(rejected.item.name) <= 200  # type: ignore[union-attr]
    assert len(server.requests) == 1  # an over-long item is not a grounding failure


def test_a_model_title_is_truncated_when_the_article_has_none(
    tmp_path: Path, server: FakeOpenAI
) -> None:
    path = tmp_path / "b.txt"
    path.write_text(QUOTE + "\n", encoding="utf-8")
    article = load_article(path)
    draft = empty_draft()
    draft["meta"]["title"] = "Long " * 20_000
    draft["parties"] = [party()]
    server.push(answer(draft))
    extraction = LLMExtractor.for_openai(cap_settings(server)).extract(article)
    if article.title is None:
        assert extraction.article.title is not None
        assert len(extraction.article.title) <= TITLE_CHARS
    assert any("cut to 300" in note for note in extraction.article.quality_notes)


def test_a_validation_reask_quotes_back_only_the_head_of_a_bad_reply(
    tmp_path: Path, server: FakeOpenAI
) -> None:
    bad = '{"meta": {"title": "' + "y" * 500_000  # invalid JSON, under the byte cap
    good = empty_draft()
    good["parties"] = [party()]
    server.push(answer(bad), answer(good))
    extraction = LLMExtractor.for_openai(cap_settings(server)).extract(
        load_article(short_article(tmp_path))
    )
    assert [p.name for p in extraction.parties] == ["Ministry"]
    first, reask = server.requests
    assert len(first.raw) < 100_000
    assert len(reask.raw) < len(first.raw) + 2 * REASK_QUOTE_CHARS + 10_000
    quoted = [m for m in reask.messages[2:] if m.get("role") == "assistant"]
    assert quoted and all(len(m["content"]) <= REASK_QUOTE_CHARS for m in quoted)


# --- the whole-request deadline --------------------------------------------------------------


class DrippingServer:
    """Sends HTTP headers at once, then the body 20 bytes at a time, every `every` seconds:
    each read finishes well within the client's read timeout, the whole reply never does."""

    def __init__(self, every: float) -> None:
        self.every = every
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.requests = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/v1"

    def __enter__(self) -> DrippingServer:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
        self.listener.close()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            self.requests += 1
            threading.Thread(target=self._drip, args=(connection,), daemon=True).start()

    def _drip(self, connection: socket.socket) -> None:
        body = b"x" * 10_000
        try:
            connection.recv(65536)
            head = (
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                f"content-length: {len(body)}\r\n\r\n"
            )
            connection.sendall(head.encode())
            for start in range(0, len(body), 20):
                if self.stopping.wait(self.every):
                    break
                connection.sendall(body[start : start + 20])
        except OSError:
            pass
        finally:
            connection.close()


def test_a_dripping_server_is_cut_off_by_the_whole_request_deadline(tmp_path: Path) -> None:
    with DrippingServer(every=0.3) as dripping:
        settings = Settings(
            base_url=dripping.base_url,
            api_key="sk-unused",
            timeout=1.0,  # each read (0.3 s apart) is well within it
            transport_attempts=2,
            retry_initial_wait=0.01,
            retry_max_wait=0.02,
        )
        calls: list[Any] = []
        extractor = LLMExtractor.for_openai(settings, on_call=calls.append)
        started = time.monotonic()
        with pytest.raises(ModelError) as raised:
            extractor.extract(load_article(short_article(tmp_path)))
        took = time.monotonic() - started
    assert "failed after 2 attempt(s): no complete reply within 1.0s" in str(raised.value)
    assert [call.outcome for call in calls] == ["timeout", "timeout"]  # retried, both logged
    assert all(0.9 <= call.duration_seconds < 1.6 for call in calls)
    assert took < 4.0  # two deadlines and a short backoff, not 10,000 bytes / 20 x 0.3 s
    assert dripping.requests == 2


# --- the helper process (parsing and dating off the event loop) -------------------------------


def dated_articles(folder: Path, days: range) -> dict[str, str]:
    """One article per day of March 2024, each saying when its events happened, every third a
    web page: source -> the ISO date the tool should infer (the model's answers carry none)."""
    folder.mkdir()
    expected = {}
    for day in days:
        title = "Shelling near the border crossing"
        body = (
            f"Shells hit the town beside the northern border crossing on {day} March 2024, the "
            f"regional governor said. Aid agencies said convoys had been halted since then."
        )
        if day % 3:
            path = folder / f"clashes-{day}.txt"
            path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        else:
            path = folder / f"clashes-{day}.html"
            path.write_text(
                f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
                f"<article><h1>{title}</h1><p>{body}</p></article></body></html>",
                encoding="utf-8",
            )
        expected[str(path)] = f"2024-03-{day:02d}"
    return expected


def quoting_answer(request: ReceivedRequest) -> Reply:
    """A party quoting the article's first sentence: grounding runs on the parsed text."""
    draft = empty_draft()
    text = request.article_text() or ""
    sentence = text[text.index("Shells") : text.index("said.") + len("said.")]
    draft["parties"] = [party(evidence=sentence, name="Regional governor")]
    return answer(draft)


def test_a_batch_parsed_and_dated_by_the_helper_process_stores_what_the_main_process_would(
    tmp_path: Path, server: FakeOpenAI
) -> None:
    server.default = quoting_answer
    expected = dated_articles(tmp_path / "articles", range(3, 15))
    stored: dict[bool, dict[str, Any]] = {}
    for helper in (False, True):
        extractor = LLMExtractor.for_openai(cap_settings(server))
        with Store(tmp_path / f"helper-{helper}.sqlite") as store:
            summary = run_batch(
                list(expected), extractor, store=store, concurrency=4, helper_process=helper
            )
            assert summary.succeeded == len(expected)
            stored[helper] = {
                a.source: a.extraction.model_dump(exclude={"provenance"})
                for a in store.articles()
                if a.extraction
            }
    assert stored[True] == stored[False]
    dates = {source: found["article"]["event_date"] for source, found in stored[True].items()}
    assert dates == expected
    assert all(len(found["parties"]) == 1 for found in stored[True].values())


def test_the_helper_says_it_is_ready_once_it_has_done_a_task() -> None:
    """A batch parses its first articles itself until the helper is ready (its warm-up takes
    ~0.1 s), so that the first requests need not wait for it."""
    with Offload() as offload:
        helper = offload.run(os.getpid)  # waits for the helper's warm-up and the task
        assert helper != os.getpid()
        assert offload.ready()


def test_a_helper_killed_mid_batch_leaves_its_work_to_the_batch(
    tmp_path: Path, server: FakeOpenAI, caplog: pytest.LogCaptureFixture
) -> None:
    """The batch was really handing its articles to the helper: killed after the third article,
    the rest is parsed and dated by the batch's own process, and nothing is lost."""
    server.default = quoting_answer
    expected = dated_articles(tmp_path / "articles", range(3, 23))
    before = set(multiprocessing.active_children())
    killed: list[int] = []

    def kill_the_helper(outcome: ArticleOutcome) -> None:
        helpers = [p for p in multiprocessing.active_children() if p not in before]
        if not killed and helpers and helpers[0].pid is not None:
            killed.append(helpers[0].pid)
            os.kill(helpers[0].pid, signal.SIGKILL)

    extractor = LLMExtractor.for_openai(cap_settings(server))
    with Store(tmp_path / "store.sqlite") as store:
        summary = run_batch(
            list(expected),
            extractor,
            store=store,
            concurrency=2,
            helper_process=True,
            on_outcome=kill_the_helper,
        )
        dates = {
            a.source: a.extraction.article.event_date for a in store.articles() if a.extraction
        }
    assert killed and summary.succeeded == len(expected)
    assert dates == expected
    assert "helper process is gone" in caplog.text


def test_the_helper_works_in_another_process_and_its_death_loses_no_work(
    caplog: pytest.LogCaptureFixture,
) -> None:
    text = "Shelling hit the port district on 21 June 2023, the city council said."
    alone = date_article(text, None, None, (), None)
    assert alone.event_date == "2023-06-21"

    async def use(offload: Offload) -> list[Any]:
        helper = await offload.arun(os.getpid)
        first = await offload.arun(date_article, text, None, None, (), None)
        os.kill(helper, signal.SIGKILL)
        after = await offload.arun(date_article, text, None, None, (), None)
        return [helper, first, after]

    with Offload() as offload:
        helper, first, after = asyncio.run(use(offload))
    assert helper != os.getpid()
    assert first == after == alone
    assert "helper process is gone" in caplog.text


def test_work_handed_to_a_helper_already_known_dead_stays_in_the_main_process(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Once the pool has seen its helper die, handing it work raises at once (BrokenProcessPool
    from `submit`): that work too is done in the main process, not lost to an error. (Under
    load the pool could notice the death before the batch did, and an article failed.)"""
    with Offload() as offload:
        helper = offload.run(os.getpid)
        os.kill(helper, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # until the pool itself refuses new work
            try:
                offload._pool.submit(int).result(timeout=1)
            except Exception:  # BrokenProcessPool, from submit or from the task
                if getattr(offload._pool, "_broken", False):
                    break
            time.sleep(0.05)
        assert getattr(offload._pool, "_broken", False)
        assert offload.run(os.getpid) == os.getpid()
        assert asyncio.run(offload.arun(os.getpid)) == os.getpid()
    assert "helper process is gone" in caplog.text


def test_the_helper_leaves_when_its_batch_is_killed(tmp_path: Path) -> None:
    script = (
        "import asyncio, os, time\n"
        "from summarize.offload import Offload\n"
        "offload = Offload()\n"
        "print(asyncio.run(offload.arun(os.getpid)), flush=True)\n"
        "time.sleep(120)\n"
    )
    batch = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert batch.stdout is not None
    helper = int(batch.stdout.readline())
    assert helper != batch.pid and running(helper)
    batch.kill()
    batch.wait()
    deadline = time.monotonic() + 10
    while running(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not running(helper)


def running(pid: int) -> bool:
    """Alive and not a zombie (an orphan's zombie may wait for a reaper that never comes)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_a_spawned_helper_does_not_rerun_the_main_module(tmp_path: Path) -> None:
    """With another thread running the helper is spawned, not forked; it must not re-run the
    parent's main script (the `summarize` command's imports the whole CLI)."""
    marker = tmp_path / "main-ran-again"
    script = tmp_path / "batch.py"
    script.write_text(
        "import asyncio, os, threading\n"
        "from pathlib import Path\n"
        "if __name__ == '__mp_main__':\n"
        f"    Path({str(marker)!r}).write_text('the main module ran in the helper')\n"
        "if __name__ == '__main__':\n"
        "    from summarize.offload import Offload\n"
        "    done = threading.Event()\n"
        "    threading.Thread(target=done.wait).start()\n"
        "    with Offload() as offload:\n"
        "        print(asyncio.run(offload.arun(os.getpid)), os.getpid())\n"
        "    done.set()\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=True
    )
    helper, batch = done.stdout.split()
    assert helper != batch
    assert not marker.exists()


def test_a_task_stuck_in_the_helper_does_not_hold_up_the_others() -> None:
    """One task at a time runs in the helper: one over the per-article budget ends it, and the
    tasks queued behind it run in the calling process instead of waiting."""
    with Offload(task_seconds=0.5) as offload:
        stuck = threading.Thread(target=offload.run, args=(time.sleep, 5), daemon=True)
        stuck.start()
        time.sleep(0.2)  # the sleep is running in the helper
        started = time.monotonic()
        where = offload.run(os.getpid)
        waited = time.monotonic() - started
    assert where == os.getpid()  # the helper was ended: done here
    assert waited < 3


def test_an_article_given_up_on_ends_its_helper_task() -> None:
    async def use(offload: Offload) -> tuple[int, float]:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(offload.arun(time.sleep, 5), 0.3)
        started = time.monotonic()
        where = await offload.arun(os.getpid)
        return where, time.monotonic() - started

    with Offload() as offload:
        where, waited = asyncio.run(use(offload))
    assert where == os.getpid()
    assert waited < 3


def test_an_interrupted_batch_ends_its_helper_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), Offload() as offload:
        helpers = set(multiprocessing.active_children())
        threading.Thread(target=offload.run, args=(time.sleep, 30), daemon=True).start()
        time.sleep(0.2)
        raise KeyboardInterrupt
    assert time.monotonic() - started < 5
    assert not any(p.is_alive() for p in helpers)


FORKED_BATCH = """
import json, sys
from pathlib import Path
sys.path.insert(0, {benchmarks!r})
from server import ServerProcess
from summarize.config import Settings
from summarize.extract.llm import LLMExtractor
from summarize.offload import start_method
from summarize.pipeline import run_batch
from summarize.store import Store

if __name__ == "__main__":
    paths, work = json.loads(sys.argv[1]), Path(sys.argv[2])
    found, methods = {{}}, []
    with ServerProcess(latency=0.0) as server:
        for helper in (True, False):  # first: parsing web pages starts numpy's threads
            settings = Settings(base_url=server.base_url, api_key="sk-unused", timeout=10.0)
            methods.append(start_method())
            with Store(work / f"{{helper}}.sqlite") as store:
                run_batch(paths, LLMExtractor.for_openai(settings), store=store,
                          concurrency=4, helper_process=helper)
                found[str(helper)] = {{
                    a.source: a.extraction.model_dump(mode="json", exclude={{"provenance"}})
                    for a in store.articles() if a.extraction
                }}
    print(json.dumps({{"methods": methods, "found": found}}))
"""


def test_a_forked_helper_stores_what_the_main_process_would(tmp_path: Path) -> None:
    """The default on Linux when the batch runs alone: the helper is forked, not spawned."""
    expected = dated_articles(tmp_path / "articles", range(3, 15))
    script = tmp_path / "forked.py"
    benchmarks = Path(__file__).resolve().parent.parent / "benchmarks"
    script.write_text(FORKED_BATCH.format(benchmarks=str(benchmarks)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), json.dumps(list(expected)), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["methods"][0] == "fork"
    found = result["found"]
    assert found["True"] == found["False"]
    assert {s: e["article"]["event_date"] for s, e in found["True"].items()} == expected
