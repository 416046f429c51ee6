"""The extractive summary: verbatim sentences, lead-aware, central, in article order."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newscli.nlp.summary import summarize

pytestmark = pytest.mark.model

ARTICLE = """Harbour City Council approved a plan on Tuesday to rebuild the flooded river port by 2027.

By Staff Reporter | Updated 10:42

The river port was badly damaged when floods swept through the harbour district in March.

Council members said the rebuilt river port would reopen the harbour to cargo ships and protect jobs.

The plan includes new flood walls, a larger cargo terminal and a rail link to the harbour.

Local fishermen welcomed the plan but asked the council to speed up repairs to the old piers.

The mayor's office also announced a new recycling scheme for apartment blocks.

Work on the river port and the harbour flood walls is due to start next spring."""


def test_summary_sentences_are_verbatim_and_ordered(parse: Callable[[str], object]) -> None:
    doc = parse(ARTICLE)
    summary = summarize(doc, 3)  # type: ignore[arg-type]
    assert 1 <= len(summary) <= 3
    positions = [ARTICLE.index(s) for s in summary]
    assert positions == sorted(positions)


def test_summary_is_lead_aware_and_skips_fragments(parse: Callable[[str], object]) -> None:
    summary = summarize(parse(ARTICLE), 3)  # type: ignore[arg-type]
    assert summary[0].startswith("Harbour City Council approved")
    assert not any("Staff Reporter" in s for s in summary)
    assert not any("recycling" in s for s in summary)  # off-topic: not central


def test_summary_length_follows_n(parse: Callable[[str], object]) -> None:
    doc = parse(ARTICLE)
    assert len(summarize(doc, 1)) == 1  # type: ignore[arg-type]
    assert len(summarize(doc, 5)) == 5  # type: ignore[arg-type]


def test_summary_of_text_without_sentences(parse: Callable[[str], object]) -> None:
    assert summarize(parse("Menu | Home | Sport"), 3) == []  # type: ignore[arg-type]


QUOTED = """The council approved the harbour plan on Tuesday after a long debate about the port.

"We will rebuild the harbour and reopen it within two years," the mayor said. "It is the backbone of the network."

Officials said the new terminal would cost 40 million euros and create 300 jobs in the district."""


def test_summary_sentence_keeps_its_closing_quote(parse: Callable[[str], object]) -> None:
    summary = summarize(parse(QUOTED), 4)  # type: ignore[arg-type]
    assert '"It is the backbone of the network."' in summary
    assert all(s in QUOTED for s in summary)
    # the sentence after the quotation neither starts with the stray mark nor is dropped
    assert "Officials said the new terminal would cost 40 million euros and create 300 jobs in the district." in summary
