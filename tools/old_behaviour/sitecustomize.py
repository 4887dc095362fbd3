"""Swap hardening modules back to the behaviour of 44a3a24 (before issue 9), to see tests fail there.

Not imported by anything: put this folder first on PYTHONPATH and Python imports it at start-up in
every process, the Rasa and action servers the e2e tests start included (docs/security.md, "Tests"):

    OLD_SWAP=gate,faults,redact PYTHONPATH=tools/old_behaviour \\
        E2E_CREDENTIALS=<44a3a24's credentials.yml> .venv/bin/python -m pytest tests/e2e/test_hardening.py

OLD_SWAP (comma-separated):
- gate:   components.language.LanguageGate.process passes every message through (44a3a24 had no gate)
- faults: components.action_faults.install and install_from_environment do nothing (plain RemoteAction)
- redact: bot.privacy.redact returns its input and nothing counts as personal data (no redaction)
The strict channels are swapped by E2E_CREDENTIALS (44a3a24's `rest:` and `socketio:`).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

SWAPS = {name for name in os.environ.get("OLD_SWAP", "").split(",") if name}
TARGETS = {"components.language": "gate", "components.action_faults": "faults", "bot.privacy": "redact"}


def _pass_through(self: Any, messages: list[Any]) -> list[Any]:
    return messages


def _nothing(*args: Any, **kwargs: Any) -> None:
    return None


def _patch(name: str, module: ModuleType) -> None:
    if name == "components.language":
        module.LanguageGate.process = _pass_through
    elif name == "components.action_faults":
        module.install = _nothing  # type: ignore[attr-defined]
        module.install_from_environment = _nothing  # type: ignore[attr-defined]
    elif name == "bot.privacy":
        module.redact = lambda text: text  # type: ignore[attr-defined]
        module.contains_personal_data = lambda text: False  # type: ignore[attr-defined]
    print(f"[old_behaviour] {name} swapped to 44a3a24's behaviour", file=sys.stderr)


class _SwapOnImport(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if TARGETS.get(fullname) not in SWAPS:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(fullname)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        loader: Any = spec.loader
        original = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            original(module)
            _patch(fullname, module)

        loader.exec_module = exec_module
        return spec


if SWAPS:
    sys.meta_path.insert(0, _SwapOnImport())
