"""Reading inputs: paths, directories, stdin, gzip, JSON Lines, size limits and decoding."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newscli.errors import InputError, NewscliError, UsageError
from newscli.inputs import InputOptions, decode, expand_paths, iter_documents, sniff_format
from newscli.models import Document

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='{charset}'><title>Harbour plan</title></head>"
    "<body><p>{body}</p></body></html>"
)


def documents(paths: list[str], stdin: bytes | None = None, **options: object) -> list[Document | NewscliError]:
    stream = io.BufferedReader(io.BytesIO(stdin)) if stdin is not None else None  # type: ignore[arg-type]
    return list(iter_documents(paths, InputOptions(**options), stream))  # type: ignore[arg-type]


def only(paths: list[str], **options: object) -> Document:
    (item,) = documents(paths, **options)
    assert isinstance(item, Document), item
    return item


def error_of(paths: list[str], **options: object) -> NewscliError:
    (item,) = documents(paths, **options)
    assert isinstance(item, NewscliError), item
    return item


def test_directory_walk_is_sorted_skips_dotfiles_and_other_extensions(tmp_path: Path) -> None:
    (tmp_path / "b.html").write_text("<p>b</p>")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "c.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.htm.gz").write_bytes(gzip.compress(b"<p>d</p>"))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "e.txt").write_text("e")
    names = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]  # type: ignore[arg-type]
    assert names == ["a.txt", "b.html", "sub/d.htm.gz"]


def test_empty_directory_is_an_error_naming_the_extensions(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x")
    err = error_of([str(tmp_path)])
    assert ".html" in str(err) and str(tmp_path) in str(err)


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    err = error_of([str(tmp_path / "nope.html")])
    assert isinstance(err, InputError)
    assert "nope.html" in str(err) and "no such file" in str(err)


def test_gzip_is_detected_by_magic_bytes_not_name(tmp_path: Path) -> None:
    path = tmp_path / "page.bin"
    path.write_bytes(gzip.compress(PAGE.format(charset="utf-8", body="Tide tables").encode()))
    doc = only([str(path)])
    assert doc.format == "html" and "Tide tables" in doc.content


def test_corrupt_gzip_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<p>hello</p>" * 100)[:30])
    err = error_of([str(path)])
    assert "gzip" in str(err) and "page.html.gz" in str(err)


def test_size_limit_applies_after_decompression(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 50_000))
    err = error_of([str(path)], max_bytes=10_000)
    assert "10,000-byte limit" in str(err) and "--max-bytes" in str(err)


def test_empty_and_whitespace_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t ")
    for name in ("empty.txt", "blank.txt"):
        assert "empty" in str(error_of([str(tmp_path / name)]))


@pytest.mark.parametrize(
    ("data", "what"),
    [(b"%PDF-1.7\n%\xe2\xe3", "PDF"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"), (bytes(range(256)) * 4, "binary")],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "file.html"
    path.write_bytes(data)
    assert what in str(error_of([str(path)]))


def test_stdin_and_dash(tmp_path: Path) -> None:
    (item,) = documents(["-"], stdin=b"Plain words on standard input.")
    assert isinstance(item, Document)
    assert item.id == "-" and item.format == "text"


def test_stdin_gzip_and_jsonl_are_sniffed() -> None:
    lines = b'{"id": "r1", "text": "first"}\n{"id": "r2", "html": "<p>second</p>"}\n'
    items = documents(["-"], stdin=gzip.compress(lines))
    assert [(d.id, d.format) for d in items if isinstance(d, Document)] == [("r1", "text"), ("r2", "html")]


def test_jsonl_records_keep_their_other_keys_and_bad_lines_become_errors(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": 7, "text": "Seven", "lang": "en"})
        + "\n\n{oops\n"
        + json.dumps({"text": "no id"})
        + "\n"
        + json.dumps({"id": "x", "body": "wrong key"})
        + "\n"
    )
    items = documents([str(path)])
    assert isinstance(items[0], Document) and items[0].id == "7" and items[0].extra == {"lang": "en"}
    assert isinstance(items[1], InputError) and str(items[1]).startswith(f"{path}:3:")
    assert isinstance(items[2], Document) and items[2].id == f"{path}:4"
    assert isinstance(items[3], InputError) and '"html" or "text"' in str(items[3])


def test_oversized_jsonl_record_is_skipped_and_the_next_one_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "x" * 5000}) + "\n" + json.dumps({"id": "ok", "text": "y"}) + "\n")
    items = documents([str(path)], max_bytes=1000)
    assert isinstance(items[0], InputError) and "limit" in str(items[0])
    assert isinstance(items[1], Document) and items[1].id == "ok"


def test_unknown_encoding_name_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hello")
    with pytest.raises(UsageError):
        documents([str(path)], encoding="no-such-codec")


# ---- decoding chain -------------------------------------------------------------------------------


def test_declared_legacy_charset_is_used() -> None:
    data = PAGE.format(charset="windows-1252", body="Caf\u00e9 owners \u2014 \u201cbusy\u201d").encode("cp1252")
    text, encoding, warnings = decode(data, "p.html")
    assert "Café owners — “busy”" in text and encoding == "cp1252" and not warnings


def test_iso_8859_1_label_means_windows_1252_as_in_browsers() -> None:
    data = PAGE.format(charset="iso-8859-1", body="\u201cquoted\u201d").encode("cp1252")
    text, encoding, _ = decode(data, "p.html")
    assert "“quoted”" in text and encoding == "cp1252"


def test_wrong_meta_charset_loses_to_valid_utf8() -> None:
    data = PAGE.format(charset="iso-8859-1", body="Zürich’s mayor").encode("utf-8")
    text, encoding, _ = decode(data, "p.html")
    assert "Zürich’s mayor" in text and encoding == "utf-8"


def test_bom_wins() -> None:
    text, encoding, _ = decode("Hello".encode("utf-16"), "p.txt")
    assert text == "Hello" and encoding == "utf-16"


@pytest.mark.parametrize(
    ("codec", "sample"),
    [
        ("shift_jis", "東京の港で新しい計画が発表されました。市長は記者会見で詳しく説明しました。" * 3),
        ("gb18030", "北京市政府今天公布了新的交通计划，市民对此反应热烈。" * 3),
        ("cp1252", "Les élèves ont été très contents de leur été à Genève. " * 3),
        # English with a few foreign names: windows-1252, not cp1250's "Muńoz" and "Ł5"
        ("latin-1", "Mayor José Muñoz said the bridge in São Paulo would cost £5 million, and the café agreed. " * 2),
        ("cp1250", "Rada miasta zatwierdziła w środę nowy plan budowy mostu. Burmistrz powiedział, że ruszą. " * 3),
        ("cp1250", "Městská rada ve středu schválila nový plán stavby mostu. Starosta řekl, že začnou příští rok." * 3),
    ],
)
def test_undeclared_legacy_text_is_detected(codec: str, sample: str) -> None:
    text, _, _ = decode(sample.encode(codec), "p.txt")
    assert text == sample


def test_forced_encoding_that_does_not_fit_is_an_error() -> None:
    with pytest.raises(InputError, match="does not decode as utf-8"):
        decode("caf\u00e9".encode("cp1252"), "p.txt", "utf-8")


def test_forced_encoding_is_used() -> None:
    text, encoding, _ = decode("caf\u00e9".encode("cp1252"), "p.txt", "latin-1")
    assert text == "café" and encoding == "iso8859-1"


# ---- HTML or text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "<!doctype html><p>x</p>",
        "  <html lang=en><body>x</body></html>",
        "<?xml version='1.0'?><html><body/></html>",
        "<div><p>one</p><p>two</p><p>three</p><a href=x>four</a><br></div>",
    ],
)
def test_html_is_sniffed(content: str) -> None:
    assert sniff_format(content) == "html"


@pytest.mark.parametrize(
    "content",
    [
        "The council voted 5-2 to approve the <budget> after a long debate.\n\nIt takes effect in May.",
        "Plain text about HTML: the <p> tag starts a paragraph and the <a> tag a link.",
    ],
)
def test_text_is_sniffed(content: str) -> None:
    assert sniff_format(content) == "text"


def test_a_url_is_fetched_not_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    from newscli.inputs import url

    fetched = Document(id="https://example.com/story", source="https://example.com/story", content="<p>x</p>",
                       format="html")  # fmt: skip
    monkeypatch.setattr(url, "fetch_document", lambda path, options: fetched)
    assert only(["https://example.com/story"]) is fetched  # tests/test_url.py fetches from a real server
