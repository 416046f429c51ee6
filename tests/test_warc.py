"""Web archives in: WARC (gzipped per record or not) and ARC files, written here with warcio's writer."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscli import cli
from newscli.errors import InputError, NewscliError
from newscli.inputs import InputOptions, iter_documents
from newscli.models import Document

HARBOUR = [
    "The harbour board approved a plan to dredge the eastern channel, officials said.",
    "The work will cost about $12 million and take two years, according to the board's chair, Maria Lopez.",
    "\u201cShips have waited too long for deeper water,\u201d Lopez said at the meeting in Port Ellery.",
]
MARKET = [
    "Stallholders at the covered market in Dunmore say their rents have risen by a third since January.",
    "Their spokesman, Сергей Волков, said the traders would meet the council again next week.",
]
CAPTURED = "2024-03-05T10:20:30Z"


def page(title: str, paragraphs: list[str], published: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>All rights reserved</footer></body></html>"
    )


class Archive:
    """A WARC written with warcio, one record at a time; the record ids it gave each response."""

    def __init__(self, gzipped: bool = True) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzipped)
        self.ids: dict[str, str] = {}

    def response(
        self,
        uri: str,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        status: str = "200 OK",
        date: str = CAPTURED,
    ) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict={"WARC-Date": date}
        )
        self.writer.write_record(record)
        self.ids[uri] = record.rec_headers.get_header("WARC-Record-ID").strip("<>")

    def request(self, uri: str) -> None:
        headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        self.writer.write_record(
            self.writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=headers)
        )

    def revisit(self, uri: str) -> None:
        self.writer.write_record(
            self.writer.create_revisit_record(uri, digest="sha1:AAAA", refers_to_uri=uri, refers_to_date=CAPTURED)
        )

    def metadata(self, uri: str) -> None:
        self.writer.write_record(
            self.writer.create_warc_record(
                uri, "metadata", payload=io.BytesIO(b"outlinks: none\r\n"), warc_content_type="application/warc-fields"
            )
        )

    def raw(self, data: bytes) -> None:
        self.buffer.write(data)

    def bytes(self) -> bytes:
        return self.buffer.getvalue()


def crawl(gzipped: bool = True) -> Archive:
    """What a crawler writes for two stories: requests, responses, an image, a revisit, a 404, metadata."""
    archive = Archive(gzipped)
    archive.request("https://news.example/harbour")
    archive.response("https://news.example/harbour", page("Harbour plan approved", HARBOUR).encode())
    archive.response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png")
    archive.metadata("https://news.example/harbour")
    # windows-1251 said only by the HTTP header: the page has no <meta charset>
    archive.response(
        "https://news.example/market",
        page("Market rents rise", MARKET, "2024-02-28").encode("cp1251"),
        content_type="text/html; charset=windows-1251",
    )
    archive.revisit("https://news.example/harbour")
    archive.response("https://news.example/gone", b"<html><body><p>Not found</p></body></html>", status="404 Not Found")
    return archive


class Notes:
    def __init__(self) -> None:
        self.notes: list[str] = []
        self.warnings: list[str] = []

    def note(self, message: str) -> None:
        self.notes.append(message)

    def warning(self, message: str) -> None:
        self.warnings.append(message)


def read(path: Path, notes: Notes | None = None, **options: object) -> list[Document | NewscliError]:
    return list(iter_documents([str(path)], InputOptions(messages=notes, **options)))  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_one_document_per_html_response_with_its_record_id_and_url(tmp_path: Path, name: str) -> None:
    archive = crawl(gzipped=name.endswith(".gz"))
    path = tmp_path / name
    path.write_bytes(archive.bytes())
    notes = Notes()
    items = read(path, notes)
    assert all(isinstance(item, Document) for item in items), items
    documents = [item for item in items if isinstance(item, Document)]
    assert [d.id for d in documents] == [
        archive.ids["https://news.example/harbour"],
        archive.ids["https://news.example/market"],
    ]
    assert [d.extra["url"] for d in documents] == ["https://news.example/harbour", "https://news.example/market"]
    assert {d.source for d in documents} == {str(path)} and {d.format for d in documents} == {"html"}
    (note,) = notes.notes
    for skipped in ("1 request", "1 revisit", "1 metadata record", "1 non-2xx response", "1 non-HTML response"):
        assert skipped in note
    assert note.startswith(f"{path}: 2 HTML responses read")


def test_the_http_header_charset_decodes_the_page(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl().bytes())
    market = next(d for d in read(path) if isinstance(d, Document) and "market" in d.extra["url"])
    assert market.encoding == "cp1251"
    assert "Сергей Волков" in market.content


def test_record_metadata_reaches_the_article_and_warc_date_fills_only_a_missing_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl().bytes())
    result = CliRunner().invoke(cli.app, ["clean", str(path), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["url"] for r in records] == ["https://news.example/harbour", "https://news.example/market"]
    assert records[0]["published"] == CAPTURED  # the page gives no date: the capture's
    assert records[1]["published"].startswith("2024-02-28")  # the page's own date wins
    assert "Ships have waited too long" in records[0]["text"] and "All rights reserved" not in records[0]["text"]
    assert result.stderr == ""


def test_verbose_says_what_was_skipped(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(crawl(gzipped=False).bytes())
    result = CliRunner().invoke(cli.app, ["clean", str(path), "-v"])
    assert result.exit_code == 0
    assert "2 HTML responses read; skipped" in result.stderr and "1 revisit" in result.stderr


def test_an_archive_without_pages_warns_but_does_not_fail(tmp_path: Path) -> None:
    archive = Archive()
    archive.request("https://news.example/")
    archive.response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    path = tmp_path / "images.warc.gz"
    path.write_bytes(archive.bytes())
    notes = Notes()
    assert read(path, notes) == []
    assert notes.warnings == [
        f"{path}: no HTML response records in the archive (skipped 1 request, 1 non-HTML response)"
    ]


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_malformed_record_is_one_error_and_the_rest_of_the_file_is_read(tmp_path: Path, gzipped: bool) -> None:
    archive = Archive(gzipped)
    archive.response("https://news.example/one", page("First story", HARBOUR).encode())
    garbage = b"WARC/1.0\r\nWARC-Type: response\r\nthis is not a header line\r\n\r\nbroken body\r\n\r\n"
    archive.raw(gzip.compress(b"HTTP/9 nonsense\r\n" + garbage) if gzipped else b"HTTP/9 nonsense\r\n" + garbage)
    archive.response("https://news.example/two", page("Second story", MARKET).encode())
    path = tmp_path / ("bad.warc.gz" if gzipped else "bad.warc")
    path.write_bytes(archive.bytes())
    items = read(path)
    documents = [item.id for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, NewscliError)]
    assert documents == [archive.ids["https://news.example/one"], archive.ids["https://news.example/two"]]
    (error,) = errors
    assert isinstance(error, InputError)
    assert "malformed record at byte" in str(error) and str(path) in str(error)


def test_a_truncated_last_record_is_one_error(tmp_path: Path) -> None:
    archive = Archive(gzipped=False)
    archive.response("https://news.example/one", page("First story", HARBOUR).encode())
    archive.response("https://news.example/two", page("Second story", MARKET).encode())
    path = tmp_path / "cut.warc"
    path.write_bytes(archive.bytes()[:-300])
    items = read(path)
    assert isinstance(items[0], Document)
    assert isinstance(items[1], InputError) and "truncated" in str(items[1])
    assert str(items[1]).startswith(archive.ids["https://news.example/two"])


def test_a_file_named_warc_that_is_not_an_archive_says_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("Shopping list\nmilk\n")
    (error,) = read(path)
    assert isinstance(error, InputError) and "is not a WARC or ARC web archive" in str(error)


def test_archives_are_sniffed_by_their_first_bytes_whatever_their_name(tmp_path: Path) -> None:
    path = tmp_path / "download.bin"
    path.write_bytes(crawl().bytes())
    assert len([d for d in read(path) if isinstance(d, Document)]) == 2


def test_oversized_record_is_refused_and_the_next_one_read(tmp_path: Path) -> None:
    archive = Archive()
    archive.response("https://news.example/long", page("Long read", HARBOUR * 400).encode())
    archive.response("https://news.example/short", page("Short read", MARKET).encode())
    path = tmp_path / "sizes.warc.gz"
    path.write_bytes(archive.bytes())
    first, second = read(path, max_bytes=20_000)
    assert isinstance(first, InputError) and "20,000-byte limit" in str(first)
    assert isinstance(second, Document) and second.extra["url"].endswith("/short")


def test_gzip_content_encoding_is_undone(tmp_path: Path) -> None:
    archive = Archive()
    body = gzip.compress(page("Harbour plan approved", HARBOUR).encode())
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], protocol="HTTP/1.1"
    )
    archive.writer.write_record(
        archive.writer.create_warc_record(
            "https://news.example/z", "response", payload=io.BytesIO(body), http_headers=headers
        )
    )
    path = tmp_path / "z.warc.gz"
    path.write_bytes(archive.bytes())
    (document,) = read(path)
    assert isinstance(document, Document) and "dredge the eastern channel" in document.content


def test_directories_are_walked_for_archives(tmp_path: Path) -> None:
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "a.warc.gz").write_bytes(crawl().bytes())
    (tmp_path / "crawl" / "b.arc").write_bytes(arc_file())
    documents = [d for d in read(tmp_path / "crawl") if isinstance(d, Document)]
    assert len(documents) == 3


def arc_file() -> bytes:
    """An ARC v1 file as the Internet Archive wrote them before WARC: a file header, then URL lines."""
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page("Harbour plan", HARBOUR).encode()
    desc = b"1 0 newscli-tests\nURL IP-address Archive-date Content-type Archive-length\n\n"
    header = b"filedesc://b.arc 0.0.0.0 20240305102030 text/plain %d\n" % len(desc) + desc + b"\n"
    return header + b"http://news.example/harbour 192.0.2.1 20240305102030 text/html %d\n" % len(http) + http + b"\n"


def test_arc_records_get_the_wayback_key_as_id_and_their_date(tmp_path: Path) -> None:
    path = tmp_path / "old.arc"
    path.write_bytes(arc_file())
    (document,) = read(path)
    assert isinstance(document, Document), document
    assert document.id == "20240305102030/http://news.example/harbour"
    assert document.extra == {"url": "http://news.example/harbour", "published": "2024-03-05T10:20:30Z"}


def test_two_jobs_read_an_archive_like_one(tmp_path: Path) -> None:
    archive = Archive()
    for n in range(12):
        archive.response(f"https://news.example/{n}", page(f"Story {n}", [f"Story number {n}. " + HARBOUR[1]]).encode())
    path = tmp_path / "many.warc.gz"
    path.write_bytes(archive.bytes())
    one = CliRunner().invoke(cli.app, ["clean", str(path), "-f", "jsonl"])
    two = CliRunner().invoke(cli.app, ["clean", str(path), "-f", "jsonl", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 12
