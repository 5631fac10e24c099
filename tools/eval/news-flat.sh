#!/usr/bin/env bash
# Score a build on news-dev the way the project's owners measure news: every
# article of the blind file written to one flat folder as <id>.txt (names that
# say nothing of the story), ingested into one fresh database, grouped from
# the text alone.  Prints the scorer's summary and the story grouping's
# pairwise precision and recall.
#   usage: tools/eval/news-flat.sh [BUILD_DIR] [NEWS_DEV_DIR]
#   (defaults: build/ and ../shared/news-dev beside the checkout)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build}"
news="${2:-$root/../shared/news-dev}"
[[ -x "$build/claimcheck" ]] || { echo "news-flat: no claimcheck binary in $build" >&2; exit 2; }
[[ -f "$news/multi-news-dev-blind.jsonl" ]] || { echo "news-flat: no multi-news-dev-blind.jsonl in $news" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/news-flat.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/articles"
python3 - "$news/multi-news-dev-blind.jsonl" "$tmp/articles" <<'PY'
import json, sys, os
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    with open(os.path.join(sys.argv[2], r["id"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(r["text"])
PY
awk -F'\t' '{print $1 ".txt\t" $2}' "$news/blind-map.tsv" > "$tmp/map.tsv"
"$build/claimcheck" --quiet --db "$tmp/db" ingest "$tmp/articles" >/dev/null
"$build/claimcheck" --quiet --db "$tmp/db" conflicts --format json > "$tmp/findings.json" || true
python3 "$news/score.py" "$news/labels.tsv" "$tmp/findings.json" "$tmp/map.tsv" | tail -1
awk -F'\t' '{print "'"$tmp"'/articles/" $1 ".txt\t" $2}' "$news/blind-map.tsv" > "$tmp/paths.tsv"
python3 "$root/tools/eval/story_purity.py" "$tmp/db" "$tmp/paths.tsv" | tail -1
