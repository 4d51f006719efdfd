"""The reference replay set: hand-written answers, recorded through the real LLM path, replayed
by `summarize eval` and gated. It passes as recorded and fails when an answer is corrupted.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
RECORDING = ROOT / "evals" / "recordings" / "reference"


def eval_replay(folder: Path) -> subprocess.CompletedProcess[str]:
    # replay-flags in the folder rebuild the recorded request identity; the baseline key is
    # replay:<folder name>, so the copy is gated against the committed 'replay:reference'.
    return subprocess.run(
        [sys.executable, "-m", "summarize", "eval", "--replay", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "OPENAI_API_KEY"},
        timeout=300,
        check=False,
    )


def corrupt_answers(folder: Path, change: Callable[[dict[str, Any]], None]) -> int:
    """Apply `change` to every recorded answer; returns how many were changed."""
    changed = 0
    for path in sorted(folder.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        message = document["completion"]["choices"][0]["message"]
        answer = json.loads(message["content"])
        change(answer)
        message["content"] = json.dumps(answer)
        path.write_text(json.dumps(document), encoding="utf-8")
        changed += 1
    return changed


def test_the_reference_replay_passes_its_gate() -> None:
    done = eval_replay(RECORDING)
    assert done.returncode == 0, done.stderr
    assert "regression gate passed for 'replay:reference'" in done.stderr
    assert "reference-answers-hand-written" in done.stdout  # never presented as a model


def _wrong_metrics(answer: dict[str, Any]) -> None:
    for figure in answer["figures"]:
        figure["metric"] = "missing" if figure["metric"] != "missing" else "killed"


def _stances_flipped(answer: dict[str, Any]) -> None:
    for position in answer["positions"]:
        position["stance"] = "support" if position["stance"] != "support" else "reject"


def _acts_changed(answer: dict[str, Any]) -> None:
    for call in answer["ceasefire_calls"]:
        call["act"] = "declare" if call["act"] != "declare" else "reject"


@pytest.mark.parametrize(
    ("change", "field"),
    [(_wrong_metrics, "figures"), (_stances_flipped, "positions"), (_acts_changed, "ceasefire")],
    ids=["figure metrics", "position stances", "ceasefire acts"],
)
def test_a_corrupted_answer_fails_the_gate(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], field: str
) -> None:
    folder = tmp_path / "reference"
    shutil.copytree(RECORDING, folder)
    assert corrupt_answers(folder, change) >= 10
    done = eval_replay(folder)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "regression gate failed for replay:reference" in done.stderr
    assert field in done.stderr.split("regression gate failed", 1)[1]


def test_an_invented_quote_is_re_asked_and_the_replay_misses(tmp_path: Path) -> None:
    """An ungrounded answer makes the client re-ask: a request never recorded, so the replay
    stops with a miss (exit 1) instead of scoring old answers."""
    folder = tmp_path / "reference"
    shutil.copytree(RECORDING, folder)

    def invent(answer: dict[str, Any]) -> None:
        for figure in answer["figures"]:
            figure["evidence"] = "A total of 999 soldiers died on the moon."

    corrupt_answers(folder, invent)
    done = eval_replay(folder)
    assert done.returncode == 1
    assert "no recording for this request" in done.stderr
