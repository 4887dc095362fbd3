"""Start and stop the services of the bot: one place for every command line and process.

Used by `make shell` / `make serve` (through `python -m deploy.ports`), `make cluster`
(deploy/cluster.py), the service tests (tests/services.py) and `make bench`.

Every service runs in its own process group (so a stop reaches its children), listens on
127.0.0.1 only and keeps its data in a directory the caller gives (a temporary one in tests and
in `make cluster`). PostgreSQL refuses to run as root: as root, its data directory is handed to
the `postgres` user and initdb/postgres run as that user.
"""

from __future__ import annotations

import contextlib
import errno
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
LOOPBACK = "127.0.0.1"

# Debian package and the binary that proves it is installed.
DEBIAN_PACKAGES = {
    "postgresql": PG_BIN / "postgres",
    "redis-server": Path("/usr/bin/redis-server"),
    "nginx": Path("/usr/sbin/nginx"),
}


class MissingService(RuntimeError):
    """A Debian package the service needs is not installed."""


def apt_command(packages: Iterable[str]) -> str:
    """The exact command that installs `packages`."""
    return "sudo apt-get install -y " + " ".join(sorted(packages))


def require_packages(names: Iterable[str]) -> None:
    """Raise MissingService, naming the apt command, when one of the Debian packages is missing."""
    missing = [name for name in names if not DEBIAN_PACKAGES[name].exists()]
    if missing:
        raise MissingService(f"{', '.join(missing)} not installed: {apt_command(missing)}")


# --- command lines -------------------------------------------------------------------------


def action_server_command(port: int, host: str = LOOPBACK) -> list[str]:
    """The action server's command line: the only place that builds it (Makefile: ACTIONS_SERVER).

    components/action_server.py listens on `host` only and checks the figures file at start-up.
    """
    return [str(BIN / "python"), "-m", "components.action_server", "--host", host, "--port", str(port)]


def rasa_server_command(
    model: Path,
    port: int,
    endpoints: Path,
    credentials: Path = ROOT / "credentials.yml",
    cors: Sequence[str] = (),
    enable_api: bool = True,
    auth_token: str | None = None,
) -> list[str]:
    """`rasa run` for one server instance."""
    args = [
        str(BIN / "rasa"), "run",
        "--model", str(model),
        "--interface", LOOPBACK,
        "--port", str(port),
        "--credentials", str(credentials),
        "--endpoints", str(endpoints),
    ]
    if enable_api:
        args.append("--enable-api")
    if auth_token:
        args += ["--auth-token", auth_token]
    if cors:
        args += ["--cors", *cors]
    return args


def service_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a child process: quiet TensorFlow, fixed hash seed, no deprecation wall."""
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", PYTHONHASHSEED="0")
    env.setdefault("PYTHONWARNINGS", "ignore::DeprecationWarning")
    env.update(extra or {})
    return env


# --- ports -----------------------------------------------------------------------------------


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def port_is_free(port: int) -> bool:
    """True when nothing listens on `port` (on loopback or on all interfaces)."""
    for family, host in ((socket.AF_INET, LOOPBACK), (socket.AF_INET, "0.0.0.0"), (socket.AF_INET6, "::1")):
        try:
            probe = socket.socket(family)
        except OSError:  # no IPv6
            continue
        with probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
            except OSError as error:
                if error.errno in (errno.EADDRINUSE, errno.EACCES):
                    return False  # else the address does not exist here (no IPv6): nobody on it
    return True


def _listening_inodes(port: int) -> set[str]:
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                inodes.add(inode)
    return inodes


def _process_tree(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    tree, todo = set(), [pid]
    while todo:
        current = todo.pop()
        tree.add(current)
        todo.extend(children.get(current, []))
    return tree


def listens_on(pid: int, port: int) -> bool:
    """True when process `pid` (or one of its children) holds the listening socket on `port`.

    This is how a health answer is known to come from the process we started, not a stranger.
    """
    inodes = _listening_inodes(port)
    if not inodes:
        return False
    for member in _process_tree(pid):
        try:
            fds = list(Path(f"/proc/{member}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in inodes:
                return True
    return False


def http_ok(url: str, timeout: float = 2.0) -> bytes | None:
    """The body of a 2xx answer, or None."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


# --- processes -------------------------------------------------------------------------------


@dataclass
class Service:
    """One started process (group) with its log file."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path
    port: int | None = None

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20.0) -> None:
        """Signal the process group; SIGKILL it if it has not ended after `timeout` seconds."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        else:
            # children left behind by a process that died
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def as_user(user: str | None) -> dict[str, object]:
    """Popen arguments that run a child as `user` with that user's group only (root's group
    would otherwise stay and, on a root-owned 0701 directory, deny what "others" may do)."""
    if user is None:
        return {}
    entry = pwd.getpwnam(user)
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}


