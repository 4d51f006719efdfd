"""`summarize run --batch` against the fake server with /v1/files and /v1/batches: the real
openai client on a real socket, the real CLI, the real store."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TEST_API_KEY
from fake_batches import FakeBatchOpenAI
from fake_openai import FakeOpenAI, ReceivedRequest, Reply, answer, error, quoting_answer
from typer.testing import CliRunner, Result

from summarize.cli import app
from summarize.store import Store

ROOT = Path(__file__).resolve().parents[1]
CHAT = "/v1/chat/completions"
FAST_POLLING = ["--batch-poll", "0.01", "--batch-max-poll", "0.02", "--batch-wait", "20"]


def write_articles(folder: Path, count: int = 3) -> list[Path]:
    paths = []
    for number in range(count):
        path = folder / f"article{number}.txt"
        path.write_text(
            f"Troops advanced on the river town of Number{number} at dawn on Monday.\n\n"
            f"Officials said talks on a ceasefire had stalled for the {number + 2}th time.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def run_cli(server: FakeOpenAI, db: Path | str, paths: list[Path], *extra: str) -> Result:
    args = ["run", *map(str, paths), "--db", str(db), "--base-url", server.base_url]
    args += ["--model", "gpt-4o-mini", *extra]
    return CliRunner().invoke(app, args, env={"OPENAI_API_KEY": TEST_API_KEY})


def stored(db: Path | str) -> dict[str, str]:
    """Source file name -> status ('ok' with at least one party, else what is stored)."""
    with Store(db, readonly=True) as store:
        found = {}
        for article in store.articles():
            name = Path(article.source).name
            if article.status == "ok" and article.extraction and article.extraction.parties:
                found[name] = "ok"
            else:
                found[name] = article.error or article.status
        return found


def logged_outcomes(db: Path | str) -> list[str]:
    with Store(db, readonly=True) as store:
        return [str(call.outcome) for call in store.model_calls()]


def article_number(request: ReceivedRequest) -> int:
    text = request.article_text() or ""
    return int(text.split("Number", 1)[1].split(" ", 1)[0])


@pytest.fixture
def batch_server() -> Iterator[FakeBatchOpenAI]:
    with FakeBatchOpenAI() as server:
        yield server


def test_happy_path_one_batch_no_chat_completions(
    batch_server: FakeBatchOpenAI, tmp_path: Path, store_url: str | Path
) -> None:
    """On both stores: the batch tables hold the same."""
    paths = write_articles(tmp_path, 4)
    db = store_url
    result = run_cli(batch_server, db, paths, "--batch", *FAST_POLLING)
    assert result.exit_code == 0, result.output
    assert stored(db) == {path.name: "ok" for path in paths}
    assert batch_server.count("POST", "/v1/files") == 1
    assert batch_server.count("POST", "/v1/batches") == 1
    assert batch_server.count("GET", "/v1/batches/") == 2  # one in progress, one completed
    assert batch_server.count("GET", "/v1/files/") == 1  # the output file; no error file
    assert batch_server.count("POST", CHAT) == 0
    lines = batch_server.batch_lines
    assert len(lines) == 4 and len({line["custom_id"] for line in lines}) == 4
    assert {(line["method"], line["url"]) for line in lines} == {("POST", CHAT)}
    assert logged_outcomes(db) == ["batch"] * 4
    assert "at batch prices" in result.output and "4 answered by the batch" in result.output
    with Store(db, readonly=True) as store:
        assert [status for _, _, status in store.batch_rows()] == ["completed"]
    # A second run finds everything cached: no new batch, no request at all.
    again = run_cli(batch_server, db, paths, "--batch", *FAST_POLLING)
    assert again.exit_code == 0, again.output
    assert batch_server.count("POST", "/v1/batches") == 1
    assert batch_server.count("POST", "/v1/files") == 1


def test_batch_body_is_the_normal_first_request(
    batch_server: FakeBatchOpenAI, tmp_path: Path
) -> None:
    [path] = write_articles(tmp_path, 1)
    assert (
        run_cli(batch_server, tmp_path / "a.sqlite", [path], "--batch", *FAST_POLLING).exit_code
        == 0
    )
    assert run_cli(batch_server, tmp_path / "b.sqlite", [path]).exit_code == 0
    [normal] = [request for request in batch_server.requests if request.path.startswith(CHAT)]
    assert batch_server.batch_lines[0]["body"] == json.loads(normal.raw)


def test_kill_while_polling_then_resume_without_a_second_batch(
    batch_server: FakeBatchOpenAI, tmp_path: Path
) -> None:
    paths = write_articles(tmp_path, 3)
    db = tmp_path / "store.sqlite"
    batch_server.polls = 10**9  # never finishes while the first run polls
    command = [sys.executable, "-m", "summarize", "run", *map(str, paths), "--db", str(db)]
    command += ["--base-url", batch_server.base_url, "--model", "gpt-4o-mini", "--batch"]
    command += FAST_POLLING
    env = {**os.environ, "OPENAI_API_KEY": TEST_API_KEY, "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while batch_server.count("GET", "/v1/batches/") < 2:  # polling: the batch is kept
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first run never polled"
            time.sleep(0.01)
    finally:
        first.kill()  # SIGKILL: no cleanup of any kind
        first.communicate()
    assert batch_server.count("POST", "/v1/batches") == 1
    assert stored(db) == {}
    batch_server.polls = 0  # the batch completes at the next poll
    result = run_cli(batch_server, db, paths, "--batch", *FAST_POLLING)
    assert result.exit_code == 0, result.output
    assert "resuming batch batch_" in result.output
    assert batch_server.count("POST", "/v1/batches") == 1
    assert batch_server.count("POST", "/v1/files") == 1
    assert batch_server.count("POST", CHAT) == 0
    assert stored(db) == {path.name: "ok" for path in paths}


def test_kill_before_the_batch_is_kept_then_resume_adopts_it(
    batch_server: FakeBatchOpenAI, tmp_path: Path, store_url: str | Path
) -> None:
    """Killed after the provider created the batch but before the store kept its id: the next
    run finds it by the digest in its metadata and polls it, instead of paying for a second."""
    paths = write_articles(tmp_path, 3)
    db = store_url
    command = [sys.executable, "-m", "summarize", "run", *map(str, paths), "--db", str(db)]
    command += ["--base-url", batch_server.base_url, "--model", "gpt-4o-mini", "--batch"]
    command += FAST_POLLING
    env = {**os.environ, "OPENAI_API_KEY": TEST_API_KEY, "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    batch_server.after_create = first.kill  # SIGKILL before the client hears the batch id
    try:
        first.communicate(timeout=60)
    finally:
        first.kill()
    batch_server.after_create = lambda: None
    assert first.returncode == -9
    assert batch_server.count("POST", "/v1/batches") == 1
    with Store(db, readonly=True) as store:
        assert store.batch_rows() == []
    result = run_cli(batch_server, db, paths, "--batch", *FAST_POLLING)
    assert result.exit_code == 0, result.output
    [batch_id] = batch_server.batches
    assert f"batch {batch_id} adopted" in result.output
    assert batch_server.count("POST", "/v1/batches") == 1
    assert batch_server.count("POST", "/v1/files") == 1
    assert batch_server.count("POST", CHAT) == 0
    assert stored(db) == {path.name: "ok" for path in paths}
    with Store(db, readonly=True) as store:
        assert [(kept, status) for kept, _, status in store.batch_rows()] == [
            (batch_id, "completed")
        ]


def test_a_finished_batch_of_the_same_requests_is_not_adopted(
    batch_server: FakeBatchOpenAI, tmp_path: Path
) -> None:
    """Only an unfinished batch is adopted: a new store over the same articles, after the first
    batch completed, sends its own."""
    paths = write_articles(tmp_path, 2)
    assert (
        run_cli(batch_server, tmp_path / "a.sqlite", paths, "--batch", *FAST_POLLING).exit_code == 0
    )
    result = run_cli(batch_server, tmp_path / "b.sqlite", paths, "--batch", *FAST_POLLING)
    assert result.exit_code == 0, result.output
    assert "adopted" not in result.output
    assert batch_server.count("POST", "/v1/batches") == 2


def test_polling_is_bounded_and_a_later_run_resumes(
    batch_server: FakeBatchOpenAI, tmp_path: Path
) -> None:
    paths = write_articles(tmp_path, 2)
    db = tmp_path / "store.sqlite"
    batch_server.polls = 10**9
    bounded = ["--batch-poll", "0.01", "--batch-max-poll", "0.02", "--batch-wait", "0.2"]
    result = run_cli(batch_server, db, paths, "--batch", *bounded)
    assert result.exit_code == 1
    assert "run the same command again to resume" in result.output
    polls = batch_server.count("GET", "/v1/batches/")
    assert 2 <= polls <= 25  # bounded by --batch-wait, waits doubling up to --batch-max-poll
    batch_server.polls = 0
    assert run_cli(batch_server, db, paths, "--batch", *FAST_POLLING).exit_code == 0
    assert batch_server.count("POST", "/v1/batches") == 1
    assert stored(db) == {path.name: "ok" for path in paths}


def test_expired_batch_falls_back_to_the_normal_path(tmp_path: Path) -> None:
    answered = itertools.count()

    def first_only(request: ReceivedRequest) -> Reply | None:
        return quoting_answer(request) if next(answered) == 0 else None

    with FakeBatchOpenAI(batch_answer=first_only, final_status="expired") as server:
        paths = write_articles(tmp_path, 3)
        db = tmp_path / "store.sqlite"
        result = run_cli(server, db, paths, "--batch", *FAST_POLLING)
        assert result.exit_code == 0, result.output
        assert stored(db) == {path.name: "ok" for path in paths}
        assert server.count("POST", "/v1/batches") == 1
        assert server.count("POST", CHAT) == 2  # the two expired requests
        assert sorted(logged_outcomes(db)) == ["batch", "ok", "ok"]
        assert "1 answered by the batch, 2 by the normal path" in result.output
        with Store(db, readonly=True) as store:
            assert [status for _, _, status in store.batch_rows()] == ["expired"]


def test_partially_failed_batch_falls_back_for_the_failed_ids(tmp_path: Path) -> None:
    def fail_article_one(request: ReceivedRequest) -> Reply | None:
        if article_number(request) == 1:
            return error(500, message="the model crashed")
        return quoting_answer(request)

    with FakeBatchOpenAI(batch_answer=fail_article_one) as server:
        paths = write_articles(tmp_path, 3)
        db = tmp_path / "store.sqlite"
        result = run_cli(server, db, paths, "--batch", *FAST_POLLING)
        assert result.exit_code == 0, result.output
        assert stored(db) == {path.name: "ok" for path in paths}
        assert server.count("GET", "/v1/files/") == 2  # output and error files
        chats = [r for r in server.requests if r.path.startswith(CHAT)]
        assert len(chats) == 1 and article_number(chats[0]) == 1
        assert len(chats[0].messages) == 2  # a fresh first ask, not a re-ask


def test_failed_request_whose_fallback_fails_is_recorded_with_both_reasons(
    tmp_path: Path,
) -> None:
    def fail_article_zero(request: ReceivedRequest) -> Reply | None:
        if article_number(request) == 0:
            return error(500, message="the model crashed")
        return quoting_answer(request)

    refuse = lambda request: error(400, message="refused by policy")  # noqa: E731
    with FakeBatchOpenAI(default=refuse, batch_answer=fail_article_zero) as server:
        paths = write_articles(tmp_path, 2)
        db = tmp_path / "store.sqlite"
        result = run_cli(server, db, paths, "--batch", *FAST_POLLING)
        assert result.exit_code == 1
        found = stored(db)
        assert found["article1.txt"] == "ok"
        assert "HTTP 500: the model crashed" in found["article0.txt"]
        assert "refused by policy" in found["article0.txt"]


def test_invalid_batch_answer_is_re_asked_through_the_normal_path(tmp_path: Path) -> None:
    def invalid_for_two(request: ReceivedRequest) -> Reply | None:
        if article_number(request) == 2:
            return answer({"meta": "not an object", "parties": 7})
        return quoting_answer(request)

    with FakeBatchOpenAI(batch_answer=invalid_for_two) as server:
        paths = write_articles(tmp_path, 3)
        db = tmp_path / "store.sqlite"
        result = run_cli(server, db, paths, "--batch", *FAST_POLLING)
        assert result.exit_code == 0, result.output
        assert stored(db) == {path.name: "ok" for path in paths}
        chats = [r for r in server.requests if r.path.startswith(CHAT)]
        assert len(chats) == 1 and article_number(chats[0]) == 2
        # instructor's validation re-ask: the invalid answer and the error go back to the model
        assert len(chats[0].messages) > 2
        assert "not an object" in json.dumps(chats[0].messages)
        assert sorted(logged_outcomes(db)) == ["batch", "batch", "batch", "ok"]


def test_ungrounded_batch_answer_gets_the_grounding_re_ask(tmp_path: Path) -> None:
    def invented_quote(request: ReceivedRequest) -> Reply | None:
        reply = quoting_answer(request)
        if article_number(request) == 0:
            draft = json.loads(json.dumps(reply.body(request) if callable(reply.body) else {}))
            content = json.loads(draft["choices"][0]["message"]["content"])
            content["parties"][0]["evidence"] = "A sentence the article never had."
            return answer(content)
        return reply

    with FakeBatchOpenAI(batch_answer=invented_quote) as server:
        paths = write_articles(tmp_path, 2)
        db = tmp_path / "store.sqlite"
        result = run_cli(server, db, paths, "--batch", *FAST_POLLING)
        assert result.exit_code == 0, result.output
        assert stored(db) == {path.name: "ok" for path in paths}
        chats = [r for r in server.requests if r.path.startswith(CHAT)]
        assert len(chats) == 1 and article_number(chats[0]) == 0
        assert "never had" in json.dumps(chats[0].messages)  # the feedback quotes it back


def test_batch_refused_without_an_endpoint(tmp_path: Path) -> None:
    [path] = write_articles(tmp_path, 1)
    args = ["run", str(path), "--db", str(tmp_path / "s.sqlite"), "--batch"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "--batch needs an OpenAI-compatible endpoint" in result.output
