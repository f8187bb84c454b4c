"""openai_lite benchmarks: every row runs the library and a raw standard-library baseline
against the same loopback server in the same run, and prints them side by side.

    python3 bench/run.py            # full run (well under 3 minutes)
    python3 bench/run.py --quick    # about 30 s, fewer repetitions
    python3 bench/run.py --profile  # also cProfile the client side of rows 3 and 5
    python3 bench/run.py --rows 3,5 # only some rows

The server (bench/servers.py) runs in its own process so client and server each have
a core and a GIL.  See bench/README.md for what each row means.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any, Callable, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import servers  # noqa: E402  (bench/servers.py)

MiB = 1024 * 1024
PYCACHE = os.path.join(tempfile.gettempdir(), "openai_lite_bench_pycache")
CHAT_MESSAGES = [
    {"role": "system", "content": "You are a helpful assistant. Answer briefly."},
    {"role": "user", "content": "What is the capital of France? Give one or two sentences."},
]
CHAT_MODEL = "gpt-4o-mini"
EMB_INPUT = "The food was delicious and the waiter was very friendly."
EMB_MODEL = "text-embedding-3-small"


def child_env() -> Dict[str, str]:
    """The environment for child processes: no OPENAI_* settings leak in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.pop("PYTHONPATH", None)
    # Children use a bytecode cache, as an installed package would; it lives outside the
    # tree (this sandbox sets PYTHONDONTWRITEBYTECODE and the repo has no __pycache__).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    return env


# =========================================================================== results
class Row:
    def __init__(self, row: str, metric: str, lib: str, raw: str, ratio: str, target: str,
                 ok: Optional[bool], note: str = "") -> None:
        self.row, self.metric, self.lib, self.raw = row, metric, lib, raw
        self.ratio, self.target, self.ok, self.note = ratio, target, ok, note


RESULTS: List[Row] = []


def add(*args: Any, **kw: Any) -> None:
    r = Row(*args, **kw)
    RESULTS.append(r)
    verdict = "" if r.ok is None else ("PASS" if r.ok else "FAIL")
    print(f"  [{r.row}] {r.metric}: lib {r.lib} | raw {r.raw} | {r.ratio} (target {r.target}) {verdict}",
          flush=True)


def print_table() -> None:
    head = ("#", "metric", "openai_lite", "raw baseline", "ratio/delta", "target", "result")
    rows = [head] + [(r.row, r.metric, r.lib, r.raw, r.ratio, r.target,
                      "-" if r.ok is None else ("PASS" if r.ok else "FAIL")) for r in RESULTS]
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(head))]
    line = "+".join("-" * (w + 2) for w in widths)
    print()
    print(line)
    for i, row in enumerate(rows):
        print("|".join(f" {str(c):<{w}} " for c, w in zip(row, widths)))
        if i == 0:
            print(line)
    print(line)
    fails = [r for r in RESULTS if r.ok is False]
    print(f"{len(RESULTS)} measurements, {sum(1 for r in RESULTS if r.ok)} PASS, {len(fails)} FAIL")
    for r in RESULTS:
        if r.note:
            print(f"  note [{r.row}] {r.metric}: {r.note}")


