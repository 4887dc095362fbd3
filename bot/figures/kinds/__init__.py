"""The kinds of figure question: each module here exports one `Kind` as `KIND` (or several as `KINDS`).

Nothing else lists them: `registry()` imports every module of this package on first use and
orders the kinds by precedence. Adding a kind is one module here, one row in
bot/figures/vocabulary/kinds.py and its response in domain.yml.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from functools import lru_cache

from bot.figures.model import Kind


@lru_cache(maxsize=1)
def registry() -> Mapping[str, Kind]:
    """name -> Kind, highest precedence first."""
    found: list[Kind] = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        found += [module.KIND] if hasattr(module, "KIND") else list(getattr(module, "KINDS", ()))
    names = [kind.name for kind in found]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"figure kinds registered twice: {sorted(duplicates)}")
    return {kind.name: kind for kind in sorted(found, key=lambda k: -k.precedence)}


def kind(name: str) -> Kind:
    """The registered kind of this name (KeyError for another name)."""
    return registry()[name]
