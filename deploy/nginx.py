"""Fill deploy/nginx/rasa.conf.template from the environment.

    NGINX_PORT=8000 RASA_UPSTREAMS="10.0.0.5:5005 10.0.0.6:5005" python -m deploy.nginx > rasa.conf

Only `${UPPER_CASE}` placeholders are replaced (nginx's own `$variables` stay); a placeholder
without a value is an error. `make cluster` wraps the result in a minimal main configuration
with its pid file, logs and temporary files in a throwaway directory (`write_local_config`).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "nginx" / "rasa.conf.template"
PLACEHOLDER = re.compile(r"\$\{([A-Z][A-Z0-9_]*)\}")


def upstream_lines(servers: Sequence[str]) -> str:
    """`server host:port ...;` lines; a failed instance is left out for 10 s, then retried."""
    if not servers:
        raise ValueError("RASA_UPSTREAMS names no Rasa instance")
    return "\n".join(f"    server {server} max_fails=1 fail_timeout=10s;" for server in servers)


def render(template: str, values: Mapping[str, str]) -> str:
    """Replace every `${NAME}`; raise KeyError naming the placeholders without a value."""
    missing = sorted({name for name in PLACEHOLDER.findall(template) if name not in values})
    if missing:
        raise KeyError(f"no value for {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def render_from_environment(env: Mapping[str, str]) -> str:
    """The template filled from NGINX_PORT and RASA_UPSTREAMS (space- or comma-separated)."""
    servers = env.get("RASA_UPSTREAMS", "").replace(",", " ").split()
    values = {"NGINX_PORT": env.get("NGINX_PORT", ""), "RASA_UPSTREAMS": upstream_lines(servers)}
    if not values["NGINX_PORT"]:
        raise KeyError("no value for NGINX_PORT")
    return render(TEMPLATE.read_text(encoding="utf-8"), values)


def local_main_config(directory: Path, include: Path, as_root: bool) -> str:
    """A main nginx.conf that keeps pid, logs and temporary files inside `directory`."""
    temp = directory / "tmp"
    user = "user nobody nogroup;\n" if as_root else ""
    return (
        f"{user}worker_processes 1;\npid {directory}/nginx.pid;\nerror_log stderr warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n"
        f"    include {include};\n"
        "    log_format routed '$remote_addr \"$request\" $status key=\"$rasa_conversation_key\" "
        "upstream=\"$upstream_addr\" time=$request_time';\n"
        f"    access_log {directory}/access.log routed;\n"
        f"    client_body_temp_path {temp}/body;\n    proxy_temp_path {temp}/proxy;\n"
        f"    fastcgi_temp_path {temp}/fastcgi;\n    uwsgi_temp_path {temp}/uwsgi;\n    scgi_temp_path {temp}/scgi;\n"
        "}\n"
    )


def write_local_config(directory: Path, port: int, servers: Sequence[str]) -> Path:
    """Render the template for `servers` on 127.0.0.1:`port`; return the main config's path."""
    site = directory / "rasa.conf"
    site.write_text(
        render_from_environment({"NGINX_PORT": f"127.0.0.1:{port}", "RASA_UPSTREAMS": " ".join(servers)}),
        encoding="utf-8",
    )
    (directory / "tmp").mkdir(exist_ok=True)
    main = directory / "nginx.conf"
    main.write_text(local_main_config(directory, site, os.geteuid() == 0), encoding="utf-8")
    return main


def main() -> int:
    try:
        sys.stdout.write(render_from_environment(os.environ))
    except (KeyError, ValueError) as error:
        print(f"deploy.nginx: {error.args[0]}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
