#!/usr/bin/env bash
# Score a claimcheck build on a held-out AI set (default tests/data/heldout-ai).
# Usage: tools/eval/heldout-ai.sh [BUILD_DIR [SET_DIR]]   (defaults: build/, tests/data/heldout-ai)
# SET_DIR holds pages/ and labels.tsv (e.g. tests/data/heldout-ai2).
# Measurement only: do not tune rules on these sets (see their README.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
set_dir="${2:-tests/data/heldout-ai}"
case "$set_dir" in /*) ;; *) set_dir="$root/$set_dir" ;; esac
if [[ ! -d "$set_dir/pages" || ! -f "$set_dir/labels.tsv" ]]; then
  echo "heldout-ai: $set_dir has no pages/ and labels.tsv" >&2
  exit 2
fi
bin="$build/claimcheck"
if [[ ! -x "$bin" ]]; then
  echo "heldout-ai: no claimcheck binary at $bin (pass the build directory)" >&2
  exit 2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/heldout-ai.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

"$bin" --quiet --db "$tmp/db" ingest "$set_dir/pages" >/dev/null
"$bin" --quiet --db "$tmp/db" conflicts --format json > "$tmp/f.json"
python3 "$root/tools/eval/score_conflicts.py" "$set_dir/labels.tsv" "$tmp/f.json"
