"""The action-server entry point (components/action_server.py): loopback, figures checked, quiet errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from components import action_server
from tools.servers import ROOT, get_json

MARKER = "zebra-0470123456-marker"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def listening_addresses(port: int) -> set[str]:
    """Local IPv4/IPv6 addresses (hex, as in /proc/net/tcp*) that listen on `port`."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A = LISTEN
                found.add(address)
    return found


def start(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "components.action_server", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("content", [None, "figures: [unclosed", "just a string", "{}"])
def test_a_missing_or_corrupt_figures_file_stops_it_at_start_up(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "figures.yml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    process = start(["--port", str(free_port()), "--figures", str(path)])
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 2
    assert "action server not started: the figures file" in stderr
    assert str(path) in stderr
    assert "Traceback" not in stderr


def test_loopback_by_default_and_configurable() -> None:
    assert action_server.parse_args([]).host == "127.0.0.1"
    assert action_server.parse_args(["--host", "0.0.0.0"]).host == "0.0.0.0"


@pytest.fixture(scope="module")
def running() -> Iterator[tuple[str, int, subprocess.Popen[str]]]:
    port = free_port()
    process = start(["--port", str(port)])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while get_json(f"{url}/health") is None:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the action server did not start: {process.communicate()[1][-2000:]}")
        time.sleep(0.5)
    yield url, port, process
    process.terminate()
    process.wait(timeout=30)


def test_it_listens_on_loopback_only(running: tuple[str, int, subprocess.Popen[str]]) -> None:
    _, port, _ = running
    assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1


@pytest.mark.parametrize(
    "body",
    [
        {"next_action": "action_answer_figure", "tracker": MARKER, "domain": {}},
        {"next_action": "action_answer_figure", "tracker": {"latest_message": MARKER}, "domain": MARKER},
        [MARKER],
    ],
)
def test_errors_do_not_echo_the_request(running: tuple[str, int, subprocess.Popen[str]], body: object) -> None:
    url, _, _ = running
    request = urllib.request.Request(
        f"{url}/webhook", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=30)
    answer = caught.value.read().decode()
    assert caught.value.code >= 400
    assert MARKER not in answer
    assert json.loads(answer)["error"] in {"internal error", "bad request"}
