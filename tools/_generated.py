"""What the generator tools share: write the files whose text changed, or with ``--check``
only name them and exit 1."""
from __future__ import annotations

import pathlib
from typing import Iterable, List, Tuple


def sync(outputs: Iterable[Tuple[pathlib.Path, str]], argv: List[str], root: pathlib.Path) -> int:
    check = "--check" in argv
    stale = []
    for path, text in outputs:
        if not path.exists() or path.read_text() != text:
            stale.append(path)
            if not check:
                path.write_text(text)
    if check:
        for path in stale:
            print("stale:", path.relative_to(root))
        return 1 if stale else 0
    print(f"wrote {len(stale)} file(s)")
    return 0
