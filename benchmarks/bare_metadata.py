#!/usr/bin/env python3
"""Test bed: title, date and authors of news pages that carry no structured metadata.

Older pages (2005-2012) and many small publishers give no og:/twitter: tags, no JSON-LD,
no microdata and no <meta name=author/date>: newscli has to read the headline, the date
line and the byline from the visible page. This script makes such pages out of newsdesk
sets by STRIPPING their structured metadata (visible text kept):

- every <meta> but the charset one; every <script> (JSON-LD and script data layers);
- itemprop / itemtype / itemscope attributes; <time datetime> and pubdate;
- rel=author on links.

With --no-url the canonical and alternate links go too (the page's address is then unknown, as
for a page saved without it). It runs `newscli clean` on the stripped pages (and, with --both,
the pages as they are) and scores title, published date and authors as score_newsdesk.py does.

    python3 benchmarks/bare_metadata.py "NEWSCLI_CMD" OUT_DIR [--both] [--no-url] [--errors] [LABEL=]SET_DIR...

Each SET_DIR holds pages/ and gold/ in the newsdesk format. The stripped pages are written
under OUT_DIR only (they are other projects' files: keep them out of the repository).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import lxml.html

sys.path.insert(0, "/work/shared/bench")
from score_newsdesk import name_key, norm  # type: ignore[import-not-found]

_DROP_ATTRIBUTES = ("itemprop", "itemtype", "itemscope", "itemid", "property", "datetime", "pubdate", "content")


def _read(path: str) -> bytes:
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as fh:
            return fh.read()
    with open(path, "rb") as fh:
        return fh.read()


def strip(page: bytes, *, address: bool = True) -> bytes:
    """The page with its structured metadata removed and its visible text kept (and, address=False, its URL)."""
    root = lxml.html.document_fromstring(page.decode("utf-8", errors="replace"))
    if not address:
        for node in list(root.iter("link")):
            if (node.get("rel") or "").lower() in ("canonical", "shortlink", "alternate"):
                node.drop_tree()
    for node in list(root.iter("meta")):
        if node.get("charset") is None:
            node.drop_tree()
    for node in list(root.iter("script")):
        node.drop_tree()
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        for attribute in _DROP_ATTRIBUTES:
            if attribute in node.attrib and (attribute != "content" or node.tag != "meta"):
                del node.attrib[attribute]
        if (node.get("rel") or "").lower() == "author":
            del node.attrib["rel"]
    head = root.find("head")
    if head is not None:
        head.insert(0, lxml.html.Element("meta", charset="utf-8"))
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


def _run(cmd: str, pages: str) -> dict[str, dict[str, object]]:
    proc = subprocess.run(
        [*cmd.split(), "clean", pages, "-f", "jsonl"], capture_output=True, text=True, cwd="/tmp", check=False
    )
    records = {}
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        key = os.path.basename(record.get("source") or record.get("id") or "")
        records[key.split(".html")[0]] = record
    return records


def _score(gold_dir: str, records: dict[str, dict[str, object]], errors: list[str]) -> dict[str, float]:
    tot = {"title": 0.0, "date": 0.0, "date_gold": 0.0, "authors": 0.0, "docs": 0.0}
    for name in sorted(os.listdir(gold_dir)):
        with open(os.path.join(gold_dir, name), encoding="utf-8") as fh:
            gold = json.load(fh)
        key = name.removesuffix(".json")
        rec = records.get(key, {})
        tot["docs"] += 1
        pt, gt = norm(rec.get("title")), norm(gold.get("title"))  # type: ignore[arg-type]
        ok = bool(pt) and (pt == gt or pt.startswith(gt) or gt.startswith(pt))
        tot["title"] += ok
        if not ok:
            errors.append(f"{key}: title {rec.get('title')!r}, gold {gold.get('title')!r}")
        gd = gold.get("published")
        if gd:
            tot["date_gold"] += 1
            ok = str(rec.get("published") or "")[:10] == gd
            tot["date"] += ok
            if not ok:
                errors.append(f"{key}: published {rec.get('published')!r}, gold {gd!r}")
        ga = {name_key(a) for a in gold.get("authors") or []}
        pa = {name_key(a) for a in rec.get("authors") or []}  # type: ignore[attr-defined]
        tot["authors"] += ga == pa
        if ga != pa:
            errors.append(f"{key}: authors {rec.get('authors')!r}, gold {gold.get('authors')!r}")
    return {
        "title": round(tot["title"] / tot["docs"], 3),
        "date": round(tot["date"] / max(1, tot["date_gold"]), 3),
        "authors": round(tot["authors"] / tot["docs"], 3),
    }


def main(argv: list[str]) -> int:
    flags = {arg for arg in argv if arg.startswith("--")}
    args = [arg for arg in argv if not arg.startswith("--")]
    cmd, out, sets = args[0], args[1], args[2:]
    for set_dir in sets:
        label, _, set_dir = set_dir.rpartition("=") if "=" in set_dir else ("", "", set_dir)
        label = label or os.path.basename(set_dir.rstrip("/"))
        stripped = os.path.join(out, label, "pages")
        os.makedirs(stripped, exist_ok=True)
        for name in sorted(os.listdir(os.path.join(set_dir, "pages"))):
            page = strip(_read(os.path.join(set_dir, "pages", name)), address="--no-url" not in flags)
            with open(os.path.join(stripped, name.removesuffix(".gz")), "wb") as fh:
                fh.write(page)
        runs = [("stripped", stripped)]
        if "--both" in flags:
            runs.append(("as-is", os.path.join(set_dir, "pages")))
        for kind, pages in runs:
            errors: list[str] = []
            scores = _score(os.path.join(set_dir, "gold"), _run(cmd, pages), errors)
            print(
                f"{label:16} {kind:9} title {scores['title']:.3f} date {scores['date']:.3f} "
                f"authors {scores['authors']:.3f}"
            )
            with open(os.path.join(out, f"{label}.{kind}.errors.txt"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(errors) + "\n")
            if "--errors" in flags:
                print("  " + "\n  ".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
