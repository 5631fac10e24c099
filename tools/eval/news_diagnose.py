#!/usr/bin/env python3
"""Where a labelled news conflict is lost: extraction, keying or comparison.

usage: news_diagnose.py LABELS.tsv EXPORT.jsonl [--detail]

EXPORT is `claimcheck export` of a database ingested from multi-news-dev.jsonl
(story field, ids devNNN-srcK).  For each conflict label it looks for a claim
in src_a carrying value_a and one in src_b carrying value_b (values matched as
news-dev/score.py matches them) and sorts the label into:
  not extracted  - one of the two values is in no claim of its document
  mention only   - both are claimed, but one only as an agreement-only mention
  different key  - both claimed as facts, never under one subject+attribute+qualifiers
  same key       - a pair shares a key (comparison judged them compatible, or found it)
Prints the counts; --detail also prints each label (do not use it on held-out labels).
"""
import csv, json, re, sys, collections


# Value matching as news-dev/score.py does it (that script runs on import).
SCALES = (1, 60, 3600, 1 / 60, 1 / 24, 24, 0.01, 100)


def nums(x):
    if isinstance(x, dict): return [n for v in x.values() for n in nums(v)]
    if isinstance(x, list): return [n for v in x for n in nums(v)]
    if isinstance(x, bool): return []
    if isinstance(x, (int, float)): return [float(x)]
    if isinstance(x, str):
        return [float(m.group()) for m in re.finditer(r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?", x)]
    return []


def has(f, want, scale=1.0):
    t = json.dumps(f, ensure_ascii=False)
    if re.fullmatch(r"\d{4}-\d\d(-\d\d)?", want): return want in t
    m = re.fullmatch(r"(\d\d):(\d\d)", want)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if want in t or f"{h}:{mi:02d}" in t: return True
        return any(abs(n - v) <= 0.01 * v for n in nums(f) for v in (h * 60 + mi, h * 3600 + mi * 60, h + mi / 60))
    try: w = float(want) * scale
    except ValueError: return want.lower() in t.lower()
    return any(abs(n - w) <= 0.01 * max(abs(w), 1e-9) for n in nums(f))

MENTIONS = {'count', 'amount', 'date_mentioned', 'age_mentioned', 'duration_mentioned', 'time_mentioned'}


def key(c):
    q = {k: v for k, v in c['qualifiers'].items()}
    return (c['subject'], c['attribute'], json.dumps(q, sort_keys=True))


def relation(a, b):
    """How two subjects differ, without printing them."""
    if a == b: return 'same'
    if a == 'event' or b == 'event': return 'one is the event'
    wa, wb = a.split(), b.split()
    if wa[-1] == wb[-1]:
        if len(wa) == 1 or len(wb) == 1: return 'same last word, one is the last word alone'
        if wa[0] == wb[0]: return 'same first and last word'
        if wa[0][0] == wb[0][0]: return 'same last word, first words share the initial'
        return 'same last word, other first word'
    if a in b or b in a: return 'one inside the other'
    return 'different'


def main():
    labels, export = sys.argv[1], sys.argv[2]
    detail = '--detail' in sys.argv
    by_doc = collections.defaultdict(list)
    for line in open(export):
        j = json.loads(line)
        if j.get('type') == 'claim':
            by_doc[j['doc']].append(j)
    counts = collections.Counter()
    kinds = collections.Counter()
    rows = [r for r in csv.DictReader(open(labels), delimiter='\t') if r['kind'] == 'conflict']
    for r in rows:
        da = 'dev%s-%s' % (r['cluster'], r['src_a'].replace('.txt', ''))
        db = 'dev%s-%s' % (r['cluster'], r['src_b'].replace('.txt', ''))
        best = None
        for s in SCALES:
            ca = [c for c in by_doc[da] if has(c['value'], r['value_a'], s) or has({'d': c['display']}, r['value_a'], s)]
            cb = [c for c in by_doc[db] if has(c['value'], r['value_b'], s) or has({'d': c['display']}, r['value_b'], s)]
            if not ca or not cb:
                cat = 'not extracted'
            elif all(c['attribute'] in MENTIONS for c in ca) or all(c['attribute'] in MENTIONS for c in cb):
                cat = 'mention only'
            elif {key(c) for c in ca if c['attribute'] not in MENTIONS} & {key(c) for c in cb if c['attribute'] not in MENTIONS}:
                cat = 'same key'
            else:
                cat = 'different key'
            order = ['not extracted', 'mention only', 'different key', 'same key']
            if best is None or order.index(cat) > order.index(best[0]):
                best = (cat, ca, cb)
        counts[best[0]] += 1
        if best[0] in ('mention only', 'different key'):
            attrs = lambda side: '/'.join(sorted({c['attribute'] for c in side}))
            kinds[best[0] + ': ' + attrs(best[1]) + ' vs ' + attrs(best[2])] += 1
            if '--why' in sys.argv:
                for a in best[1][:2]:
                    for b in best[2][:2]:
                        print('    why: %s %s vs %s %s; subjects %s' % (a['attribute'], a['qualifiers'].get('noun', ''),
                              b['attribute'], b['qualifiers'].get('noun', ''), relation(a['subject'], b['subject'])))
        elif best[0] == 'not extracted':
            kinds['not extracted: ' + ('a' if not best[1] else '') + ('b' if not best[2] else '')] += 1
        if detail:
            print('%s %s: %s vs %s -> %s' % (r['cluster'], r['fact'], r['value_a'], r['value_b'], best[0]))
            for side in (best[1], best[2]):
                for c in side[:3]:
                    print('    %s %s %s %s' % (c['doc'], c['attribute'], c['subject'], c['qualifiers']))
    print('conflict labels: %d; ' % len(rows) + ', '.join('%s %d' % (k, counts[k]) for k in
          ['not extracted', 'mention only', 'different key', 'same key']))
    for k, n in sorted(kinds.items(), key=lambda x: -x[1]):
        print('  %2d  %s' % (n, k))


if __name__ == '__main__':
    main()