def start(
    name: str,
    args: Sequence[str],
    log: Path,
    env: dict[str, str] | None = None,
    port: int | None = None,
    user: str | None = None,
    cwd: Path = ROOT,
) -> Service:
    """Start `args` in a new process group, stdout and stderr into `log`."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as handle:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            list(args),
            cwd=cwd,
            stdout=handle,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env if env is not None else service_environment(),
            start_new_session=True,
            **as_user(user),
        )
    return Service(name, process, log, port)


def wait_until(ready: Callable[[], bool], services: Sequence[Service], what: str, timeout: float) -> None:
    """Poll `ready` until it is true; fail early when one of `services` has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for service in services:
            if not service.alive():
                raise RuntimeError(
                    f"{what}: {service.name} exited with code {service.process.returncode}; "
                    f"{service.log}:\n{service.log_tail()}"
                )
        if ready():
            return
        time.sleep(0.3)
    tails = "\n".join(f"--- {s.name} ({s.log}):\n{s.log_tail()}" for s in services)
    raise RuntimeError(f"{what} not ready after {timeout:.0f}s\n{tails}")


def start_action_server(port: int, log_dir: Path, timeout: float = 90.0) -> Service:
    """The action server on `port`, once /health answers from this very process."""
    if not port_is_free(port):
        raise RuntimeError(f"port {port} is taken: not starting the action server there")
    service = start("action server", action_server_command(port), log_dir / "actions.log", port=port)
    url = f"http://{LOOPBACK}:{port}/health"
    wait_until(lambda: listens_on(service.pid, port) and http_ok(url) is not None, [service], "action server", timeout)
    return service


def start_rasa_server(
    name: str,
    model: Path,
    port: int,
    endpoints: Path,
    log_dir: Path,
    env: dict[str, str] | None = None,
    cors: Sequence[str] = (),
    auth_token: str | None = None,
    timeout: float = 240.0,
) -> Service:
    """One `rasa run` instance; returns once /status names the loaded model."""
    if not port_is_free(port):
        raise RuntimeError(f"port {port} is taken: not starting {name} there")
    args = rasa_server_command(model, port, endpoints, cors=cors, auth_token=auth_token)
    service = start(name, args, log_dir / f"{name}.log", env=service_environment(env), port=port)
    token = f"?token={auth_token}" if auth_token else ""
    url = f"http://{LOOPBACK}:{port}/status{token}"

    def ready() -> bool:
        body = http_ok(url)
        return body is not None and b'"model_file"' in body and listens_on(service.pid, port)

    wait_until(ready, [service], name, timeout)
    return service


def _let_others_through(directory: Path) -> None:
    """Give the temporary directories above `directory` o+x, so another user can reach it."""
    top = Path(tempfile.gettempdir()).resolve()
    for parent in directory.resolve().parents:
        if parent == top or top not in parent.parents:
            break
        mode = parent.stat().st_mode
        if not mode & 0o001:
            parent.chmod(mode | 0o001)


# --- PostgreSQL ------------------------------------------------------------------------------


