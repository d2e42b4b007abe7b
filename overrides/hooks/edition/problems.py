"""What stops the build: a list of problems, each naming its file (and line) and the fix,
all reported at once so that an editor never fixes them one build at a time."""

from __future__ import annotations


def report(heading: str, problems: list) -> str:
    return f"{heading}:\n" + "\n".join(f"  - {p}" for p in problems)


class Problems(ValueError):
    """Problems of one kind; subclasses name the kind in ``heading``."""

    heading = "Problems"

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(report(self.heading, problems))
