#!/usr/bin/env python3
"""Condense the OpenAPI spec into the table the coverage tests need.

Writes tests/data/spec_operations.json: for every operation, its verb, path, path/query
parameter names and the body property names (all variants of a oneOf/anyOf body merged).
The spec (MIT, OpenAI) lives outside the repo in ../shared/spec; the table is small and
lets the tests run anywhere.  ``--check`` exits 1 when the table is stale.
"""
from __future__ import annotations

import json
import pathlib
import sys
from typing import Any, Dict, List, Set

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC = ROOT.parent / "shared" / "spec" / "openapi.json"
OUT = ROOT / "tests" / "data" / "spec_operations.json"


def _resolve(spec: Dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = spec["components"]["schemas"][node["$ref"].split("/")[-1]]
    return node


def _props(spec: Dict[str, Any], schema: Any, seen: Set[int]) -> Set[str]:
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict) or id(schema) in seen:
        return set()
    seen.add(id(schema))
    out = set(schema.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key, []):
            out |= _props(spec, sub, seen)
    return out


def build() -> List[Dict[str, Any]]:
    spec = json.loads(SPEC.read_text())
    ops = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for verb, op in item.items():
            if verb not in ("get", "post", "put", "patch", "delete"):
                continue
            params = [_resolve(spec, p) for p in shared + op.get("parameters", [])]
            body: Set[str] = set()
            kinds: List[str] = []
            for ctype, media in (op.get("requestBody", {}) or {}).get("content", {}).items():
                kinds.append(ctype)
                body |= _props(spec, media.get("schema", {}), set())
            ops.append({
                "method": verb.upper(), "path": path, "operationId": op.get("operationId"),
                "path_params": sorted(p["name"] for p in params if p.get("in") == "path"),
                "query": sorted(p["name"] for p in params if p.get("in") == "query"),
                "body": sorted(body), "content_types": sorted(kinds),
            })
    return sorted(ops, key=lambda o: (o["path"], o["method"]))


def main(argv: List[str]) -> int:
    text = json.dumps(build(), indent=1, sort_keys=True) + "\n"
    if "--check" in argv:
        return 0 if OUT.exists() and OUT.read_text() == text else 1
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
