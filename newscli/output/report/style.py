"""The report's stylesheet, inlined into every page so a page works alone, offline and printed.

Marks differ by pattern and label, not only by colour: quotes are tinted and labelled with
their speaker, people are underlined solid, organisations double, places dotted, other names
dashed, figures boxed (dates with a dashed box). The page uses no script: the panels link
to marks with plain anchors, hover and focus show a mark's details, and the legend's
checkboxes hide a kind of mark through :has().
"""

from __future__ import annotations

CSS = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5c5c5c; --rule: #d9d6cf; --paper: #fffdf8;
  --quote: #fff1b8; --quote-ink: #4a3b00; --person: #1f4fb8; --org: #0a6e4f; --place: #9a3b10;
  --misc: #5f5f6e; --fig: #6b3fc4; --fig-bg: #f3efff; --focus: #c2410c;
  --serif: Charter, "Iowan Old Style", Georgia, Cambria, "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.5 var(--sans); }
a { color: #1a4d99; }
a:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 20; }
.skip:focus { left: .5rem; }
.page-head, .layout, .page-foot, .index { max-width: 76rem; margin: 0 auto; padding: 0 1rem; }
.page-head { padding-top: 1.25rem; }
.kicker { margin: 0; font-size: .75rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
h1 { font: 700 1.6rem/1.2 var(--serif); margin: .3rem 0 .5rem; max-width: 44rem; overflow-wrap: anywhere; }
.byline { margin: 0; color: var(--ink); }
.byline .sep, .counts .sep { color: var(--muted); padding: 0 .3em; }
.origin { margin: .35rem 0 0; font-size: .85rem; color: var(--muted); overflow-wrap: anywhere; }
.origin span + span::before { content: "·"; padding: 0 .4em; }
.note { margin: .6rem 0 0; padding: .4rem .7rem; border-left: 4px solid #b45309; background: #fff4e5;
  font-size: .9rem; max-width: 44rem; }
.counts { margin: .6rem 0 0; font-size: .9rem; }
.legend { margin: .8rem 0 0; padding: .5rem .7rem; border: 1px solid var(--rule); border-radius: 6px;
  display: flex; flex-wrap: wrap; gap: .35rem 1rem; align-items: center; font-size: .85rem; background: #fff; }
.legend legend { padding: 0 .3rem; font-weight: 600; }
.legend label { display: inline-flex; align-items: center; gap: .3rem; cursor: pointer; white-space: nowrap; }
.legend input { width: 1rem; height: 1rem; margin: 0; }
.help { font-size: .85rem; margin: .5rem 0 0; max-width: 44rem; }
.help summary { cursor: pointer; color: #1a4d99; }
.help p { margin: .3rem 0; }
.layout { display: block; }
.article { font: 1.125rem/1.7 var(--serif); max-width: 42rem; padding: .5rem 0 2rem; overflow-wrap: break-word; }
.article p { margin: 0 0 1.1em; }
.panels { border-top: 2px solid var(--ink); padding: 1rem 0 2rem; }
.panels h2 { font-size: 1rem; margin: 1.2rem 0 .4rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
.panels section:first-child h2 { margin-top: 0; }
.panels h3 { font-size: .95rem; margin: .8rem 0 .2rem; }
.panels ol, .panels ul { margin: 0; padding: 0; list-style: none; }
.panels li { margin: 0 0 .45rem; font-size: .9rem; line-height: 1.35; }
.panels .empty { color: var(--muted); font-size: .9rem; margin: 0; }
.panels details { margin-top: .5rem; font-size: .9rem; }
.panels summary { cursor: pointer; color: #1a4d99; }
.val { font-weight: 700; }
.what, .role, .count, .how-text, .role-line { color: var(--muted); }
.count { white-space: nowrap; }
.what b { color: var(--ink); font-weight: 600; }
.panels .role-line { margin: -.1rem 0 .3rem; font-size: .85rem; }
.quote-item a { font-family: var(--serif); }
.page-foot { color: var(--muted); font-size: .8rem; padding-bottom: 2rem; }

/* marks */
.m { background: none; color: inherit; position: relative; border-radius: 2px; scroll-margin: 30vh 0; }
.m:focus { outline: none; }
.m:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.m:target { outline: 3px solid var(--focus); outline-offset: 2px; }
.q { background: var(--quote); box-decoration-break: clone; -webkit-box-decoration-break: clone;
  padding: .05em .15em; }
.q-indirect { font-style: italic; background: #fff7d6; }
.label { font: 600 .72rem/1.2 var(--sans); color: var(--quote-ink); background: #ffd95a; border: 1.5px solid #8a6d00;
  border-radius: 3px; padding: .05rem .3rem; margin-right: .3rem; vertical-align: .15em; user-select: none;
  -webkit-user-select: none; font-style: normal; display: inline-block; max-width: 100%; white-space: normal; }
.label .how { font-weight: 400; }
.label .how::before { content: "· "; font-weight: 400; }
.q-pronoun > .label, .q-description > .label { border-style: dashed; }
.q-running > .label { border-style: dotted; border-width: 2px; }
.q-unknown > .label { background: #eee; color: #333; border-color: #777; border-style: dashed; font-style: italic; }
.ent { text-decoration-line: underline; text-underline-offset: .22em; text-decoration-skip-ink: none; }
.ent-person { text-decoration-style: solid; text-decoration-thickness: 2px; text-decoration-color: var(--person); }
.ent-organization { text-decoration-style: double; text-decoration-thickness: 3px; text-decoration-color: var(--org); }
.ent-location { text-decoration-style: dotted; text-decoration-thickness: 3px; text-decoration-color: var(--place); }
.ent-misc { text-decoration-style: dashed; text-decoration-thickness: 1.5px; text-decoration-color: var(--misc); }
.fig { border: 1px dashed #a48fdc; padding: 0 .12em; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.fig-key { border: 2px solid var(--fig); background: var(--fig-bg); }
.tip { display: none; position: absolute; left: 0; top: calc(100% + 4px); z-index: 10; width: max-content;
  max-width: min(20rem, 80vw); padding: .35rem .55rem; border-radius: 5px; background: #1b1b1b; color: #fff;
  font: 400 .8rem/1.35 var(--sans); font-style: normal; text-align: left; white-space: normal; text-decoration: none;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); pointer-events: none; }
.tip-line { display: block; }
.tip-line:first-child { font-weight: 700; }
.m:hover:not(:has(.m:hover)) > .tip, .m:focus > .tip { display: block; }
.sw { padding: 0 .2em; }

/* the legend's checkboxes switch a kind of mark off (its text stays) */
body:has(#show-quotes:not(:checked)) .q { background: none; padding: 0; }
body:has(#show-quotes:not(:checked)) .q > .label { display: none; }
body:has(#show-person:not(:checked)) .ent-person,
body:has(#show-organization:not(:checked)) .ent-organization,
body:has(#show-location:not(:checked)) .ent-location,
body:has(#show-misc:not(:checked)) .ent-misc { text-decoration-line: none; }
body:has(#show-figures:not(:checked)) .fig { border-color: transparent; background: none; }

/* the index */
.index table { border-collapse: collapse; width: 100%; font-size: .95rem; margin: 1rem 0 2rem; }
.index th, .index td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--rule);
  vertical-align: top; }
.index td.n, .index th.n { text-align: right; font-variant-numeric: tabular-nums; }
.index td a { font-family: var(--serif); font-weight: 700; }
.index { padding-top: 1.25rem; }
.index .src { display: block; color: var(--muted); font-size: .8rem; overflow-wrap: anywhere; }

@media (min-width: 960px) {
  h1 { font-size: 2rem; }
  .layout { display: grid; grid-template-columns: minmax(0, 42rem) minmax(17rem, 1fr); gap: 3rem;
    align-items: start; }
  .panels { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; border-top: 0;
    border-left: 1px solid var(--rule); padding: 1rem 0 2rem 1.5rem; }
}
@media (max-width: 640px) {
  body { font-size: 15px; }
  .article { font-size: 1.06rem; line-height: 1.65; }
  .tip { position: fixed; left: .5rem; right: .5rem; top: auto; bottom: .5rem; width: auto; max-width: none; }
  .index thead { display: none; }
  .index tr { display: block; padding: .6rem 0; border-bottom: 1px solid var(--rule); }
  .index td { display: block; border: 0; padding: 0 0 .15rem; }
  .index td:empty { display: none; }
  .index td.n { display: inline-block; white-space: nowrap; padding-right: .9rem; }
  .index td.n::before { content: attr(data-label) " "; color: var(--muted); }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media print {
  body { background: #fff; font-size: 11pt; }
  .legend, .counts, .skip, .tip, .help summary { display: none !important; }
  .help::details-content { content-visibility: visible; display: contents; }
  .help { font-size: 9pt; color: var(--muted); }
  .layout { display: block; }
  .panels { position: static; max-height: none; overflow: visible; border: 0; border-top: 1px solid #000;
    padding: .5rem 0 0; }
  .m, .label, .fig { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .article p { orphans: 3; widows: 3; }
  .panels details::details-content { content-visibility: visible; display: contents; }  /* folded lists print */
  .panels summary { color: var(--ink); font-weight: 600; list-style: none; }
}
"""
