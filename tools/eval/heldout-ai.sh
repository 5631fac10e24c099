#!/usr/bin/env bash
# Score a claimcheck build on the held-out AI set (tests/data/heldout-ai).
# Usage: tools/eval/heldout-ai.sh [BUILD_DIR]   (default: build/)
# Measurement only: do not tune rules on this set (see tests/data/heldout-ai/README.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
bin="$build/claimcheck"
if [[ ! -x "$bin" ]]; then
  echo "heldout-ai: no claimcheck binary at $bin (pass the build directory)" >&2
  exit 2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/heldout-ai.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

"$bin" --quiet --db "$tmp/db" ingest "$root/tests/data/heldout-ai/pages" >/dev/null
"$bin" --quiet --db "$tmp/db" conflicts --format json > "$tmp/f.json"
python3 "$root/tools/eval/score_conflicts.py" "$root/tests/data/heldout-ai/labels.tsv" "$tmp/f.json"
