#!/usr/bin/env python3
"""Pairwise precision and recall of claimcheck's story grouping against true stories.

usage: story_purity.py DB blind-map.tsv [--claimcheck build/claimcheck]

Reads `claimcheck --db DB docs --format jsonl` (each document with its `story`) and a TSV
mapping document id -> true story (news-dev's blind-map.tsv).  Over every pair of documents:
precision = pairs put in one story that truly are one / pairs put in one story;
recall = pairs truly one story that were put in one / pairs truly one story.
Precision matters most: a finding across two stories is a hard failure."""
import argparse, collections, json, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("db")
ap.add_argument("truth")
ap.add_argument("--claimcheck", default="build/claimcheck")
a = ap.parse_args()
truth = dict(line.split()[:2] for line in open(a.truth) if line.strip())
out = subprocess.run([a.claimcheck, "--db", a.db, "docs", "--format", "jsonl"], check=True,
                     capture_output=True, text=True).stdout
ours = {}
for line in out.splitlines():
    d = json.loads(line)
    if d["id"] in truth: ours[d["id"]] = d.get("story") or ("-" + d["id"])

def pairs(groups):
    by = collections.defaultdict(list)
    for doc, g in groups.items(): by[g].append(doc)
    return sum(len(v) * (len(v) - 1) // 2 for v in by.values()), by

docs = sorted(ours)
both = 0
ours_pairs, ours_by = pairs(ours)
true_pairs, _ = pairs({d: truth[d] for d in docs})
for members in ours_by.values():
    c = collections.Counter(truth[d] for d in members)
    both += sum(n * (n - 1) // 2 for n in c.values())
p = both / ours_pairs if ours_pairs else 1.0
r = both / true_pairs if true_pairs else 1.0
multi = sum(1 for v in ours_by.values() if len(v) > 1)
print(f"documents {len(docs)}, stories found {len(ours_by)} ({multi} with 2+ documents), true stories "
      f"{len(set(truth[d] for d in docs))}")
print(f"pairwise precision {p:.3f} ({both}/{ours_pairs}), recall {r:.3f} ({both}/{true_pairs})")
