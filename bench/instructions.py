"""Instructions per async request, counted by valgrind's callgrind: a steady signal on a
machine whose timings move with other load (wall and CPU time on this 2-core box vary by
15% between runs; instruction counts by well under 1%).

    python3 bench/instructions.py            # lib, raw, floor and bound of bench row 4
    python3 bench/instructions.py lib        # one of them

Each variant runs twice under callgrind, with 500 and 1500 chat completions at 50
concurrent tasks against the bench server (its own process, not traced); the difference
over the 1000 extra requests is the per-request count, so start-up and warm-up cancel
out.  Counts are user-space instructions only: syscalls and the kernel's share of socket
work are not in them.  Needs valgrind; without it the script says so and exits.
"""
from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

# floor: a bare protocol client that builds the typed result (bench row 4's info line);
# bound: the floor with the body made by the SDK-shaped create() signature in front.
VARIANTS = ("lib", "raw", "floor", "bound")
SMALL, LARGE = 500, 1500


def child(port: int, variant: str, total: int) -> None:
    """Run in the traced process: warm up, then ``total`` requests."""
    import run  # bench/run.py: the same workers as row 4

    async def main() -> None:
        if variant == "lib":
            from openai_lite import AsyncOpenAI

            client = AsyncOpenAI(api_key="k", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
            await run._lib_async(client, 50, 100)
            await run._lib_async(client, 50, total)
            await client.close()
        elif variant == "raw":
            await run._raw_async(port, 50, 100)
            await run._raw_async(port, 50, total)
        else:
            await run._floor_async(port, 50, 100, sdk_signature=variant == "bound")
            await run._floor_async(port, 50, total, sdk_signature=variant == "bound")

    asyncio.run(main())


def count(port: int, variant: str, total: int) -> int:
    """Instructions of a whole child process run under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={os.path.join(tmp, 'cg.out')}",
             os.path.realpath(sys.executable), os.path.abspath(__file__), "--child", str(port), variant, str(total)],
            capture_output=True, text=True, timeout=600)
    found = re.search(r"Collected : ([0-9]+)", out.stderr)
    if out.returncode != 0 or found is None:
        raise RuntimeError(f"callgrind run failed ({out.returncode}): {out.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: List[str]) -> None:
    if argv[:1] == ["--child"]:
        child(int(argv[1]), argv[2], int(argv[3]))
        return
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing to count")
        return
    variants = [v for v in argv if v in VARIANTS] or list(VARIANTS)
    import servers

    proc, port = servers.start_in_process()
    try:
        for variant in variants:
            small, large = count(port, variant, SMALL), count(port, variant, LARGE)
            print(f"{variant:6s} {(large - small) / (LARGE - SMALL):10,.0f} instructions/request", flush=True)
    finally:
        proc.kill()
        proc.wait()


if __name__ == "__main__":
    main(sys.argv[1:])
