"""The ``qaf`` command line: ``qaf <concept> <action> ...``.

Each concept adds its own sub-commands through an ``add_<concept>_commands`` function below;
handlers return the process exit code. Errors from qaf print as ``qaf: message`` (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from typing import Callable, Optional, Sequence

from qaf.errors import Error

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qaf",
        description="Quality assurance framework tools for Safeguarding Children Partnerships.",
    )
    parser.add_argument("--version", action="store_true", help="print qaf's version and exit")
    concepts = parser.add_subparsers(dest="concept", metavar="COMMAND")
    for add_commands in COMMAND_GROUPS:
        add_commands(concepts)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        import qaf

        print(qaf.__version__)
        return 0
    handler: Optional[Handler] = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return handler(args)
    except Error as error:
        print(f"qaf: {error}", file=sys.stderr)
        return 2


# Sub-command groups, one per concept, appended in the concept sections below.
COMMAND_GROUPS: list[Callable[[argparse._SubParsersAction], None]] = []
