"""`summarize run --batch` round trip against the fake server (tests/fake_batches.py), beside
the normal path on the same articles: wall time, requests per endpoint, estimated cost.

    PYTHONPATH=. python benchmarks/batch_bench.py [ARTICLES]

The fake server runs in this process (a thread); its Batch API answers at the second poll.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent.parent / "tests"
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from fake_batches import FakeBatchOpenAI  # noqa: E402  (needs TESTS_DIR)
from typer.testing import CliRunner  # noqa: E402

from summarize.cli import app  # noqa: E402

POLLING = ["--batch-poll", "0.01", "--batch-max-poll", "0.05", "--batch-wait", "60"]
ENDPOINTS = [
    ("POST", "/v1/files"),
    ("POST", "/v1/batches"),
    ("GET", "/v1/batches/"),
    ("GET", "/v1/files/"),
    ("POST", "/v1/chat/completions"),
]


def write_articles(folder: Path, count: int) -> list[str]:
    paths = []
    for number in range(count):
        path = folder / f"article{number:04}.txt"
        path.write_text(
            f"Troops advanced on the river town of Number{number} at dawn on Monday.\n\n"
            f"Officials said talks on a ceasefire had stalled for the {number + 2}th time.\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


def one_run(folder: Path, paths: list[str], batch: bool) -> tuple[float, dict[str, int], str]:
    with FakeBatchOpenAI() as server:
        args = ["run", *paths, "--db", str(folder / f"{batch}.sqlite"), "--model", "gpt-4o-mini"]
        args += ["--base-url", server.base_url, "--concurrency", "16"]
        args += ["--batch", *POLLING] if batch else []
        started = time.perf_counter()
        result = CliRunner().invoke(app, args, env={"OPENAI_API_KEY": "sk-bench"})
        elapsed = time.perf_counter() - started
        assert result.exit_code == 0, result.output
        counts = {f"{m} {p}": server.count(m, p) for m, p in ENDPOINTS}
        cost = re.search(r"estimated cost [^;]*", result.output)
        return elapsed, counts, cost.group(0) if cost else "no cost line"


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_articles(folder, count)
        for batch in (False, True):
            elapsed, counts, cost = one_run(folder, paths, batch)
            name = "run --batch" if batch else "run (normal)"
            print(f"{name}: {count} articles in {elapsed:.2f} s")
            print("  " + ", ".join(f"{k}: {v}" for k, v in counts.items()))
            print(f"  {cost}")


if __name__ == "__main__":
    main()
