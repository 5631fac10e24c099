#!/usr/bin/env python3
"""Score `claimcheck conflicts --format json` against a labels file of this format (TSV: expect, subject~,
attribute~, value_a, value_b, files). A 'conflict' row holds when some finding of kind conflict (or
unit-mismatch) about that subject and attribute shows both values; a 'not-conflict' row holds when no
such finding exists. Prints failures, then 'held-out conflicts K/N found, M/P non-conflicts clean,
F findings'."""
import json, re, sys

def walk(x):
    if isinstance(x, dict):
        yield x
        for v in x.values(): yield from walk(v)
    elif isinstance(x, list):
        for v in x: yield from walk(v)

def nums(x):
    if isinstance(x, dict): return [n for v in x.values() for n in nums(v)]
    if isinstance(x, list): return [n for v in x for n in nums(v)]
    if isinstance(x, bool): return []
    if isinstance(x, (int, float)): return [float(x)]
    if isinstance(x, str):
        try: return [float(x)]
        except ValueError: return []
    return []

def has_value(f, want):
    t = json.dumps(f)
    if re.fullmatch(r"\d{4}-\d\d(-\d\d)?", want): return want in t
    w = float(want)
    return any(abs(n - w) <= 1e-3 * abs(w) for n in nums(f))

def about(f, subj, attr):
    s = str(f.get("subject", f.get("key", "")))
    a = str(f.get("attribute", f.get("key", ""))) + " " + json.dumps(f.get("qualifiers", ""))
    return re.search(subj, s, re.I) and re.search(attr, a, re.I)

data = json.load(open(sys.argv[2], encoding="utf-8"))
findings = [d for d in walk(data) if "kind" in d and ("subject" in d or "key" in d)]
conf = [f for f in findings if str(f.get("kind", "")).lower() in ("conflict", "unit-mismatch", "unit_mismatch")]
found = total = clean = ntotal = 0
labelled = set()
for row in open(sys.argv[1], encoding="utf-8"):
    if row.startswith(("#", "expect\t")) or not row.strip(): continue
    expect, subj, attr, a, b, files = row.rstrip("\n").split("\t")[:6]
    hits = [f for f in conf if about(f, subj, attr) and has_value(f, a) and has_value(f, b)]
    hit = bool(hits)
    if expect == "conflict":
        labelled.update(id(f) for f in hits)
        total += 1; found += hit
        if not hit: print(f"missed conflict: {subj} {attr} {a} vs {b} ({files})")
    else:
        ntotal += 1; clean += not hit
        if hit: print(f"false conflict: {subj} {attr} {a} vs {b} ({files})")
unl = [f for f in conf if id(f) not in labelled]
for f in unl:
    print(f"unlabelled conflict finding: {f.get('subject')} / {f.get('attribute')}: " + " | ".join(str(s.get('value')) for s in f.get('support', [])))
print(f"held-out conflicts {found}/{total} found, {clean}/{ntotal} non-conflicts clean, {len(conf)} conflict findings of {len(findings)}, {len(unl)} unlabelled")
