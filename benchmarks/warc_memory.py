"""Peak memory of newscli reading a large web archive: it must stream, not load.

    python benchmarks/warc_memory.py [--stories 2000] [--analyze] [--jobs 2] [--keep DIR]

Writes a gzipped WARC the way a crawler does - for every story a request record and an
HTML response (a 30-60 KB page: navigation, the article, related links, footer), an image
response for every fifth story, a revisit for every tenth, and a 4 MB page every 500 stories
- then runs `newscli clean ARCHIVE -f jsonl` (to /dev/null) and `newscli clean ARCHIVE --db`,
and with --analyze `newscli analyze ARCHIVE --db --jobs N`, each in a fresh process.

Peak memory is the largest resident set of the whole process tree (newscli and its workers,
summed), sampled from /proc every 20 ms, and each process's own peak from wait4(). The
issue's bar: under 600 MB for 2,000 records. Needs Linux; the articles are made up here.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

LIMIT_MB = 600
FIRST = ["Maria", "Daniel", "Aiko", "Tomas", "Grace", "Omar", "Lena", "Pedro", "Hannah", "Kwame", "Ingrid", "Ravi"]
LAST = ["Okafor", "Lindqvist", "Tanaka", "Novak", "Mbeki", "Haddad", "Fischer", "Alvarez", "Kowalski", "Brennan"]
PLACES = ["Port Ellery", "Kirkholm", "Dunmore", "Ashby", "Caldwell", "Marston", "Redford", "Halden"]
BODIES = ["council", "harbour board", "water authority", "school trust", "transport agency", "health board"]
THINGS = ["a new bridge", "the bus depot", "flood defences", "a bigger library", "the ferry terminal", "cycle lanes"]


def story(rng: random.Random, n: int) -> tuple[str, list[str]]:
    place, body, thing = rng.choice(PLACES), rng.choice(BODIES), rng.choice(THINGS)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    title = f"{place} {body} backs plan for {thing} (story {n})"
    paragraphs = [
        f"The {body} in {place} voted {rng.randint(5, 9)}-{rng.randint(0, 4)} on Tuesday to spend "
        f"${rng.randint(2, 90)}.{rng.randint(1, 9)} million on {thing}, ending two years of argument.",
        f"\u201cThis is the most important decision we have taken in a decade,\u201d said {name}, who chairs "
        f"the {body}. {name.split()[1]} said work would start in {rng.choice(['March', 'June', 'September'])}.",
        f"Opponents said costs had risen by {rng.randint(5, 40)} percent since the plan was first proposed, "
        f"and {rng.choice(FIRST)} {rng.choice(LAST)}, a local shopkeeper, called the vote rushed.",
        f"About {rng.randint(2, 30) * 100} residents signed a petition last year asking for {thing}, "
        f"according to the {body}'s own figures.",
    ]
    return title, paragraphs * rng.randint(1, 3)


def page(title: str, paragraphs: list[str], rng: random.Random, pad_to: int) -> bytes:
    nav = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(40))
    related = "".join(f"<li><a href='/a/{rng.randint(1, 10**6)}'>Another headline, {i}</a></li>" for i in range(30))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | The Gazette</title>"
        f"<script>var tracking = {{}};</script></head><body><header><nav><ul>{nav}</ul></nav></header>"
        f"<main><article><h1>{title}</h1>{body}</article><aside><ul>{related}</ul></aside></main>"
        "<footer>Copyright The Gazette. All rights reserved.</footer>"
    )
    filler = max(0, pad_to - len(html))  # scripts and styles that pages carry, invisible in the text
    return (html + f"<script>/* {'x' * filler} */</script></body></html>").encode()


def write_archive(path: Path, stories: int, seed: int = 16) -> int:
    rng = random.Random(seed)
    records = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(stories):
            uri = f"https://gazette.example/news/{n}"
            request = StatusAndHeaders("GET /news HTTP/1.1", [("Host", "gazette.example")], is_http_request=True)
            empty = io.BytesIO(b"")
            writer.write_record(writer.create_warc_record(uri, "request", payload=empty, http_headers=request))
            title, paragraphs = story(rng, n)
            size = 4_000_000 if n % 500 == 499 else rng.randint(30_000, 60_000)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            html = io.BytesIO(page(title, paragraphs, rng, size))
            writer.write_record(writer.create_warc_record(uri, "response", payload=html, http_headers=headers))
            records += 2
            if n % 5 == 0:
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    uri + ".jpg", "response", payload=io.BytesIO(b"\xff\xd8\xff" + os.urandom(20_000)),
                    http_headers=image))  # fmt: skip
                records += 1
            if n % 10 == 0:
                writer.write_record(writer.create_revisit_record(
                    uri, digest="sha1:AAAA", refers_to_uri=uri, refers_to_date="2024-03-05T10:20:30Z"))  # fmt: skip
                records += 1
    return records


def tree_rss(pid: int) -> int:
    """Resident bytes of pid and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rpartition(")")[2].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo.extend(children.get(current, []))
    return total


def measure(command: list[str]) -> tuple[float, float, float, int]:
    """(seconds, peak MB of the process tree, peak MB of the main process alone, exit code)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.02)
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code:
            errors.seek(0)
            print(errors.read().decode()[-2000:], file=sys.stderr)
    return time.perf_counter() - started, peak / 2**20, usage.ru_maxrss / 1024, code  # ru_maxrss: KB on Linux


def _articles(database: str) -> int:
    with sqlite3.connect(database) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--analyze", action="store_true", help="also run analyze --db (loads spaCy; minutes)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="write the archive and databases here instead of a temp dir")
    args = parser.parse_args()
    newscli = [sys.executable, "-m", "newscli"]
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        archive = work / "crawl.warc.gz"
        records = write_archive(archive, args.stories)
        print(f"{archive}: {records:,} records, {args.stories:,} HTML responses, "
              f"{archive.stat().st_size / 2**20:.1f} MB gzipped")  # fmt: skip
        runs = [
            ("clean -f jsonl", [*newscli, "clean", str(archive), "-f", "jsonl", "-q"]),
            ("clean --db", [*newscli, "clean", str(archive), "--db", str(work / "clean.db"), "-q"]),
        ]
        if args.analyze:
            db = str(work / "analyze.db")
            runs.append((f"analyze --db --jobs {args.jobs}", [*newscli, "analyze", str(archive), "--db", db, "-q",
                                                              "--jobs", str(args.jobs)]))  # fmt: skip
        print(f"{'run':<26} {'seconds':>8} {'peak MB (tree)':>15} {'peak MB (one)':>14}  rows  verdict")
        for name, command in runs:
            seconds, tree, own, code = measure(command)
            database = next((c[i + 1] for c in [command] for i, a in enumerate(c) if a == "--db"), None)
            count = _articles(database) if database else "-"
            verdict = "ok" if tree < LIMIT_MB and code == 0 else f"FAIL (exit {code})" if code else "OVER"
            print(f"{name:<26} {seconds:>8.1f} {tree:>15.0f} {own:>14.0f}  {count!s:>4}  {verdict}")


if __name__ == "__main__":
    main()
