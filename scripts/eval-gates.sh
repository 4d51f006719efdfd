#!/usr/bin/env bash
# Regression gates: exit 3 when a field's F1 or the grounding rate, in any split (seeds, beyond),
# falls below evals/baseline.json's tolerance.
set -euo pipefail
cd "$(dirname "$0")/.."
SUMMARIZE=.venv/bin/summarize

echo "-- rules extractor (no LLM)"
"$SUMMARIZE" eval --backend rules

# Answers recorded once, replayed offline through the whole LLM path (instructor, grounding,
# scoring). Each folder's replay-flags file holds the flags that rebuild the recorded request
# identity (backend, endpoint, model, max tokens) and the articles it covers.
for recording in evals/recordings/*/; do
  [ -f "$recording/replay-flags" ] || continue
  echo "-- replay of ${recording%/}"
  # shellcheck disable=SC2046  # the flags are meant to split into words
  "$SUMMARIZE" eval --replay "${recording%/}" $(cat "$recording/replay-flags")
done
