"""web.demo_server: the static server of the widget and its demo pages."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message

import pytest

from web import demo_server

RASA_URL = "http://localhost:5999"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with demo_server.serving(RASA_URL + "/") as url:
        yield url


def fetch(url: str) -> tuple[int, Message, str]:
    """Status, headers (case-insensitive) and body, without following redirects."""
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, ""


@pytest.mark.parametrize("page", ["/demo/", "/demo/index.html", "/demo/rest.html"])
def test_demo_pages_get_the_rasa_address(base: str, page: str) -> None:
    status, headers, body = fetch(base + page)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert f'socketUrl: "{RASA_URL}"' in body
    assert demo_server.RASA_URL_PLACEHOLDER not in body
    assert '<script src="/widget.js"></script>' in body


def test_widget_files_are_served_for_other_origins(base: str) -> None:
    status, headers, body = fetch(base + "/widget.js")
    assert status == 200
    assert headers["Content-Type"] == "text/javascript"
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "TerugkeerWidget" in body
    status, headers, _ = fetch(base + "/widget.css")
    assert (status, headers["Content-Type"]) == (200, "text/css")


def test_root_redirects_to_the_demo_page(base: str) -> None:
    status, headers, _ = fetch(base + "/")
    assert (status, headers["Location"]) == (302, "/demo/")


@pytest.mark.parametrize("path", ["/vendor/", "/demo/../../demo_server.py", "/../../Makefile", "/%2e%2e/faq.py"])
def test_no_listing_and_nothing_outside_the_web_root(base: str, path: str) -> None:
    status, _, body = fetch(base + path)
    assert status == 404
    assert "import" not in body
