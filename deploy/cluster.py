"""The production topology on loopback (`make cluster`; also the service tests and `make bench`).

PostgreSQL (tracker store) and Redis (lock store), each with a throwaway data directory, the
action server, N Rasa instances configured by deploy/endpoints.production.yml from the
environment, nginx in front (deploy/nginx/rasa.conf.template), and for `make cluster` the demo
partner page with the widget. Ctrl-C or SIGTERM stops every process it started.

    python -m deploy.cluster --model models/current.tar.gz --port 8000 --web-port 8080
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from deploy.services import (
    LOOPBACK,
    ROOT,
    MissingService,
    Nginx,
    Postgres,
    Redis,
    Service,
    free_port,
    http_ok,
    listens_on,
    port_is_free,
    rasa_server_command,
    remove_tree,
    require_packages,
    service_environment,
    start,
    start_action_server,
    start_rasa_server,
    wait_until,
)

PRODUCTION_ENDPOINTS = ROOT / "deploy" / "endpoints.production.yml"


def create_tracker_tables(environment: dict[str, str]) -> None:
    """Create SQLTrackerStore's tables from deploy/endpoints.production.yml, as Rasa would."""
    script = (
        "from rasa.core.tracker_store import TrackerStore\n"
        "from rasa.core.utils import AvailableEndpoints\n"
        f"TrackerStore.create(AvailableEndpoints.read_endpoints({str(PRODUCTION_ENDPOINTS)!r}).tracker_store)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=service_environment(environment), capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"creating the tracker store tables failed:\n{result.stderr[-2000:]}")


@dataclass
class Cluster:
    """Everything of the production topology, started in `directory`."""

    directory: Path
    model: Path
    port: int = 0
    instances: int = 2
    cors: Sequence[str] = ()
    auth_token: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    postgres: Postgres | None = None
    redis: Redis | None = None
    actions: Service | None = None
    rasa: list[Service | None] = field(default_factory=list)
    rasa_ports: list[int] = field(default_factory=list)
    nginx: Nginx | None = None

    @property
    def url(self) -> str:
        """nginx: REST at /webhooks/rest/webhook, socket.io at /socket.io/."""
        return f"http://{LOOPBACK}:{self.port}"

    def environment(self) -> dict[str, str]:
        """What a Rasa instance reads (deploy/endpoints.production.yml)."""
        assert self.postgres and self.redis and self.actions
        return {
            "ACTION_ENDPOINT_URL": f"http://{LOOPBACK}:{self.actions.port}/webhook",
            # A killed instance leaves its conversation locks in Redis until they expire. The other
            # instance waits for them; that wait must end well inside nginx's proxy_read_timeout
            # (60 s), or nginx counts the waiting instance as failed too and answers 502 to all.
            "TICKET_LOCK_LIFETIME": os.environ.get("TICKET_LOCK_LIFETIME", "20"),
            **self.postgres.environment(),
            **self.redis.environment(),
        }

    def start(self) -> Cluster:
        require_packages(["postgresql", "redis-server", "nginx"])
        if not self.model.exists():
            raise FileNotFoundError(f"{self.model} does not exist: run `make train` first")
        if self.port and not port_is_free(self.port):
            raise RuntimeError(f"port {self.port} is taken: choose another one (CLUSTER_PORT=...)")
        self.port = self.port or free_port()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.postgres = Postgres(self.directory / "postgres", free_port()).start()
        self.redis = Redis(self.directory / "redis", free_port()).start()
        self.actions = start_action_server(free_port(), self.directory / "logs")
        self.rasa_ports = [free_port() for _ in range(self.instances)]
        self.rasa = [None] * self.instances
        # Rasa creates its table when an instance starts; two doing it at once can collide.
        create_tracker_tables(self.environment())
        self.start_instances(range(self.instances))
        self.nginx = Nginx(self.directory / "nginx", self.port, self.rasa_ports).start()
        return self

    def start_instances(self, indexes: Sequence[int] | range) -> None:
        """Start the Rasa instances `indexes` in parallel; return when all have loaded the model."""
        started = []
        for index in indexes:
            port = self.rasa_ports[index]
            name = f"rasa-{index + 1}"
            args = rasa_server_command(
                self.model, port, PRODUCTION_ENDPOINTS, cors=self.cors, auth_token=self.auth_token
            )
            service = start(name, args, self.directory / "logs" / f"{name}.log",
                            env=service_environment(self.environment()), port=port)
            self.rasa[index] = service
            started.append(service)

        def ready() -> bool:
            for service in started:
                body = http_ok(f"http://{LOOPBACK}:{service.port}/status?token={self.auth_token}")
                if body is None or b'"model_file"' not in body or not listens_on(service.pid, service.port or 0):
                    return False
            return True

        wait_until(ready, started, "Rasa instances", 300.0)

    def stop_instance(self, index: int, sig: int = signal.SIGTERM) -> None:
        """Stop one Rasa instance (SIGKILL: as if it crashed)."""
        service = self.rasa[index]
        if service:
            service.stop(sig)
            self.rasa[index] = None

    def stop(self) -> None:
        """Stop everything, front to back."""
        if self.nginx:
            self.nginx.stop()
        for service in self.rasa:  # signal every instance first: they shut down side by side
            if service and service.alive():
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(service.pid, signal.SIGTERM)
        for index in range(len(self.rasa)):
            self.stop_instance(index)
        if self.actions:
            self.actions.stop()
        if self.redis:
            self.redis.stop()
        if self.postgres:
            self.postgres.stop()

    def services(self) -> list[Service]:
        """Every running process of the cluster."""
        found = [s for s in self.rasa if s]
        for part in (self.nginx, self.redis, self.postgres):
            if part and part.service:
                found.append(part.service)
        if self.actions:
            found.append(self.actions)
        return found


@dataclass
class Single:
    """The embedded default: the action server and one Rasa instance with endpoints.yml (SQLite)."""

    directory: Path
    model: Path
    tracker_db: Path | None = None
    actions: Service | None = None
    rasa: Service | None = None
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def environment(self) -> dict[str, str]:
        """What endpoints.yml reads."""
        assert self.actions and self.tracker_db
        return {
            "ACTION_ENDPOINT_URL": f"http://{LOOPBACK}:{self.actions.port}/webhook",
            "TRACKER_DB": str(self.tracker_db),
        }

    def start(self) -> Single:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.tracker_db = self.tracker_db or self.directory / "trackers.db"
        self.actions = start_action_server(free_port(), self.directory / "logs")
        self.start_rasa()
        return self

    def start_rasa(self) -> None:
        """(Re)start the Rasa server; the action server and the SQLite file stay."""
        self.port = free_port()
        self.rasa = start_rasa_server(
            "rasa", self.model, self.port, ROOT / "endpoints.yml", self.directory / "logs", env=self.environment()
        )

    def stop_rasa(self) -> None:
        if self.rasa:
            self.rasa.stop()
            self.rasa = None

    def stop(self) -> None:
        self.stop_rasa()
        if self.actions:
            self.actions.stop()


@contextmanager
def running_single(model: Path, directory: Path | None = None) -> Iterator[Single]:
    """A started single instance for the duration of the block."""
    own = directory is None
    path = Path(tempfile.mkdtemp(prefix="terugkeer-single-")) if own else Path(directory)  # type: ignore[arg-type]
    single = Single(path, Path(model))
    try:
        yield single.start()
    finally:
        single.stop()
        if own:
            remove_tree(path)


@contextmanager
def running_cluster(model: Path, directory: Path | None = None, **options: object) -> Iterator[Cluster]:
    """A started cluster for the duration of the block, its temporary directory removed after."""
    own = directory is None
    path = Path(tempfile.mkdtemp(prefix="terugkeer-cluster-")) if own else Path(directory)  # type: ignore[arg-type]
    cluster = Cluster(path, Path(model), **options)  # type: ignore[arg-type]
    try:
        yield cluster.start()
    finally:
        cluster.stop()
        if own:
            remove_tree(path)


class Stop(Exception):
    """SIGTERM or SIGINT arrived."""


def _raise_stop(signum: int, frame: FrameType | None) -> None:
    raise Stop(signal.Signals(signum).name)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "current.tar.gz")
    parser.add_argument("--port", type=int, default=int(os.environ.get("CLUSTER_PORT", "8000")))
    parser.add_argument("--web-port", type=int, default=int(os.environ.get("WEB_PORT", "8080")))
    parser.add_argument("--instances", type=int, default=2)
    args = parser.parse_args(argv)
    origins = os.environ.get("PARTNER_ORIGINS", f"http://localhost:{args.web_port}").split()
    for name, port in (("CLUSTER_PORT", args.port), ("WEB_PORT", args.web_port)):
        if not port_is_free(port):
            print(f"Port {port} ({name}) is already in use. Pick another: make cluster {name}=<port>", file=sys.stderr)
            return 1
    signal.signal(signal.SIGTERM, _raise_stop)
    signal.signal(signal.SIGINT, _raise_stop)
    directory = Path(tempfile.mkdtemp(prefix="terugkeer-cluster-"))
    cluster = Cluster(directory, args.model, port=args.port, instances=args.instances, cors=origins)
    demo = None
    try:
        print(f"Starting PostgreSQL, Redis, the action server, {args.instances} Rasa instances and nginx "
              f"(logs: {directory}/logs) ...", flush=True)
        cluster.start()
        from web import demo_server

        public = f"http://localhost:{cluster.port}"
        demo = demo_server.make_server(public, "localhost", args.web_port, quiet=True)
        threading.Thread(target=demo.serve_forever, daemon=True).start()
        assert cluster.postgres and cluster.redis and cluster.actions
        print(f"REST:            {public}/webhooks/rest/webhook  (send the sender id as X-Conversation-Id or ?sender=)")
        print(f"socket.io:       {public}/socket.io/")
        print(f"Demo page:       http://localhost:{args.web_port}/demo/")
        instances = ", ".join(f"{LOOPBACK}:{p}" for p in cluster.rasa_ports)
        print(f"Rasa instances:  {instances}  (HTTP API token {cluster.auth_token})")
        print(f"Action server:   {LOOPBACK}:{cluster.actions.port}")
        print(f"PostgreSQL:      {LOOPBACK}:{cluster.postgres.port} db {cluster.postgres.database} "
              f"user {cluster.postgres.user} password {cluster.postgres.password}")
        print(f"Redis:           {LOOPBACK}:{cluster.redis.port} (password {cluster.redis.password})")
        print("Ctrl-C stops everything.", flush=True)
        while True:
            for service in cluster.services():
                if not service.alive():
                    code = service.process.returncode
                    print(f"{service.name} exited (code {code}); see {service.log}", file=sys.stderr)
                    return 1
            time.sleep(1)
    except Stop as stop:
        print(f"\n{stop.args[0]}: stopping ...", flush=True)
        return 0
    except (MissingService, RuntimeError, FileNotFoundError) as error:
        print(f"make cluster: {error}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if demo:
            demo.shutdown()
            demo.server_close()
        cluster.stop()
        remove_tree(directory)
        print("Stopped.", flush=True)


if __name__ == "__main__":
    sys.exit(main())
