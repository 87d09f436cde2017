"""How a query describes itself: its parameters, so the CLI can list, parse and check them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

from .filters import split_list

__all__ = ["Param", "QueryModule", "FILTER_PARAMS", "coerce", "from_module"]

ParamType = Literal["actor", "actors", "str", "list", "int", "float", "bool"]


@dataclass(frozen=True)
class Param:
    """One named parameter. `actor`/`actors` take names the CLI resolves to ids."""

    name: str
    type: ParamType
    help: str
    default: Any = None
    required: bool = False


@dataclass(frozen=True)
class QueryModule:
    """One question: its description, parameters and both implementations."""

    name: str
    description: str
    params: tuple[Param, ...]
    kind: Literal["paths", "table"]
    run_local: Callable[..., Any]
    run_neo4j: Callable[..., Any]

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


FILTER_PARAMS: tuple[Param, ...] = (
    Param("confirmed_only", "bool", "skip allegation edges", False),
    Param("edge_types", "list", "only these relation types, comma-separated"),
    Param("exclude", "actors", "actors a path may not pass through (e.g. a hub)"),
    Param("node_types", "list", "actor types a path may pass through, comma-separated"),
    Param("reviewed_only", "bool", "only edges a person confirmed (figraph confirm)", False),
)

_TRUE = {"1", "true", "yes", "y", "on"}
_FALSE = {"0", "false", "no", "n", "off", ""}


def coerce(param: Param, raw: str) -> Any:
    """Text from `--param key=value` to the parameter's type (ValueError names the key)."""
    try:
        if param.type == "int":
            return int(raw)
        if param.type == "float":
            return float(raw)
        if param.type == "bool":
            lowered = raw.strip().lower()
            if lowered not in _TRUE | _FALSE:
                raise ValueError(raw)
            return lowered in _TRUE
        if param.type in ("list", "actors"):
            return list(split_list(raw))
    except ValueError:
        raise ValueError(f"{param.name}: expected {param.type}, got {raw!r}") from None
    return raw


def from_module(module: ModuleType) -> QueryModule:
    return QueryModule(
        name=module.NAME,
        description=module.DESCRIPTION,
        params=tuple(module.PARAMS),
        kind=module.KIND,
        run_local=module.run_local,
        run_neo4j=module.run_neo4j,
    )
