#!/usr/bin/python3
"""Run `reckon extract --jsonl` as the map step of a Dask bag.

Reads NDJSON records ({"id": ..., "text": ...}) with dask.bag.read_text, pipes each partition
through the reckon CLI (a plain NDJSON filter: records in, hits out), writes the hits as JSON
lines and prints a summary: hits per currency and the largest figures.

Without --scheduler it starts a dask.distributed LocalCluster on this machine; with
--scheduler tcp://host:8786 the same code runs on that cluster unchanged (every worker needs
`reckon` on its PATH, or the --reckon command).
"""

import argparse
import json
import logging
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster


def reckon_filter(command, extra_args):
    """The map step: a function from a partition's lines to the hit lines reckon writes."""

    def run(lines):
        records = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
        # One job per partition: Dask already runs one partition per worker thread.
        args = command + ["extract", "--jsonl", "-", "--jobs", "1", "--quiet"] + extra_args
        done = subprocess.run(args, input=records.encode("utf-8"), capture_output=True)
        # Exit 1 means some records were malformed: they are reported, the rest are kept.
        if done.returncode not in (0, 1):
            raise RuntimeError(
                f"reckon failed with exit code {done.returncode}: {done.stderr.decode()[:500]}"
            )
        hits = done.stdout.decode("utf-8").splitlines()
        malformed = [
            json.dumps({"malformed": json.loads(line)})
            for line in done.stderr.decode("utf-8").splitlines()
            if line.startswith("{")
        ]
        return hits + malformed

    return run


def currency_of(unit):
    """The ISO 4217 code a unit is money in (`USD/year` -> `USD`), or None."""
    head = unit.split("/")[0].split("*")[0]
    return head if len(head) == 3 and head.isalpha() and head.isupper() else None


def figure(hit):
    """The figure to rank a hit by: its upper bound, or its lower one when open-topped."""
    value = hit["range"]["high"] if hit["range"]["high"] is not None else hit["range"]["low"]
    return value if value is not None else 0


def summarise(out_dir, top):
    """Hits per currency and the largest money figures, read back from the written hits."""
    lines = db.read_text(str(out_dir / "*.jsonl")).map(json.loads)
    hits = lines.filter(lambda item: "malformed" not in item)
    malformed = lines.filter(lambda item: "malformed" in item).count()
    money = hits.filter(lambda hit: currency_of(hit["range"]["unit"]) is not None)
    per_currency = money.map(lambda hit: currency_of(hit["range"]["unit"])).frequencies()
    # Distinct figures: the same phrase in many records is one figure, told once.
    largest = money.map(lambda hit: (figure(hit), hit["range"]["unit"], hit["text"])).distinct()
    largest = largest.topk(top, key=lambda item: item[0])
    total = hits.count()
    return dask.compute(total, malformed, per_currency, largest)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="NDJSON files or globs of records")
    parser.add_argument("--out", default="hits", help="folder for the hit files (default hits)")
    parser.add_argument("--scheduler", help="a Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    parser.add_argument("--blocksize", default="1MiB", help="bytes per partition (default 1MiB)")
    parser.add_argument(
        "--reckon",
        default=os.environ.get("RECKON", "reckon"),
        help='the reckon command (default $RECKON or "reckon" on the PATH)',
    )
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--top", type=int, default=5, help="how many largest figures to show")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            dashboard_address=None,
            # Worker start and stop notices are noise beside the summary.
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        out_dir = Path(args.out)
        out_dir.mkdir(parents=True, exist_ok=True)
        for old in out_dir.glob("*.jsonl"):
            old.unlink()
        step = reckon_filter(
            shlex.split(args.reckon),
            ["--id-field", args.id_field, "--text-field", args.text_field],
        )
        records = db.read_text(args.inputs, blocksize=args.blocksize)
        hits = records.map_partitions(step)
        hits.to_textfiles(str(out_dir / "hits-*.jsonl"))
        total, malformed, per_currency, largest = summarise(out_dir, args.top)
    finally:
        client.close()
        if not args.scheduler:
            cluster.close()
    elapsed = time.perf_counter() - started

    print(f"{total} hits in {elapsed:.1f} s, written to {args.out}/")
    if malformed:
        noun = "record" if malformed == 1 else "records"
        print(f"{malformed} malformed {noun} skipped (see the 'malformed' lines)")
    print("hits per currency:")
    for currency, count in sorted(per_currency, key=lambda pair: (-pair[1], pair[0])):
        print(f"  {currency}  {count}")
    print("largest figures:")
    for value, unit, text in largest:
        print(f"  {value:.4g} {unit}  {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
