"""The whole API surface against the reference table and the OpenAPI spec.

* every row of endpoints.tsv exists on the sync and async clients and on both response
  wrappers;
* every HTTP method, called against a recording loopback server, uses its row's verb and
  path and sends only query/body fields the spec defines for that operation;
* every spec operation is reachable through some method.
"""
import csv
import inspect
import json
import os
import re
from typing import Any, Dict, List, Tuple

import pytest

from openai_lite import AsyncOpenAI, OpenAI
from tests.apiserver import Reply

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
ROWS = list(csv.DictReader(open(os.path.join(DATA, "endpoints.tsv")), delimiter="\t"))
# Operations of the public spec that SDK 3.3.1 has no method for; we add them in its style.
ROWS += list(csv.DictReader(open(os.path.join(DATA, "endpoints_extra.tsv")), delimiter="\t"))
SPEC = json.load(open(os.path.join(DATA, "spec_operations.json")))
HTTP_ROWS = [r for r in ROWS if r["http"] != "-"]
REQUEST_KW = {"extra_headers", "extra_query", "extra_body", "timeout"}
FILE_PARAMS = {"file", "image", "mask", "data", "video", "input_reference", "files", "recording", "audio_sample"}


def norm(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path.split("?")[0])


SPEC_BY_KEY = {(op["method"], norm(op["path"])): op for op in SPEC}


def resolve(obj: Any, accessor: str) -> Any:
    for part in accessor.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("row", ROWS, ids=[r["accessor"] for r in ROWS])
def test_row_exists_everywhere(row):
    sync, aio = OpenAI(api_key="k"), AsyncOpenAI(api_key="k")
    for client in (sync, aio):
        method = resolve(client, row["accessor"])
        assert callable(method)
        if row["http"] == "-":
            continue
        owner, name = row["accessor"].rsplit(".", 1)
        resource = resolve(client, owner)
        assert callable(getattr(resource.with_raw_response, name))
        assert callable(getattr(resource.with_streaming_response, name))
        top = row["accessor"].split(".")[0]
        assert callable(resolve(client.with_raw_response, row["accessor"]))
        assert top != "webhooks"


def _dummy_args(method: Any, path_template: str, multipart: bool) -> Dict[str, Any]:
    sig = inspect.signature(method)
    args: Dict[str, Any] = {}
    path_names = re.findall(r"\{([^}]+)\}", path_template)
    positional = [p for p in sig.parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    for i, p in enumerate(positional):
        args[p.name] = f"id{i}"
    for p in sig.parameters.values():
        if p.name in args or p.name in REQUEST_KW or p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL):
            continue
        if p.name == "stream":
            args[p.name] = False
        elif p.name in FILE_PARAMS and multipart:
            args[p.name] = ("f.bin", b"data", "application/octet-stream")
        elif p.name in path_names:
            args[p.name] = f"{p.name}-1"
        else:
            args[p.name] = "v"
    return args


def _sent_fields(rec) -> Tuple[set, set]:
    query = {re.split(r"\[", k)[0] for k, _ in rec.params}
    body: set = set()
    ctype = rec.headers.get("content-type", "")
    if rec.body and ctype.startswith("application/json"):
        payload = json.loads(rec.body)
        if isinstance(payload, dict):
            body = set(payload)
    elif ctype.startswith("multipart/form-data"):
        names = re.findall(rb'form-data; name="([^"]+)"', rec.body)
        body = {re.split(r"\[", n.decode())[0] for n in names}
    return query, body


@pytest.mark.parametrize("row", HTTP_ROWS, ids=[r["accessor"] for r in HTTP_ROWS])
def test_method_sends_spec_fields(api, row):
    api.default = Reply(200, {"data": [], "id": "x", "object": "x", "has_more": False})
    client = OpenAI(api_key="k", admin_api_key="admin", base_url=api.base_url, max_retries=0)
    method = resolve(client, row["accessor"])
    args = _dummy_args(method, row["path"], not row["multipart"].startswith("no"))
    try:
        method(**args)
    except Exception as e:  # the request must go out; parsing a dummy reply may fail
        if not api.requests:
            raise AssertionError(f"{row['accessor']} sent nothing: {type(e).__name__}: {e}")
    assert api.requests, row["accessor"]
    rec = api.requests[0]
    assert rec.method == row["http"], (rec.method, row["http"])
    want = "/v1" + row["path"].split("?")[0]
    pattern = re.escape(want).replace(r"\{", "{").replace(r"\}", "}")
    pattern = re.sub(r"\{[^}]+\}", "[^/]+", pattern)
    assert re.fullmatch(pattern, rec.path), (rec.path, want)
    op = SPEC_BY_KEY.get((row["http"], norm(row["path"])))
    if op is None:
        return  # not in the public spec (checked by the coverage test's numbers)
    query, body = _sent_fields(rec)
    allowed_query = {q.split("[")[0] for q in op["query"]} | {"beta", "api-version"}
    assert query <= allowed_query, f"query fields not in the spec: {query - allowed_query}"
    assert body <= set(op["body"]), f"body fields not in the spec: {body - set(op['body'])}"


def test_every_spec_operation_is_reachable(capsys):
    rows = {(r["http"], norm(r["path"])) for r in HTTP_ROWS}
    client = OpenAI(api_key="k")
    reachable = set()
    for r in HTTP_ROWS:
        try:
            resolve(client, r["accessor"])
        except AttributeError:
            continue
        reachable.add((r["http"], norm(r["path"])))
    missing = sorted(k for k in SPEC_BY_KEY if k not in reachable)
    with capsys.disabled():
        print(f"\nspec operations reachable: {len(SPEC_BY_KEY) - len(missing)}/{len(SPEC_BY_KEY)}; "
              f"endpoints.tsv rows implemented: {sum(1 for r in ROWS if _exists(client, r['accessor']))}/{len(ROWS)}")
    assert missing == [], f"spec operations with no method: {missing}"
    assert rows  # the table is not empty


def _exists(client: Any, accessor: str) -> bool:
    try:
        return callable(resolve(client, accessor))
    except AttributeError:
        return False


# SDK-only arguments that never reach the wire under their own name.
SDK_ONLY_PARAMS = {"betas", "event_handler", "poll_interval_ms"}


@pytest.mark.parametrize("row", HTTP_ROWS, ids=[r["accessor"] for r in HTTP_ROWS])
def test_parameter_names_are_the_spec_names(row):
    op = SPEC_BY_KEY.get((row["http"], norm(row["path"])))
    if op is None:
        pytest.fail(f"{row['accessor']}: no spec operation for {row['http']} {row['path']}")
    method = resolve(OpenAI(api_key="k"), row["accessor"])
    sig = inspect.signature(method)
    path_names = re.findall(r"\{([^}]+)\}", row["path"])
    known = ({q.split("[")[0] for q in op["query"]} | set(op["body"]) | set(op["path_params"]) | set(path_names)
             | REQUEST_KW | SDK_ONLY_PARAMS)
    names = [p.name for p in sig.parameters.values() if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]
    positional = [p.name for p in sig.parameters.values() if p.kind == p.POSITIONAL_OR_KEYWORD]
    unknown = [n for n in names if n not in known and n not in positional]
    assert unknown == [], f"{row['accessor']}: parameters the spec does not define: {unknown}"
