"""Helpers for the figure tests: the dataset, a fixed today, and a reply rendered with domain.yml."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from bot.figures.data import load_dataset
from bot.figures.model import Reply

ROOT = Path(__file__).resolve().parent.parent
# The shared source documents (seeds/, sources/), next to the repository.
SOURCES = Path(os.environ.get("FIGURES_SOURCES_DIR", ROOT.parent / "shared"))
TODAY = date(2026, 11, 23)  # the lead's "today": "vorig jaar" is 2025
DATASET = load_dataset()


def render(domain: Mapping[str, Any], reply: Reply) -> str:
    """The text the user sees: the domain template of the reply filled with its values."""
    variants = domain["responses"][reply.response]
    return variants[0]["text"].format(**reply.values)


def squeeze(text: str) -> str:
    """Whitespace collapsed, Unicode composed: how quotes are compared with their sources."""
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()
