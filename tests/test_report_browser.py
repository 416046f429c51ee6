"""The report page in a real browser: it loads cleanly, and its marks show at phone and desktop widths.

Needs Debian's chromium (CI installs it); screenshots are saved under the pytest tmp dir.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import Browser, find_chromium
from report_sample import EVIL, evil_report, sample_report

from newscli.output.report import render_page

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-shaped-article.txt"
WIDTHS = (375, 1280)
pytestmark = pytest.mark.model  # the seed page is analysed with the real model

# What the tests read from the page, in one round trip.
STATE = """(() => {
  const shown = el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const count = sel => { const all = [...document.querySelectorAll(sel)];
    return [all.length, all.filter(shown).length]; };
  const box = sel => { const r = document.querySelector(sel).getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const style = (sel, prop) => { const el = document.querySelector(sel);
    return el ? getComputedStyle(el)[prop] : null; };
  return {
    quotes: count('mark[data-speaker]'), entities: count('mark[data-entity-type]'), figures: count('mark[data-value]'),
    unreachable: [...document.querySelectorAll('mark[id]')].filter(m => m.tabIndex !== 0).length,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    main: box('main'), aside: box('aside'),
    quoteTint: style('mark[data-speaker]', 'backgroundColor'),
    person: style('mark[data-entity-type=person]', 'textDecorationStyle'),
    place: style('mark[data-entity-type=location]', 'textDecorationStyle'),
    keyFigure: style('mark.fig-key', 'borderTopStyle'),
    foreign: document.querySelectorAll('script, img, iframe, object, embed').length,
    pwned: window.pwned === undefined ? null : window.pwned,
  };
})()"""

FOCUS_TIP = """(() => {
  const mark = document.querySelector('mark[data-entity-type][aria-describedby]');
  mark.focus();
  const tip = document.getElementById(mark.getAttribute('aria-describedby'));
  const r = tip.getBoundingClientRect(), shown = getComputedStyle(tip).display !== 'none';
  const state = {focused: document.activeElement === mark, shown, left: r.left, right: r.right, text: tip.innerText};
  mark.blur();
  return state;
})()"""

FOLLOW_LINK = """(() => {
  const link = document.querySelector('aside a[href^="#q"]');
  link.click();
  const target = document.querySelector(link.getAttribute('href')), r = target.getBoundingClientRect();
  return {hash: location.hash, target: target.id, top: r.top, bottom: r.bottom, height: window.innerHeight};
})()"""

HIDE_QUOTES = """(() => {
  document.getElementById('show-quotes').click();
  const tint = getComputedStyle(document.querySelector('mark[data-speaker]')).backgroundColor;
  document.getElementById('show-quotes').click();
  return tint;
})()"""

CLEAR = "rgba(0, 0, 0, 0)"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium); CI installs it")
    opened = Browser(executable, timeout=60)
    opened.call("Emulation.setEmulatedMedia", session=True,
                features=[{"name": "prefers-reduced-motion", "value": "reduce"}])  # fmt: skip
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from newscli.api import analyze

    folder = tmp_path_factory.mktemp("report-pages")
    reports = {
        "seed": analyze(SEED.read_bytes(), source=str(SEED)),
        "sample": sample_report(),
        "evil": evil_report(),
    }
    found = {}
    for name, report in reports.items():
        found[name] = folder / f"{name}.html"
        found[name].write_text(render_page(report), encoding="utf-8")
    return found


def look(browser: Browser, page: Path, width: int) -> dict[str, Any]:
    browser.open(page, width)
    assert browser.problems() == []
    assert browser.requests() == [page.resolve().as_uri()]  # nothing fetched but the page itself
    state: dict[str, Any] = browser.evaluate(STATE)
    return state


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["seed", "sample"])
def test_the_page_loads_cleanly_and_its_marks_show(browser: Browser, pages: dict[str, Path], name: str,
                                                   width: int) -> None:  # fmt: skip
    page = pages[name]
    state = look(browser, page, width)
    browser.screenshot(page.with_name(f"{name}-{width}.png"))
    for kind in ("quotes", "entities", "figures"):
        total, shown = state[kind]
        assert total > 0 and shown == total, (kind, state[kind])
    assert state["unreachable"] == 0
    assert state["overflow"] <= 0, "the page scrolls sideways"
    main, aside = state["main"], state["aside"]
    if width >= 960:
        assert aside["left"] >= main["right"] and aside["top"] < main["bottom"]  # the panels beside the text
    else:
        assert aside["top"] >= main["bottom"]  # the panels after the text
    # told apart by more than colour: a tint and label, two kinds of underline, a box
    assert state["quoteTint"] != CLEAR
    assert (state["person"], state["place"], state["keyFigure"]) == ("solid", "dotted", "solid")
    tip = browser.evaluate(FOCUS_TIP)
    assert tip["focused"] and tip["shown"] and tip["text"]
    assert tip["left"] >= 0 and tip["right"] <= width
    jump = browser.evaluate(FOLLOW_LINK)
    assert jump["hash"] == "#" + jump["target"]
    assert jump["top"] >= 0 and jump["bottom"] <= jump["height"]  # scrolled into view
    assert browser.evaluate(HIDE_QUOTES) == CLEAR
    assert browser.problems() == []


@pytest.mark.parametrize("width", WIDTHS)
def test_markup_in_the_input_stays_text(browser: Browser, pages: dict[str, Path], width: int) -> None:
    state = look(browser, pages["evil"], width)
    assert state["foreign"] == 0 and state["pwned"] is None
    text = browser.evaluate("document.querySelector('main').innerText")
    assert "<script>window.pwned=1</script>" in text and 'onerror="window.pwned=2"' in text
    assert browser.evaluate("document.title").startswith("<script>")
    assert browser.evaluate("document.querySelector('mark[data-speaker]').dataset.speaker") == EVIL
    assert browser.evaluate("document.querySelector('mark[data-entity-type]').dataset.entity") == EVIL
