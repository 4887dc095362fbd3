"""Start the action server and the Rasa server for end-to-end tests, evaluation and benchmarks.

The Rasa server answers HTTP before its model is loaded, so `running_bot` waits until
`/status` names a model and the action server answers `/health` before it yields.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deploy.services import action_server_command

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class BotServers:
    """Addresses of a running bot; `token` opens Rasa's HTTP API (`--auth-token`)."""

    rasa_url: str
    actions_url: str
    token: str = ""
    log_dir: Path | None = None
    rasa_pid: int = 0

    def api(self, path: str) -> str:
        """URL of an HTTP API path with the token."""
        separator = "&" if "?" in path else "?"
        return f"{self.rasa_url}{path}{separator}token={self.token}"

    def send(self, text: str, sender: str, timeout: float = 30.0) -> list[dict[str, Any]]:
        """Send one message through the REST channel; return the bot's messages."""
        return post_json(
            f"{self.rasa_url}/webhooks/rest/webhook",
            {"sender": sender, "message": text},
            timeout,
        )

    def parse(self, text: str, timeout: float = 30.0) -> dict[str, Any]:
        """NLU parse of one message (intent, entities, response selector)."""
        return post_json(self.api("/model/parse"), {"text": text}, timeout)

    def tracker(self, sender: str, timeout: float = 10.0) -> dict[str, Any] | None:
        """The stored conversation of `sender` (HTTP API)."""
        return get_json(self.api(f"/conversations/{sender}/tracker"), timeout)


def post_json(url: str, payload: dict[str, Any], timeout: float) -> Any:
    """POST a JSON body and decode the JSON answer."""
    request = urllib.request.Request(
        url,
        data=json.dumps(payload).encode("utf-8"),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def get_json(url: str, timeout: float = 2.0) -> Any | None:
    """GET a JSON answer, or None while the server is not answering."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError, ValueError):
        return None


def _start(args: list[str], log_path: Path, env_extra: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", PYTHONHASHSEED="0", **(env_extra or {}))
    with open(log_path, "wb") as log:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            args, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait(ready: Any, processes: list[subprocess.Popen[bytes]], what: str, logs: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"{what}: a server exited early (code {process.returncode}); see {logs}")
        if ready():
            return
        time.sleep(0.5)
    raise RuntimeError(f"{what} not ready after {timeout:.0f}s; see {logs}")


def _endpoints_file(actions_port: int, directory: Path, tracker_db: Path) -> Path:
    """The action server's address and the redacting SQLite tracker store in `directory`."""
    path = directory / "endpoints.yml"
    path.write_text(
        f'action_endpoint:\n  url: "http://127.0.0.1:{actions_port}/webhook"\n'
        "tracker_store:\n  type: components.tracker_store.RedactingTrackerStore\n"
        f"  dialect: sqlite\n  db: {json.dumps(str(tracker_db))}\n",
        encoding="utf-8",
    )
    return path


@contextmanager
def running_bot(
    model_path: Path,
    rasa_port: int = 5005,
    actions_port: int = 5055,
    log_dir: Path | None = None,
    cors: list[str] | None = None,
    credentials: Path = ROOT / "credentials.yml",
    timeout: float = 600.0,
    env: dict[str, str] | None = None,
    tracker_db: Path | None = None,
    start_actions: bool = True,
) -> Iterator[BotServers]:
    """Run the action server and `rasa run --enable-api --auth-token` until the block ends.

    `cors` lists the allowed origins (none by default); they are the PARTNER_ORIGINS too. Logs go
    to `log_dir`, conversations to `tracker_db` (SQLite, in `log_dir` by default). `env` adds
    environment variables for both servers (e.g. MAX_MESSAGE_CHARS, ACTIONS_TIMEOUT).
    `start_actions=False` starts the Rasa server only (the action server is down).
    """
    model_path = Path(model_path)
    if not model_path.exists():
        raise FileNotFoundError(f"{model_path} does not exist: run `make train` first")
    with ExitStack() as stack:
        if log_dir is None:
            log_dir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        log_dir.mkdir(parents=True, exist_ok=True)
        token = secrets.token_hex(16)
        env_extra = {"PARTNER_ORIGINS": ",".join(cors or []) or "http://localhost:8080", **(env or {})}
        processes: list[subprocess.Popen[bytes]] = []
        if start_actions:
            actions = _start(action_server_command(actions_port), log_dir / "actions.log", env_extra)
            stack.callback(_stop, actions)
            processes.append(actions)
        tracker_db = tracker_db or log_dir / "conversations.db"
        rasa_args = [
            str(BIN / "rasa"), "run", "--enable-api", "--auth-token", token,
            "--interface", "127.0.0.1",
            "--model", str(model_path),
            "--port", str(rasa_port),
            "--credentials", str(credentials),
            "--endpoints", str(_endpoints_file(actions_port, log_dir, tracker_db)),
        ]
        if cors:
            rasa_args += ["--cors", *cors]
        rasa = _start(rasa_args, log_dir / "rasa.log", env_extra)
        stack.callback(_stop, rasa)
        processes.append(rasa)

        servers = BotServers(
            f"http://localhost:{rasa_port}", f"http://127.0.0.1:{actions_port}", token=token, log_dir=log_dir,
            rasa_pid=rasa.pid,
        )

        def ready() -> bool:
            status = get_json(servers.api("/status"))
            health = get_json(f"{servers.actions_url}/health") if start_actions else True
            return bool(status and status.get("model_file")) and bool(health)

        _wait(ready, processes, "Rasa and action server", log_dir, timeout)
        yield servers
