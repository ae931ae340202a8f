#!/usr/bin/python3
"""Write a corpus of NDJSON records for the example: python3 make_corpus.py N > corpus.jsonl.

Deterministic: record i is built from news-like sentences chosen by i, so every run and
every machine gets the same corpus and the same hits.
"""

import json
import sys

SENTENCES = [
    "Scam revenue was estimated at $12.5 to $19 billion per year, as much as 60% of GDP.",
    "The report said the workforce easily exceeds 350,000 people across the region.",
    "Regional revenue is between $50 and 75 billion, officials in Bangkok said.",
    "Officials met on Tuesday to discuss the report and its methods in some detail.",
    "Around 3,000 victims were freed, and about €2 million was seized in the raid.",
    "Losses in the UK reached £1.2 billion a year, and ¥300 million in Japan.",
    "Nothing numeric here, only words about policy, patterns and the long road ahead.",
]


def record(i):
    picks = [SENTENCES[(i * 5 + j * 3) % len(SENTENCES)] for j in range(4)]
    return json.dumps({"id": f"r{i}", "text": " ".join(picks)}, ensure_ascii=False)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    out = sys.stdout
    for i in range(count):
        out.write(record(i) + "\n")


if __name__ == "__main__":
    main()
