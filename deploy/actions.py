"""Run the action server (`make shell`, `make serve`: the Makefile's ACTIONS_SERVER).

    python -m deploy.actions --port 5055 [--host 127.0.0.1]

Replaces itself with `deploy.services.action_server_command`, so the process id the Makefile
sees is the action server's own.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

from deploy.services import LOOPBACK, action_server_command, service_environment


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default=LOOPBACK, help="interface to listen on (default: loopback)")
    args = parser.parse_args(argv)
    command = action_server_command(args.port, args.host)
    os.execve(command[0], command, service_environment())


if __name__ == "__main__":
    main()
