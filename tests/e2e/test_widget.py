"""Browser test of the web widget against the real Rasa server and action server.

Debian's Chromium (/usr/bin/chromium), driven by playwright-core in node
(tests/e2e/widget_browser.mjs), opens the demo partner page served by web.demo_server. The node
script runs the whole scenario once and records every step; each step is one test here.
Screenshots and axe reports go to artifacts/.

The model is models/current.tar.gz (`make train`); E2E_MODEL=path picks another one, CHROMIUM=path
another browser binary.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa.core.nlg import interpolator

from bot.intake.card import build_card, render_card, templates_from_domain
from bot.intake.client import Client
from bot.intake.dialogue import intake_step
from bot.intake.sources import load_figures
from tools.servers import BotServers, running_bot
from web import demo_server

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
MODEL = Path(os.environ.get("E2E_MODEL", ROOT / "models" / "current.tar.gz"))
SCRIPT = Path(__file__).with_name("widget_browser.mjs")

BROCHURE_QUESTION = "wat is vrijwillige terugkeer?"
FIGURE_QUESTION = "hoeveel mensen keerden terug in 2023?"
FIGURE = "2.952"  # 2023 press release (002_…): 2.952 people returned voluntarily
# Typed as a payload, so the answer does not depend on the NLU model.
LINK_MESSAGE = "/request_human"
LINK_HREFS = ["mailto:vrijwilligeterugkeer@fedasil.be", "https://www.vrijwilligeterugkeer.be/"]
# intake (issue 12): a full one-shot description; the card is built from it with bot/intake/.
INTAKE_DESCRIPTION = (
    "Mijn cliënte komt uit Brazilië, heeft geen papieren, woont bij vrienden in Gent, is zwanger "
    "en heeft een verlopen paspoort."
)
TITLE = "Vragen over vrijwillige terugkeer"  # the demo page's `title` option
STORAGE_KEY = "terugkeer-widget"  # the widget's default `storageKey`

STEPS = [
    "keyboard_open",
    "escape_closes",
    "greeting_quick_replies",
    "quick_reply_keyboard",
    "brochure_answer",
    "answers_over_socketio",
    "figure_answer",
    "screenshot",
    "safe_links",
    "script_as_text",
    "axe_conversation",
    "intake_card",
    "reload_keeps_conversation",
    "narrow_320px",
    "zoom_200",
    "rest_transport",
    "rest_fallback_when_socketio_blocked",
    "no_page_errors",
    "nothing_leaves_localhost",
]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def response_texts(domain: dict[str, Any], name: str) -> list[str]:
    """The text of every variation of a domain response."""
    variations = domain["responses"].get(name)
    assert variations, f"domain has no response {name}"
    return [variation["text"] for variation in variations]


def scenario(domain: dict[str, Any], demo_url: str) -> dict[str, Any]:
    """What the browser does and expects; every expected answer is read from the domain."""
    greetings = domain["responses"]["utter_greet"]
    buttons = greetings[0]["buttons"]
    # A topic button other than the one the typed brochure question asks about.
    button = next(b for b in buttons if '"what_is"' not in b["payload"])
    # The payload as Rasa sends it: domain.yml doubles the braces that Rasa's filling turns into single ones.
    payload = interpolator.interpolate(button["payload"], {"topic": None})
    topic = re.fullmatch(r'/faq\{"topic": "(\w+)"\}', payload)
    assert topic, f"unexpected button payload {payload}"
    link_answers = response_texts(domain, "utter_request_human")
    for href in LINK_HREFS:
        address = href.removeprefix("mailto:").removeprefix("https://").rstrip("/")
        assert all(address in text for text in link_answers), f"{address} not in utter_request_human"
    brochure = response_texts(domain, "utter_faq/what_is")
    return {
        "demoUrl": f"{demo_url}/demo/",
        "restDemoUrl": f"{demo_url}/demo/rest.html",
        "title": TITLE,
        "storageKey": STORAGE_KEY,
        "greetingButtons": [[b["title"] for b in greeting.get("buttons", [])] for greeting in greetings],
        "quickReply": {
            "title": button["title"],
            "answers": response_texts(domain, f"utter_faq/{topic.group(1)}"),
        },
        "brochure": {"question": BROCHURE_QUESTION, "answers": brochure},
        "afterReload": {"question": BROCHURE_QUESTION, "answers": brochure},
        "figure": {"question": FIGURE_QUESTION, "number": FIGURE},
        "links": {"message": LINK_MESSAGE, "answers": link_answers, "hrefs": LINK_HREFS},
        "intake": intake_scenario(domain),
    }


def intake_scenario(domain: dict[str, Any]) -> dict[str, Any]:
    """The card the description must give, as bot/intake/ builds it with the domain's templates."""
    client = Client.from_slots(intake_step(INTAKE_DESCRIPTION, None, Client()).values)
    assert not client.missing(), f"the description leaves questions open: {client.missing()}"
    card = render_card(build_card(client, load_figures()), templates_from_domain(domain))
    assert "Brazilië" in card and "stopgezet" in card and "in Gent" in card
    return {"description": INTAKE_DESCRIPTION, "card": card, "rows": len(card.splitlines()), "copyText": "Kopieer"}


