"""Pages per second of newscli's HTML extraction next to trafilatura's, in one process.

    python benchmarks/extraction_speed.py [DIR] [--repeat N] [--profile]

DIR holds pages as .html or .html.gz (default: the Scrapinghub dev set). Both extractors
get the same decoded strings, so decoding is not timed; each is run --repeat times
interleaved and the best round is reported, which damps the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import gzip
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared/bench/extraction/scrapinghub/html"


def load_pages(directory: Path) -> list[str]:
    """Every page in directory decoded as UTF-8 (with replacement), sorted by name."""
    pages = []
    for path in sorted(directory.iterdir()):
        if path.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
            data = path.read_bytes()
            if data[:2] == b"\x1f\x8b":
                data = gzip.decompress(data)
            pages.append(data.decode("utf-8", errors="replace"))
    return pages


def newscli_extract(page: str) -> str:
    """What `newscli clean` does to an HTML page, minus reading and rendering."""
    from newscli.errors import NoContentError
    from newscli.extract import extract_article

    try:
        return extract_article(page, "html").text
    except NoContentError:
        return ""


def trafilatura_extract(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page) or ""


def time_round(extract: Callable[[str], str], pages: list[str]) -> float:
    start = time.perf_counter()
    for page in pages:
        extract(page)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile newscli's extraction instead")
    parser.add_argument("--only", choices=["newscli", "trafilatura"], help="time one extractor only")
    args = parser.parse_args()
    pages = load_pages(args.directory)
    extractors = {"newscli": newscli_extract, "trafilatura": trafilatura_extract}
    if args.only:
        extractors = {args.only: extractors[args.only]}
    for extract in extractors.values():  # warm up: imports, compiled patterns
        extract(pages[0])
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(time_round, newscli_extract, pages)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
        return
    best = dict.fromkeys(extractors, float("inf"))
    for _ in range(args.repeat):
        for name, extract in extractors.items():
            best[name] = min(best[name], time_round(extract, pages))
    for name, seconds in best.items():
        print(f"{name:12s} {len(pages) / seconds:7.1f} pages/s  ({seconds:.2f} s for {len(pages)} pages)")


if __name__ == "__main__":
    main()
