#!/usr/bin/env python3
"""EXPERIMENT (docs/linkgrammar.md): parse time and failures from probe's output.

    timing.py PROBE.jsonl...
"""
import collections
import json
import statistics
import sys

for path in sys.argv[1:]:
    parses = [json.loads(line) for line in open(path, encoding="utf-8")]
    status = collections.Counter(p["status"] for p in parses)
    print(f"{path}: {len(parses)} sentences, status {dict(status)}")
    for field in ("ms", "cpu_ms"):
        t = sorted(p[field] for p in parses)
        print(f"  {field:7} median {statistics.median(t):.1f}  p90 {t[int(0.9 * (len(t) - 1))]:.1f}  "
              f"max {t[-1]:.1f}  mean {statistics.mean(t):.1f}  total {sum(t) / 1000:.1f} s")
