"""Errors raised by qaf.

Every error qaf raises is a :class:`qaf.Error`. Each subclass also derives from the built-in
exception a Python user would expect (``ValueError`` for bad values, ``LookupError`` for unknown
names, ``OSError`` for files), so ``except ValueError`` keeps working.
"""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """One located problem in an input: ``file:line:column: message`` (0 = unknown)."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        where = ""
        if self.file:
            where += f"{self.file}:"
        if self.line:
            where += f"{self.line}:"
            if self.column:
                where += f"{self.column}:"
        return f"{where} {self.message}" if where else self.message


class Error(Exception):
    """Base class of every qaf error. ``status`` is the C API's numeric code."""

    status: int = -100
    problems: list[Problem]

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.problems = []


class InvalidArgumentError(Error, ValueError):
    """A value outside its domain, e.g. 30 February or a negative count."""

    status = -1


class OutOfRangeError(Error, ValueError):
    """A valid value outside what qaf covers, e.g. a date before 1970 in the calendar."""

    status = -2


class NotFoundError(Error, LookupError):
    """A named thing that does not exist, e.g. an unknown bundled framework id."""

    status = -5


class FileError(Error, OSError):
    """A file that cannot be read or written."""

    status = -6


class UnsupportedVersionError(Error, ValueError):
    """A schema_version or archive version this qaf cannot read."""

    status = -8


class LoadError(Error, ValueError):
    """An input that could not be loaded; ``problems`` lists every problem with its location."""

    status = -4


class FrameworkError(LoadError):
    """A framework definition that failed to load or validate."""


class FrameworkVersionError(FrameworkError, UnsupportedVersionError):
    """A framework definition whose schema_version this qaf cannot read: both a
    :class:`FrameworkError` (with ``problems``) and an :class:`UnsupportedVersionError`."""

    status = -8


__all__ = [
    "Error",
    "FileError",
    "FrameworkError",
    "FrameworkVersionError",
    "InvalidArgumentError",
    "LoadError",
    "NotFoundError",
    "OutOfRangeError",
    "Problem",
    "UnsupportedVersionError",
]
