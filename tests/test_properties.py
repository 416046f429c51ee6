"""Property-based tests: arbitrary input never crashes newscli, offsets are exact, cleaning is idempotent.

CI runs a modest number of examples per property; run the thorough profile locally with
    HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py
(10,000 examples per property).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from offsets import offset_problems

from newscli.errors import NewscliError, NoContentError
from newscli.extract import extract_article
from newscli.inputs import InputOptions, decode, iter_documents
from newscli.models import Document

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

WORDS = (  # noqa: SIM905 -- a sentence reads better than a list of tokens
    "the council said on Tuesday that a new bridge will cost 48.5 million euros , about 60 % more than "
    "planned . Mayor Helena Varga told reporters the city of Port Alder would pay $ 12m and Reid , "
    "chairman of the Harbour Fishermen's Association , warned 240 metres was too narrow . she added "
    "in 2025 by March 3 some 30 vessels U.S. UN F-35 COVID-19 « » ' ’ — Related news Share Home | About "
    "© 2024 All rights reserved Editor : Gu"
).split()
word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=1, max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")
quoted = sentence.map(lambda s: f'"{s}" she said.')
paragraph = st.lists(st.one_of(sentence, quoted), min_size=1, max_size=5).map(" ".join)
article_text = st.lists(paragraph, min_size=1, max_size=8).map("\n\n".join)
scraped_line = st.one_of(paragraph, st.sampled_from(["Home", "News | Sport | About", "Related news", "Share"]))
scraped_text = st.lists(scraped_line, min_size=1, max_size=25).map("\n".join)

ARTICLE_SENTENCES = [
    "The city council voted on Tuesday to build a pedestrian bridge across the inner harbour.",
    "The bridge will cost an estimated 48.5 million euros, of which the region will pay about 60 percent.",
    "Construction is expected to begin next spring and to take roughly 18 months.",
    "Fishermen warned that the span would narrow the channel their boats use every morning.",
    "The mayor said the design had been changed twice to widen the navigation channel.",
    "Opponents have until the end of June to file an appeal with the regional court.",
    "A new berth for about 30 fishing vessels will be built on the northern quay.",
    "Shop owners on both sides of the water said they expected more customers.",
    "The vote was close.",
    "Nobody on the council spoke against the plan in the final debate, which lasted four hours.",
    "Tickets for the opening ceremony will go on sale in the autumn.",
    "Engineers tested three models of the bridge in a wind tunnel last year.",
]
article_paragraph = st.lists(st.sampled_from(ARTICLE_SENTENCES), min_size=1, max_size=4).map(" ".join)
tag = st.sampled_from(["p", "div", "span", "a", "h1", "h2", "li", "ul", "nav", "footer", "article", "br", "script"])


@st.composite
def html_pages(draw: st.DrawFn, prose: st.SearchStrategy[str] = paragraph, noise: bool = True) -> str:
    parts = ["<html><body>"]
    for _ in range(draw(st.integers(0, 12))):
        name = draw(tag)
        body = draw(st.one_of(prose, st.text(max_size=40)) if noise else prose)
        close = draw(st.booleans())  # broken markup on purpose
        parts.append(f"<{name} class='{draw(st.sampled_from(['story', 'related', 'share', 'x']))}'>{body}")
        if close:
            parts.append(f"</{name}>")
    return "".join(parts)


@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_fail_cleanly(data: bytes) -> None:
    try:
        text, encoding, _ = decode(data, "x")
    except NewscliError:
        return
    assert isinstance(text, str) and encoding


@given(st.binary(max_size=3000))
def test_any_file_becomes_a_document_or_an_error(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("prop") / "input.html"
    path.write_bytes(data)
    (item,) = list(iter_documents([str(path)], InputOptions()))
    assert isinstance(item, (Document, NewscliError))


@given(st.one_of(html_pages(), st.text(max_size=2000)))
def test_any_html_is_cleaned_or_has_no_content(page: str) -> None:
    try:
        article = extract_article(page, "html")
    except NoContentError:
        return
    assert article.text.strip()


@given(st.one_of(scraped_text, st.text(max_size=2000)))
def test_any_text_is_cleaned_or_has_no_content(text: str) -> None:
    try:
        article = extract_article(text, "text")
    except NoContentError:
        return
    assert article.text.strip()


@given(st.one_of(scraped_text, article_text))
def test_text_cleaning_is_idempotent(text: str) -> None:
    try:
        once = extract_article(text, "text").text
    except NoContentError:
        return
    assert extract_article(once, "text").text == once


@given(html_pages(article_paragraph, noise=False))
def test_html_cleaning_is_idempotent_on_its_text(page: str) -> None:
    """The text of a page, cleaned again as text, stays as it is.

    Pages are made of article sentences: the HTML cleaner may keep a paragraph that says
    "Related news" which the text cleaner, rightly, drops. A paragraph repeated word for word
    is kept by the HTML cleaner, while the text cleaner, meeting a scrape, drops the later copy.
    """
    try:
        once = extract_article(page, "html").text
    except NoContentError:
        return
    paragraphs = once.split("\n\n")
    assume(len(set(paragraphs)) == len(paragraphs))
    assume(len(once.split()) >= 12)  # a few words are not an article for the text cleaner to keep
    assert extract_article(once, "text").text == once


@pytest.mark.model
@given(article_text)
@settings(max_examples=int(os.environ.get("NEWSCLI_NLP_EXAMPLES", "25")))
def test_every_offset_is_exact(text: str) -> None:
    from newscli.api import analyze

    report = analyze(text, raw=True, any_language=True)
    assert report.article.text == text
    assert offset_problems(report) == []
