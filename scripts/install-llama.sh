#!/usr/bin/env bash
# Build llama-cpp-python once with portable CPU flags and install it into .venv.
#
# A native build (GGML_NATIVE=ON, llama.cpp's default) tunes for the CPU it was built on and
# crashed in decode on Sapphire Rapids (AVX-512/AMX) machines. These flags target any x86-64 CPU
# with AVX2 (Intel since 2013, AMD since 2015), so the same wheel behaves the same everywhere.
# The wheel is kept in the user cache, keyed by version and flags, so a fresh clone on the same
# machine reuses it instead of rebuilding (about 10 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."

LLAMA_VERSION=0.3.36
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF -DGGML_BLAS=OFF -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF"
PIP=".venv/bin/pip"

flags_key=$(printf '%s %s' "$LLAMA_VERSION" "$LLAMA_CMAKE_ARGS" | sha256sum | cut -c1-12)
wheelhouse="${XDG_CACHE_HOME:-$HOME/.cache}/summarize/wheels/llama-${flags_key}"

# Installed from our wheel? pip records the wheel's location in direct_url.json; a build pip made
# by itself (for example to satisfy another package's dependency) has none, and is replaced.
if .venv/bin/python - "$LLAMA_VERSION" "$wheelhouse" <<'PY' 2>/dev/null; then
import sys, importlib.metadata as md
version, wheelhouse = sys.argv[1], sys.argv[2]
dist = md.distribution("llama_cpp_python")
origin = dist.read_text("direct_url.json") or ""
sys.exit(0 if dist.version == version and wheelhouse in origin else 1)
PY
  exit 0
fi

if ! ls "$wheelhouse"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  echo "install-llama: building llama-cpp-python $LLAMA_VERSION with portable flags (about 10 minutes on 2 cores)" >&2
  mkdir -p "$wheelhouse"
  CMAKE_ARGS="$LLAMA_CMAKE_ARGS" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
    "$PIP" wheel --quiet --disable-pip-version-check --no-cache-dir --no-deps \
    --no-binary llama-cpp-python -w "$wheelhouse" "llama-cpp-python==$LLAMA_VERSION"
fi
"$PIP" install --quiet --disable-pip-version-check --force-reinstall --no-deps \
  "$wheelhouse"/llama_cpp_python-"$LLAMA_VERSION"-*.whl
