"""endpoints.yml, deploy/endpoints.production.yml and the nginx template read the environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import read_endpoint_config

from deploy import nginx

ROOT = Path(__file__).resolve().parent.parent
# Both topologies store conversations through the wrapper that redacts personal data first.
REDACTING = "components.tracker_store.RedactingTrackerStore"
PRODUCTION = {
    "ACTION_ENDPOINT_URL": "http://actions:5055/webhook",
    "DB_HOST": "db.internal", "DB_PORT": "5433", "DB_DATABASE": "rasa", "DB_USER": "bot", "DB_PASSWORD": "",
    "REDIS_HOST": "redis.internal", "REDIS_PORT": "6380", "REDIS_PASSWORD": "s3cret", "REDIS_DB": "2",
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
    assert lock is not None and lock.type == "redis" and lock.url == "redis.internal"
    assert lock.kwargs == {"port": "6380", "password": "s3cret", "db": "2", "key_prefix": "terugkeer"}


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
