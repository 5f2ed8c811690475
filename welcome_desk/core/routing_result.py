"""What routing answers: the concerns that matched, the units to offer, and how sure it is.

Frozen view objects (see DEVELOPERS.md: services return views, never ORM objects),
kept apart from :mod:`.routing` so the router itself stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass

from welcome_desk.core.centre import Answer, Concern, Question, Unit


@dataclass(frozen=True)
class Phrase:
    """One keyword phrase of the catalogue as the router indexes it."""

    concern: int  # index into Router.concerns
    text: str  # as written in the catalogue
    lang: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class ConcernMatch:
    concern: Concern
    score: float
    phrase: str  # the catalogue phrase that matched best
    matched: tuple[str, ...]  # the query words that matched it


@dataclass(frozen=True)
class Candidate:
    unit: Unit
    score: float
    concern: Concern
    phrase: str
    matched: tuple[str, ...]

    def reason(self, lang: str = "de") -> str:
        """e.g. "'Visum' → Aufenthaltsrecht → Ausländerbehörde"."""
        said = " ".join(self.matched) or self.phrase
        return f"'{said}' → {self.concern.label.get(lang)} → {self.unit.name.get(lang)}"

    def why(self, lang: str = "de") -> str:
        return self.concern.reason.get(lang)


@dataclass(frozen=True)
class RouteResult:
    query: str
    concerns: tuple[ConcernMatch, ...]
    candidates: tuple[Candidate, ...]
    question: Question | None = None
    # True when the first unit rests on one weak word (a short or generic word, a typo's
    # fuzzy match, a word still being typed), or another concern with other units is as
    # likely: shown as "keine sichere Zuordnung", never pre-armed.
    uncertain: bool = False
    # The answer to ``question`` that the text already states ("Jobcenter zahlt"), applied.
    stated: Answer | None = None
    stated_words: tuple[str, ...] = ()

    @property
    def concern(self) -> Concern | None:
        return self.concerns[0].concern if self.concerns else None

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None
