"""The ``kg`` command: a thin layer over the library, and the only package that prints.

Exit codes: 0 success; 1 some input failed (the output of the others is still
written) or the graph does not validate; 2 bad usage or an unreadable graph
or query.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kg.errors import KgError

EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except KgError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130


def make_parser() -> argparse.ArgumentParser:
    from kg import __version__
    from kg.cli.commands import COMMANDS

    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build and query a knowledge graph of SEC filings "
        "(Forms 3/4/5, Form D, 8-K, press releases).",
    )
    parser.add_argument("--version", action="version", version=f"edgar-kg {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name, (help_text, configure, func) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        configure(command)
        command.set_defaults(func=func)
    return parser


if __name__ == "__main__":
    sys.exit(main())
