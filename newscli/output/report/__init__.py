"""`newscli report`: the article as one HTML page with its quotes, people and figures marked.

page.py builds the page from a Report (pure functions, no spaCy), marks.py nests the marks
into the text, style.py holds the inline stylesheet and files.py writes pages and the index.
"""

from __future__ import annotations

from newscli.output.report.page import IndexEntry, index_entry, render_index, render_page

__all__ = ["IndexEntry", "index_entry", "render_index", "render_page"]
