"""Shared check: every offset in a Report points at exactly the text it claims."""

from __future__ import annotations

from newscli.models import Report


def offset_problems(report: Report) -> list[str]:
    """Each item whose text[start:end] is not its text, as a readable line; empty when all are exact."""
    body = report.article.text
    problems = []
    spans = [("figure", f.start, f.end, f.text) for f in report.figures or ()]
    spans += [("mention", m.start, m.end, m.text) for e in report.entities or () for m in e.mentions]
    spans += [("quote", q.start, q.end, q.text) for q in report.quotes or ()]
    for kind, start, end, text in spans:
        if body[start:end] != text:
            problems.append(f"{kind} {text!r} at {start}:{end} reads {body[start:end]!r}")
    problems += [f"summary sentence {s!r} not in the text" for s in report.summary or () if s not in body]
    return problems
