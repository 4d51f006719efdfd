"""`summarize run` and `summarize brief` as a user drives them, in-process through CliRunner."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from briefing_data import manifest
from conftest import FAST_RETRIES, TEST_API_KEY
from fake_openai import FakeOpenAI, error, quoting_answer
from typer.testing import CliRunner

from summarize.cli import app
from summarize.schema import Briefing
from summarize.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_DATES = sorted({entry["event_date"] for entry in manifest().values()})


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def seed_briefings(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """`summarize brief seeds/ -o OUT -f all` once (rules backend): folder, stdout, stderr."""
    out = tmp_path_factory.mktemp("briefings")
    result = CliRunner().invoke(
        app, ["brief", str(SEEDS), "-o", str(out), "-f", "all", "--db", str(out / "db.sqlite")]
    )
    assert result.exit_code == 0, result.output
    return out, result.stdout, result.stderr


def load_briefing(folder: Path, day: str) -> Briefing:
    return Briefing.model_validate_json((folder / f"briefing-{day}.json").read_text("utf-8"))


def test_brief_turns_the_seeds_into_one_briefing_per_day_and_format(
    seed_briefings: tuple[Path, str, str],
) -> None:
    folder, stdout, stderr = seed_briefings
    expected = {
        str(folder / f"briefing-{day}.{fmt}")
        for day in SEED_DATES
        for fmt in ("md", "html", "json")
    }
    assert set(stdout.split()) == expected
    assert all(Path(path).stat().st_size > 0 for path in expected)
    assert "rules extractor" in stderr and "5 succeeded" in stderr
    for day in SEED_DATES:
        briefing = load_briefing(folder, day)
        assert briefing.date == day
        assert [p.extractor for p in briefing.provenance] == ["rules"]


def test_seed_briefings_lay_contested_death_tolls_side_by_side(
    seed_briefings: tuple[Path, str, str],
) -> None:
    folder = seed_briefings[0]
    briefing = load_briefing(folder, "2020-10-22")
    contested = [g for g in briefing.figures if g.contested and g.metric == "killed"]
    assert contested, "Putin's toll against the outlet's own figure"
    claimants = {claim.claimant for claim in contested[0].claims}
    assert {"Russia", "unattributed"} <= claimants
    markdown = (folder / "briefing-2020-10-22.md").read_text("utf-8")
    header = next(line for line in markdown.splitlines() if line.startswith("| Figure |"))
    assert "Russia" in header and "unattributed" in header


def test_seed_briefings_keep_history_out_and_track_ceasefire_calls(
    seed_briefings: tuple[Path, str, str],
) -> None:
    folder = seed_briefings[0]
    october_2 = load_briefing(folder, "2020-10-02")
    context = {c.value for g in october_2.context_figures for c in g.claims}
    current = {c.value for g in october_2.figures for c in g.claims}
    assert 30000 in context and 30000 not in current
    september_30 = load_briefing(folder, "2020-09-30")
    callers = {entry.caller for entry in september_30.ceasefire_calls}
    assert {"Russia", "European Union"} <= callers
    assert any(g for g in september_30.figures if g.claims[0].claimant == "Azerbaijan")


def test_seed_briefing_shows_both_defence_ministries_claims(
    seed_briefings: tuple[Path, str, str],
) -> None:
    september_30 = load_briefing(seed_briefings[0], "2020-09-30")
    claimants = {claim.claimant for group in september_30.figures for claim in group.claims}
    assert {"Azerbaijan", "Armenia"} <= claimants


def test_brief_one_day_to_stdout(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite")
    assert runner.invoke(app, ["run", str(SEEDS), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["brief", "--date", "2020-09-30", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Daily briefing: 2020-09-30")
    html = runner.invoke(app, ["brief", "--date", "2020-09-30", "-f", "html", "--db", db])
    assert html.stdout.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--date", "30/09/2020"], "--date must be YYYY-MM-DD"),
        (["--date", "1999-01-01"], "no articles dated 1999-01-01"),
        (["-f", "all"], "give -o FOLDER"),
    ],
)
def test_brief_usage_errors_exit_2_without_traceback(
    runner: CliRunner, tmp_path: Path, arguments: list[str], message: str
) -> None:
    db = str(tmp_path / "db.sqlite")
    runner.invoke(app, ["run", str(SEEDS), "--db", db])
    result = runner.invoke(app, ["brief", *arguments, "--db", db])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_brief_on_an_empty_store_says_what_to_do(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["brief", "--db", str(tmp_path / "empty.sqlite")])
    assert result.exit_code == 2
    assert "summarize run" in result.stderr


def test_run_records_failed_files_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    db = tmp_path / "db.sqlite"
    result = runner.invoke(
        app, ["run", str(SEEDS), str(tmp_path / "empty.txt"), "--db", str(db), "--backend", "rules"]
    )
    assert result.exit_code == 1
    assert "5 succeeded (0 cached), 1 failed" in result.stderr
    assert "no model calls" in result.stderr
    assert "empty.txt" in result.stderr
    with Store(db) as store:
        statuses = {Path(a.source).name: a.status for a in store.articles()}
    assert statuses["empty.txt"] == "failed"
    assert list(statuses.values()).count("ok") == 5


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    """A fake OpenAI-compatible server answering any article, wired in through the environment."""
    with FakeOpenAI(default=quoting_answer) as server:
        monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
        monkeypatch.setenv("SUMMARIZE_BASE_URL", server.base_url)
        yield server


def test_a_second_run_makes_no_model_calls(
    runner: CliRunner, tmp_path: Path, fake_model: FakeOpenAI
) -> None:
    db = tmp_path / "db.sqlite"
    first = runner.invoke(app, ["run", str(SEEDS), "--db", str(db), "--concurrency", "3"])
    assert first.exit_code == 0, first.output
    requests_after_first = len(fake_model.requests)
    assert requests_after_first >= 5

    second = runner.invoke(app, ["run", str(SEEDS), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert len(fake_model.requests) == requests_after_first
    assert "5 succeeded (5 cached)" in second.stderr

    with Store(db) as store:
        calls = store.model_calls()
        extractions = [a.extraction for a in store.articles() if a.extraction]
    assert len(calls) == requests_after_first
    assert all(call.call["messages"] and call.outcome for call in calls)
    assert {e.provenance.extractor for e in extractions} == {"openai"}
    stored = b"".join(path.read_bytes() for path in tmp_path.iterdir() if path.is_file())
    assert TEST_API_KEY.encode() not in stored
    assert TEST_API_KEY not in first.output + second.output


def test_run_reports_every_model_attempt_and_its_tokens(
    runner: CliRunner, tmp_path: Path, fake_model: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZE_RETRY_INITIAL_WAIT", str(FAST_RETRIES["retry_initial_wait"]))
    monkeypatch.setenv("SUMMARIZE_RETRY_MAX_WAIT", str(FAST_RETRIES["retry_max_wait"]))
    fake_model.push(error(503))  # one failed attempt: counted, though it reports no tokens
    db = tmp_path / "db.sqlite"
    first = runner.invoke(app, ["run", str(SEEDS), "--db", str(db), "--concurrency", "2"])
    assert first.exit_code == 0, first.output

    attempts = len(fake_model.requests)
    prompt, completion = fake_model.total_usage()
    assert attempts > 5 and prompt > 0 and completion > 0
    assert (
        f"{attempts:,} model attempts, {prompt:,} prompt + {completion:,} completion tokens"
        in first.stderr
    )
    again = runner.invoke(app, ["run", str(SEEDS), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert "5 succeeded (5 cached)" in again.stderr
    assert "no model calls" in again.stderr
    assert "model attempts" not in again.stderr


def test_json_briefing_validates_against_the_published_schema(
    seed_briefings: tuple[Path, str, str],
) -> None:
    schema = json.loads((ROOT / "schemas" / "briefing.v1.json").read_text("utf-8"))
    document = json.loads((seed_briefings[0] / "briefing-2020-09-30.json").read_text("utf-8"))
    assert set(schema["required"]) <= set(document)
    Briefing.model_validate(document)
