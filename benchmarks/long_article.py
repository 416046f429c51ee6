"""How the entity and quote steps scale with article length.

    python benchmarks/long_article.py [--sizes 60000,120000,240000] [--repeat R]

A synthetic news article (a headline, then paragraphs naming many different people,
organisations and places, with quotations, pronouns and roles) is generated at each size,
parsed once with the default model (parse time is not counted), and extract_entities and
extract_quotes are timed on the parsed Doc; the best of R runs is kept. Doubling the text
should roughly double both times: the ratio column shows how each step grew from the
previous size (2.0 is linear, 4.0 quadratic).
"""

from __future__ import annotations

import argparse
import random

from timing import best_of  # benchmarks/timing.py

from newscli.nlp.entities import extract_entities
from newscli.nlp.model import load_model, parse
from newscli.nlp.quotes import extract_quotes

FIRST = ["Maria", "Daniel", "Aiko", "Tomas", "Grace", "Omar", "Lena", "Pedro", "Hannah", "Kwame",
         "Ingrid", "Ravi", "Sofia", "Yusuf", "Claire", "Mateo", "Nadia", "Oscar", "Priya", "Felix"]  # fmt: skip
LAST = ["Okafor", "Lindqvist", "Tanaka", "Novak", "Mbeki", "Haddad", "Fischer", "Alvarez", "Kowalski",
        "Brennan", "Sato", "Moreau", "Castillo", "Petrov", "Nakamura", "Oduya", "Ferreira", "Larsen"]  # fmt: skip
ORG_HEADS = ["Bank", "Institute", "Council", "Agency", "Group", "University", "Foundation", "Authority"]
PLACES = ["Lagos", "Stockholm", "Osaka", "Prague", "Durban", "Beirut", "Munich", "Seville", "Gdansk",
          "Cork", "Sapporo", "Lyon", "Cusco", "Kazan", "Mombasa", "Porto", "Bergen", "Dhaka"]  # fmt: skip
ROLES = ["minister", "spokeswoman", "chief executive", "professor", "mayor", "analyst", "director"]


def article(chars: int, seed: int = 7) -> str:
    """A news-like article of about chars characters; the same seed gives the same text."""
    rng = random.Random(seed)
    parts = ["RIVAL PLANS FOR THE HARBOUR DIVIDE OKAFOR AND LINDQVIST\nHarbour plan divides the region's leaders"]
    size = len(parts[0])
    n = 0
    while size < chars:
        n += 1
        first, last, place = rng.choice(FIRST), rng.choice(LAST), rng.choice(PLACES)
        org = f"{rng.choice(LAST)} {rng.choice(ORG_HEADS)}"
        role = rng.choice(ROLES)
        acronym = "".join(w[0] for w in org.split()) + "X"
        paragraph = (
            f"{first} {last}, the {role} of the {org} ({acronym}) in {place}, said on Tuesday that "
            f"plan number {n} would cost more than expected. \u201cWe cannot wait another year,\u201d "
            f"{last} told reporters. \u201cThe harbour is the city\u2019s future.\u201d She added that the "
            f"{acronym} had asked {rng.choice(FIRST)} {rng.choice(LAST)} of {place} for advice.\n\n"
            f"\u201cIt is a question of trust,\u201d said {rng.choice(FIRST)} {rng.choice(LAST)}, a "
            f"{rng.choice(ROLES)} at the {org}. He said the {org} and the {acronym} would meet in "
            f'{rng.choice(PLACES)} next month. {last} later said the talks were "productive".'
        )
        parts.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(parts)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="60000,120000,240000", help="comma-separated character counts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best is kept")
    args = parser.parse_args()
    nlp = load_model()
    previous: tuple[float, float] | None = None
    print(f"{'chars':>8} {'entities s':>11} {'ratio':>6} {'quotes s':>9} {'ratio':>6}")
    for chars in (int(s) for s in args.sizes.split(",")):
        doc = parse(nlp, article(chars))
        entities = extract_entities(doc)
        ent_s = best_of(args.repeat, lambda doc=doc: extract_entities(doc))
        quo_s = best_of(args.repeat, lambda doc=doc, entities=entities: extract_quotes(doc, entities))
        ratios = ("", "") if previous is None else (f"{ent_s / previous[0]:.2f}", f"{quo_s / previous[1]:.2f}")
        print(f"{len(doc.text):>8} {ent_s:>11.3f} {ratios[0]:>6} {quo_s:>9.3f} {ratios[1]:>6}", flush=True)
        previous = (ent_s, quo_s)


if __name__ == "__main__":
    main()
