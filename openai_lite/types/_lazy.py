"""PEP 562 exports for the ``types`` packages: a model module loads on first use.

Each package lists ``{public name: ".module"}``; a name mapped to ``"." + name`` is a
subpackage. Keeping ``import openai_lite.types`` free of model imports keeps the
client's import cheap however many types exist.
"""
from __future__ import annotations

import importlib
import sys
from typing import Any, Callable, Dict, List, Tuple


def lazy_exports(package: str, exports: Dict[str, str]) -> Tuple[Callable[[str], Any],
                                                                  Callable[[], List[str]]]:
    def __getattr__(name: str) -> Any:
        target = exports.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(target, package)
        value = module if target == "." + name else getattr(module, name)
        # cache on the package so the next access is a plain attribute lookup
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> List[str]:
        return sorted(set(exports) | set(vars(sys.modules[package])))

    return __getattr__, __dir__
