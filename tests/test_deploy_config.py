"""endpoints.yml, deploy/endpoints.production.yml and the nginx template read the environment."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from rasa.core.lock_store import LockStore
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import read_endpoint_config

from components.lock_store import ExpiringRedisLockStore
from deploy import nginx
from deploy.services import action_server_command, rasa_server_command

ROOT = Path(__file__).resolve().parent.parent
# Both topologies store conversations through the wrapper that redacts personal data first.
REDACTING = "components.tracker_store.RedactingTrackerStore"
PRODUCTION = {
    "ACTION_ENDPOINT_URL": "http://actions:5055/webhook",
    "DB_HOST": "db.internal",
    "DB_PORT": "5433",
    "DB_DATABASE": "rasa",
    "DB_USER": "bot",
    "DB_PASSWORD": "",
    "REDIS_HOST": "redis.internal",
    "REDIS_PORT": "6380",
    "REDIS_PASSWORD": "s3cret",
    "REDIS_DB": "2",
}


def test_embedded_endpoints_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ACTION_ENDPOINT_URL", "http://127.0.0.1:6155/webhook")
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "trackers.db"))
    action = read_endpoint_config(str(ROOT / "endpoints.yml"), "action_endpoint")
    tracker = read_endpoint_config(str(ROOT / "endpoints.yml"), "tracker_store")
    assert action is not None and action.url == "http://127.0.0.1:6155/webhook"
    assert tracker is not None and tracker.type == REDACTING
    assert tracker.kwargs == {"dialect": "sqlite", "db": str(tmp_path / "trackers.db")}


def test_an_unset_variable_is_an_error_not_a_literal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACTION_ENDPOINT_URL", raising=False)
    monkeypatch.setenv("TRACKER_DB", "x.db")
    with pytest.raises(RasaException, match="ACTION_ENDPOINT_URL"):
        read_endpoint_config(str(ROOT / "endpoints.yml"), "action_endpoint")


def test_production_endpoints_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in PRODUCTION.items():
        monkeypatch.setenv(name, value)
    path = str(ROOT / "deploy" / "endpoints.production.yml")
    tracker = read_endpoint_config(path, "tracker_store")
    lock = read_endpoint_config(path, "lock_store")
    assert tracker is not None and tracker.type == REDACTING and tracker.url == "db.internal"
    assert tracker.kwargs == {"dialect": "postgresql", "port": "5433", "db": "rasa", "username": "bot", "password": ""}
    assert lock is not None and lock.type == "components.lock_store.ExpiringRedisLockStore"
    assert lock.url == "redis.internal"
    assert lock.kwargs == {"port": "6380", "password": "s3cret", "db": "2", "key_prefix": "terugkeer"}
    # Rasa builds it from that config (redis-py connects on first use, so no server is needed here).
    store = LockStore.create(lock)
    assert isinstance(store, ExpiringRedisLockStore)
    assert store.key_prefix == "terugkeer:lock:"


def test_nginx_template_is_filled_from_the_environment() -> None:
    text = nginx.render_from_environment({"NGINX_PORT": "8000", "RASA_UPSTREAMS": "10.0.0.5:5005,10.0.0.6:5005"})
    assert "listen 8000;" in text
    assert "server 10.0.0.5:5005 max_fails=1 fail_timeout=10s;" in text
    assert "server 10.0.0.6:5005 max_fails=1 fail_timeout=10s;" in text
    assert "hash $rasa_conversation_key consistent;" in text
    assert "${" not in text  # every placeholder filled, nginx's own $variables kept


def test_nginx_template_names_what_is_missing() -> None:
    with pytest.raises(KeyError, match="NGINX_PORT"):
        nginx.render_from_environment({"RASA_UPSTREAMS": "a:1"})
    with pytest.raises(ValueError, match="RASA_UPSTREAMS"):
        nginx.render_from_environment({"NGINX_PORT": "80"})


# --- issue 9, "Ports 5005 and 5055 listen on every interface": the commands make runs ---------


def make_recipe(target: str) -> str:
    """What `make <target>` would run (`make -n`), with the default RASA_HOST and ACTIONS_HOST."""
    dropped = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "RASA_HOST", "ACTIONS_HOST"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", target], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.replace("\\\n", " ")


def commands(recipe: str, pattern: str) -> list[str]:
    """Each shell command of `recipe` (split at ; & | and line ends) that matches `pattern`."""
    return [part for part in re.split(r"[;&|\n]", recipe) if re.search(pattern, part)]


@pytest.mark.parametrize("target", ["serve", "shell"])
def test_make_serve_and_shell_listen_on_loopback_only(target: str) -> None:
    recipe = make_recipe(target)
    action_servers = commands(recipe, r"rasa run actions|-m deploy\.actions|-m components\.action_server")
    rasa_servers = commands(recipe, r"bin/rasa (run|shell) --")
    assert action_servers and rasa_servers, recipe
    for command in action_servers:
        assert re.search(r"--host 127\.0\.0\.1(\s|$)", command), command
    for command in rasa_servers:
        assert re.search(r"--interface 127\.0\.0\.1(\s|$)", command), command
        assert "--enable-api" not in command  # the HTTP API is off by default


def test_the_service_commands_listen_on_loopback() -> None:
    """deploy/services.py builds the command lines of `make cluster`, the service tests and `make bench`."""
    rasa = rasa_server_command(Path("model.tar.gz"), 5005, Path("endpoints.yml"), enable_api=False)
    assert rasa[rasa.index("--interface") + 1] == "127.0.0.1"
    assert "--enable-api" not in rasa
    actions = action_server_command(5055)
    assert actions[actions.index("--host") + 1] == "127.0.0.1"
