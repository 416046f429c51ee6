"""`newscli sources` on many analysed records: memory must follow distinct entities, not articles.

Writes synthetic analysed JSON Lines (the shape `newscli analyze -f jsonl` writes: entity rows and
quotes per article, drawn from a fixed pool of names), then runs `newscli sources` over 5,000 and
50,000 of them in a child process and reports each run's peak RSS and time. Target: the 50,000-record
run peaks within 1.5x of the 5,000-record one (bounded memory), and under 512 MB.

    python benchmarks/sources_memory.py [--records 50000] [--pool 20000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Ana", "Ben", "Chen", "Dara", "Emeka", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kofi", "Lena", "Mira", "Nils"]
LAST = ["Okafor", "Petrov", "Quinn", "Rahman", "Silva", "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zed"]
PUBLISHERS = ["Harbour Ledger", "Evening Courier", "Valley Post", "Coastal Times", "Metro Daily"]


def pool(size: int, rng: random.Random) -> list[tuple[str, str]]:
    names = set()
    while len(names) < size:
        names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}-{rng.randrange(10_000)}")
    people = [(n, "person") for n in sorted(names)]
    return people + [(f"{n.split()[1]} Group", "organization") for n, _ in people[: size // 4]]


def write_records(path: Path, count: int, names: list[tuple[str, str]], rng: random.Random) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            picked = rng.sample(names, 10)
            entities = [{"name": n, "type": t, "aliases": [n.split()[-1]], "role": "spokesperson", "count": 2,
                         "mentions": [{"start": 0, "end": 1, "text": n}]} for n, t in picked]  # fmt: skip
            quotes = [{"text": "We will see.", "speaker": n, "kind": "direct"} for n, t in picked[:3] if t == "person"]
            record = {"schema": "newscli/1", "id": f"a{i}", "publisher": rng.choice(PUBLISHERS),
                      "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "title": f"Story {i}",
                      "text": "Short text. " * 20, "entities": entities, "quotes": quotes}  # fmt: skip
            out.write(json.dumps(record) + "\n")


def run(path: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one `newscli sources` child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newscli", "sources", str(path), "-f", "tsv"],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--pool", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(7)
    names = pool(args.pool, rng)
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "small.jsonl", Path(tmp) / "large.jsonl"
        write_records(small, args.records // 10, names, rng)
        write_records(large, args.records, names, rng)
        # ru_maxrss of children is the largest child so far: run the small one first
        small_s, small_mb = run(small)
        large_s, large_mb = run(large)
    print(f"sources  {args.records // 10:>6,} records  {small_s:6.1f} s  peak RSS {small_mb:6.0f} MB")
    print(f"sources  {args.records:>6,} records  {large_s:6.1f} s  peak RSS {large_mb:6.0f} MB "
          f"({large_mb / small_mb:.2f}x the small run; target <= 1.5x and <= 512 MB)")  # fmt: skip


if __name__ == "__main__":
    main()
