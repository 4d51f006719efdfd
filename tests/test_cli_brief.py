"""`summarize run` and `summarize brief` as a user drives them, in-process through CliRunner."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from briefing_data import all_gold, gold_extraction, manifest, stored
from conftest import FAST_RETRIES, TEST_API_KEY
from fake_openai import FakeOpenAI, answer, error, quoting_answer
from typer.testing import CliRunner

from summarize.cli import app
from summarize.merge import RULES_ABSENCE
from summarize.render import render_briefing
from summarize.schema import Briefing, Extraction, Provenance, Usage
from summarize.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_DATES = sorted({entry["event_date"] for entry in manifest().values()})
NK = "nagorno-karabakh"  # the seeds' conflict, as it appears in file names
SUDAN = "Sudan: SAF-RSF war"


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


def load_briefing(folder: Path, day: str, conflict: str = NK) -> Briefing:
    path = folder / f"briefing-{conflict}-{day}.json"
    return Briefing.model_validate_json(path.read_text("utf-8"))


def elsewhere(extraction: Extraction, conflict: str | None, outlet: str) -> Extraction:
    """The same story filed under another conflict (another article)."""
    sha = hashlib.sha256(f"{extraction.article.sha256}{outlet}".encode()).hexdigest()
    article = extraction.article.model_copy(
        update={
            "id": f"{extraction.article.id}-{outlet}",
            "sha256": sha,
            "outlet": outlet,
            "conflict": conflict,
        }
    )
    return extraction.model_copy(update={"article": article})


@pytest.fixture
def gold_db(tmp_path: Path) -> Path:
    """A store with the gold extractions, one story also filed under Sudan and one unfiled."""
    gold = all_gold()
    extra = [elsewhere(gold[1], SUDAN, "Sudan Wire"), elsewhere(gold[0], None, "Stray Wire")]
    return stored(tmp_path / "db.sqlite", [*gold, *extra])


def test_brief_turns_the_seeds_into_one_briefing_per_day_and_format(
    seed_briefings: tuple[Path, str, str],
) -> None:
    folder, stdout, stderr = seed_briefings
    expected = {
        str(folder / f"briefing-{NK}-{day}.{fmt}")
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
        assert briefing.conflict == "Nagorno-Karabakh"
        # Rules output never claims that something was absent from the news.
        assert briefing.absence_note == RULES_ABSENCE
        markdown = (folder / f"briefing-{NK}-{day}.md").read_text("utf-8")
        assert "were reported" not in markdown and "Nothing new" not in markdown


def test_seed_briefings_lay_contested_death_tolls_side_by_side(
    seed_briefings: tuple[Path, str, str],
) -> None:
    folder = seed_briefings[0]
    briefing = load_briefing(folder, "2020-10-22")
    contested = [g for g in briefing.figures if g.contested and g.metric == "killed"]
    assert contested, "Putin's toll against the outlet's own figure"
    claimants = {claim.claimant for claim in contested[0].claims}
    assert {"Russia", "unattributed"} <= claimants
    markdown = (folder / f"briefing-{NK}-2020-10-22.md").read_text("utf-8")
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
    callers = {actor for entry in september_30.ceasefire_calls for actor in entry.actors}
    assert {"Russia", "European Union"} <= callers
    assert all(entry.time_scope == "current" for entry in september_30.ceasefire_calls)
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
    assert result.stdout.startswith("# Daily briefing: Nagorno-Karabakh, 2020-09-30")
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
    schema = json.loads((ROOT / "schemas" / "briefing.v2.json").read_text("utf-8"))
    document = json.loads((seed_briefings[0] / f"briefing-{NK}-2020-09-30.json").read_text("utf-8"))
    assert set(schema["required"]) <= set(document)
    Briefing.model_validate(document)


# --- briefings per conflict, from a store of gold extractions (no extractor involved) ---------


def test_brief_writes_one_briefing_per_conflict_and_day(
    runner: CliRunner, gold_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["brief", "--db", str(gold_db), "-o", str(out), "-f", "json"])
    assert result.exit_code == 0, result.output
    names = sorted(Path(line).name for line in result.stdout.split())
    expected = [
        *(f"briefing-{NK}-{day}.json" for day in SEED_DATES),
        "briefing-sudan-saf-rsf-war-2020-09-30.json",
        "briefing-unknown-conflict-2020-10-02.json",
    ]
    assert names == sorted(expected)
    sudan = load_briefing(out, "2020-09-30", "sudan-saf-rsf-war")
    assert (sudan.conflict, sudan.previous_date, len(sudan.sources)) == (SUDAN, None, 1)
    # Changes compare with the same conflict's previous day, whatever else was filed.
    october_2 = load_briefing(out, "2020-10-02")
    assert october_2.previous_date == "2020-09-30" and len(october_2.sources) == 1
    unknown = load_briefing(out, "2020-10-02", "unknown-conflict")
    assert unknown.conflict is None and unknown.previous_date is None


def test_brief_one_conflict_to_stdout(runner: CliRunner, gold_db: Path) -> None:
    both = runner.invoke(app, ["brief", "--db", str(gold_db), "--date", "2020-09-30"])
    assert both.exit_code == 2 and "--conflict" in both.stderr
    result = runner.invoke(
        app, ["brief", "--db", str(gold_db), "--date", "2020-09-30", "--conflict", SUDAN]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"# Daily briefing: {SUDAN}, 2020-09-30")
    unknown = runner.invoke(
        app, ["brief", "--db", str(gold_db), "--conflict", "unknown conflict", "-f", "json"]
    )
    assert unknown.exit_code == 0, unknown.output
    assert Briefing.model_validate_json(unknown.stdout).conflict is None
    missing = runner.invoke(app, ["brief", "--db", str(gold_db), "--conflict", "Atlantis"])
    assert missing.exit_code == 2
    assert "no articles about 'Atlantis'" in missing.stderr and "Nagorno-Karabakh" in missing.stderr


def test_brief_from_rules_extractions_never_states_absence(
    runner: CliRunner, tmp_path: Path
) -> None:
    rules = Provenance(
        extractor="rules", model=None, prompt_version=None, live=True, recorded_at=None,
        usage=Usage(),
    )  # fmt: skip
    quiet = gold_extraction("000_c735fb7cf9ea1e8e").model_copy(
        update={"ceasefire_calls": [], "positions": [], "provenance": rules}
    )
    db = stored(tmp_path / "db.sqlite", [quiet])
    result = runner.invoke(app, ["brief", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "were reported" not in result.stdout
    assert f"Ceasefire calls: {RULES_ABSENCE}." in result.stdout


# --- issue 12: failures, stored rows that no longer load, and the backend used ------------------


def fast_failing_model(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in FAST_RETRIES.items():
        if name != "timeout":
            monkeypatch.setenv(f"SUMMARIZE_{name.upper()}", str(value))
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)


def test_brief_exits_1_when_every_model_request_fails(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast_failing_model(monkeypatch)
    with FakeOpenAI(default=lambda _: error(500)) as server:
        result = runner.invoke(
            app,
            ["brief", str(SEEDS), "--base-url", server.base_url, "--db", str(tmp_path / "db")],
        )
        assert len(server.requests) >= 5
    assert result.exit_code == 1, result.output
    assert "HTTP 500" in result.stderr  # each failure listed
    assert "every article failed (5, listed above): no briefing written" in result.stderr
    assert "give PATHS" not in result.stderr
    assert result.stdout == ""


def test_brief_reports_stored_rows_that_no_longer_load(runner: CliRunner, tmp_path: Path) -> None:
    import sqlite3

    gold = all_gold()
    db = stored(tmp_path / "db.sqlite", gold)
    with sqlite3.connect(db) as connection:  # one stored extraction is damaged
        connection.execute(
            "UPDATE extractions SET extraction_json = '{\"broken\": true}' WHERE sha256 = ?",
            (gold[0].article.sha256,),
        )
    result = runner.invoke(app, ["brief", "--db", str(db), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"#{gold[0].article.id}: its stored extraction is unusable (" in result.stderr
    written = list((tmp_path / "out").glob("*.json")) + list((tmp_path / "out").glob("*.md"))
    assert written and all(gold[0].article.id not in path.read_text() for path in written)

    with sqlite3.connect(db) as connection:  # now all of them
        connection.execute("UPDATE extractions SET extraction_json = '{}'")
    result = runner.invoke(app, ["brief", "--db", str(db), "-o", str(tmp_path / "out2")])
    assert result.exit_code == 1
    assert result.stderr.count("its stored extraction is unusable") == len(gold)
    assert "no usable extraction to brief" in result.stderr


def test_brief_refuses_another_backends_extractions_unless_allowed(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "db.sqlite")
    filled = runner.invoke(app, ["run", str(SEEDS), "--db", db, "--backend", "rules"])
    assert filled.exit_code == 0, filled.output
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
    day = ["--date", SEED_DATES[0], "--format", "md"]
    refused = runner.invoke(app, ["brief", "--db", db, "--backend", "openai", *day])
    assert refused.exit_code == 2
    assert refused.stdout == ""
    assert "--backend openai was given, but the briefings use another extractor's " in (
        " ".join(refused.stderr.split())
    )
    assert "extractions for 1 of 1 article (rules: 1)" in " ".join(refused.stderr.split())
    assert "--allow-mixed" in refused.stderr

    mixed = runner.invoke(app, ["brief", "--db", db, "--backend", "openai", "--allow-mixed", *day])
    assert mixed.exit_code == 0, mixed.output
    assert "warning: --backend openai was given" in mixed.stderr
    section = mixed.stdout.split("## Key takeaways")[1].split("## Claimed figures")[0]
    takeaways = [line for line in section.splitlines() if line[:3] in {"1. ", "2. "}]
    assert takeaways and all(line.endswith("*via rules*") for line in takeaways)

    same = runner.invoke(app, ["brief", "--db", db, "--backend", "rules", *day])
    assert same.exit_code == 0 and "warning" not in same.stderr
    default = runner.invoke(app, ["brief", "--db", db, *day])
    assert default.exit_code == 0 and "warning" not in default.stderr


# --- issue 12: --narrative ------------------------------------------------------------------------


def narrative(*sentences: tuple[str, list[int]]) -> dict[str, object]:
    return {"sentences": [{"text": text, "items": items} for text, items in sentences]}


GOOD_NARRATIVE = narrative(
    ("Eyewitnesses reported at least 3 civilians killed in one incident.", [1]),
    ("Azerbaijan offered a conditional ceasefire.", [2]),
    ("France and Russia called for a permanent ceasefire.", [5]),
)
INVENTED = narrative(
    ("Eyewitnesses reported at least 30 civilians killed in one incident.", [1]),
    ("Azerbaijan offered a conditional ceasefire.", [2]),
    ("France and Russia called for a permanent ceasefire.", [5]),
)


def brief_with_narrative(
    runner: CliRunner, tmp_path: Path, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, Briefing | None]:
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
    db = stored(tmp_path / "db.sqlite", all_gold())
    out = tmp_path / "day.json"
    flags = ["--date", "2020-09-30", "--narrative", "--base-url", server.base_url]
    result = runner.invoke(app, ["brief", "--db", str(db), *flags, "-o", str(out)])
    written = Briefing.model_validate_json(out.read_text("utf-8")) if out.exists() else None
    return result.exit_code, result.stderr, written


def test_narrative_is_shown_when_every_number_is_cited(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeOpenAI() as server:
        server.push(answer(GOOD_NARRATIVE))
        code, stderr, briefing = brief_with_narrative(runner, tmp_path, server, monkeypatch)
        (request,) = server.requests
    assert code == 0, stderr
    assert briefing is not None and briefing.narrative_note is None
    assert briefing.narrative[0].text.startswith("Eyewitnesses reported at least 3")
    assert [s.items for s in briefing.narrative] == [[1], [2], [5]]
    assert "at least 3" in briefing.takeaways[0].text
    prompt = request.messages[-1]["content"]
    assert f"1. {briefing.takeaways[0].text}" in prompt
    markdown = render_briefing(briefing, "md")
    assert "## Summary" in markdown.split("## Key takeaways")[0]
    assert "at least 3 civilians killed in one incident. (takeaways 1)" in markdown


def test_narrative_with_an_invented_number_is_reasked_then_dropped(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeOpenAI() as server:
        server.push(answer(INVENTED), answer(INVENTED))
        code, stderr, briefing = brief_with_narrative(runner, tmp_path, server, monkeypatch)
        first, second = server.requests
    assert code == 0, stderr
    reask = second.messages[-1]["content"]
    assert "sentence 1 writes 30, which its cited takeaway(s) 1 do not state" in reask
    assert len(second.messages) == len(first.messages) + 2
    assert briefing is not None and briefing.narrative == []
    assert briefing.narrative_note and "dropped" in briefing.narrative_note
    assert "writes 30" in briefing.narrative_note
    assert "summary was dropped" in " ".join(stderr.split())
    markdown = render_briefing(briefing, "md")
    assert "## Summary" not in markdown and "**Summary:** the model" in markdown


def test_narrative_reasked_once_can_recover(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeOpenAI() as server:
        server.push(answer(INVENTED), answer(GOOD_NARRATIVE))
        code, stderr, briefing = brief_with_narrative(runner, tmp_path, server, monkeypatch)
        assert len(server.requests) == 2
    assert code == 0, stderr
    assert briefing is not None and len(briefing.narrative) == 3
    assert briefing.narrative_note is None


@pytest.mark.parametrize(
    ("flags", "why"),
    [
        ([], "no model endpoint is configured"),
        (["--backend", "rules"], "--backend rules has no model to write it"),
    ],
)
def test_narrative_without_an_llm_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, flags: list[str], why: str
) -> None:
    db = stored(tmp_path / "db.sqlite", all_gold())
    result = runner.invoke(app, ["brief", "--db", str(db), "--narrative", *flags])
    assert result.exit_code == 2
    assert "--narrative needs an LLM backend" in result.stderr
    assert why in " ".join(result.stderr.split())


def test_a_symlink_planted_in_the_output_folder_is_not_followed(
    runner: CliRunner, gold_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    (out / f"briefing-{NK}-2020-09-30.md").symlink_to(victim)

    result = runner.invoke(
        app,
        [
            "brief",
            "--db",
            str(gold_db),
            "--date",
            "2020-09-30",
            "--conflict",
            "Nagorno-Karabakh",
            "-o",
            f"{out}/",
        ],
    )

    assert result.exit_code == 2, result.output
    assert "is a symbolic link: refusing to write through it" in result.stderr
    assert victim.read_text(encoding="utf-8") == "keep me\n"


def test_an_article_piped_on_stdin_is_briefed(tmp_path: Path) -> None:
    article = ROOT / "evals" / "articles" / "101_sudan-jeddah-truce.txt"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "summarize",
            "brief",
            "-",
            "--backend",
            "rules",
            "--db",
            str(tmp_path / "db.sqlite"),
            "-f",
            "json",
            "-o",
            "-",
        ],
        stdin=article.open("rb"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    briefing = Briefing.model_validate_json(done.stdout)  # one briefing: one JSON document
    assert briefing.conflict == SUDAN
    assert [s.location for s in briefing.sources] == ["-"]  # read from standard input
