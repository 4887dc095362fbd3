"""Static server for the web widget (web/static/) and its demo partner pages.

Serves widget.js, widget.css, vendor/ (socket.io-client, copied there by `make install`) and
demo/, with the Rasa server's address filled in for ``{{RASA_URL}}`` in the demo pages.
`make serve` runs it; the browser test (tests/e2e/test_widget.py) starts it in a thread.

    python -m web.demo_server --port 8080 --rasa-url http://localhost:5005
"""

from __future__ import annotations

import argparse
import functools
import io
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

WEB_ROOT = Path(__file__).resolve().parent / "static"
RASA_URL_PLACEHOLDER = "{{RASA_URL}}"
DEMO_PAGES = ("demo/index.html", "demo/rest.html")


class WidgetRequestHandler(SimpleHTTPRequestHandler):
    """Files under the web root, no directory listings, the Rasa address in the demo pages."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".css": "text/css",
        ".map": "application/json",
        ".html": "text/html; charset=utf-8",
    }

    def __init__(self, *args: Any, rasa_url: str, quiet: bool, **kwargs: Any) -> None:
        self.rasa_url = rasa_url
        self.quiet = quiet
        super().__init__(*args, **kwargs)

    def end_headers(self) -> None:
        # widget.js loads vendor/socket.io.esm.min.js as a module: cross-origin that needs CORS.
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def list_directory(self, path: str | Path) -> None:  # type: ignore[override]
        self.send_error(404, "Not found")
        return None

    def send_head(self) -> Any:
        if self.path.split("?", 1)[0] in ("/", "/demo"):
            self.send_response(302)
            self.send_header("Location", "/demo/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        relative = path.relative_to(Path(self.directory)).as_posix() if path.is_relative_to(self.directory) else ""
        if relative not in DEMO_PAGES or not path.is_file():
            return super().send_head()
        body = path.read_text(encoding="utf-8").replace(RASA_URL_PLACEHOLDER, self.rasa_url).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        if not self.quiet:
            super().log_message(format, *args)


def make_server(
    rasa_url: str, host: str = "localhost", port: int = 8080, root: Path = WEB_ROOT, quiet: bool = False
) -> ThreadingHTTPServer:
    """An HTTP server for `root`; call `serve_forever()` on it. Port 0 picks a free port."""
    handler = functools.partial(WidgetRequestHandler, directory=str(root), rasa_url=rasa_url.rstrip("/"), quiet=quiet)
    return ThreadingHTTPServer((host, port), handler)


@contextmanager
def serving(rasa_url: str, host: str = "localhost", port: int = 0, root: Path = WEB_ROOT) -> Iterator[str]:
    """Run the server in a thread for the duration of the block; yield its base address."""
    server = make_server(rasa_url, host, port, root, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def main(argv: Sequence[str] | None = None) -> None:
    """Serve until interrupted; print the addresses."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--rasa-url", default="http://localhost:5005")
    args = parser.parse_args(argv)
    if not (WEB_ROOT / "vendor" / "socket.io.esm.min.js").is_file():
        parser.error("web/static/vendor/socket.io.esm.min.js is missing: run `make install`")
    server = make_server(args.rasa_url, args.host, args.port)
    base = f"http://{args.host}:{server.server_address[1]}"
    print(f"Demo partner page:    {base}/demo/")
    print(f"Same, REST transport: {base}/demo/rest.html")
    print(f"Widget script:        {base}/widget.js")
    print(f"Rasa server:          {args.rasa_url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
