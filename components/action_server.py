"""The one way to start the action server: `python -m components.action_server [--host] [--port]`.

Differences with `rasa run actions`:
- listens on 127.0.0.1 unless told otherwise (`--host` or ACTIONS_HOST), port 5055 (`--port` or
  ACTIONS_PORT): only the Rasa server on the same machine needs it;
- reads the figures file at start-up (bot.figures.data.load_dataset); a missing or corrupt file
  stops it with one clear line on stderr and exit status 2, instead of failing on the first question;
- its errors never echo the request (rasa-sdk's 500 handler returns the whole tracker) and the
  log names the exception type only, never the user's text;
- one Sanic worker, no auto-reload, no CORS (no browser talks to it).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5055

logger = logging.getLogger("components.action_server")


def check_figures(path: Path) -> str | None:
    """None when the figures file loads, else a one-line reason."""
    from bot.figures.data import load_dataset

    try:
        load_dataset(path)
    except FileNotFoundError:
        return f"the figures file {path} does not exist"
    except Exception as error:  # noqa: BLE001 - any parse or validation error means a corrupt file
        return f"the figures file {path} cannot be read ({type(error).__name__}): fix or restore it"
    return None


def create_app(actions_package: str) -> Any:
    """rasa-sdk's app with an error handler that does not echo the request."""
    from rasa_sdk.endpoint import create_app as sdk_create_app
    from sanic import response

    app = sdk_create_app(actions_package, cors_origins=None)

    async def quiet_errors(request: Any, exception: Exception) -> Any:
        logger.error("action server: a request failed (%s)", type(exception).__name__)
        logger.debug("action server: traceback", exc_info=exception)
        status = getattr(exception, "status_code", 500)
        if not isinstance(status, int) or status < 400:
            status = 500
        return response.json({"error": "internal error" if status >= 500 else "bad request"}, status=status)

    app.error_handler.add(Exception, quiet_errors)
    return app


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """--host, --port, --actions, --figures."""
    from bot.figures.data import DEFAULT_PATH

    parser = argparse.ArgumentParser(prog="python -m components.action_server", description=__doc__)
    parser.add_argument("--host", default=os.environ.get("ACTIONS_HOST", DEFAULT_HOST))
    parser.add_argument("--port", type=int, default=int(os.environ.get("ACTIONS_PORT", DEFAULT_PORT)))
    parser.add_argument("--actions", default="actions", help="package with the rasa-sdk actions")
    parser.add_argument(
        "--figures", type=Path, default=DEFAULT_PATH, help="figures file checked at start-up (the actions read it)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Check the figures file, then serve the actions until stopped."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-8s %(name)s - %(message)s")
    problem = check_figures(args.figures)
    if problem is not None:
        print(f"action server not started: {problem}", file=sys.stderr)
        return 2
    app = create_app(args.actions)
    logger.info("Action server listening on http://%s:%d", args.host, args.port)
    app.run(host=args.host, port=args.port, workers=1, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
