"""The user's alias file: what a corpus cannot know ("Zelenskyy" is "Volodymyr Zelensky", Q3881).

CSV with the columns alias,canonical[,wikidata]; a header row is allowed, '#' starts a comment.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from newscli.errors import UsageError


@dataclass
class Aliases:
    canonical: dict[str, str] = field(default_factory=dict)  # folded alias -> canonical name as written
    wikidata: dict[str, str] = field(default_factory=dict)  # folded canonical name -> Wikidata id

    def resolve(self, name: str) -> str:
        """The canonical name the file gives for this name, or the name itself."""
        return self.canonical.get(name.casefold(), name)


def read_aliases(path: str) -> Aliases:
    """Parse an alias file; a malformed one is a usage error naming the line."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except OSError as err:
        raise UsageError(f"cannot read the alias file ({err.strerror or err})", path) from None
    except UnicodeDecodeError:
        raise UsageError("the alias file is not UTF-8 text; give a CSV of alias,canonical[,wikidata]", path) from None
    aliases = Aliases()
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if number == 1 and [c.lower() for c in cells[:2]] == ["alias", "canonical"]:
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise UsageError(f"line {number} is not alias,canonical[,wikidata]: {','.join(row)[:60]!r}", path)
        alias, canonical = cells[0], cells[1]
        aliases.canonical[alias.casefold()] = canonical
        aliases.canonical.setdefault(canonical.casefold(), canonical)
        if len(cells) > 2 and cells[2]:
            aliases.wikidata[canonical.casefold()] = cells[2]
    return aliases
