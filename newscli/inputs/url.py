"""http(s) URLs as inputs: fetch the page politely and safely, then read it like a file.

Safe: a time limit on the whole fetch (not only on each socket read, which a server
dribbling bytes would never trip), a size limit checked before and while reading, at most
MAX_REDIRECTS redirects and only to http(s). Polite: a User-Agent that names newscli and
its version. The response's charset decodes the page; the final URL is recorded.
The standard library's urllib does it all; it is imported only when a URL is given.
"""

from __future__ import annotations

import os
import time
import zlib
from typing import TYPE_CHECKING, Any

from newscli.errors import InputError, NewscliError
from newscli.inputs import InputOptions
from newscli.inputs.payload import media_type, payload_document, payload_format
from newscli.models import Document

if TYPE_CHECKING:
    import urllib.request

MAX_REDIRECTS = 5
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
_CHUNK = 1 << 16


def user_agent() -> str:
    """newscli/VERSION (+contact): the tool, its version and where to reach its user or its makers.

    The contact is $NEWSCLI_CONTACT (an address or a URL: crawling etiquette asks for one), else
    the project's URL from the installed package's metadata, else left out rather than made up.
    """
    from importlib import metadata

    try:
        meta = metadata.metadata("newscli")
        version = meta["Version"]
        urls = [value.partition(",")[2].strip() for value in meta.get_all("Project-URL") or ()]
    except metadata.PackageNotFoundError:
        version, urls = "0+unknown", []
    contact = os.environ.get("NEWSCLI_CONTACT", "").strip() or next((u for u in urls if u), "")
    return f"newscli/{version} (+{contact})" if contact else f"newscli/{version}"


def fetch_document(url: str, options: InputOptions) -> Document | NewscliError:
    """The page at url as a Document (id and source: the URL as given; url: the final address)."""
    try:
        final_url, content_type, data = fetch(url, options)
        kind, charset = media_type(content_type)
        fmt = payload_format(kind, data[:65536])
        if fmt is None:
            raise InputError(f"the server sent {kind or 'an unknown type'}, not a web page or text; "
                             "newscli reads HTML and plain text", url)  # fmt: skip
        return payload_document(
            id=url, source=url, data=data, fmt=fmt, charset=charset, options=options, extra={"url": final_url}
        )
    except NewscliError as err:
        return err


def fetch(url: str, options: InputOptions) -> tuple[str, str | None, bytes]:
    """(final URL, Content-Type, body); raises InputError with the reason and what to do."""
    import http.client
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        url, headers={"User-Agent": user_agent(), "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"}
    )
    opener = urllib.request.build_opener(_redirects(url))
    deadline = time.monotonic() + options.timeout
    try:
        with opener.open(request, timeout=options.timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > options.max_bytes:
                raise _too_large(url, options)
            body = _read(response, url, options, deadline)
            return response.geturl(), response.headers.get("Content-Type"), body
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise InputError(f"a redirect loop or over {MAX_REDIRECTS} redirects; check the address", url) from None
        raise InputError(f"the server answered {exc.code} {exc.reason}; check the address", url) from None
    except urllib.error.URLError as exc:
        raise InputError(_network_reason(exc.reason, options), url) from None
    except (TimeoutError, OSError) as exc:  # a read timing out, a connection reset mid-body
        raise InputError(_network_reason(exc, options), url) from None
    except http.client.HTTPException as exc:  # a garbled status line, a body cut short
        raise InputError(f"the server's answer is broken ({type(exc).__name__}); try again", url) from None
    except ValueError as exc:  # http.client.InvalidURL: a bad port, spaces
        raise InputError(f"is not a valid URL ({exc}); check the address", url) from None


def _read(response: Any, url: str, options: InputOptions, deadline: float) -> bytes:
    encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
    inflate = zlib.decompressobj(zlib.MAX_WBITS | 32) if encoding in ("gzip", "x-gzip", "deflate") else None
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read1(_CHUNK)  # what has arrived: read() would wait for a full chunk
        if not chunk:
            break
        if inflate is not None:
            try:
                chunk = inflate.decompress(chunk, options.max_bytes + 1 - size)  # a small gzip may expand hugely
            except zlib.error:
                raise InputError("the server sent a corrupt compressed body; try again", url) from None
        size += len(chunk)
        chunks.append(chunk)
        if size > options.max_bytes:
            raise _too_large(url, options)
    return b"".join(chunks)


def _too_large(url: str, options: InputOptions) -> InputError:
    return InputError(f"the page is larger than the {options.max_bytes:,}-byte limit; raise --max-bytes", url)


def _network_reason(reason: object, options: InputOptions) -> str:
    import socket
    import ssl

    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no complete answer within {options.timeout:g} s; try again later or raise --timeout"
    if isinstance(reason, socket.gaierror):
        return "the host name does not resolve (DNS); check the address"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection; check the address and port"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the server's TLS certificate does not verify ({reason.verify_message}); check the address"
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return f"the fetch failed ({text}); check the address and your connection"


def _redirects(url: str) -> urllib.request.HTTPRedirectHandler:
    import urllib.request
    from urllib.parse import urlsplit

    class Redirects(urllib.request.HTTPRedirectHandler):
        """At most MAX_REDIRECTS hops, and only to http(s): never to ftp:// on a server's say-so."""

        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
            if urlsplit(newurl).scheme.lower() not in ("http", "https"):
                raise InputError(f"the server redirects to {newurl}, which is not http(s); refused", url)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return Redirects()
