"""http(s) URLs in: fetched from a local server on 127.0.0.1, in a thread of the test process."""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from newscli import cli
from newscli.errors import InputError
from newscli.inputs import InputOptions, iter_documents
from newscli.inputs.url import fetch_document, user_agent
from newscli.models import Document

STORY = (
    "<!DOCTYPE html><html><head><title>Ferry timetable changes</title></head><body>"
    "<nav><a href='/'>Home</a> | <a href='/local'>Local</a></nav><article><h1>Ferry timetable changes</h1>"
    "<p>The island ferry will run every forty minutes from May, the operator announced on Thursday.</p>"
    "<p>Passengers from Kirkholm said the change would cut their journeys to the mainland by a quarter.</p>"
    "<p>The operator’s director, Ana Petrović, said more crossings would follow in summer.</p>"
    "</article><footer>All rights reserved</footer></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    seen_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        route = self.path
        if route == "/story":
            self._send(200, STORY.encode("utf-8"), "text/html; charset=utf-8")
        elif route == "/latin":  # the charset is said only by the header
            self._send(200, STORY.encode("cp1250"), "text/html; charset=windows-1250")
        elif route == "/old-address":
            self._redirect("/story")
        elif route == "/loop":
            self._redirect("/loop")
        elif route.startswith("/hop"):  # /hop7 -> /hop6 -> ... -> /hop0 -> /story
            n = int(route[4:])
            self._redirect(f"/hop{n - 1}" if n else "/story")
        elif route == "/to-ftp":
            self._redirect("ftp://127.0.0.1/story")
        elif route == "/slow":
            time.sleep(3)
            self._send(200, STORY.encode(), "text/html")
        elif route == "/dribble":  # a byte every 0.2 s: no single read times out, the whole fetch does
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for byte in STORY.encode()[:40]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.2)
        elif route == "/big":
            self._send(200, b"<p>" + b"x" * 300_000 + b"</p>", "text/html")
        elif route == "/big-unannounced":  # no Content-Length: refused while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
        elif route == "/bomb":  # 40 KB of gzip that inflates to 40 MB
            self._send(200, gzip.compress(b" " * 40_000_000), "text/html", encoding="gzip")
        elif route == "/zipped":
            self._send(200, gzip.compress(STORY.encode()), "text/html; charset=utf-8", encoding="gzip")
        elif route == "/logo.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        elif route == "/broken":
            self._send(500, b"<h1>Internal Server Error</h1>", "text/html")
        else:
            self._send(404, b"<h1>Not Found</h1>", "text/html")

    def _send(self, status: int, body: bytes, content_type: str, encoding: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout, size limit) is what these tests want


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch(url: str, **options: object) -> Document | InputError:
    result = fetch_document(url, InputOptions(**options))  # type: ignore[arg-type]
    assert isinstance(result, (Document, InputError)), result
    return result


def test_a_page_is_fetched_with_its_url_recorded(server: str) -> None:
    document = fetch(f"{server}/story")
    assert isinstance(document, Document)
    assert document.id == document.source == f"{server}/story" and document.extra == {"url": f"{server}/story"}
    assert document.format == "html" and "Ana Petrović" in document.content


def test_the_response_charset_decodes_the_page(server: str) -> None:
    document = fetch(f"{server}/latin")
    assert isinstance(document, Document) and document.encoding == "cp1250"
    assert "Ana Petrović" in document.content and "operator’s" in document.content


def test_a_redirect_is_followed_and_the_final_address_recorded(server: str) -> None:
    document = fetch(f"{server}/old-address")
    assert isinstance(document, Document)
    assert document.id == f"{server}/old-address" and document.extra["url"] == f"{server}/story"


def test_redirects_are_limited(server: str) -> None:
    assert isinstance(fetch(f"{server}/hop3"), Document)
    for route in ("/hop7", "/loop"):
        error = fetch(f"{server}{route}")
        assert isinstance(error, InputError) and "redirect" in str(error), error


def test_a_redirect_away_from_http_is_refused(server: str) -> None:
    error = fetch(f"{server}/to-ftp")
    assert isinstance(error, InputError) and "not http(s); refused" in str(error)


@pytest.mark.parametrize(("route", "says"), [("/missing", "404 Not Found"), ("/broken", "500 Internal Server Error")])
def test_http_errors_are_one_line(server: str, route: str, says: str) -> None:
    error = fetch(f"{server}{route}")
    assert (
        isinstance(error, InputError)
        and str(error) == f"{server}{route}: the server answered {says}; check the address"
    )


@pytest.mark.parametrize("route", ["/slow", "/dribble"])
def test_a_slow_server_times_out(server: str, route: str) -> None:
    started = time.monotonic()
    error = fetch(f"{server}{route}", timeout=0.5)
    assert isinstance(error, InputError) and "no complete answer within 0.5 s" in str(error)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("route", ["/big", "/big-unannounced", "/bomb"])
def test_an_oversized_body_is_refused(server: str, route: str) -> None:
    error = fetch(f"{server}{route}", max_bytes=100_000)
    assert isinstance(error, InputError) and "larger than the 100,000-byte limit" in str(error)


def test_a_gzipped_body_is_inflated(server: str) -> None:
    document = fetch(f"{server}/zipped")
    assert isinstance(document, Document) and "Kirkholm" in document.content


def test_not_a_page_is_refused(server: str) -> None:
    error = fetch(f"{server}/logo.png")
    assert isinstance(error, InputError) and "image/png" in str(error)


def test_a_refused_connection_and_an_unknown_host_are_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = fetch(f"http://127.0.0.1:{port}/story")
    assert isinstance(error, InputError) and "refused the connection" in str(error)

    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    error = fetch("http://news.example.invalid/story")
    assert isinstance(error, InputError) and "does not resolve (DNS)" in str(error)


def test_the_user_agent_names_newscli_and_its_version(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLI_CONTACT", "mailto:desk@news.example")
    Handler.seen_agents.clear()
    fetch(f"{server}/story")
    (agent,) = Handler.seen_agents
    assert agent == user_agent() and agent.startswith("newscli/") and agent.endswith("(+mailto:desk@news.example)")


def test_cli_clean_a_url(server: str) -> None:
    result = CliRunner().invoke(cli.app, ["clean", f"{server}/story", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["url"] == f"{server}/story" and record["source"] == f"{server}/story"
    assert record["title"] == "Ferry timetable changes" and "All rights reserved" not in record["text"]


def test_cli_a_404_is_one_line_and_exit_1_and_the_other_inputs_still_run(server: str, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(STORY)
    result = CliRunner().invoke(cli.app, ["clean", f"{server}/missing", str(page), f"{server}/story"])
    assert result.exit_code == 1
    assert result.stderr == f"newscli: error: {server}/missing: the server answered 404 Not Found; check the address\n"
    assert result.stdout.count("The island ferry will run every forty minutes") == 2


def test_urls_mix_with_files_in_order(server: str, tmp_path: Path) -> None:
    items = list(iter_documents([f"{server}/story", f"{server}/logo.png"], InputOptions()))
    assert isinstance(items[0], Document) and isinstance(items[1], InputError)
