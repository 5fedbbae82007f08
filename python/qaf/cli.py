"""The ``qaf`` command line: ``qaf <concept> <action> ...``.

Each concept adds its own sub-commands through an ``add_<concept>_commands`` function below;
handlers return the process exit code. Errors from qaf print as ``qaf: message`` (exit 2).
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from typing import Callable, Optional, Sequence

from qaf.errors import Error, LoadError, NotFoundError, UnsupportedVersionError
from qaf.framework import Framework

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
    except BrokenPipeError:
        # `qaf ... | head` closed our output early: not an error of ours. Point stdout at
        # /dev/null so that Python's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


# Sub-command groups, one per concept, appended in the concept sections below.
COMMAND_GROUPS: list[Callable[[argparse._SubParsersAction], None]] = []


def _add_concept(
    concepts: argparse._SubParsersAction, name: str, summary: str, description: str
) -> argparse._SubParsersAction:
    """Adds `qaf <name>` (which prints its help when no action is given) and returns the
    sub-parsers its actions are added to."""
    concept = concepts.add_parser(name, help=summary, description=description)
    concept.set_defaults(handler=lambda args: _print_help(concept))
    return concept.add_subparsers(dest="action", metavar="ACTION")


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


# ---- framework ------------------------------------------------------------------------------


def add_framework_commands(concepts: argparse._SubParsersAction) -> None:
    actions = _add_concept(
        concepts,
        "framework",
        "list, show and check framework definitions",
        "Bundled frameworks and framework files (docs/framework.md).",
    )

    listing = actions.add_parser("list", help="the frameworks bundled with qaf")
    listing.set_defaults(handler=_framework_list)

    show = actions.add_parser("show", help="a summary of a bundled framework or a file")
    show.add_argument("framework", metavar="ID|PATH", help="a bundled framework id or a file")
    show.add_argument("--json", action="store_true", help="print the canonical JSON instead")
    show.set_defaults(handler=_framework_show)

    check = actions.add_parser(
        "check",
        help="validate a framework file",
        description="Prints 'ok' (exit 0), or every problem as file:line:col: message (exit 1).",
    )
    check.add_argument("path", help="a framework file (YAML or JSON)")
    check.set_defaults(handler=_framework_check)


def _framework_list(args: argparse.Namespace) -> int:
    ids = Framework.builtins()
    width = max((len(framework_id) for framework_id in ids), default=0)
    for framework_id in ids:
        print(f"{framework_id:<{width}}  {Framework.builtin(framework_id).name}")
    return 0


def _open_framework(reference: str) -> Framework:
    """A bundled id when it is one, otherwise a file path."""
    builtins = Framework.builtins()
    if reference in builtins:
        return Framework.builtin(reference)
    looks_like_path = os.sep in reference or "/" in reference or "." in reference
    if not looks_like_path and not os.path.exists(reference):
        raise NotFoundError(
            f"no bundled framework or file '{reference}' (bundled: {', '.join(builtins)})"
        )
    return Framework.load(reference)


def _framework_show(args: argparse.Namespace) -> int:
    framework = _open_framework(args.framework)
    if args.json:
        text = framework.to_json()
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        print("\n".join(_framework_summary(framework)))
    return 0


def _framework_check(args: argparse.Namespace) -> int:
    try:
        Framework.load(args.path)
    except (LoadError, UnsupportedVersionError) as error:
        # Unreadable files (FileError) are not caught here: main() reports them, exit 2.
        for problem in error.problems or [f"{args.path}: {error}"]:
            print(problem)
        return 1
    print("ok")
    return 0


def _framework_summary(framework: Framework) -> list[str]:
    lines = [f"{framework.id}: {framework.name}"]
    source = f"Source: {framework.source}" if framework.source else ""
    for text in [framework.description, source]:
        if text:
            lines.append(textwrap.fill(text, 100, initial_indent="  ", subsequent_indent="  "))
    lines += _partnership_summary(framework)
    lines += _governance_summary(framework)
    lines += _contents_summary(framework)
    return lines


def _partnership_summary(framework: Framework) -> list[str]:
    partnership = framework.partnership
    area = f" ({partnership.area})" if partnership.area else ""
    since = f", effective from {partnership.effective_from}" if partnership.effective_from else ""
    lines = ["", f"Partnership: {partnership.name}{area}"]
    lines.append(f"  Working Together {partnership.working_together}{since}")
    for partner in partnership.safeguarding_partners:
        lines.append(
            f"  Safeguarding partner {partner.agency}: lead {partner.lead or '-'}, "
            f"delegate {partner.delegate or '-'}"
        )
    if partnership.priorities:
        titles = "; ".join(priority.title for priority in partnership.priorities)
        lines.append(f"  Priorities: {titles}")
    return lines


def _governance_summary(framework: Framework) -> list[str]:
    """Each reporting chain from a body nobody reports to, up to the top."""
    bodies = framework.governance
    if bodies.empty:
        return ["", "Governance: none defined"]
    names = dict(zip(bodies["id"], bodies["name"]))
    reported_to = set(bodies["reports_to"].dropna())
    lines = ["", "Governance:"]
    for body_id in bodies["id"]:
        if body_id not in reported_to:
            chain = framework.reporting_chain(body_id)
            lines.append("  " + " -> ".join(names[link] for link in chain))
    return lines


def _contents_summary(framework: Framework) -> list[str]:
    counts = framework.counts
    agencies = framework.agencies
    statutory = int((agencies["status"] == "statutory_partner").sum())
    lines = ["", f"Agencies: {counts['agencies']} ({statutory} statutory partners)"]
    scales = framework.scales
    declared = ", ".join(scales.loc[~scales["builtin"], "id"])
    builtin_count = int(scales["builtin"].sum())
    lines.append(
        f"Scales: {counts['scales']} declared ({declared or 'none'}), {builtin_count} built-in"
    )
    lines.append(f"Assessment tools: {counts['assessment_tools']}")
    for tool in framework.assessment_tools.itertuples():
        lines.append(
            f"  {tool.id}: {tool.name} ({tool.kind}, scale {tool.scale}): "
            f"{tool.sections} sections, {tool.standards} standards"
        )
    lines.append(f"Case audit tools: {counts['case_audit_tools']}")
    for tool in framework.case_audit_tools.itertuples():
        lines.append(
            f"  {tool.id}: {tool.name} (scale {tool.scale}): {len(tool.domains)} domains, "
            f"overall grade {tool.overall_method}"
        )
    lines.append(f"Timescales: {counts['timescales']}")
    lines.append(f"Indicators: {counts['indicators']}")
    lines.append(f"Programme: {counts['programme']} activities")
    return lines


COMMAND_GROUPS.append(add_framework_commands)


# ---- calendar -------------------------------------------------------------------------------


def add_calendar_commands(concepts: argparse._SubParsersAction) -> None:
    actions = _add_concept(
        concepts,
        "calendar",
        "bank holidays, working days and financial quarters",
        "England & Wales bank holidays and working days (docs/calendar.md).",
    )

    holidays = actions.add_parser("holidays", help="the bank holidays of a year or years")
    holidays.add_argument("first_year", help="a year, 1970..2100")
    holidays.add_argument("last_year", nargs="?", help="the last year (default: first_year)")
    holidays.set_defaults(handler=_calendar_holidays)

    workdays = actions.add_parser(
        "workdays",
        help="working days between two dates",
        description="Counts working days d with START < d <= END (the same day gives 0).",
    )
    workdays.add_argument("start", help="YYYY-MM-DD")
    workdays.add_argument("end", help="YYYY-MM-DD")
    workdays.set_defaults(handler=_calendar_workdays)

    quarters = actions.add_parser("quarters", help="working days in each financial quarter")
    quarters.add_argument(
        "year", nargs="?", help="2024 or 2024/25 for April 2024 - March 2025 (default: this one)"
    )
    quarters.set_defaults(handler=_calendar_quarters)


def _year_argument(text: str) -> int:
    """A year from "2024" or a financial-year label "2024/25"."""
    from qaf.errors import InvalidArgumentError

    head, slash, tail = text.partition("/")
    valid = head.isdigit() and len(head) == 4
    if valid and slash:
        valid = tail == f"{(int(head) + 1) % 100:02d}"
    if not valid:
        raise InvalidArgumentError(f"expected a year such as 2024 or 2024/25, got '{text}'")
    return int(head)


def _calendar_holidays(args: argparse.Namespace) -> int:
    import qaf

    first = _year_argument(args.first_year)
    last = first if args.last_year is None else _year_argument(args.last_year)
    for holiday in qaf.named_bank_holidays(first, last):
        suffix = " (substitute day)" if holiday.substitute else ""
        print(f"{holiday.date.isoformat()}  {holiday.date:%a}  {holiday.name}{suffix}")
    return 0


def _calendar_workdays(args: argparse.Namespace) -> int:
    import qaf

    print(qaf.Calendar().working_days_between(qaf.parse_date(args.start), qaf.parse_date(args.end)))
    return 0


def _calendar_quarters(args: argparse.Namespace) -> int:
    import datetime

    import qaf

    if args.year is None:
        start_year = qaf.financial_year_start(datetime.date.today())
    else:
        start_year = _year_argument(args.year)
    calendar = qaf.Calendar()
    year = qaf.Period(qaf.PeriodKind.financial_year, start_year)
    quarters = qaf.periods_between("financial_quarter", year.first_day(), year.last_day())
    lines = [f"Financial year {year.label()}: working days (England & Wales bank holidays)"]
    for period in [*quarters, year]:
        first, last = period.first_day(), period.last_day()
        days = calendar.working_days_between(first, last) + calendar.is_working_day(first)
        name = f"Q{period.number}" if period in quarters else "Year"
        lines.append(f"{name:<5} {first.isoformat()} to {last.isoformat()}  {days:>3}")
    print("\n".join(lines))
    return 0


COMMAND_GROUPS.append(add_calendar_commands)
