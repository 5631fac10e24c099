#!/usr/bin/env bash
# EXPERIMENT (docs/linkgrammar.md): parser vs claimcheck's rules on the hand-written hard sentences.
#   tools/linkgrammar/run-hard.sh [CLAIMCHECK] [SET]     SET: hard (default) or heldout
# CLAIMCHECK defaults to build/claimcheck.  Writes its files under ${OUT:-/tmp/linkgrammar}.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
claimcheck=${1:-$root/build/claimcheck}
set_name=${2:-hard}
out=${OUT:-/tmp/linkgrammar}/$set_name
probe=$root/build-linkgrammar/probe

"$root/tools/setup-linkgrammar"
cmake -S "$here" -B "$root/build-linkgrammar" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build-linkgrammar" >/dev/null

rm -rf "$out" && mkdir -p "$out/docs"
"$probe" <"$here/$set_name-sentences.tsv" >"$out/probe.jsonl"
# One article per sentence, so no owner carries over from a neighbouring sentence; "X." is a
# dummy title (the first line of an article is its title).
while IFS=$'\t' read -r id sentence; do
  printf 'X.\n\n%s\n' "$sentence" >"$out/docs/$id.txt"
done <"$here/$set_name-sentences.tsv"
"$claimcheck" extract --quiet --format jsonl "$out"/docs/*.txt >"$out/claims.jsonl"
python3 "$here/score.py" "$here/$set_name-owners.tsv" "$out/probe.jsonl" "$out/claims.jsonl" | tee "$out/score.txt"
