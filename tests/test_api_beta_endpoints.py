"""Every beta endpoint, driven from the reference table (tests/data/endpoints.tsv).

For each row: the method exists where the accessor says, its parameters are the spec's
(tests/data/spec_operations.json), and a call with its required arguments sends the row's
verb and path with the endpoint's headers, then parses into the row's return type — on the
sync and async clients, plain, raw and streamed.  The other areas' test modules reuse the
helpers below for their rows; method-specific bodies live in the per-area modules.
"""
from __future__ import annotations

import ast
import asyncio
import inspect
import json
import os
import re
from typing import Any, Callable, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl

import pytest

from openai_lite import AsyncOpenAI, OpenAI
from openai_lite._models import BaseModel
from openai_lite._response import HttpxBinaryResponseContent
from tests.apiserver import APIServer, Recorded, Reply

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

# Top-level resources that _client.py may not list yet; reached through their class then.
_TOP = {
    "admin": "openai_lite.resources.admin:Admin",
    "skills": "openai_lite.resources.skills:Skills",
    "content_provenance_checks": "openai_lite.resources.content_provenance_checks:ContentProvenanceChecks",
}
_REQUEST_KWARGS = {"extra_headers", "extra_query", "extra_body", "timeout"}


def load_rows(*prefixes: str) -> List[Dict[str, str]]:
    out = []
    with open(os.path.join(DATA, "endpoints.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            if row["http"] != "-" and row["accessor"].startswith(prefixes):
                out.append(row)
    return out


def _spec_ops() -> Dict[Tuple[str, str], Dict[str, Any]]:
    with open(os.path.join(DATA, "spec_operations.json")) as f:
        return {(o["method"], o["path"]): o for o in json.load(f)}


SPEC = _spec_ops()


def resource_of(client: Any, accessor: str) -> Tuple[Any, str]:
    """(resource, method name) for ``a.b.method``."""
    parts = accessor.split(".")
    top = parts[0]
    if top in _TOP and not hasattr(type(client), top):
        module, _, name = _TOP[top].partition(":")
        obj = getattr(__import__(module, fromlist=[name]), name)(client)
    else:
        obj = getattr(client, top)
    for p in parts[1:-1]:
        obj = getattr(obj, p)
    return obj, parts[-1]


# ---- arguments -----------------------------------------------------------------------------

def sample(annotation: str, name: str) -> Any:
    """A value of the declared type for a required parameter."""
    a = annotation.strip()
    for wrapper in ("Optional[", "Union["):
        if a.startswith(wrapper):
            a = _first_arg(a[len(wrapper):-1])
    if a.startswith("Literal["):
        return ast.literal_eval("[" + a[8:-1] + "]")[0]
    if a == "str":
        return f"{name}_v"
    if a == "int":
        return 7
    if a == "float":
        return 0.5
    if a == "bool":
        return True
    if a == "FileTypes":
        return ("upload.bin", b"\x00data", "application/octet-stream")
    if a.startswith(("Sequence[", "List[", "Iterable[")):
        inner = a[a.index("[") + 1:-1]
        return [sample(inner, name)]
    if a.startswith(("Mapping[", "Dict[")):
        return {"k": "v"}
    raise AssertionError(f"no sample for {name}: {annotation}")


def _first_arg(text: str) -> str:
    depth = 0
    for i, ch in enumerate(text):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "," and depth == 0:
            return text[:i]
    return text


def call_for(fn: Callable[..., Any], row: Dict[str, str]) -> Tuple[list, dict, str, Dict[str, Any], Dict[str, Any]]:
    """(args, kwargs, expected path, expected query, expected body) for a call with every
    required argument."""
    path_names = re.findall(r"{(\w+)}", row["path"])
    args: list = []
    kwargs: dict = {}
    query: Dict[str, Any] = {}
    body: Dict[str, Any] = {}
    op = SPEC[(row["http"], row["path"])]
    for p in inspect.signature(fn).parameters.values():
        if p.default is not inspect.Parameter.empty or p.name in _REQUEST_KWARGS:
            continue
        if p.name in path_names:
            value: Any = f"{p.name}_1"
        else:
            value = sample(str(p.annotation), p.name)
            if p.name in op["query"] or p.name + "[]" in op["query"]:
                query[p.name] = value
            else:
                body[p.name] = value
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[p.name] = value
    path = row["path"]
    for name in path_names:
        path = path.replace("{%s}" % name, f"{name}_1")
    return args, kwargs, path, query, body


# ---- replies -------------------------------------------------------------------------------

PAGE = {"object": "list", "data": [{"id": "item_1", "object": "thing"}], "first_id": "item_1",
        "last_id": "item_1", "has_more": False, "next": None}
OBJECT = {"id": "obj_1", "object": "thing", "created_at": 1}


def reply_for(row: Dict[str, str]) -> Reply:
    if row["returns"] == "binary":
        return Reply(200, b"PK\x03\x04zip", headers={"Content-Type": "application/zip"})
    if row["returns"] == "None":
        return Reply(204, b"")
    if row["returns"].startswith("Sync"):
        return Reply(200, PAGE)
    return Reply(200, OBJECT)


def expected_headers(row: Dict[str, str]) -> Dict[str, str]:
    acc, note = row["accessor"], row["note"]
    out = {}
    m = re.search(r"OpenAI-Beta: (\S+)", note)
    if m:
        out["openai-beta"] = m.group(1)
    m = re.search(r"Accept: (\S+)", note)
    if m:
        out["accept"] = m.group(1).rstrip(";")
    if acc.startswith("admin."):
        out["authorization"] = "Bearer sk-admin"
    else:
        out["authorization"] = "Bearer sk-test"
    return out


def check_request(rec: Recorded, row: Dict[str, str], path: str, query: Dict[str, Any],
                  body: Dict[str, Any], mode: str) -> None:
    assert rec.method == row["http"]
    want_path, _, literal_query = path.partition("?")
    assert rec.path == "/v1" + want_path
    params = rec.params
    if literal_query:
        assert params[0] == tuple(literal_query.split("=")), "the literal query comes first"
        params = params[1:]
    flat = []
    for k, v in query.items():
        for item in (v if isinstance(v, list) else [v]):
            flat.append((k + ("[]" if isinstance(v, list) else ""), str(item).lower() if isinstance(item, bool) else str(item)))
    assert params == flat
    for k, v in expected_headers(row).items():
        assert rec.headers.get(k) == v, (k, rec.headers.get(k))
    if mode != "plain":
        assert rec.headers["x-stainless-raw-response"] == ("true" if mode == "raw" else "stream")
    else:
        assert "x-stainless-raw-response" not in rec.headers
    if row["multipart"] == "yes" and any(_is_file(v) for v in body.values()):
        assert rec.headers["content-type"].startswith("multipart/form-data; boundary=")
        for name in body:
            assert f'name="{name}'.encode() in rec.body
    elif row["http"] in ("GET",):
        assert rec.body == b""
    elif body or SPEC[(row["http"], row["path"])]["body"]:
        assert rec.headers["content-type"] == "application/json"
        assert json.loads(rec.body) == body
    else:
        assert rec.body == b""


def _is_file(v: Any) -> bool:
    return isinstance(v, (bytes, tuple)) or (isinstance(v, list) and v and isinstance(v[0], (bytes, tuple)))


def check_result(result: Any, row: Dict[str, str], is_async: bool) -> None:
    ret = row["returns"]
    if ret == "binary":
        assert isinstance(result, HttpxBinaryResponseContent) and result.content == b"PK\x03\x04zip"
        return
    if ret == "None":
        assert result is None
        return
    m = re.match(r"(Sync\w*Page)\[(\w+)\]", ret)
    if m:
        page_cls = m.group(1).replace("Sync", "Async") if is_async else m.group(1)
        assert type(result).__name__ == page_cls
        item = result.data[0]
        assert isinstance(item, BaseModel) and item.id == "item_1"
        _check_class(item, m.group(2))
        assert result.has_next_page() is False
        return
    assert isinstance(result, BaseModel) and result.id == "obj_1"
    _check_class(result, ret)


def _check_class(obj: Any, name: str) -> None:
    # a few SDK names are unions (chatkit items); any of their variants is right
    if name in ("Data",):
        return
    assert type(obj).__name__ == name


# ---- the driver ----------------------------------------------------------------------------

def make_client(api: Any, is_async: bool) -> Any:
    def never() -> str:  # admin endpoints must not consult the api-key callable
        raise AssertionError("api key callable consulted")

    cls = AsyncOpenAI if is_async else OpenAI
    return cls(api_key="sk-test", admin_api_key="sk-admin", base_url=api.base_url, max_retries=0)


def run_row(api: Any, row: Dict[str, str], is_async: bool, mode: str) -> None:
    client = make_client(api, is_async)
    resource, name = resource_of(client, row["accessor"])
    target = resource if mode == "plain" else getattr(resource, "with_raw_response" if mode == "raw" else "with_streaming_response")
    fn = getattr(target, name)
    args, kwargs, path, query, body = call_for(getattr(resource, name), row)
    api.default = reply_for(row)
    before = len(api.requests)

    if is_async:
        async def go() -> Any:
            if mode == "stream":
                async with fn(*args, **kwargs) as response:
                    assert response.http_response.status_code in (200, 204)
                    return await response.parse()
            result = fn(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            return result.parse() if mode == "raw" else result
        result = asyncio.run(go())
        asyncio.run(client.close())
    else:
        if mode == "stream":
            with fn(*args, **kwargs) as response:
                result = response.parse()
        else:
            result = fn(*args, **kwargs)
            if mode == "raw":
                result = result.parse()
        client.close()
    assert len(api.requests) == before + 1
    check_request(api.last, row, path, query, body, mode)
    check_result(result, row, is_async)


def check_parameters(row: Dict[str, str]) -> None:
    """The method's own keyword parameters are exactly the spec's query and body names."""
    client = OpenAI(api_key="sk-test", admin_api_key="sk-admin", base_url="http://127.0.0.1:9/v1")
    resource, name = resource_of(client, row["accessor"])
    fn = getattr(resource, name)
    op = SPEC[(row["http"], row["path"])]
    path_names = set(re.findall(r"{(\w+)}", row["path"]))
    ours = {p for p in inspect.signature(fn).parameters if p not in _REQUEST_KWARGS | path_names}
    theirs = {q.replace("[]", "") for q in op["query"]} | set(op["body"])
    if "openai-beta header" in row["note"]:
        theirs.add("betas")
    assert ours == theirs, (sorted(ours - theirs), sorted(theirs - ours))
    # the last path parameter is positional, the others keyword-only (SDK calling style)
    params = list(inspect.signature(fn).parameters.values())
    positional = [p.name for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    names = re.findall(r"{(\w+)}", row["path"])
    assert positional == names[-1:]


@pytest.fixture(scope="module")
def endpoint_api() -> Any:
    """One loopback server for a module's table-driven cases (a server per case would spend
    most of the run starting and stopping)."""
    with APIServer() as server:
        yield server


MODES = [(False, "plain"), (False, "raw"), (False, "stream"), (True, "plain"), (True, "raw"), (True, "stream")]
BETA_ROWS = load_rows("beta.")


def ids(row: Dict[str, str]) -> str:
    return row["accessor"]


@pytest.mark.parametrize("row", BETA_ROWS, ids=ids)
def test_beta_parameters_match_the_spec(row: Dict[str, str]) -> None:
    check_parameters(row)


@pytest.mark.parametrize("is_async,mode", MODES, ids=lambda v: str(v))
@pytest.mark.parametrize("row", BETA_ROWS, ids=ids)
def test_beta_endpoint_on_the_wire(endpoint_api: Any, row: Dict[str, str], is_async: bool, mode: str) -> None:
    run_row(endpoint_api, row, is_async, mode)


def test_every_beta_row_is_covered() -> None:
    # every HTTP method under beta.* in the reference table (helpers are tested separately)
    assert len(BETA_ROWS) == 38
