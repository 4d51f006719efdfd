"""Record the hand-written reference answers as a replay set, through the real LLM path.

`evals/reference/<id>.json` are complete schema-2 answers written BY HAND to follow
prompts/conventions.md, independently of the gold annotations. They are not model output. This
tool serves each one from a local OpenAI-compatible server on 127.0.0.1 (the answer for the
article found in the request), runs `summarize eval --backend openai --record` against it, and so
writes `evals/recordings/reference/`: real requests from the real openai client and instructor,
answered with the reference answers. CI replays them through instructor, grounding and scoring,
and gates on them (scripts/eval-gates.sh).

    .venv/bin/python evals/tools/record_reference.py   # after a prompt, schema or answer change
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))  # the fake OpenAI server the tests use

from fake_openai import FakeOpenAI, ReceivedRequest, Reply, answer, error  # noqa: E402

from summarize.ingest import load_article  # noqa: E402

REFERENCE = ROOT / "evals" / "reference"
OUT = ROOT / "evals" / "recordings" / "reference"
ARTICLE_DIRS = (ROOT / "seeds", ROOT / "evals" / "articles")
MODEL = "reference-answers-hand-written"
MAX_TOKENS = 16000


def _article_path(article_id: str) -> Path:
    for folder in ARTICLE_DIRS:
        found = sorted(p for p in folder.glob(f"{article_id}.*") if p.suffix != ".json")
        if found:
            return found[0]
    raise SystemExit(f"no article for reference answer {article_id}")


def answers_by_content() -> dict[str, str]:
    """The article as the client sends it -> the reference answer's JSON."""
    return {
        load_article(_article_path(path.stem)).content(): path.read_text(encoding="utf-8")
        for path in sorted(REFERENCE.glob("*.json"))
    }


def main() -> int:
    answers = answers_by_content()
    if not answers:
        print(f"no reference answers in {REFERENCE}", file=sys.stderr)
        return 2

    def reply(request: ReceivedRequest) -> Reply:
        text = request.article_text()
        if text is None or text not in answers:
            return error(404, message="no reference answer for this article")
        return answer(answers[text])

    shutil.rmtree(OUT, ignore_errors=True)
    with FakeOpenAI(default=reply) as server:
        # The endpoint is part of every recording's key: replay names the same one (no network).
        flags = [
            "--backend", "openai", "--base-url", server.base_url, "--model", MODEL,
            "--max-tokens", str(MAX_TOKENS), "--only-ids-in", "evals/reference",
        ]  # fmt: skip
        env = {**os.environ, "OPENAI_API_KEY": "reference-recording-no-key"}
        summarize = str(ROOT / ".venv" / "bin" / "summarize")
        command = [summarize, "eval", *flags, "--record", str(OUT), "--no-gate"]
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        return result.returncode
    (OUT / "replay-flags").write_text(" ".join(flags) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
