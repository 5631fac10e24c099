#!/usr/bin/env bash
# Include arrows follow the pipeline (docs/ARCHITECTURE.md): every
# `#include "folder/..."` in src/<stage>/ must name a folder that stage may
# depend on.  A new include that reaches back fails this test with file:line.
#   usage: tests/architecture/include_direction.sh [SOURCE_DIR]
set -euo pipefail
top=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$top"

# stage: the folders it may include (besides itself and include/claimcheck/).
# Keep in step with the table in docs/ARCHITECTURE.md.
declare -A allowed=(
  [base]=""
  [model]="base"
  [text]="base model"
  [values]="base model text"
  [rules]="base model text values"
  [claims]="base model text values rules"
  [store]="base model"
  [stories]="base model text store"
  [check]="base model store"
  [report]="base model store check"
  [ingest]="base model text values rules claims store stories"
  [gate]="base model text values rules claims store stories check report"
  [cli]="base model text values rules claims store stories check report ingest gate"
)
# Known exceptions, one "file -> folder" per line, each with its reason.  The
# list may only shrink.
exceptions=(
)

status=0
for dir in src/*/; do
  stage=$(basename "$dir")
  if [[ ! -v allowed[$stage] ]]; then
    echo "$dir: a stage folder not in the table of tests/architecture/include_direction.sh and docs/ARCHITECTURE.md"
    status=1
    continue
  fi
  while IFS=: read -r file line text; do
    target=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^/"]+)\/.*/\1/' <<<"$text")
    [[ $target == "$stage" || $target == claimcheck || $target == "$text" ]] && continue
    [[ " ${allowed[$stage]} " == *" $target "* ]] && continue
    [[ " ${exceptions[*]-} " == *" $file->$target "* ]] && continue
    echo "$file:$line: $stage may not include $target/ (it may include: ${allowed[$stage]:-nothing but include/claimcheck/})"
    status=1
  done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^/"]+/' "$dir" --include='*.h' --include='*.cc' || true)
done
exit $status
