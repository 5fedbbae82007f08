"""Frameworks: a partnership's quality assurance framework as validated, immutable data.

A :class:`Framework` is loaded once (from a YAML or JSON file, a string, a bundled id or a
snapshot), validated, and never changes afterwards, so it can be shared freely, also across
threads. The file format is docs/framework-format.md; docs/framework.md is the guide.

The tables (``agencies``, ``standards``, ``indicators``...) are pandas DataFrames built on each
access, with the columns listed in each property's docstring, in that order. Names of enum values
are the ones files use (``"police"``, ``"higher_better"``). Absent optional values (a cohort, a
target, the body at the top of the governance chain) are missing values (``None``, ``NaN`` or
``<NA>`` by column type: test them with ``pandas.isna``); absent text is ``""``.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from qaf import _core

if TYPE_CHECKING:
    import pandas as pd

PathLike = Union[str, "os.PathLike[str]"]

#: The bundled framework :meth:`Framework.builtin` opens when given no id.
DEFAULT_BUILTIN = "wt2023-default"


@dataclass(frozen=True)
class SafeguardingPartner:
    """A statutory safeguarding partner: an agency id and its lead and delegated partners'
    job titles (never personal names)."""

    agency: str
    lead: str
    delegate: str


@dataclass(frozen=True)
class Priority:
    """A business plan priority of the partnership."""

    id: str
    title: str


@dataclass(frozen=True)
class Partnership:
    """Who the partnership is: ``working_together`` is the edition year (2015, 2018 or 2023)
    and ``effective_from`` the date the arrangements under it started (or ``None``)."""

    name: str
    area: str
    working_together: int
    effective_from: datetime.date | None
    safeguarding_partners: tuple[SafeguardingPartner, ...]
    priorities: tuple[Priority, ...]


def _frame(columns: dict[str, list[Any]], **dtypes: str) -> pd.DataFrame:
    import pandas as pd  # lazily: only table users pay for importing pandas

    frame = pd.DataFrame(columns)
    for column, dtype in dtypes.items():
        frame[column] = frame[column].astype(dtype)
    return frame


class Framework:
    """A validated, immutable quality assurance framework.

    Make one with :meth:`load`, :meth:`from_string`, :meth:`builtin` or :meth:`load_snapshot`.
    Invalid input raises :class:`qaf.FrameworkError`, whose ``problems`` list every problem
    found, each located as ``file:line:column``; an unreadable file raises
    :class:`qaf.FileError` and an unknown bundled id :class:`qaf.NotFoundError`.
    """

    __slots__ = ("_core",)

    def __init__(self, core: _core.Framework) -> None:
        if not isinstance(core, _core.Framework):
            raise TypeError(
                "make a Framework with Framework.load(), from_string(), builtin() "
                "or load_snapshot()"
            )
        self._core = core

    # ---- making one

    @classmethod
    def load(cls, path: PathLike) -> Framework:
        """Loads a framework file (YAML, or JSON read as YAML)."""
        return cls(_core.Framework.load(path))

    @classmethod
    def from_string(cls, text: str, source_name: str = "<string>") -> Framework:
        """Loads a framework from text; ``source_name`` is the file name problems carry."""
        return cls(_core.Framework.from_string(text, source_name))

    @classmethod
    def builtin(cls, id: str = DEFAULT_BUILTIN) -> Framework:
        """Opens a framework bundled with qaf (see :meth:`builtins`)."""
        return cls(_core.Framework.builtin(id))

    @staticmethod
    def builtins() -> list[str]:
        """The ids of the frameworks bundled with qaf."""
        return _core.Framework.builtin_ids()

    @classmethod
    def load_snapshot(cls, path: PathLike) -> Framework:
        """Loads a snapshot written by :meth:`save_snapshot` (by this version of qaf)."""
        return cls(_core.Framework.load_snapshot(path))

    # ---- writing it out

    def save_snapshot(self, path: PathLike) -> None:
        """Writes a snapshot for fast start-up, atomically. A snapshot is a rebuildable cache,
        not a durable format: keep the YAML, and rebuild snapshots when qaf changes."""
        self._core.save_snapshot(path)

    def to_json(self) -> str:
        """The canonical JSON form: fixed key order, every field written (defaults included).
        ``Framework.from_string(f.to_json()) == f``."""
        return self._core.to_json()

    # ---- who and what

    @property
    def id(self) -> str:
        return self._core.id

    @property
    def name(self) -> str:
        return self._core.name

    @property
    def description(self) -> str:
        return self._core.description

    @property
    def source(self) -> str:
        """Where the definition comes from and what had to be assumed."""
        return self._core.source

    @property
    def schema_version(self) -> int:
        return self._core.schema_version

    @property
    def partnership(self) -> Partnership:
        fields = self._core.partnership()
        return Partnership(
            name=fields["name"],
            area=fields["area"],
            working_together=fields["working_together"],
            effective_from=fields["effective_from"],
            safeguarding_partners=tuple(
                SafeguardingPartner(**partner) for partner in fields["safeguarding_partners"]
            ),
            priorities=tuple(Priority(**priority) for priority in fields["priorities"]),
        )

    @property
    def counts(self) -> dict[str, int]:
        """How many governance bodies, agencies, declared scales, assessment tools, standards,
        case audit tools, calendars, timescales, indicators and programme activities."""
        return self._core.counts()

    def reporting_chain(self, body_id: str) -> list[str]:
        """The governance bodies from ``body_id`` up to the top of its chain (ids)."""
        return self._core.reporting_chain(body_id)

    # ---- tables

    @property
    def governance(self) -> pd.DataFrame:
        """Columns: id, name, kind, reports_to (missing at the top), reporting, meets, chair."""
        return _frame(self._core.governance_table())

    @property
    def agencies(self) -> pd.DataFrame:
        """Columns: id, name, sector, status, cohort (Int64, <NA> when not in a rotation)."""
        return _frame(self._core.agencies_table(), cohort="Int64")

    @property
    def scales(self) -> pd.DataFrame:
        """The scales the framework can use: declared ones, then the built-ins. Columns: id,
        name, builtin, levels (count), codes (worst first), values, not_applicable (allowed),
        not_applicable_code (missing when not allowed)."""
        return _frame(self._core.scales_table(), levels="int64")

    @property
    def scale_levels(self) -> pd.DataFrame:
        """One row per level of every usable scale, worst first. Columns: scale, code, label,
        value, colour ("" when none)."""
        return _frame(self._core.scale_levels_table(), value="float64")

    @property
    def assessment_tools(self) -> pd.DataFrame:
        """Columns: id, name, kind, scale, applies_to (sector names), moderated, sections,
        standards (counts), standard_method, agency_method."""
        return _frame(self._core.assessment_tools_table(), sections="int64", standards="int64")

    @property
    def standards(self) -> pd.DataFrame:
        """Every standard of every assessment tool, in file order. Columns: tool, section, id,
        title, description, weight, applies_to (sector names: the standard's own list, else
        its tool's, else every sector), evidence (list), criteria (criterion ids)."""
        return _frame(self._core.standards_table(), weight="float64")

    @property
    def case_audit_tools(self) -> pd.DataFrame:
        """Columns: id, name, scale, domains (ids), overall_method, limiting_domains."""
        return _frame(self._core.case_audit_tools_table())

    @property
    def timescales(self) -> pd.DataFrame:
        """Columns: id, name, length, unit, start_event, end_event, counting, within,
        calendar (missing = the default calendar)."""
        return _frame(self._core.timescales_table(), length="int64")

    @property
    def indicators(self) -> pd.DataFrame:
        """Columns: id, label, description, unit, polarity, measure (its kind), period,
        roll_up, target, amber_tolerance, band_low, band_high (floats, NaN when unset),
        decimals, suppress_up_to."""
        return _frame(
            self._core.indicators_table(),
            target="float64",
            amber_tolerance="float64",
            band_low="float64",
            band_high="float64",
            decimals="int64",
            suppress_up_to="int64",
        )

    @property
    def programme(self) -> pd.DataFrame:
        """Columns: id, kind, tool, frequency, per_cycle, focus (missing for assessments),
        rotation (cohorts by year), owner (a governance body id, or missing)."""
        return _frame(self._core.programme_table(), per_cycle="int64")

    # ---- Python protocols

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Framework):
            return NotImplemented
        return self._core == other._core

    def __hash__(self) -> int:
        return hash(self.id)  # equal frameworks have equal ids

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickles as canonical JSON, so that a framework can go to worker processes.
        return (_from_canonical_json, (self.to_json(),))

    def __repr__(self) -> str:
        counts = self.counts
        return (
            f"<qaf.Framework {self.id!r} ({self.name}): {counts['agencies']} agencies, "
            f"{counts['standards']} standards, {counts['indicators']} indicators>"
        )


def _from_canonical_json(text: str) -> Framework:
    return Framework.from_string(text, "<pickle>")


__all__ = [
    "DEFAULT_BUILTIN",
    "Framework",
    "Partnership",
    "Priority",
    "SafeguardingPartner",
]
