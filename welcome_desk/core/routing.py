"""From a few typed words to the responsible unit, with a reason a person can check.

The router indexes every keyword phrase of every concern (all languages) as
folded words (see :mod:`.textnorm`). A query word meets catalogue words by
exact match, by prefix while it is still being typed, as part of a German
compound, or fuzzily (rapidfuzz) for typos. A phrase scores by how much of it
the query covers; a concern by its best phrase; units inherit the score of
the concerns they answer.

Built once per centre; ``route()`` runs per keystroke and caches the work per
query word, so typing one more letter only looks up the new word.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from welcome_desk.core.centre import Centre, Concern, Question, Unit
from welcome_desk.core.paths import resource
from welcome_desk.core.textnorm import fold, words

MAX_QUERY_CHARS = 300
MAX_QUERY_WORDS = 12
MIN_SCORE = 0.45
MIN_PART = 4  # shortest catalogue word recognised inside a compound
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    raw = json.loads(resource("routing", "stopwords.json").read_text("utf-8"))
    return frozenset(fold(w) for lang_words in raw.values() for w in lang_words)


@dataclass(frozen=True)
class Phrase:
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

    @property
    def concern(self) -> Concern | None:
        return self.concerns[0].concern if self.concerns else None

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass
class _WordHits:
    """Catalogue words a query word stands for, with a similarity in 0..1."""

    hits: dict[str, float] = field(default_factory=dict)

    def add(self, word: str, sim: float) -> None:
        if sim > self.hits.get(word, 0.0):
            self.hits[word] = sim


class Router:
    def __init__(self, centre: Centre) -> None:
        self.centre = centre
        self.concerns: tuple[Concern, ...] = centre.concerns
        stop = _stopwords()
        phrases: list[Phrase] = []
        for ci, concern in enumerate(self.concerns):
            for lang, texts in concern.keywords.items():
                for text in texts:
                    ws = tuple(w for w in words(text) if w not in stop) or tuple(words(text))
                    if ws:
                        phrases.append(Phrase(ci, text, lang, ws))
            label_words = tuple(w for w in words(concern.label.get("de")) if w not in stop)
            if label_words:
                phrases.append(Phrase(ci, concern.label.get("de"), "de", label_words))
        self.phrases = phrases
        by_word: dict[str, list[int]] = {}
        for pi, phrase in enumerate(phrases):
            for w in set(phrase.words):
                by_word.setdefault(w, []).append(pi)
        self._by_word = by_word
        self._vocab = sorted(by_word)
        self._vocab_set = frozenset(by_word)
        # Rarer words tell more: weight = 1 / (number of concerns using the word).
        self._weight = {
            w: 1.0 / len({phrases[pi].concern for pi in pis}) ** 0.5 for w, pis in by_word.items()
        }
        self._cache: dict[tuple[str, bool], dict[str, float]] = {}

    # -- matching one query word -------------------------------------------------

    def _word_hits(self, q: str, typing: bool) -> dict[str, float]:
        key = (q, typing)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        hits = _WordHits()
        if q in self._vocab_set:
            hits.add(q, 1.0)
        if typing and len(q) >= 3:
            i = bisect.bisect_left(self._vocab, q)
            while i < len(self._vocab) and self._vocab[i].startswith(q):
                v = self._vocab[i]
                hits.add(v, 0.75 + 0.25 * len(q) / len(v))
                i += 1
        if len(q) >= MIN_PART + 3:
            # German compounds: catalogue words inside the query word.
            n = len(q)
            for start in range(n - MIN_PART + 1):
                for end in range(start + MIN_PART, n + 1):
                    part = q[start:end]
                    if part in self._vocab_set and part != q:
                        hits.add(part, 0.9 if len(part) >= 6 else 0.75)
        if len(q) >= 4:
            cutoff = 82 if len(q) < 7 else 75
            for v, score, _ in process.extract(
                q, self._vocab, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8
            ):
                hits.add(v, (score / 100.0) ** 1.5)
        if len(q) >= 6:
            # Inflection: the query word's stem starts a catalogue word
            # ("verlaengern" → "verlaengerung", "beantragen" → "beantragung").
            stem = q[: len(q) - 2]
            i = bisect.bisect_left(self._vocab, stem)
            while i < len(self._vocab) and self._vocab[i].startswith(stem):
                hits.add(self._vocab[i], 0.85)
                i += 1
        if len(self._cache) > 20_000:
            self._cache.clear()
        self._cache[key] = hits.hits
        return hits.hits

    # -- routing -----------------------------------------------------------------

    def route(self, query: str, limit: int = 5) -> RouteResult:
        text = query[:MAX_QUERY_CHARS]
        stop = _stopwords()
        shown: dict[str, str] = {}
        for token in _TOKEN.findall(text):
            for w in words(token):
                shown.setdefault(w, token)
        qwords = [w for w in words(text) if w not in stop][:MAX_QUERY_WORDS]
        if not qwords:
            return RouteResult(query, (), ())
        typing = not text[-1:].isspace()
        # Best similarity per catalogue word, and which query word gave it.
        best: dict[str, tuple[float, str]] = {}
        for i, q in enumerate(qwords):
            for v, sim in self._word_hits(q, typing and i == len(qwords) - 1).items():
                if sim > best.get(v, (0.0, ""))[0]:
                    best[v] = (sim, q)
        if not best:
            return RouteResult(query, (), ())
        phrase_ids: set[int] = set()
        for v in best:
            phrase_ids.update(self._by_word[v])
        per_concern: dict[int, tuple[float, Phrase, tuple[str, ...]]] = {}
        n_query = len(qwords)
        for pi in phrase_ids:
            phrase = self.phrases[pi]
            total = covered = 0.0
            used: list[str] = []
            for w in phrase.words:
                weight = self._weight[w] * (0.5 + min(len(w), 12) / 12)
                total += weight
                if w in best:
                    sim, q = best[w]
                    covered += weight * sim
                    if q not in used:
                        used.append(q)
            phrase_cov = covered / total if total else 0.0
            query_cov = len(used) / n_query
            score = phrase_cov * (0.75 + 0.25 * query_cov)
            prev = per_concern.get(phrase.concern)
            if prev is None or score > prev[0]:
                per_concern[phrase.concern] = (score, phrase, tuple(used))
        ranked = sorted(per_concern.items(), key=lambda kv: (-kv[1][0], kv[0]))
        matches = tuple(
            ConcernMatch(
                self.concerns[ci], round(score, 3), phrase.text, tuple(shown.get(u, u) for u in used)
            )
            for ci, (score, phrase, used) in ranked
            if score >= MIN_SCORE
        )
        return RouteResult(query, matches, self._candidates(matches, limit), self._question(matches))

    def _candidates(self, matches: tuple[ConcernMatch, ...], limit: int) -> tuple[Candidate, ...]:
        seen: dict[str, Candidate] = {}
        for match in matches:
            for rank, unit_id in enumerate(match.concern.units):
                score = round(match.score * (0.92**rank), 3)
                if unit_id not in seen or score > seen[unit_id].score:
                    seen[unit_id] = Candidate(
                        self.centre.unit(unit_id), score, match.concern, match.phrase, match.matched
                    )
        ordered = sorted(seen.values(), key=lambda c: -c.score)
        return tuple(ordered[:limit])

    def _question(self, matches: tuple[ConcernMatch, ...]) -> Question | None:
        if not matches or not matches[0].concern.question:
            return None
        return self.centre.question(matches[0].concern.question)

    def answer(self, result: RouteResult, question: Question, answer_id: str) -> RouteResult:
        """Re-rank after the visitor answered the clarifying question."""
        answer = next(a for a in question.answers if a.id == answer_id)
        top = result.concerns[0] if result.concerns else None
        if top is None:
            return result
        preferred = [
            Candidate(self.centre.unit(uid), round(1.0 * 0.97**i, 3), top.concern, top.phrase, top.matched)
            for i, uid in enumerate(answer.units)
        ]
        rest = [c for c in result.candidates if c.unit.id not in answer.units]
        return RouteResult(result.query, result.concerns, tuple(preferred + rest), None)
