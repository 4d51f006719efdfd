"""`summarize eval` at the CLI boundary: the table, the reports, and the regression gate."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "summarize" / "data" / "lexicon.toml"


def summarize(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summarize", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def test_rules_eval_passes_the_committed_baseline_and_writes_reports(tmp_path: Path) -> None:
    result = summarize(
        "eval",
        "--backend",
        "rules",
        "--report-md",
        str(tmp_path / "r.md"),
        "--report-json",
        str(tmp_path / "r.json"),
    )
    assert result.returncode == 0, result.stderr
    assert "figures_attributed" in result.stdout
    assert "rules extractor (no LLM)" in result.stdout
    report = json.loads((tmp_path / "r.json").read_text())
    baseline = json.loads((ROOT / "evals" / "baseline.json").read_text())["baselines"]["rules"]
    for split in ("seeds", "beyond"):  # one war's score never hides the rest
        assert f"{split}: scores on" in result.stdout
        assert f"{split}: attribute accuracy" in result.stdout
        for field, f1 in baseline["splits"][split]["f1"].items():
            assert report["splits"][split]["fields"][field]["f1"] >= f1 - 0.02
    assert report["splits"]["seeds"]["articles"] == 5
    assert report["splits"]["beyond"]["articles"] >= 20
    assert "figures" in report["splits"]["beyond"]["attribute_accuracy"]
    markdown = (tmp_path / "r.md").read_text()
    assert "rules extractor (no LLM)" in markdown and "## beyond" in markdown


def test_disabling_a_rules_pattern_fails_the_gate_with_exit_3(tmp_path: Path) -> None:
    lexicon = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    assert lexicon["figures"]["metrics"]["wounded"], "the lexicon has wounded words to remove"
    # The whole array, which may run over several lines.
    crippled, replaced = re.subn(
        r"^wounded = \[[^\]]*\]",
        'wounded = ["no-such-word-xyzzy"]',
        LEXICON.read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
    assert replaced == 1
    assert tomllib.loads(crippled)["figures"]["metrics"]["wounded"] == ["no-such-word-xyzzy"]
    path = tmp_path / "lexicon.toml"
    path.write_text(crippled, encoding="utf-8")
    result = summarize("eval", "--backend", "rules", env={"SUMMARIZE_LEXICON": str(path)})
    assert result.returncode == 3, result.stdout + result.stderr
    assert "regression gate failed" in result.stderr
    assert "figures" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_higher_baseline_fails_and_update_baseline_rewrites_it(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    perfect = {name: 1.0 for name in ("parties", "positions", "figures")}
    splits = {"beyond": {"f1": perfect, "grounding_rate": 1.0}}
    entry = {"rules": {"splits": splits}}
    baseline.write_text(json.dumps({"tolerance": 0.02, "baselines": entry}))
    failed = summarize("eval", "--backend", "rules", "--baseline", str(baseline))
    assert failed.returncode == 3
    assert "beyond positions: F1" in failed.stderr
    updated = summarize(
        "eval", "--backend", "rules", "--baseline", str(baseline), "--update-baseline"
    )
    assert updated.returncode == 0, updated.stderr
    assert summarize("eval", "--backend", "rules", "--baseline", str(baseline)).returncode == 0
    rewritten = json.loads(baseline.read_text())["baselines"]["rules"]["splits"]
    assert rewritten["beyond"]["f1"]["positions"] < 1.0 and "seeds" in rewritten


def test_a_baseline_without_splits_is_refused_not_passed(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    old = {"rules": {"f1": {"figures": 0.0}, "grounding_rate": 0.0}}
    baseline.write_text(json.dumps({"tolerance": 0.02, "baselines": old}))
    result = summarize("eval", "--backend", "rules", "--baseline", str(baseline))
    assert result.returncode == 2
    assert "no per-split scores" in result.stderr


def test_eval_usage_errors_exit_2(tmp_path: Path) -> None:
    assert summarize("eval", "--backend", "replay").returncode == 2  # no --replay DIR
    missing = summarize("eval", "--backend", "rules", "--gold", str(tmp_path / "none"))
    assert missing.returncode == 2
    assert "gold folder not found" in missing.stderr
    empty_baseline = tmp_path / "b.json"
    empty_baseline.write_text('{"tolerance": 0.02, "baselines": {}}')
    no_entry = summarize("eval", "--backend", "rules", "--baseline", str(empty_baseline))
    assert no_entry.returncode == 2
    assert "--update-baseline" in no_entry.stderr
