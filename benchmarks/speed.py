"""newscli's speed and memory next to the tools people would otherwise use, with ratios.

    python benchmarks/speed.py [--pages N] [--repeat R] [--skip-cli]

Measures, on the Scrapinghub dev pages (../shared/bench/extraction/scrapinghub):
  1. start-up: `newscli clean PAGE` against the bare imports of typer, rich, lxml and bs4
     (the fastest of several runs each, in fresh processes);
  2. clean, in one process: HTML pages/s next to trafilatura, and text pages/s;
  3. analyze, in one process: pages/s and words/s next to a plain stack (trafilatura, then
     spaCy's full en_core_web_sm pipeline), model load excluded on both sides;
  4. the CLI end to end: `newscli analyze DIR --jobs 1` and `--jobs 2` wall time and peak
     memory (RSS of the whole process tree), on the first N pages.
Numbers from a shared machine are noisy; rounds are interleaved and the best is kept.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import best_of  # benchmarks/timing.py

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "extraction"
NEWSCLI = str(Path(sys.executable).parent / "newscli")


def load(directory: Path, limit: int | None = None) -> list[tuple[str, str]]:
    """(name, decoded page) pairs, sorted by name."""
    pages = []
    for path in sorted(directory.iterdir())[:limit]:
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        pages.append((path.name, data.decode("utf-8", errors="replace")))
    return pages


def startup(repeat: int, page: Path) -> tuple[float, float]:
    def fastest_run(args: list[str]) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times.append(time.perf_counter() - start)
        return min(times)  # the least disturbed run: start-up noise only ever adds time

    bare = fastest_run([sys.executable, "-c", "import typer, rich, lxml.html, bs4"])
    clean = fastest_run([NEWSCLI, "clean", str(page)])
    return clean, bare


def clean_speed(html: list[tuple[str, str]], text: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    import trafilatura

    from newscli.errors import NoContentError
    from newscli.extract import extract_article

    def ours(pages: list[tuple[str, str]], fmt: str) -> None:
        for _, page in pages:
            with contextlib.suppress(NoContentError):
                extract_article(page, fmt)  # type: ignore[arg-type]

    def theirs() -> None:
        for _, page in html:
            trafilatura.extract(page)

    ours(html[:5], "html")  # warm imports
    theirs_t = best_of(repeat, theirs)
    ours_t = best_of(repeat, lambda: ours(html, "html"))
    text_t = best_of(repeat, lambda: ours(text, "text"))
    return {"html_ours": len(html) / ours_t, "html_trafilatura": len(html) / theirs_t, "text_ours": len(text) / text_t}


def analyze_speed(html: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    import spacy
    import trafilatura

    from newscli.inputs import sniff_format
    from newscli.models import Document
    from newscli.nlp.model import load_model, resolve_model_name
    from newscli.runners.pipeline import Options, run

    options = Options(tasks=frozenset({"summary", "figures", "entities", "quotes"}), any_language=True)
    documents = [Document(id=n, source=n, content=p, format=sniff_format(p)) for n, p in html]
    load_model(None)  # both sides load their model outside the timing
    plain = spacy.load(resolve_model_name())
    words = 0

    def ours() -> None:
        nonlocal words
        words = sum(len(r.article.text.split()) for r in run(documents, options) if hasattr(r, "article"))

    def theirs() -> None:
        texts = [trafilatura.extract(p) or "" for _, p in html]
        for _ in plain.pipe(texts, batch_size=16):
            pass

    theirs_t = best_of(repeat, theirs)
    ours_t = best_of(repeat, ours)
    return {"ours_pages": len(html) / ours_t, "ours_words": words / ours_t, "plain_pages": len(html) / theirs_t}


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * resource.getpagesize()
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(pid, 0) for pid in tree) / 2**20


def cli_jobs(directory: Path) -> dict[str, tuple[float, float]]:
    """Wall time and peak whole-tree RSS of `newscli analyze DIR --jobs N`."""
    out = {}
    for jobs in (1, 2):
        args = [NEWSCLI, "analyze", str(directory), "--jobs", str(jobs), "--any-language", "-q", "-f", "jsonl"]
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.2)
        out[f"jobs{jobs}"] = (time.perf_counter() - start, peak)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=60, help="pages for the analyze and CLI runs")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-cli", action="store_true")
    args = parser.parse_args()
    html = load(BENCH / "scrapinghub" / "html")
    text = load(BENCH / "scrapinghub-text")

    first_page = BENCH / "scrapinghub" / "html" / sorted(os.listdir(BENCH / "scrapinghub" / "html"))[0]
    clean_t, bare_t = startup(max(5, args.repeat * 3), first_page)
    print(
        f"start-up     newscli clean {clean_t * 1000:5.0f} ms | bare imports {bare_t * 1000:5.0f} ms"
        f" | ratio {clean_t / bare_t:.2f}x (target <= 1.5x)"
    )
    c = clean_speed(html, text, args.repeat)
    print(
        f"clean html   newscli {c['html_ours']:6.1f} pages/s | trafilatura {c['html_trafilatura']:6.1f} pages/s"
        f" | ratio {c['html_ours'] / c['html_trafilatura']:.2f}x"
    )
    print(f"clean text   newscli {c['text_ours']:6.1f} pages/s (target >= 500)")
    a = analyze_speed(html[: args.pages], max(1, args.repeat - 1))
    print(
        f"analyze      newscli {a['ours_pages']:6.1f} pages/s ({a['ours_words']:,.0f} words/s)"
        f" | trafilatura + spaCy {a['plain_pages']:6.1f} pages/s | ratio {a['ours_pages'] / a['plain_pages']:.2f}x"
    )
    if not args.skip_cli:
        with tempfile.TemporaryDirectory() as tmp:
            for name in sorted(os.listdir(BENCH / "scrapinghub" / "html"))[: args.pages]:
                shutil.copy(BENCH / "scrapinghub" / "html" / name, tmp)
            runs = cli_jobs(Path(tmp))
        (t1, m1), (t2, m2) = runs["jobs1"], runs["jobs2"]
        print(
            f"analyze CLI  {args.pages} pages: --jobs 1 {t1:5.1f} s | --jobs 2 {t2:5.1f} s | speed-up {t1 / t2:.2f}x"
            f" (target >= 1.6x) | peak RSS {m1:,.0f} / {m2:,.0f} MB (target <= 1024)"
        )


if __name__ == "__main__":
    main()
