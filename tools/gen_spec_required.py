#!/usr/bin/env python3
"""Write openai_lite/testing/spec_required.py from the OpenAPI spec.

For every route in openai_lite/testing/route_table.py this records the request body
properties and query parameters the spec marks as required, so the fake server can
reject incomplete requests the way the API does without reading the 3 MB spec at run
time.  Run from the repository root:

    python3 tools/gen_spec_required.py [--check] [path/to/openapi.json]

With ``--check`` nothing is written; the exit status is 1 if the file is out of date.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT.parent / "shared" / "spec" / "openapi.json"
OUTPUT = ROOT / "openai_lite" / "testing" / "spec_required.py"


def _load_routes() -> Tuple[Tuple[str, str, str], ...]:
    # Loaded by path so the generator works without the package installed or importable.
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "_route_table", ROOT / "openai_lite" / "testing" / "route_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    routes: Tuple[Tuple[str, str, str], ...] = module.ROUTES
    return routes


def _resolve(doc: Dict[str, Any], node: Dict[str, Any]) -> Dict[str, Any]:
    seen = 0
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"external $ref not supported: {ref}")
        target: Any = doc
        for key in ref[2:].split("/"):
            target = target[key.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        if seen > 50:
            raise ValueError(f"$ref cycle at {ref}")
    return node


def required_properties(doc: Dict[str, Any], schema: Dict[str, Any]) -> List[str]:
    """Properties required whichever way the schema is read.

    ``allOf`` members all apply, so their lists add up.  For ``anyOf``/``oneOf`` only names
    required by every alternative are certain, so the intersection is taken.
    """
    schema = _resolve(doc, schema)
    names: List[str] = list(schema.get("required", []))
    for member in schema.get("allOf", []):
        names += [n for n in required_properties(doc, member) if n not in names]
    for key in ("anyOf", "oneOf"):
        alternatives = schema.get(key)
        if alternatives:
            sets = [required_properties(doc, alt) for alt in alternatives]
            common = [n for n in sets[0] if all(n in s for s in sets[1:])]
            names += [n for n in common if n not in names]
    return names


def route_requirements(doc: Dict[str, Any], method: str, path: str) -> Tuple[List[str], List[str]]:
    item = doc["paths"].get(path)
    if item is None:
        raise KeyError(f"route not in spec: {method} {path}")
    operation = item.get(method.lower())
    if operation is None:
        raise KeyError(f"method not in spec: {method} {path}")
    query: List[str] = []
    for param in list(item.get("parameters", [])) + list(operation.get("parameters", [])):
        param = _resolve(doc, param)
        if param.get("in") == "query" and param.get("required") and param["name"] not in query:
            query.append(param["name"])
    body: List[str] = []
    content = _resolve(doc, operation.get("requestBody", {})).get("content", {})
    for media in ("application/json", "multipart/form-data"):
        if media in content and "schema" in content[media]:
            body = required_properties(doc, content[media]["schema"])
            break
    return body, query


def render(doc: Dict[str, Any], routes: Tuple[Tuple[str, str, str], ...]) -> str:
    lines = [
        '"""Required request parameters per served route, generated from the OpenAPI spec.',
        "",
        "Do not edit: regenerate with ``python3 tools/gen_spec_required.py``.",
        f"Spec version: {doc.get('info', {}).get('version', 'unknown')}.",
        '"""',
        "from __future__ import annotations",
        "",
        "from typing import Dict, Tuple",
        "",
        '__all__ = ["REQUIRED_BODY", "REQUIRED_QUERY"]',
        "",
        "# (method, spec path) -> body properties, in the spec's order",
        "REQUIRED_BODY: Dict[Tuple[str, str], Tuple[str, ...]] = {",
    ]
    queries: List[str] = []
    for _accessor, method, path in routes:
        body, query = route_requirements(doc, method, path)
        if body:
            lines.append(f"    ({method!r}, {path!r}): {tuple(body)!r},")
        if query:
            queries.append(f"    ({method!r}, {path!r}): {tuple(query)!r},")
    lines.append("}")
    lines.append("")
    lines.append("# (method, spec path) -> query parameters")
    lines.append("REQUIRED_QUERY: Dict[Tuple[str, str], Tuple[str, ...]] = {")
    lines.extend(queries)
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: List[str]) -> int:
    args = argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    spec_path = Path(args[0]) if args else DEFAULT_SPEC
    with open(spec_path, encoding="utf-8") as fh:
        doc = json.load(fh)
    text = render(doc, _load_routes())
    if check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date; rerun tools/gen_spec_required.py")
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is up to date")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
