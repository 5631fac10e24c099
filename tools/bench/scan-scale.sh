#!/usr/bin/env bash
# Whole-process scan benchmarks at scale (docs/benchmarks.md).  For each size,
# a generated JSON Lines corpus (claimcheck-gen, seed 2) is scanned into a
# fresh database at --jobs 1 and --jobs 2, and every figure is set against the
# floors measured in the same run over the same file:
#   cat        reading the file: cat FILE > /dev/null
#   floor      claimcheck-floor FILE: the same walk and JSON parsing, and the
#              rules' candidate pass (the shipped rules) over each article
#              (--read: without the candidate pass, to show what parsing costs)
# then the report over the database (JSON, streamed) is timed once.
#
#   tools/bench/scan-scale.sh              # 100M and 1G (about 25 minutes on 2 cores)
#   tools/bench/scan-scale.sh 10M 100M     # WORK=/tmp/claimcheck-scale by default
#
# Prints a Markdown table.  Timings are /usr/bin/time's (wall, user+sys, peak RSS).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=${BIN:-$top/build}
work=${WORK:-/tmp/claimcheck-scale}
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100M 1G)
mkdir -p "$work"
[[ -x /usr/bin/time ]] || { echo "scan-scale: needs /usr/bin/time (Debian package time)" >&2; exit 2; }

# measure NAME CMD...: runs CMD, sets WALL CPU RSS_MB from /usr/bin/time.
measure() {
  local out="$work/time.$1"
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$out" "$@"
  read -r WALL user sys rss < "$out"
  CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  RSS_MB=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", n / s; else print "-" }'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| corpus | command | wall s | CPU s | MB/s | claims/s | peak RSS MiB | vs floor (wall) | vs cat (wall) |"
echo "|---|---|---|---|---|---|---|---|---|"
for size in "${sizes[@]}"; do
  corpus="$work/news-$size.jsonl"
  [[ -s $corpus ]] || "$bin/tools/claimcheck-gen" --jsonl "$corpus" --bytes "$size" --seed 2 >&2
  mb=$(awk -v b="$(stat -L -c %s "$corpus")" 'BEGIN { printf "%.1f", b / 1e6 }')
  cat "$corpus" > /dev/null  # warm the page cache: every command reads it from memory

  measure cat sh -c "cat '$corpus' > /dev/null"
  cat_wall=$WALL
  echo "| $size ($mb MB) | \`cat > /dev/null\` | $WALL | $CPU | $(rate "$mb" "$WALL") | | $RSS_MB | | 1x |"
  measure read "$bin/tools/claimcheck-floor" --read "$corpus" 2> "$work/floor.log"
  echo "| | \`claimcheck-floor --read\` (read, parse JSON) | $WALL | $CPU | $(rate "$mb" "$WALL") | | $RSS_MB | | $(ratio "$WALL" "$cat_wall") |"
  measure floor "$bin/tools/claimcheck-floor" "$corpus" 2> "$work/floor.log"
  floor_wall=$WALL
  echo "| | \`claimcheck-floor\` (read, parse, candidate pass) | $WALL | $CPU | $(rate "$mb" "$WALL") | | $RSS_MB | 1x | $(ratio "$WALL" "$cat_wall") |"
  for jobs in 1 2; do
    db="$work/db-$size"
    rm -rf "$db"
    measure "ingest$jobs" "$bin/claimcheck" --db "$db" --quiet ingest "$corpus" --jobs "$jobs" 2> "$work/ingest.log"
    claims=$(sed -n 's/.*), \([0-9]*\) claims in.*/\1/p' "$work/ingest.log")
    echo "| | \`ingest --jobs $jobs\` | $WALL | $CPU | $(rate "$mb" "$WALL") | $(rate "$claims" "$WALL" | cut -d. -f1) | $RSS_MB | $(ratio "$WALL" "$floor_wall") | $(ratio "$WALL" "$cat_wall") |"
  done
  measure report "$bin/claimcheck" --db "$db" report --format json -o "$work/report.json"
  echo "| | \`report --format json\` ($claims claims) | $WALL | $CPU | | | $RSS_MB | | |"
  db_bytes=$(du -sb "$db" | cut -f1)
  found=$(grep -o '"conflict": [0-9]*' "$work/report.json" | tail -1 | grep -o '[0-9]*$')
  planted=$(grep -c '"attribute"' "$corpus.truth.json" || true)
  echo "| | database: $((db_bytes / claims)) bytes per claim ($db_bytes bytes); conflicts found $found, planted $planted | | | | | | | |"
done
