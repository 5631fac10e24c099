#!/usr/bin/python3
"""The cluster path of docs/cluster.md run on Dask distributed.

    claimcheck_dask.py CORPUS.jsonl [--workers N] [--partitions P] [--reducers R]
                       [--claimcheck PATH] [-o FINDINGS.json]

A LocalCluster of N worker processes (one thread each; the same engine a team
runs across machines with dask-scheduler and dask-worker):

  map      each partition of CORPUS's lines -> `claimcheck --quiet extract --format keyed`
  shuffle  every keyed line goes to reducer crc32(key) % R (not hash(): salted per process)
  reduce   each reducer's lines sorted in byte order -> `claimcheck --quiet conflicts --claims - --format json`

and writes one findings JSON ({"schema_version":1,"findings":[...]}: the
reducers' findings one after the other).  Keys are the mapper's
(subject|attribute, plus |story for a story-scoped event fact), so a story
never meets another in a reducer.  Prints the wall time of the run (cluster
start-up excluded) on stderr.

Needs Debian's python3-distributed (tools/setup-cluster installs it).
"""
import argparse
import json
import subprocess
import sys
import time
import zlib


def run(cmd, stdin):
    done = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(cmd), done.returncode, done.stderr.decode(errors="replace")))
    return done.stdout


def map_partition(claimcheck, articles, reducers):
    """extract --format keyed over one partition's lines; its output split into one bucket per reducer."""
    buckets = [[] for _ in range(reducers)]
    stdin = "".join(a if a.endswith("\n") else a + "\n" for a in articles).encode()
    for line in run([claimcheck, "--quiet", "extract", "--format", "keyed"], stdin).splitlines():
        key = line.split(b"\t", 1)[0]
        buckets[zlib.crc32(key) % reducers].append(line)
    return buckets


def bucket(buckets, r):
    return buckets[r]


def reduce_keys(claimcheck, *shares):
    """conflicts --claims - over every keyed line of this reducer's keys, in byte order."""
    lines = sorted(line for share in shares for line in share)  # bytes sort = LC_ALL=C sort
    out = run([claimcheck, "--quiet", "conflicts", "--claims", "-", "--format", "json"], b"\n".join(lines) + b"\n")
    return json.loads(out)["findings"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="JSON Lines articles")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--partitions", type=int, default=8, help="map partitions (default 8)")
    ap.add_argument("--reducers", type=int, default=4, help="reduce partitions (default 4)")
    ap.add_argument("--claimcheck", default="claimcheck", help="the claimcheck binary (default: on PATH)")
    ap.add_argument("-o", "--output", default="-", help="findings JSON (default stdout)")
    args = ap.parse_args()
    partitions, reducers = max(1, args.partitions), max(1, args.reducers)

    import os
    import dask.bag
    from dask import delayed
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        start = time.monotonic()
        # Each worker reads its own block of the file (whole lines), as it would from HDFS or S3.
        block = max(1 << 16, -(-os.path.getsize(args.corpus) // partitions))
        articles = dask.bag.read_text(args.corpus, blocksize=block, encoding="utf-8")
        mapped = [delayed(map_partition)(args.claimcheck, p, reducers) for p in articles.to_delayed()]
        reduced = [delayed(reduce_keys)(args.claimcheck, *[delayed(bucket)(m, r) for m in mapped])
                   for r in range(reducers)]
        findings = [f for share in client.compute(reduced, sync=True) for f in share]
        seconds = time.monotonic() - start
    text = json.dumps({"schema_version": 1, "findings": findings}, indent=2) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    print("claimcheck_dask: %d workers, %d map partitions, %d reducers: %d findings in %.2f s"
          % (args.workers, len(mapped), reducers, len(findings), seconds), file=sys.stderr)


if __name__ == "__main__":
    main()
