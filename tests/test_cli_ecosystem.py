"""Issue 13, a CLI that fits its ecosystem: version, completion, help, outputs, logs and cost,
exports and SQL views, configuration, replay that explains its misses."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from briefing_data import all_gold, stored
from conftest import TEST_API_KEY
from fake_openai import FakeOpenAI, answer
from seed_drafts import SEED_PATH, draft
from typer.testing import CliRunner, Result

from summarize.cli import app
from summarize.config import OPENAI_ENDPOINT
from summarize.extract.llm import load_prompt
from summarize.extract.replay import RequestIdentity
from summarize.schema import SCHEMA_VERSION, Briefing, Extraction, schema_hash

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BIN = Path(sys.executable).parent
COMMANDS = ["article", "run", "brief", "eval", "export", "logs"]


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), env=env)
    assert "Traceback" not in result.output
    assert TEST_API_KEY not in result.output
    return result


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def gold_db(tmp_path: Path) -> Path:
    return stored(tmp_path / "gold.sqlite", all_gold())


# --- basics ---------------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_names_package_schema_and_prompt(flag: str) -> None:
    result = invoke(flag)
    assert result.exit_code == 0, result.output
    line = result.stdout.strip()
    assert line.startswith("summarize 0.")
    assert f"schema {SCHEMA_VERSION} ({schema_hash()})" in line
    assert f"prompt {load_prompt().version}" in line


def test_show_completion_for_a_named_shell_and_completion_answers() -> None:
    shown = invoke("--show-completion", "bash")
    assert shown.exit_code == 0, shown.output
    assert "_SUMMARIZE_COMPLETE" in shown.stdout and "complete -o" in shown.stdout
    # The script's protocol works: the shell asks for words completing "ex".
    environment = {**os.environ, "_SUMMARIZE_COMPLETE": "complete_bash"}
    environment.update({"COMP_WORDS": "summarize ex", "COMP_CWORD": "1", "PYTHONPATH": str(ROOT)})
    completed = subprocess.run(
        [sys.executable, "-m", "summarize"], env=environment, capture_output=True, text=True
    )
    assert completed.stdout.split() == ["export"]


def test_install_completion_for_a_named_shell_without_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    result = invoke("--install-completion", "bash")
    assert result.exit_code == 0, result.output
    assert "bash completion installed" in result.stdout
    script = tmp_path / ".bash_completions" / "summarize.sh"
    assert "_SUMMARIZE_COMPLETE" in script.read_text()
    assert str(script) in (tmp_path / ".bashrc").read_text()
    assert invoke("--install-completion", "tcsh").exit_code == 2


def test_help_shows_flags_without_a_value_and_examples() -> None:
    for command in COMMANDS:
        result = invoke(command, "--help", env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        assert "<bool>" not in result.stdout, command
        assert "Examples" in result.stdout and "summarize " + command in result.stdout, command
    gate = invoke("eval", "--help", env={"COLUMNS": "200"}).stdout
    assert "--no-gate" in gate and "Report only." in gate
    assert "<path>" in gate  # options with values still show their type


def test_one_article_is_singular_and_a_failure_names_its_path_once(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02 binary")
    result = invoke("run", str(binary), "--db", str(tmp_path / "db.sqlite"))
    assert result.exit_code == 1
    assert f"failed: {binary}: looks binary" in result.stderr
    assert result.stderr.count(str(binary)) == 1
    assert "1 article: 0 succeeded (0 cached), 1 failed" in result.stderr
    assert "1 articles" not in result.stderr


# --- outputs where users expect them ------------------------------------------------------


def test_brief_to_stdout_writes_json_lines_for_several_briefings(gold_db: Path) -> None:
    result = invoke("brief", "--db", str(gold_db), "-o", "-")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    briefings = [Briefing.model_validate_json(line) for line in lines]
    assert len(briefings) > 1
    assert len({(b.conflict, b.date) for b in briefings}) == len(briefings)
    mixed = invoke("brief", "--db", str(gold_db), "-o", "-", "-f", "md")
    assert mixed.exit_code == 2 and "JSON Lines" in flat(mixed.stderr)


def test_brief_file_extension_implies_the_format_and_a_mismatch_is_exit_2(
    gold_db: Path, tmp_path: Path
) -> None:
    day = ["--db", str(gold_db), "--date", "2020-09-30", "--conflict", "Nagorno-Karabakh"]
    page = tmp_path / "day.htm"
    assert invoke("brief", *day, "-o", str(page)).exit_code == 0
    assert page.read_text().startswith("<!DOCTYPE html>")
    data = tmp_path / "day.json"
    assert invoke("brief", *day, "-o", str(data)).exit_code == 0
    assert Briefing.model_validate_json(data.read_text()).date == "2020-09-30"
    every = tmp_path / "all.jsonl"
    assert invoke("brief", "--db", str(gold_db), "-o", str(every)).exit_code == 0
    assert len(every.read_text().splitlines()) > 1
    mismatch = invoke("brief", *day, "-o", str(tmp_path / "day.md"), "--format", "html")
    assert mismatch.exit_code == 2 and "--format md" in flat(mismatch.stderr)
    assert not (tmp_path / "day.md").exists()
    unknown = invoke("brief", *day, "-o", str(tmp_path / "day.txt"))
    assert unknown.exit_code == 2 and "unknown extension" in flat(unknown.stderr)


def test_brief_path_ending_in_a_slash_is_a_folder(gold_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out.d"
    result = invoke("brief", "--db", str(gold_db), "-o", f"{folder}/", "-f", "json")
    assert result.exit_code == 0, result.output
    written = sorted(folder.glob("briefing-*.json"))
    assert len(written) > 1 and result.stdout.split() == [str(p) for p in written]


def test_run_reads_folders_recursively_narrowed_by_glob(tmp_path: Path) -> None:
    seed = next(SEEDS.glob("*.txt"))
    nested = tmp_path / "in" / "deeper"
    nested.mkdir(parents=True)
    (nested / "a.txt").write_text(seed.read_text())
    (tmp_path / "in" / "b.md").write_text(seed.read_text())
    (tmp_path / "in" / "c.csv").write_text("not an article")
    (tmp_path / "in" / ".hidden").mkdir()
    (tmp_path / "in" / ".hidden" / "d.txt").write_text(seed.read_text())
    db = str(tmp_path / "db.sqlite")
    everything = invoke("run", str(tmp_path / "in"), "--db", db)
    assert everything.exit_code == 0, everything.output
    assert "2 articles:" in everything.stderr  # a.txt (nested) and b.md; not c.csv, not hidden
    only_txt = invoke("run", str(tmp_path / "in"), "--glob", "*.txt", "--db", db)
    assert "1 article:" in only_txt.stderr


# --- logs and cost -------------------------------------------------------------------------


def test_article_logs_its_calls_and_logs_lists_them_with_cost(
    fake_env: FakeOpenAI, tmp_path: Path
) -> None:
    db = str(tmp_path / "calls.sqlite")
    fake_env.push(answer(draft()))
    made = invoke("article", str(SEED_PATH), "--db", db)
    assert made.exit_code == 0, made.output
    listed = invoke("logs", "--db", db, "--json")
    assert listed.exit_code == 0, listed.output
    (call,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert call["model"] == "gpt-4o-mini" and call["outcome"] == "ok"
    assert call["article_id"] is None and call["source"].endswith(SEED_PATH.name)
    tokens = call["prompt_tokens"], call["completion_tokens"]
    assert call["cost_usd"] == pytest.approx((tokens[0] * 0.15 + tokens[1] * 0.60) / 1e6)
    assert call["cost_usd"] > 0
    for flags in (["--model", "other"], ["--outcome", "timeout"], ["--since", "2999-01-01"]):
        assert invoke("logs", "--db", db, "--json", *flags).stdout == "", flags
    assert invoke("logs", "--db", db, "--json", "--article", SEED_PATH.stem).stdout
    detail = json.loads(invoke("logs", "--db", db, "--show", str(call["id"])).stdout)
    assert detail["messages"][0]["role"] == "system"
    # The store keeps the system prompt once (by hash); --show gives back what was sent.
    assert detail["messages"] == fake_env.requests[-1].body["messages"]
    table = invoke("logs", "--db", db)
    assert "1 call," in table.stderr and "estimated cost $" in table.stderr
    assert invoke("logs", "--db", db, "--since", "yesterday").exit_code == 2


def test_article_no_log_leaves_no_store(fake_env: FakeOpenAI, tmp_path: Path) -> None:
    db = tmp_path / "none.sqlite"
    fake_env.push(answer(draft()))
    assert invoke("article", str(SEED_PATH), "--db", str(db), "--no-log").exit_code == 0
    assert not db.exists()


def test_config_file_prices_override_the_table(
    fake_env: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[prices.models."gpt-4o-mini"]\ninput = 1000000\noutput = 0\n')
    monkeypatch.setenv("SUMMARIZE_CONFIG", str(config))
    db = str(tmp_path / "calls.sqlite")
    fake_env.push(answer(draft()))
    made = invoke("article", str(SEED_PATH), "--db", db)
    (call,) = [
        json.loads(line) for line in invoke("logs", "--db", db, "--json").stdout.splitlines()
    ]
    assert call["cost_usd"] == pytest.approx(call["prompt_tokens"])  # $1 per token
    assert f"estimated cost ${call['prompt_tokens']:.4f}" in made.stderr


# --- data out: export and SQL views --------------------------------------------------------


def test_sqlite_utils_reads_the_views(gold_db: Path) -> None:
    gold = all_gold()

    def rows(view: str) -> list[dict[str, object]]:
        done = subprocess.run(
            [str(BIN / "sqlite-utils"), "rows", str(gold_db), view],
            capture_output=True,
            text=True,
            check=True,
        )
        found: list[dict[str, object]] = json.loads(done.stdout)
        return found

    figures = rows("figures")
    assert len(figures) == sum(len(e.figures) for e in gold)
    first = gold[0].figures[0]
    row = next(r for r in figures if r["article_id"] == gold[0].article.id)
    assert (row["low"], row["best"], row["high"]) == (first.low, first.value, first.high)
    assert row["claimant"] == first.claimant and row["evidence"] == first.evidence
    assert row["event_date"] == gold[0].article.event_date
    calls = rows("ceasefire_calls")
    assert len(calls) == sum(len(e.ceasefire_calls) for e in gold)
    a_call = next(e.ceasefire_calls[0] for e in gold if e.ceasefire_calls)
    assert any(r["actor1"] == "; ".join(a_call.actors) for r in calls)
    assert len(rows("positions")) == sum(len(e.positions) for e in gold)
    assert len(rows("parties")) == sum(len(e.parties) for e in gold)
    # The gold store's keys are "test:gold"; the pipeline's are JSON inside JSON.
    assert {(r["extractor"], r["model"]) for r in rows("extraction_runs")} == {("test", None)}


def test_export_figures_as_csv_and_calls_as_jsonl(gold_db: Path, tmp_path: Path) -> None:
    gold = all_gold()
    result = invoke("export", "--what", "figures", "--format", "csv", "--db", str(gold_db))
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(table) == sum(len(e.figures) for e in gold)
    for column in ("article_id", "source", "event_date", "conflict", "claimant", "low", "best"):
        assert column in table[0]
    assert f"{len(table)} rows exported" in result.stderr
    out = tmp_path / "calls.jsonl"
    written = invoke(
        "export", "--what", "calls", "-f", "jsonl", "-o", str(out), "--db", str(gold_db)
    )
    assert written.exit_code == 0, written.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == sum(len(e.ceasefire_calls) for e in gold)
    assert {"act", "type", "actor1", "actor2", "mediators", "evidence"} <= set(lines[0])
    missing = invoke("export", "--db", str(tmp_path / "nothing.sqlite"))
    assert missing.exit_code == 2


# --- configuration -------------------------------------------------------------------------


def test_flags_beat_environment_beat_config_file_beat_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarize.config import load_settings

    config = tmp_path / "config.toml"
    config.write_text('model = "from-file"\ntimeout = 30\nmax_tokens = 1000\n')
    monkeypatch.setenv("SUMMARIZE_CONFIG", str(config))
    monkeypatch.setenv("SUMMARIZE_MAX_TOKENS", "2000")
    settings = load_settings(timeout=5.0)
    assert (settings.model, settings.timeout, settings.max_tokens) == ("from-file", 5.0, 2000)
    assert settings.retry_max_wait == 30.0  # default
    monkeypatch.setenv("SUMMARIZE_MODEL", "from-env")
    assert load_settings().model == "from-env"
    config.write_text("timeout = 'soon'\n")
    with pytest.raises(Exception, match="invalid config file"):
        load_settings()
    config.write_text("colour = 'blue'\n")
    with pytest.raises(Exception, match="colour"):
        load_settings()


def test_every_documented_environment_variable_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarize.config import load_layers

    values = {
        "SUMMARIZE_MODEL": "m",
        "OPENAI_BASE_URL": "http://b/v1",
        "OPENAI_API_KEY": TEST_API_KEY,
        "SUMMARIZE_MODEL_PATH": "/x.gguf",
        "SUMMARIZE_TIMEOUT": "7",
        "SUMMARIZE_MAX_TOKENS": "99",
        "SUMMARIZE_MODE": "tools",
        "SUMMARIZE_TRANSPORT_ATTEMPTS": "2",
        "SUMMARIZE_RETRY_INITIAL_WAIT": "0.5",
        "SUMMARIZE_RETRY_MAX_WAIT": "3",
        "SUMMARIZE_RETRY_TOTAL_SECONDS": "9",
        "SUMMARIZE_CHUNK_TOKENS": "3000",
        "SUMMARIZE_MAX_REPLY_BYTES": "50000",
        "SUMMARIZE_DB": "/tmp/s.sqlite",
        "SUMMARIZE_ACTORS": "a.toml",
        "SUMMARIZE_LEXICON": "l.toml",
    }
    layers = load_layers(values)
    assert layers.model_dump(exclude={"prices", "api_key"}) == {
        "model": "m", "base_url": "http://b/v1", "model_path": Path("/x.gguf"), "timeout": 7.0,
        "max_tokens": 99, "mode": "tools", "transport_attempts": 2, "retry_initial_wait": 0.5,
        "retry_max_wait": 3.0, "retry_total_seconds": 9.0, "chunk_tokens": 3000,
        "max_reply_bytes": 50000, "db": "/tmp/s.sqlite",
        "actors": "a.toml", "lexicon": Path("l.toml"),
    }  # fmt: skip
    assert layers.api_key is not None and layers.api_key.get_secret_value() == TEST_API_KEY
    # SUMMARIZE_BASE_URL wins over OPENAI_BASE_URL; empty values count as unset.
    both = {"SUMMARIZE_BASE_URL": "http://s/v1", "OPENAI_BASE_URL": "http://o/v1"}
    assert load_layers(both).base_url == "http://s/v1"
    assert load_layers({"SUMMARIZE_MODEL": "  "}).model is None
    readme = (ROOT / "README.md").read_text()
    for variable in [*values, "SUMMARIZE_BASE_URL", "SUMMARIZE_CONFIG"]:
        assert f"`{variable}`" in readme, variable


def test_config_path_and_show_mask_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "conf" / "config.toml"
    monkeypatch.setenv("SUMMARIZE_CONFIG", str(config))
    assert invoke("config", "path").stdout.strip() == str(config)
    config.parent.mkdir()
    config.write_text(f'model = "file-model"\napi_key = "{TEST_API_KEY}"\ndb = "my.sqlite"\n')
    monkeypatch.setenv("SUMMARIZE_TIMEOUT", "12")
    shown = invoke("config", "show", "--json")  # invoke asserts the key is not printed
    assert shown.exit_code == 0, shown.output
    settings = json.loads(shown.stdout)
    assert settings["model"] == "file-model" and settings["timeout"] == 12.0
    assert settings["api_key"] == "**********" and settings["db"] == "my.sqlite"
    assert "model = file-model" in invoke("config", "show").stdout


def test_default_config_path_is_in_the_user_config_directory(tmp_path: Path) -> None:
    # conftest points XDG_CONFIG_HOME at a temporary folder
    path = Path(invoke("config", "path").stdout.strip())
    assert path.name == "config.toml" and path.parent.name == "summarize"
    assert str(path).startswith(os.environ["XDG_CONFIG_HOME"])


# --- replay that explains itself -----------------------------------------------------------


def _recording_folder(folder: Path, model: str, flags: str | None) -> Path:
    identity = RequestIdentity(
        model=model,
        endpoint=OPENAI_ENDPOINT,
        prompt_version=load_prompt().version,
        schema_hash=schema_hash(),
        mode="json_schema_strict",
        temperature=0.0,
        max_tokens=4096,
    )
    folder.mkdir()
    document = {"identity": identity.__dict__, "recorded_at": "x", "model": model}
    (folder / f"{'0' * 64}.json").write_text(json.dumps({**document, "completion": {}}))
    if flags is not None:
        (folder / "replay-flags").write_text(flags + "\n")
    return folder


def test_replay_uses_the_folders_flags_and_a_miss_names_what_differs(tmp_path: Path) -> None:
    folder = _recording_folder(tmp_path / "rec", "recorded-model", "--model recorded-model")
    # With the folder's flags the identity matches, so the article (messages) must differ.
    same = invoke("article", str(SEED_PATH), "--replay", str(folder), "--no-log")
    assert same.exit_code == 1
    assert "so the messages differ" in flat(same.stderr)
    # An explicit flag wins over the folder's and the miss names the model.
    other = invoke("article", str(SEED_PATH), "--replay", str(folder), "--model", "x", "--no-log")
    assert "model (model: recorded 'recorded-model', asked 'x')" in flat(other.stderr)
    # Without replay-flags the default model is asked for.
    bare = _recording_folder(tmp_path / "bare", "recorded-model", None)
    default = invoke("article", str(SEED_PATH), "--replay", str(bare), "--max-tokens", "100")
    message = flat(default.stderr)
    assert "asked 'gpt-4o-mini'" in message and "parameters (max_tokens" in message


def test_replay_flags_with_an_unusable_value_are_exit_2(tmp_path: Path) -> None:
    folder = _recording_folder(tmp_path / "rec", "m", "--max-tokens many")
    result = invoke("article", str(SEED_PATH), "--replay", str(folder))
    assert result.exit_code == 2 and "replay-flags" in result.stderr


# --- one vocabulary, provenance, install hint ----------------------------------------------


def test_rules_provenance_is_live_and_modelless() -> None:
    """`live` means "not replayed": the rules extractor computes its answers from the article
    on every run, so it is live, with no model and nothing recorded; its prompt_version slot
    holds the lexicon version."""
    result = invoke("article", str(SEED_PATH))
    provenance = Extraction.model_validate_json(result.stdout).provenance
    assert provenance.extractor == "rules" and provenance.live is True
    assert (provenance.model, provenance.recorded_at) == (None, None)
    assert (provenance.prompt_version or "").startswith("lexicon-")
    assert provenance.usage.attempts == 0


def test_local_install_hint_matches_the_readme() -> None:
    from summarize.extract.local import INSTALL_HINT

    assert INSTALL_HINT in (ROOT / "README.md").read_text()
