#!/usr/bin/env bash
# Regression gates: exit 3 when a field's F1 falls below evals/baseline.json's tolerance.
set -euo pipefail
cd "$(dirname "$0")/.."
SUMMARIZE=.venv/bin/summarize

echo "-- rules extractor (no LLM)"
"$SUMMARIZE" eval --backend rules

# Answers recorded once from a small local model (plumbing, not quality), replayed offline.
for recording in evals/recordings/*/; do
  [ -d "$recording" ] || continue
  echo "-- replay of $recording"
  "$SUMMARIZE" eval --backend replay --replay "${recording%/}"
done
