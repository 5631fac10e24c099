#!/usr/bin/env python3
"""EXPERIMENT (docs/linkgrammar.md): scores who owns each number, parser vs claimcheck's rules.

    score.py OWNERS.tsv PROBE.jsonl CLAIMS.jsonl

OWNERS.tsv: id, number, kind, owner phrase.  A binding is right when it names a word of the owner
phrase that no other owner in the same sentence shares ("Fran" for "Fran Keller" beside "Dan
Keller"; "Keller" alone names neither) and no such word of another owner.  PROBE.jsonl is probe's
output; CLAIMS.jsonl is `claimcheck extract --format jsonl` over one file per sentence, named ID.txt.
"""
import collections
import json
import re
import statistics
import sys

STOPWORDS = {"the", "a", "an", "his", "her", "their", "of", "and", "two"}


def words(text):
    return {w for w in re.findall(r"[a-z0-9][a-z0-9.\-]*", text.lower()) if w not in STOPWORDS}


def number_key(text):
    """'$1.25 per million' -> '1.25', '30-year-old' -> '30', '1,000' -> '1000', '49B' -> '49'."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return m.group(0).replace(",", "") if m else None


def verdict(named, own, others):
    """named: the words of the owner a method gave (empty: it gave none)."""
    if not named:
        return "unbound"
    return "right" if named & own and not named & others else "wrong"


def main(owners_path, probe_path, claims_path):
    expected = collections.defaultdict(list)  # id -> [(key, kind, owner)]
    for line in open(owners_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        sid, number, kind, owner = line.rstrip("\n").split("\t")
        expected[sid].append((number_key(number), kind, owner))

    parsed = {}
    for line in open(probe_path, encoding="utf-8"):
        d = json.loads(line)
        parsed[d["id"]] = d

    claims = collections.defaultdict(list)  # (id, key) -> subjects of the claims on that number
    for line in open(claims_path, encoding="utf-8"):
        c = json.loads(line)
        sid = c["doc"].rsplit("/", 1)[-1].removesuffix(".txt")
        claims[(sid, number_key(c["value"]["text"]))].append(c.get("subject") or "event")

    tally = {m: collections.Counter() for m in ("parser", "rules")}
    by_kind = {m: collections.defaultdict(collections.Counter) for m in ("parser", "rules")}
    rows = []
    for sid, items in expected.items():
        probe_numbers = [(number_key(n["number"]), n) for n in parsed[sid]["numbers"]]
        for key, kind, owner in items:
            own = words(owner) - set().union(*(words(o) for _, _, o in items if o != owner))
            others = set().union(*(words(o) for _, _, o in items if o != owner)) - words(owner)
            hit = next((n for k, n in probe_numbers if k == key), None)
            named = words(hit["owner_phrase"]) if hit and hit["owner"] else set()
            parser = verdict(named, own, others)
            found = claims.get((sid, key), [])
            subjects = [s for s in found if s != "event"]  # "event": bound to the story, not to an owner
            verdicts = {verdict(words(s), own, others) for s in subjects}
            rules = ("not extracted" if not found else "unbound" if not subjects
                     else "right" if verdicts == {"right"} else "wrong")
            for method, v in (("parser", parser), ("rules", rules)):
                tally[method][v] += 1
                by_kind[method]["age+price" if kind in ("age", "price") else "other"][v] += 1
            rows.append((sid, key, owner, parser, hit["owner_phrase"] if hit else "-", rules, "; ".join(found) or "-"))

    print("id\tnumber\texpected\tparser\tparser_owner\trules\trules_subjects")
    for r in rows:
        print("\t".join(r))
    total = len(rows)
    print(f"\n{'':12}{'right':>8}{'wrong':>8}{'unbound':>9}{'not extracted':>15}   of {total}")
    for method in ("rules", "parser"):
        for kind, k in [("all", tally[method])] + sorted(by_kind[method].items()):
            n = sum(k.values())
            label = method if kind == "all" else "  " + kind
            print(f"{label:12}{k['right']:>8}{k['wrong']:>8}{k['unbound']:>9}{k['not extracted']:>15}"
                  f"   {100 * k['right'] / n:.0f}% right of {n}")
    both = sum(1 for r in rows if r[3] == "right" and r[5] == "right")
    parser_only = sum(1 for r in rows if r[3] == "right" and r[5] != "right")
    rules_only = sum(1 for r in rows if r[5] == "right" and r[3] != "right")
    print(f"both right {both}, parser only {parser_only}, rules only {rules_only}")
    for gap in ("unbound", "not extracted"):
        g = collections.Counter(r[3] for r in rows if r[5] == gap)
        print(f"where the rules say {gap} ({sum(g.values())}): parser right {g['right']}, "
              f"wrong {g['wrong']}, unbound {g['unbound']}")
    ms = sorted(d["ms"] for d in parsed.values())
    status = collections.Counter(d["status"] for d in parsed.values())
    print(f"parse ms: median {statistics.median(ms):.1f}, p90 {ms[int(0.9 * (len(ms) - 1))]:.1f}, "
          f"max {ms[-1]:.1f}; status {dict(status)} of {len(ms)} sentences")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
