"""bot/figures/kinds/: every module registers its kinds; the package has no import cycle; modules stay small."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.figures.kinds import registry
from bot.figures.reply import responses
from tests.figures_support import ROOT

BOT = ROOT / "bot"


def test_every_kind_module_registers_a_kind_with_its_responses() -> None:
    modules = {p.stem for p in (BOT / "figures" / "kinds").glob("*.py") if p.stem != "__init__"}
    kinds = registry()
    assert {k.answer.__module__.rsplit(".", 1)[1] for k in kinds.values()} == modules
    assert {"total", "month", "months", "country", "top", "reception", "overview", "peak", "compare"} <= set(kinds)
    for kind in kinds.values():
        assert kind.responses, kind.name
        assert all(name.startswith("utter_figure_") for name in kind.responses)
    owned = [name for kind in kinds.values() for name in kind.responses]
    assert len(owned) == len(set(owned)), "each response belongs to one kind"
    assert set(responses()) == set(owned) | {
        "utter_figure_year_unknown",
        "utter_figure_not_available",
        "utter_figure_per_year",
    }


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bot"):
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("bot")}
    return found


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_bot_has_no_import_cycle() -> None:
    modules = {_module(p): p for p in BOT.rglob("*.py")}
    graph = {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(name: str, stack: list[str]) -> None:
        state[name] = 1
        for other in sorted(graph[name]):
            if state.get(other) == 1:
                cycles.append(" -> ".join([*stack[stack.index(other) :], other]))
            elif other not in state:
                visit(other, [*stack, other])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_no_module_in_bot_is_over_400_lines() -> None:
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines()) for p in BOT.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 400} == {}