@dataclass
class Postgres:
    """A throwaway PostgreSQL 15 cluster in `directory`, on 127.0.0.1:`port`, password auth."""

    directory: Path
    port: int
    user: str = "rasa"
    password: str = field(default_factory=lambda: secrets.token_hex(12))
    database: str = "rasa"
    service: Service | None = None

    def _os_user(self) -> str | None:
        return "postgres" if os.geteuid() == 0 else None

    def start(self, timeout: float = 60.0) -> Postgres:
        require_packages(["postgresql"])
        data = self.directory / "data"
        self.directory.mkdir(parents=True, exist_ok=True)
        pwfile = self.directory / "pwfile"
        pwfile.write_text(self.password + "\n")
        owner = self._os_user()
        if owner:
            entry = pwd.getpwnam(owner)
            for path in (self.directory, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
            _let_others_through(self.directory)
        initdb = subprocess.run(
            [
                str(PG_BIN / "initdb"), "-D", str(data), "-U", self.user, f"--pwfile={pwfile}",
                "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ],
            cwd=self.directory, capture_output=True, text=True, **as_user(owner),  # type: ignore[call-overload]
        )
        if initdb.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{initdb.stdout}\n{initdb.stderr}")
        self.service = start(
            "postgres",
            [
                str(PG_BIN / "postgres"), "-D", str(data), "-p", str(self.port), "-h", LOOPBACK,
                "-k", str(self.directory), "-c", "fsync=off", "-c", "max_connections=100",
            ],
            self.directory / "postgres.log", port=self.port, user=owner, cwd=self.directory,
        )

        def ready() -> bool:
            check = subprocess.run(
                [str(PG_BIN / "pg_isready"), "-h", LOOPBACK, "-p", str(self.port), "-U", self.user],
                capture_output=True,
            )
            return check.returncode == 0 and listens_on(self.service.pid, self.port)  # type: ignore[union-attr]

        wait_until(ready, [self.service], "PostgreSQL", timeout)
        self.psql(f"CREATE DATABASE {self.database}", database="postgres")
        return self

    def psql(self, sql: str, database: str | None = None) -> str:
        """Run SQL with psql; return its unaligned output."""
        result = subprocess.run(
            [
                str(PG_BIN / "psql"), "-h", LOOPBACK, "-p", str(self.port), "-U", self.user,
                "-d", database or self.database, "-At", "-v", "ON_ERROR_STOP=1", "-c", sql,
            ],
            capture_output=True, text=True, env=dict(os.environ, PGPASSWORD=self.password),
        )
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr}")
        return result.stdout

    def environment(self) -> dict[str, str]:
        """DB_* variables for deploy/endpoints.production.yml."""
        return {
            "DB_HOST": LOOPBACK,
            "DB_PORT": str(self.port),
            "DB_DATABASE": self.database,
            "DB_USER": self.user,
            "DB_PASSWORD": self.password,
        }

    def stop(self) -> None:
        if self.service:
            # SIGINT is PostgreSQL's "fast" shutdown.
            self.service.stop(signal.SIGINT)


# --- Redis -----------------------------------------------------------------------------------


@dataclass
class Redis:
    """A throwaway redis-server on 127.0.0.1:`port`, no persistence, with a password."""

    directory: Path
    port: int
    password: str = field(default_factory=lambda: secrets.token_hex(12))
    service: Service | None = None

    def start(self, timeout: float = 30.0) -> Redis:
        require_packages(["redis-server"])
        self.directory.mkdir(parents=True, exist_ok=True)
        config = self.directory / "redis.conf"
        config.write_text(
            f"port {self.port}\nbind {LOOPBACK}\ndir {self.directory}\nsave \"\"\nappendonly no\n"
            f"daemonize no\nrequirepass {self.password}\nlogfile \"\"\n"
        )
        config.chmod(0o600)
        self.service = start(
            "redis", ["/usr/bin/redis-server", str(config)], self.directory / "redis.log",
            port=self.port, cwd=self.directory,
        )

        def ready() -> bool:
            try:
                with socket.create_connection((LOOPBACK, self.port), timeout=1) as conn:
                    conn.sendall(f"AUTH {self.password}\r\nPING\r\n".encode())
                    answer = conn.recv(64)
            except OSError:
                return False
            return b"+PONG" in answer and listens_on(self.service.pid, self.port)  # type: ignore[union-attr]

        wait_until(ready, [self.service], "Redis", timeout)
        return self

    def environment(self) -> dict[str, str]:
        """REDIS_* variables for deploy/endpoints.production.yml."""
        return {"REDIS_HOST": LOOPBACK, "REDIS_PORT": str(self.port), "REDIS_PASSWORD": self.password, "REDIS_DB": "0"}

    def stop(self) -> None:
        if self.service:
            self.service.stop()


# --- nginx -----------------------------------------------------------------------------------


@dataclass
class Nginx:
    """nginx in front of the Rasa instances, from deploy/nginx/rasa.conf.template."""

    directory: Path
    port: int
    upstreams: Sequence[int]
    service: Service | None = None

    def start(self, timeout: float = 30.0) -> Nginx:
        from deploy import nginx as nginx_config

        require_packages(["nginx"])
        self.directory.mkdir(parents=True, exist_ok=True)
        # Workers run as an unprivileged user when the master is root: they must reach the prefix.
        self.directory.chmod(0o755)
        config = nginx_config.write_local_config(self.directory, self.port, [f"{LOOPBACK}:{p}" for p in self.upstreams])
        test = subprocess.run(
            ["/usr/sbin/nginx", "-t", "-p", str(self.directory), "-c", str(config), "-e", "stderr"],
            capture_output=True, text=True,
        )
        if test.returncode != 0:
            raise RuntimeError(f"nginx -t failed:\n{test.stderr}")
        self.service = start(
            "nginx",
            ["/usr/sbin/nginx", "-p", str(self.directory), "-c", str(config), "-e", "stderr", "-g", "daemon off;"],
            self.directory / "nginx.log", port=self.port, cwd=self.directory,
        )
        url = f"http://{LOOPBACK}:{self.port}/nginx-health"
        wait_until(lambda: http_ok(url) is not None and listens_on(self.service.pid, self.port),  # type: ignore[union-attr]
                   [self.service], "nginx", timeout)
        return self

    def stop(self) -> None:
        if self.service:
            self.service.stop(signal.SIGQUIT)  # graceful: finish open requests


def which_missing(names: Iterable[str]) -> list[str]:
    """The Debian packages among `names` that are not installed."""
    return [name for name in names if not DEBIAN_PACKAGES[name].exists()]


def remove_tree(path: Path) -> None:
    """Delete a temporary directory, whoever (root or postgres) owns its files."""
    shutil.rmtree(path, ignore_errors=True)