@pytest.fixture(scope="module")
def web_port() -> int:
    return free_port()


@pytest.fixture(scope="module")
def partner_origin(web_port: int) -> str:
    return f"http://localhost:{web_port}"


@pytest.fixture(scope="module")
def bot(partner_origin: str) -> Iterator[BotServers]:
    """Action server and Rasa server (REST + socketio), CORS open to the demo page only."""
    with running_bot(
        MODEL,
        rasa_port=free_port(),
        actions_port=free_port(),
        log_dir=ARTIFACTS / "e2e-logs",
        cors=[partner_origin],
    ) as servers:
        yield servers


@pytest.fixture(scope="module")
def browser_tools() -> None:
    """Chromium, node and the npm packages are there (checked before the servers start)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium)")
    if shutil.which("node") is None:
        pytest.fail("node not found: the browser test runs playwright-core in node")
    if not (ROOT / "node_modules" / "playwright-core").is_dir():
        pytest.fail("node_modules/ is missing: run `make install` (npm ci)")
    if not (demo_server.WEB_ROOT / "vendor" / "socket.io.esm.min.js").is_file():
        pytest.fail("web/static/vendor/socket.io.esm.min.js is missing: run `make install`")


@pytest.fixture(scope="module")
def browser_run(browser_tools: None, bot: BotServers, web_port: int, domain: dict[str, Any]) -> dict[str, Any]:
    """Serve the demo page, run the browser scenario once, return its step results."""
    ARTIFACTS.mkdir(exist_ok=True)
    result_path = ARTIFACTS / "widget-steps.json"
    result_path.unlink(missing_ok=True)
    with demo_server.serving(bot.rasa_url, port=web_port) as demo_url:
        config = dict(
            scenario(domain, demo_url),
            chromium=str(CHROMIUM),
            artifacts=str(ARTIFACTS),
            resultPath=str(result_path),
        )
        config_path = ARTIFACTS / "widget-config.json"
        config_path.write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")
        run = subprocess.run(
            ["node", str(SCRIPT), str(config_path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
    if not result_path.exists():
        pytest.fail(f"the browser script ended without results (exit {run.returncode}):\n{run.stdout}\n{run.stderr}")
    results: dict[str, Any] = json.loads(result_path.read_text(encoding="utf-8"))
    results["exit"] = run.returncode
    results["stderr"] = run.stderr
    return results


@pytest.mark.parametrize("step", STEPS)
def test_browser_step(browser_run: dict[str, Any], step: str) -> None:
    outcome = browser_run["steps"].get(step)
    assert outcome is not None, f"step {step} did not run; node said:\n{browser_run['stderr']}"
    assert outcome["ok"], outcome["detail"]


def test_server_kept_one_conversation_across_the_reload(browser_run: dict[str, Any], bot: BotServers) -> None:
    """The tracker for the widget's session id holds the questions from before and after the reload."""
    session_id = browser_run["sessionId"]
    assert session_id, "the reload step did not record a session id"
    tracker = bot.tracker(session_id)
    assert tracker, f"no tracker for session {session_id}"
    said = [event["text"] for event in tracker["events"] if event["event"] == "user"]
    assert said.count(BROCHURE_QUESTION) == 2, said
    assert said[-1] == BROCHURE_QUESTION, said


def cors_header(url: str, origin: str, method: str = "GET") -> str | None:
    """The Access-Control-Allow-Origin a request from `origin` gets back."""
    request = urllib.request.Request(url, method=method, headers={"Origin": origin})
    if method == "OPTIONS":
        request.add_header("Access-Control-Request-Method", "POST")
        request.add_header("Access-Control-Request-Headers", "content-type")
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("Access-Control-Allow-Origin")


@pytest.mark.parametrize(
    "path, method",
    [("/webhooks/rest/webhook", "OPTIONS"), ("/socket.io/?EIO=4&transport=polling", "GET")],
)
def test_cors_only_for_partner_origins(bot: BotServers, partner_origin: str, path: str, method: str) -> None:
    url = f"{bot.rasa_url}{path}"
    assert cors_header(url, partner_origin, method) == partner_origin
    assert cors_header(url, "http://elders.example", method) is None
