"""The command line: ``python -m openai_lite <command>``."""
from __future__ import annotations

import argparse
import sys
from typing import List, Optional

__all__ = ["main"]


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m openai_lite",
                                     description="openai_lite command line")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="a short tour (local fake server unless OPENAI_API_KEY is set)")
    demo.add_argument("--base-url", default=None)
    args = parser.parse_args(argv)
    if args.command == "demo":
        from .demo import run_demo

        return run_demo(base_url=args.base_url)
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
