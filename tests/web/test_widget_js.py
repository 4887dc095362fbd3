"""The widget's pure JavaScript helpers (link safety, message shapes), checked by node's test runner."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def test_widget_helpers_in_node() -> None:
    if shutil.which("node") is None:
        pytest.fail("node not found: the widget's unit checks run in node (Debian package nodejs)")
    run = subprocess.run(["node", "--test", str(HERE / "widget.test.js")], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "# fail 0" in run.stdout, run.stdout
