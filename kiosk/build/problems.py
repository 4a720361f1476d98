"""Problems found in a curator's folder, collected so that all are reported at once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input, said so that a curator can fix it.

    ``file`` is relative to the exhibition folder, ``where`` a field path in
    the manifest (``section[2].item[3].image``) or a position in a file
    (``cue 4``), ``hint`` what to do about it.
    """

    severity: Severity
    file: str
    message: str
    where: str = ""
    line: int | None = None
    hint: str = ""

    def __str__(self) -> str:
        place = self.file + (f":{self.line}" if self.line else "")
        where = f" {self.where}:" if self.where else ""
        hint = f" — {self.hint}" if self.hint else ""
        return f"{place}:{where} {self.message}{hint}"


class Problems:
    """Collects problems; ``errors`` decide whether the build can go on."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def error(self, file: str, message: str, *, where: str = "", line: int | None = None,
              hint: str = "") -> None:
        self.items.append(Problem(Severity.ERROR, file, message, where, line, hint))

    def warning(self, file: str, message: str, *, where: str = "", line: int | None = None,
                hint: str = "") -> None:
        self.items.append(Problem(Severity.WARNING, file, message, where, line, hint))

    def add(self, problem: Problem) -> None:
        self.items.append(problem)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.WARNING]


class BuildFailed(Exception):
    """The input has errors; nothing was written. ``problems`` says what and where."""

    def __init__(self, problems: Problems) -> None:
        super().__init__(f"{len(problems.errors)} problem(s)")
        self.problems = problems