def median(xs: List[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


# =========================================================================== child processes
def spawn_measure(argv: List[str], env: Dict[str, str], cwd: str) -> Tuple[float, int, bytes]:
    """Run a child; return (wall seconds, exit status, stdout)."""
    with tempfile.TemporaryFile() as out:
        actions = [(os.POSIX_SPAWN_DUP2, out.fileno(), 1)]
        old = os.getcwd()
        os.chdir(cwd)
        try:
            t0 = time.perf_counter()
            pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
            _, status = os.waitpid(pid, 0)
            wall = time.perf_counter() - t0
        finally:
            os.chdir(old)
        out.seek(0)
        return wall, status, out.read()


# --------------------------------------------------------------------------- row 1
# Peak RSS is the child's own VmHWM: ru_maxrss from wait4 is useless here, since a
# posix_spawn/fork child counts the parent's resident pages until it execs.
HWM = "print(open('/proc/self/status').read())"
BARE = HWM
LIB_IMPORT = "import openai_lite; openai_lite.OpenAI(api_key='k')\n" + HWM
LIB_IMPORT_CHECK = (
    "import time, sys\n"
    "t = time.perf_counter()\n"
    "import openai_lite; openai_lite.OpenAI(api_key='k')\n"
    "t = time.perf_counter() - t\n"
    "bad = [m for m in ('asyncio', 'ssl', 'http.client', 'email', 'json', 'logging', 'typing', 're')"
    " if m in sys.modules]\n"
    "print(repr((t, bad, len(sys.modules))))\n")


def _hwm_kib(out: bytes) -> int:
    for line in out.decode().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("child printed no VmHWM")


def import_pair(exe: str, flags: List[str], env: Dict[str, str], n: int) -> Tuple[List[float], ...]:
    bw, br, lw, lr = [], [], [], []
    for _ in range(2):  # warm the page cache and the bytecode cache
        spawn_measure([exe, *flags, "-c", BARE], env, ROOT)
        spawn_measure([exe, *flags, "-c", LIB_IMPORT], env, ROOT)
    for _ in range(n):  # interleaved, so load changes hit both sides alike
        w, st, out = spawn_measure([exe, *flags, "-c", BARE], env, ROOT)
        bw.append(w)
        br.append(_hwm_kib(out))
        w, st, out = spawn_measure([exe, *flags, "-c", LIB_IMPORT], env, ROOT)
        if st != 0:
            raise RuntimeError("import child failed")
        lw.append(w)
        lr.append(_hwm_kib(out))
    return bw, br, lw, lr


def row1_import(args: argparse.Namespace) -> None:
    print("Row 1: import cost", flush=True)
    n = 5 if args.quick else 15
    env = child_env()
    exe = sys.executable
    # Plain interpreter, then -S: no site-packages .pth files (this machine's site imports
    # certifi, which preloads re, pathlib, typing...), closer to a clean interpreter.
    for flags, label in (([], ""), (["-S"], " (-S, no site)")):
        bw, br, lw, lr = import_pair(exe, flags, env, n)
        dw = (median(lw) - median(bw)) * 1000
        drss = (median(lr) - median(br)) / 1024
        add("1", f"process wall{label}, median of {n}", f"{median(lw) * 1000:.1f} ms",
            f"{median(bw) * 1000:.1f} ms", f"+{dw:.1f} ms", "<= +15 ms", dw <= 15)
        add("1", f"peak RSS (VmHWM){label}", f"{median(lr) / 1024:.1f} MiB", f"{median(br) / 1024:.1f} MiB",
            f"+{drss:.2f} MiB", "<= +4 MiB", drss <= 4)
    # Without any bytecode cache: informational only, every module (stdlib too) is
    # compiled from source, as happens here when the tree has no __pycache__.
    with tempfile.TemporaryDirectory() as empty:  # an empty cache that is never written
        nopyc = dict(env, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=empty)
        bw, _, lw, _ = import_pair(exe, [], nopyc, max(3, n // 3))
    add("1", "process wall, no .pyc cache (info)", f"{median(lw) * 1000:.1f} ms", f"{median(bw) * 1000:.1f} ms",
        f"+{(median(lw) - median(bw)) * 1000:.1f} ms", "-", None)
    # In-process import time and the modules that must stay out.
    ins = []
    bad: List[str] = []
    nmods = 0
    for _ in range(max(3, n // 3)):
        _, st, out = spawn_measure([exe, "-c", LIB_IMPORT_CHECK], env, ROOT)
        t, found, nmods = eval(out.decode().strip())  # our own child's repr output
        ins.append(t)
        bad = found
    heavy = [m for m in bad if m in ("asyncio", "ssl", "http.client")]
    add("1", "in-process import+client (perf_counter)", f"{median(ins) * 1000:.1f} ms", "-", "-", "-", None,
        note=f"also loaded after import+client: {', '.join(bad) or 'none of the listed'}; {nmods} modules")
    add("1", "asyncio/ssl/http.client not loaded", "loaded: " + (", ".join(heavy) or "none"), "-", "-",
        "none loaded", not heavy)
    # -X importtime under -S: where the import time goes (self time per module).
    proc = subprocess.run([exe, "-S", "-X", "importtime", "-c", LIB_IMPORT], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=30)
    IMPORT_TOP[:] = importtime_top(proc.stderr, 10)
    print("  -X importtime (-S), top self times: " + "; ".join(IMPORT_TOP), flush=True)


def importtime_top(stderr: str, k: int) -> List[str]:
    entries = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        parts = line[len("import time:"):].split("|")
        entries.append((int(parts[0]), parts[2].strip()))
    total = sum(e[0] for e in entries)
    top = sorted(entries, key=lambda e: -e[0])[:k]
    return [f"total {total / 1000:.1f} ms in {len(entries)} modules"] + [f"{name} {us / 1000:.2f}" for us, name in top]


IMPORT_TOP: List[str] = []

# --------------------------------------------------------------------------- row 2
COLD_LIB = (
    "import sys\n"
    "import openai_lite\n"
    "c = openai_lite.OpenAI(api_key='k', base_url='http://127.0.0.1:%d/v1', max_retries=0)\n"
    "r = c.chat.completions.create(model=%r, messages=%r)\n"
    "assert r.choices[0].message.content\n")
COLD_RAW = (
    "import http.client, json, socket\n"
    "conn = http.client.HTTPConnection('127.0.0.1', %d)\n"
    "conn.connect(); conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)\n"
    "body = json.dumps({'model': %r, 'messages': %r})\n"
    "conn.request('POST', '/v1/chat/completions', body, {'Authorization': 'Bearer k',\n"
    "             'Content-Type': 'application/json', 'Accept': 'application/json'})\n"
    "r = json.loads(conn.getresponse().read())\n"
    "assert r['choices'][0]['message']['content']\n")


def row2_cold(args: argparse.Namespace, port: int) -> None:
    print("Row 2: cold process, one chat completion", flush=True)
    n = 5 if args.quick else 10
    env = child_env()
    exe = sys.executable
    lib_src = COLD_LIB % (port, CHAT_MODEL, CHAT_MESSAGES)
    raw_src = COLD_RAW % (port, CHAT_MODEL, CHAT_MESSAGES)
    lib, raw = [], []
    for _ in range(2):
        spawn_measure([exe, "-c", lib_src], env, ROOT)
        spawn_measure([exe, "-c", raw_src], env, ROOT)
    for _ in range(n):
        w, st, _ = spawn_measure([exe, "-c", lib_src], env, ROOT)
        if st != 0:
            raise RuntimeError("cold lib child failed")
        lib.append(w)
        w, st, _ = spawn_measure([exe, "-c", raw_src], env, ROOT)
        if st != 0:
            raise RuntimeError("cold raw child failed")
        raw.append(w)
    imp = []
    for src in (lib_src, raw_src):
        proc = subprocess.run([exe, "-X", "importtime", "-c", src], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=30)
        after_site = proc.stderr.split("| site\n", 1)[-1]
        imp.append(importtime_top(after_site, 6))
    ratio = median(lib) / median(raw)
    add("2", f"cold process wall, median of {n}", f"{median(lib) * 1000:.1f} ms", f"{median(raw) * 1000:.1f} ms",
        f"{ratio:.2f}x", "<= 1.2x", ratio <= 1.2,
        note=f"imports after site: lib {'; '.join(imp[0])} | raw {imp[1][0]}")


# =========================================================================== row 3: sync per request
def make_client(port: int) -> Any:
    from openai_lite import OpenAI

    return OpenAI(api_key="k", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)


RAW_HEADERS = {"Authorization": "Bearer k", "Content-Type": "application/json",
               "Accept": "application/json", "User-Agent": "raw-bench/1.0"}


def lib_ops(client: Any) -> Dict[str, Callable[[], Any]]:
    def chat() -> Any:
        r = client.chat.completions.create(model=CHAT_MODEL, messages=CHAT_MESSAGES)
        return r.choices[0].message.content

    def emb_float() -> Any:
        return client.embeddings.create(input=EMB_INPUT, model=EMB_MODEL, encoding_format="float").data[0].embedding

    def emb_b64() -> Any:
        return client.embeddings.create(input=EMB_INPUT, model=EMB_MODEL).data[0].embedding

    def models() -> Any:
        return client.models.list().data

    return {"chat": chat, "emb_float": emb_float, "emb_b64": emb_b64, "models": models}


def raw_conn(port: int) -> Any:
    """A keep-alive http.client connection with TCP_NODELAY, as the library sets it:
    http.client writes the head and the body in two sends, and Nagle would hold the
    second one back for the server's delayed ACK."""
    import http.client
    import socket

    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.connect()
    conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return conn


def raw_ops(port: int) -> Tuple[Dict[str, Callable[[], Any]], Any]:
    import base64
    from array import array

    conn = raw_conn(port)

    def post(path: str, payload: Any) -> Any:
        conn.request("POST", path, json.dumps(payload), RAW_HEADERS)
        return json.loads(conn.getresponse().read())

    def chat() -> Any:
        r = post("/v1/chat/completions", {"model": CHAT_MODEL, "messages": CHAT_MESSAGES})
        return r["choices"][0]["message"]["content"]

    def emb_float() -> Any:
        r = post("/v1/embeddings", {"input": EMB_INPUT, "model": EMB_MODEL, "encoding_format": "float"})
        return r["data"][0]["embedding"]

    def emb_b64() -> Any:
        r = post("/v1/embeddings", {"input": EMB_INPUT, "model": EMB_MODEL, "encoding_format": "base64"})
        for item in r["data"]:
            a = array("f")
            a.frombytes(base64.b64decode(item["embedding"]))
            if sys.byteorder == "big":
                a.byteswap()
            item["embedding"] = a.tolist()
        return r["data"][0]["embedding"]

    def models() -> Any:
        conn.request("GET", "/v1/models", headers=RAW_HEADERS)
        return json.loads(conn.getresponse().read())["data"]

    return {"chat": chat, "emb_float": emb_float, "emb_b64": emb_b64, "models": models}, conn


OP_LABELS = {"chat": "chat completion", "emb_float": "embedding 1536 float",
             "emb_b64": "embedding 1536 base64 (default)", "models": "models.list() 100 models"}


def time_batch(fn: Callable[[], Any], n: int) -> float:
    t0 = time.perf_counter()
    c0 = time.process_time()
    for _ in range(n):
        fn()
    CPU.append((time.process_time() - c0) / n)
    return (time.perf_counter() - t0) / n


CPU: List[float] = []  # client CPU seconds per call of the last time_batch calls
FLOOR: List[float] = []  # row 4's informational floor, requests/s per round
BOUND: List[float] = []  # the floor behind the SDK-shaped create() signature


def row3_sync(args: argparse.Namespace, port: int) -> None:
    print("Row 3: sync per-request cost over keep-alive", flush=True)
    client = make_client(port)
    lops = lib_ops(client)
    rops, conn = raw_ops(port)
    batches = 5 if args.quick else 9
    cap = 4.0 if args.quick else 12.0  # seconds per operation, both sides together
    for name in ("chat", "emb_float", "emb_b64", "models"):
        lf, rf = lops[name], rops[name]
        lv, rv = lf(), rf()
        if name == "models":
            lv, rv = [m.id for m in lv], [m["id"] for m in rv]
        assert lv and lv == rv, f"{name}: library and raw results differ"
        # Size batches to ~60 ms from a quick probe, bounded in count.
        per = min(time_batch(lf, 20), time_batch(rf, 20))
        size = max(20, min(2000, int(0.06 / max(per, 1e-6))))
        lib_t, raw_t, lib_c, raw_c = [], [], [], []
        deadline = time.perf_counter() + cap
        for _ in range(batches):  # interleaved, so drift hits both sides alike
            lib_t.append(time_batch(lf, size))
            lib_c.append(CPU[-1])
            raw_t.append(time_batch(rf, size))
            raw_c.append(CPU[-1])
            if time.perf_counter() > deadline:
                break
        lu, ru = median(lib_t) * 1e6, median(raw_t) * 1e6
        lc, rc = median(lib_c) * 1e6, median(raw_c) * 1e6
        ratio = lu / ru
        add("3", OP_LABELS[name], f"{lu:.0f} us/req", f"{ru:.0f} us/req", f"{ratio:.2f}x", "<= 1.3x",
            ratio <= 1.3, note=f"{len(lib_t)} batches x {size} req; lib overhead {lu - ru:+.0f} us/req wall; "
                               f"client CPU lib {lc:.0f} vs raw {rc:.0f} us/req ({lc / rc:.2f}x)")
    client.close()
    conn.close()


# =========================================================================== row 4: async throughput
async def _raw_async_worker(port: int, counter: List[int], total: int) -> None:
    import asyncio

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while counter[0] < total:
            counter[0] += 1
            body = json.dumps({"model": CHAT_MODEL, "messages": CHAT_MESSAGES}).encode()
            writer.write(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n"
                         b"Authorization: Bearer k\r\nContent-Type: application/json\r\n"
                         b"Accept: application/json\r\nContent-Length: %d\r\n\r\n%s" % (port, len(body), body))
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            data = json.loads(await reader.readexactly(length))
            assert status == 200 and data["choices"][0]["message"]["content"]
    finally:
        writer.close()


async def _raw_async(port: int, conc: int, total: int) -> float:
    import asyncio

    counter = [0]
    t0 = time.perf_counter()
    await asyncio.gather(*[_raw_async_worker(port, counter, total) for _ in range(conc)])
    return total / (time.perf_counter() - t0)


async def _floor_async(port: int, conc: int, total: int, sdk_signature: bool = False) -> float:
    """Information only: the least any client building the typed result could do.  A bare
    asyncio.Protocol per connection (no pool, timeouts, retries, header checks or parser
    beyond finding Content-Length), the library's request headers pre-serialised, then
    json.loads and the library's ChatCompletion model build, as lib does.

    ``sdk_signature``: the body also comes through the SDK-shaped
    ``chat.completions.create`` (its 45 keyword parameters, collected into the body), as
    any drop-in client's must; nothing else of the library runs."""
    import asyncio

    from openai_lite._models import construct_type
    from openai_lite.resources.chat.completions import Completions
    from openai_lite.types.chat import ChatCompletion

    make_body: Any = None
    if sdk_signature:
        resource = Completions(None)
        # the method's own request step replaced: it hands back the body it collected
        resource._request = lambda method, path, *, body, **kw: body  # type: ignore[method-assign]
        make_body = resource.create

    loop = asyncio.get_running_loop()
    head = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nAuthorization: Bearer k\r\n"
            b"Accept: application/json\r\nContent-Type: application/json\r\n"
            b"User-Agent: AsyncOpenAI/Python 3.3.1\r\nX-Stainless-Lang: python\r\n"
            b"X-Stainless-Package-Version: 3.3.1\r\nX-Stainless-OS: Linux\r\nX-Stainless-Arch: x64\r\n"
            b"X-Stainless-Runtime: CPython\r\nX-Stainless-Runtime-Version: 3.11.7\r\n"
            b"X-Stainless-Async: async:asyncio\r\nx-stainless-retry-count: 0\r\n"
            b"x-stainless-read-timeout: 600\r\nContent-Length: " % port)

    class Proto(asyncio.Protocol):
        def __init__(self) -> None:
            self.buf = b""
            self.waiter: Optional["asyncio.Future[None]"] = None

        def data_received(self, data: bytes) -> None:
            self.buf += data
            if self.waiter is not None:
                self.waiter.set_result(None)
                self.waiter = None

    counter = [0]

    async def worker() -> None:
        transport, proto = await loop.create_connection(Proto, "127.0.0.1", port)
        try:
            while counter[0] < total:
                counter[0] += 1
                if make_body is None:
                    body = json.dumps({"model": CHAT_MODEL, "messages": CHAT_MESSAGES}).encode()
                else:
                    body = json.dumps(make_body(model=CHAT_MODEL, messages=CHAT_MESSAGES)).encode()
                transport.write(head + b"%d\r\n\r\n%s" % (len(body), body))
                while True:
                    buf = proto.buf
                    end = buf.find(b"\r\n\r\n")
                    if end >= 0:
                        i = buf.find(b"Content-Length: ", 0, end) + 16
                        length = int(buf[i:buf.find(b"\r\n", i)])
                        if len(buf) >= end + 4 + length:
                            data = buf[end + 4:end + 4 + length]
                            proto.buf = buf[end + 4 + length:]
                            break
                    proto.waiter = loop.create_future()
                    await proto.waiter
                r = construct_type(type_=ChatCompletion, value=json.loads(data))
                assert r.choices[0].message.content
        finally:
            transport.close()

    t0 = time.perf_counter()
    await asyncio.gather(*[worker() for _ in range(conc)])
    return total / (time.perf_counter() - t0)


async def _lib_async(client: Any, conc: int, total: int) -> float:
    import asyncio

    counter = [0]

    async def worker() -> None:
        while counter[0] < total:
            counter[0] += 1
            r = await client.chat.completions.create(model=CHAT_MODEL, messages=CHAT_MESSAGES)
            assert r.choices[0].message.content

    t0 = time.perf_counter()
    await asyncio.gather(*[worker() for _ in range(conc)])
    return total / (time.perf_counter() - t0)


def row4_async(args: argparse.Namespace, port: int) -> None:
    import asyncio

    print("Row 4: async throughput, 50 concurrent tasks", flush=True)
    if not os.path.exists(os.path.join(ROOT, "openai_lite", "transport", "async_.py")):
        add("4", "chat completions/s, 50 tasks", "n/a", "-", "-", ">= 0.8x", None,
            note="openai_lite/transport/async_.py does not exist yet: row skipped")
        return
    from openai_lite import AsyncOpenAI

    conc = 50
    total = 1000 if args.quick else 3000
    rounds = 3 if args.quick else 5

    async def main() -> Tuple[List[float], List[float]]:
        client = AsyncOpenAI(api_key="k", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
        try:
            await _lib_async(client, conc, 200)  # open the connections, warm up
            await _raw_async(port, conc, 200)
            await _floor_async(port, conc, 200)
            lib, raw = [], []
            for _ in range(rounds):
                c0 = time.process_time()
                lib.append(await asyncio.wait_for(_lib_async(client, conc, total), 60))
                CPU.append((time.process_time() - c0) / total)
                c0 = time.process_time()
                raw.append(await asyncio.wait_for(_raw_async(port, conc, total), 60))
                CPU.append((time.process_time() - c0) / total)
                FLOOR.append(await asyncio.wait_for(_floor_async(port, conc, total), 60))
                BOUND.append(await asyncio.wait_for(_floor_async(port, conc, total, sdk_signature=True), 60))
            return lib, raw
        finally:
            await client.close()

    del CPU[:]
    del FLOOR[:]
    del BOUND[:]
    lib, raw = asyncio.run(main())
    lc, rc = median(CPU[0::2]) * 1e6, median(CPU[1::2]) * 1e6
    ratio = median(lib) / median(raw)
    add("4", f"chat completions/s, {conc} tasks", f"{median(lib):.0f} req/s", f"{median(raw):.0f} req/s",
        f"{ratio:.2f}x", ">= 0.8x", ratio >= 0.8, note=f"{rounds} rounds x {total} requests, median; client CPU lib {lc:.0f} vs raw {rc:.0f} us/req")
    floor = median(FLOOR)
    add("4", "floor: bare protocol + model build (info)", f"{floor:.0f} req/s", f"{median(raw):.0f} req/s",
        f"{floor / median(raw):.2f}x", "-", None,
        note="the least work a client returning the typed ChatCompletion can do (see _floor_async)")
    bound = median(BOUND)
    add("4", "floor + SDK create() signature (info)", f"{bound:.0f} req/s", f"{median(raw):.0f} req/s",
        f"{bound / median(raw):.2f}x", "-", None,
        note="the floor with its body made by chat.completions.create's 45 keyword parameters")


# =========================================================================== row 5: SSE
def lib_stream(client: Any, n: int) -> int:
    count = 0
    stream = client.chat.completions.create(model=CHAT_MODEL, messages=CHAT_MESSAGES, stream=True,
                                            extra_headers={"X-Bench-Chunks": str(n)})
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content is not None:
            count += 1
    return count


def raw_stream(conn: Any, n: int) -> int:
    count = 0
    body = json.dumps({"model": CHAT_MODEL, "messages": CHAT_MESSAGES, "stream": True})
    conn.request("POST", "/v1/chat/completions", body, dict(RAW_HEADERS, **{"X-Bench-Chunks": str(n)}))
    resp = conn.getresponse()
    buf = b""
    done = False
    while not done:
        data = resp.read1(65536)
        if not data:
            break
        buf += data
        lines = buf.split(b"\n")
        buf = lines.pop()
        for line in lines:
            if line.startswith(b"data: "):
                payload = line[6:]
                if payload == b"[DONE]":
                    done = True
                    break
                obj = json.loads(payload)
                choices = obj["choices"]
                if choices and choices[0]["delta"].get("content") is not None:
                    count += 1
    resp.read()  # the terminal chunk, so the connection stays reusable
    return count


def row5_sse(args: argparse.Namespace, port: int) -> None:
    print("Row 5: SSE chat stream", flush=True)
    n = 5000 if args.quick else 20000
    reps = 3 if args.quick else 5
    client = make_client(port)
    conn = raw_conn(port)
    assert lib_stream(client, 100) == raw_stream(conn, 100)  # same count: first chunk has content ""
    lib, raw, lib_c, raw_c = [], [], [], []
    deadline = time.perf_counter() + (8 if args.quick else 25)
    for _ in range(reps):
        t0, c0 = time.perf_counter(), time.process_time()
        c = lib_stream(client, n)
        lib.append(c / (time.perf_counter() - t0))
        lib_c.append((time.process_time() - c0) / c)
        t0, c0 = time.perf_counter(), time.process_time()
        c2 = raw_stream(conn, n)
        raw.append(c2 / (time.perf_counter() - t0))
        raw_c.append((time.process_time() - c0) / c2)
        assert c == c2, (c, c2)
        if time.perf_counter() > deadline:
            break
    ratio = median(lib) / median(raw)
    add("5", f"SSE chunks/s, {n} chunks", f"{median(lib):,.0f} /s", f"{median(raw):,.0f} /s", f"{ratio:.2f}x",
        ">= 0.7x", ratio >= 0.7, note=f"{len(lib)} streams each; one HTTP chunk per event; "
        f"wall lib {1e6 / median(lib):.1f} vs raw {1e6 / median(raw):.1f} us/chunk; client CPU lib "
        f"{median(lib_c) * 1e6:.1f} vs raw {median(raw_c) * 1e6:.1f} us/chunk")
    client.close()
    conn.close()


# =========================================================================== row 6: download
def _status_kib(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _reset_hwm() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")  # resets VmHWM to the current RSS (Linux >= 4.0)
        return True
    except OSError:
        return False


def download_child(impl: str, size: int, port: int, reps: int) -> None:
    """Runs in its own process: speed (best conditions, no tracing) then memory."""
    import tracemalloc

    if impl == "lib":
        client = make_client(port)

        def download(n: int) -> int:
            total = 0
            with client.files.with_streaming_response.content(f"file-{n}") as resp:
                for b in resp.iter_bytes(65536):
                    total += len(b)
            return total
    else:
        conn = raw_conn(port)

        def download(n: int) -> int:
            total = 0
            conn.request("GET", f"/v1/files/file-{n}/content", headers=RAW_HEADERS)
            resp = conn.getresponse()
            while True:
                b = resp.read(65536)
                if not b:
                    break
                total += len(b)
            return total

    assert download(4 * MiB) == 4 * MiB  # warm: imports, connection
    base_rss = _status_kib("VmRSS")
    hwm_reset = _reset_hwm()
    speeds = []
    for _ in range(reps):
        t0 = time.perf_counter()
        got = download(size)
        speeds.append(got / MiB / (time.perf_counter() - t0))
        assert got == size
    hwm = _status_kib("VmHWM")
    tracemalloc.start()
    download(size)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"mbps": median(speeds), "speeds": speeds, "trace_peak": peak,
                      "rss_delta_kib": hwm - base_rss, "hwm_reset": hwm_reset}))


def run_download(impl: str, size: int, port: int, reps: int) -> Dict[str, Any]:
    out = subprocess.run([sys.executable, os.path.abspath(__file__), "--child-download", impl, str(size),
                          str(port), str(reps)], cwd=ROOT, env=child_env(), capture_output=True, text=True,
                         timeout=120)
    if out.returncode != 0:
        raise RuntimeError(f"download child failed: {out.stderr[-2000:]}")
    result: Dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def row6_download(args: argparse.Namespace, port: int) -> None:
    print("Row 6: streamed download", flush=True)
    big = (50 if args.quick else 200) * 1000 * 1000
    small = (12 if args.quick else 50) * 1000 * 1000
    rounds, reps = (2, 2) if args.quick else (3, 3)
    res: Dict[Tuple[str, int], Dict[str, Any]] = {}
    speeds: Dict[str, List[float]] = {"lib": [], "raw": []}
    for _ in range(rounds):  # alternate lib and raw children, so load changes hit both
        for impl in ("lib", "raw"):
            r = run_download(impl, big, port, reps)
            speeds[impl] += r["speeds"]
            prev = res.get((impl, big))
            if prev is None or r["trace_peak"] > prev["trace_peak"]:
                res[(impl, big)] = r
    for impl in ("lib", "raw"):
        res[(impl, small)] = run_download(impl, small, port, 1)
    lm, rm = median(speeds["lib"]), median(speeds["raw"])
    ratio = lm / rm
    add("6", f"download {big // 1000000} MB, iter_bytes(65536)", f"{lm:.0f} MiB/s", f"{rm:.0f} MiB/s",
        f"{ratio:.2f}x", ">= 0.9x", ratio >= 0.9,
        note=f"median of {len(speeds['lib'])} downloads in {rounds} processes each; "
             f"lib {[round(s) for s in speeds['lib']]}, raw {[round(s) for s in speeds['raw']]}")
    for size in (big, small):
        lr, rr = res[("lib", size)], res[("raw", size)]
        add("6", f"tracemalloc peak, {size // 1000000} MB", f"{lr['trace_peak'] / MiB:.2f} MiB",
            f"{rr['trace_peak'] / MiB:.2f} MiB", "-", "< 20 MiB", lr["trace_peak"] < 20 * MiB)
        add("6", f"RSS peak - start, {size // 1000000} MB", f"{lr['rss_delta_kib'] / 1024:.2f} MiB",
            f"{rr['rss_delta_kib'] / 1024:.2f} MiB", "-", "< 20 MiB", lr["rss_delta_kib"] < 20 * 1024,
            note="" if lr["hwm_reset"] else "VmHWM could not be reset; delta includes warm-up")
    diff = (res[("lib", big)]["trace_peak"] - res[("lib", small)]["trace_peak"]) / MiB
    add("6", f"peak growth {small // 1000000} -> {big // 1000000} MB (flat?)", f"{diff:+.2f} MiB",
        f"{(res[('raw', big)]['trace_peak'] - res[('raw', small)]['trace_peak']) / MiB:+.2f} MiB", "-",
        "< 1 MiB", abs(diff) < 1)


# =========================================================================== profiling
def profile_section(label: str, fn: Callable[[], Any], top: int) -> None:
    import cProfile

    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    report_profile(label, prof, top)


def report_profile(label: str, prof: Any, top: int) -> None:
    import pstats

    st = pstats.Stats(prof)
    total = sum(v[2] for v in st.stats.values()) or 1e-9  # type: ignore[attr-defined]
    pkg = os.path.join(ROOT, "openai_lite") + os.sep

    def where(key: Tuple[str, int, str]) -> str:
        file, line, func = key
        if file.startswith(pkg):
            return f"openai_lite/{file[len(pkg):]}:{func}"
        if file == "~":
            return func
        return f"{os.path.basename(file)}:{func}"

    groups: Dict[str, float] = {}
    for key, v in st.stats.items():  # type: ignore[attr-defined]
        file = key[0]
        if file.startswith(pkg):
            g = "openai_lite/" + file[len(pkg):]
        elif file == "~":
            name = key[2]
            g = "C builtins: " + ("json" if "json" in name or "scanner" in name else
                                 "socket/io" if any(s in name for s in ("recv", "send", "readinto", "readline",
                                                                         "read1", "sendall")) else "other")
        else:
            g = "stdlib " + os.path.basename(file)
        groups[g] = groups.get(g, 0.0) + v[2]
    lib_share = sum(t for g, t in groups.items() if g.startswith("openai_lite/"))
    print(f"\n--- cProfile: {label} (total tottime {total:.3f} s; openai_lite code {lib_share / total:.0%})")
    print("    by file (self time):")
    for g, t in sorted(groups.items(), key=lambda kv: -kv[1])[:12]:
        print(f"      {t / total:6.1%}  {g}")
    print("    top functions by self time (tottime share / cumulative share / calls):")
    items = sorted(st.stats.items(), key=lambda kv: -kv[1][2])[:top]  # type: ignore[attr-defined]
    for key, (cc, nc, tt, ct, _) in items:
        print(f"      {tt / total:6.1%} {ct / total:7.1%} {nc:>8}  {where(key)}")
    ours = sorted(((k, v) for k, v in st.stats.items() if k[0].startswith(pkg)),  # type: ignore[attr-defined]
                  key=lambda kv: -kv[1][3])[:top]
    print("    openai_lite functions by cumulative time:")
    for key, (cc, nc, tt, ct, _) in ours:
        print(f"      {ct / total:6.1%} cum {tt / total:6.1%} self {nc:>8}  {where(key)}")


def layer_timings(args: argparse.Namespace, port: int) -> None:
    """Unprofiled split of one sync request: client CPU time inside each layer, measured by
    wrapping a few internals with process_time (about 1 us of wrapper cost each)."""
    from openai_lite import _response
    from openai_lite.transport import base, sync

    client = make_client(port)
    ops = lib_ops(client)
    rops, conn = raw_ops(port)
    acc: Dict[str, float] = {}
    restore: List[Tuple[Any, str, Any]] = []

    def wrap(obj: Any, name: str, label: str) -> None:
        orig = getattr(obj, name, None)
        if orig is None:
            return
        clock = time.process_time

        def timed(*a: Any, **k: Any) -> Any:
            t = clock()
            try:
                return orig(*a, **k)
            finally:
                acc[label] = acc.get(label, 0.0) + clock() - t
        restore.append((obj, name, orig))
        setattr(obj, name, timed)

    wrap(sync.SyncTransport, "handle_request", "transport/sync.py:SyncTransport.handle_request, all")
    wrap(sync.SyncTransport, "_exchange", "  .. sync.py:_exchange (http.client send + status/headers)")
    wrap(sync, "_build_head", "  .. sync.py:_build_head (header validation)")
    wrap(sync, "_check_head", "  .. sync.py:_check_head (response header checks)")
    wrap(sync.SyncTransport, "_acquire", "  .. sync.py:_acquire (pool, lock, poll)")
    wrap(base.Response, "read", "transport/base.py:Response.read (body via iterator layers)")
    wrap(_response, "parse_content", "_response.py:parse_content (json.loads + models)")
    n = 300 if args.quick else 1000
    print("\n--- layer split of sync requests (client CPU us/request, unprofiled)")
    try:
        for name in ("chat", "emb_float", "emb_b64", "models"):
            ops[name]()
            acc.clear()
            c0 = time.process_time()
            for _ in range(n):
                ops[name]()
            lib = (time.process_time() - c0) / n * 1e6
            c0 = time.process_time()
            for _ in range(n):
                rops[name]()
            raw = (time.process_time() - c0) / n * 1e6
            inner = sum(v for k, v in acc.items() if not k.startswith("  ")) / n * 1e6
            print(f"  {OP_LABELS[name]}: lib {lib:.0f} us, raw {raw:.0f} us (whole raw request incl. json)")
            for k, v in acc.items():
                print(f"    {v / n * 1e6:7.1f}  {k}")
            print(f"    {lib - inner:7.1f}  rest: resource method, options, build_request, flow, driver")
    finally:
        for obj, name, orig in reversed(restore):
            setattr(obj, name, orig)
        client.close()
        conn.close()


def run_profiles(args: argparse.Namespace, port: int) -> None:
    layer_timings(args, port)
    client = make_client(port)
    ops = lib_ops(client)
    n = 300 if args.quick else 1500
    for name in ("chat", "emb_float", "emb_b64", "models"):
        fn = ops[name]
        fn()
        profile_section(f"row 3 {OP_LABELS[name]} x{n}", lambda: [fn() for _ in range(n)], args.top)
    chunks = 5000 if args.quick else 20000
    lib_stream(client, 100)
    profile_section(f"row 5 SSE stream of {chunks} chunks", lambda: lib_stream(client, chunks), args.top)
    client.close()
    if os.path.exists(os.path.join(ROOT, "openai_lite", "transport", "async_.py")):
        import asyncio
        import cProfile

        from openai_lite import AsyncOpenAI

        total = 500 if args.quick else 2000

        async def main() -> Any:
            c = AsyncOpenAI(api_key="k", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
            try:
                await _lib_async(c, 50, 200)
                prof = cProfile.Profile()
                prof.enable()
                await _lib_async(c, 50, total)
                prof.disable()
                return prof
            finally:
                await c.close()

        report_profile(f"row 4 async, 50 tasks x {total} chat completions (whole event loop)",
                       asyncio.run(main()), args.top)


# =========================================================================== main
def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-download":
        impl, size, port, reps = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
        download_child(impl, size, port, reps)
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions, about 10 s")
    ap.add_argument("--profile", action="store_true", help="cProfile the client side of rows 3 and 5")
    ap.add_argument("--profile-only", action="store_true", help="only the profiles, no table")
    ap.add_argument("--top", type=int, default=15, help="functions shown per profile")
    ap.add_argument("--rows", default="1,2,3,4,5,6", help="comma-separated rows to run")
    args = ap.parse_args()
    rows = {int(r) for r in args.rows.split(",") if r.strip()}

    started = time.perf_counter()
    proc, port = servers.start_in_process()
    print(f"bench server pid {proc.pid} on 127.0.0.1:{port}; python {sys.version.split()[0]}; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}; "
          f"{'quick' if args.quick else 'full'} run", flush=True)
    try:
        if not args.profile_only:
            steps: List[Tuple[int, Callable[[], None]]] = [
                (1, lambda: row1_import(args)),
                (2, lambda: row2_cold(args, port)),
                (3, lambda: row3_sync(args, port)),
                (4, lambda: row4_async(args, port)),
                (5, lambda: row5_sse(args, port)),
                (6, lambda: row6_download(args, port)),
            ]
            for num, step in steps:
                if num in rows:
                    t0 = time.perf_counter()
                    step()
                    print(f"  (row {num} took {time.perf_counter() - t0:.1f} s)", flush=True)
            print_table()
            if IMPORT_TOP:
                print("  -X importtime top self: " + "; ".join(IMPORT_TOP))
        if args.profile or args.profile_only:
            run_profiles(args, port)
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    print(f"\ntotal {time.perf_counter() - started:.1f} s; load average now {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
