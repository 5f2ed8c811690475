"""The visitor's situation read from the text: the answer of a clarifying question it already states.

Each answer of a question carries words per language ("Jobcenter zahlt", "wohne im
Heim", "Ausbildungsvertrag unterschrieben") and may carry an age range. A query that
contains all words of one of an answer's keywords (exactly, as a light-stemmed form, or
inside a German compound) states that answer; the longest such keyword wins. Failing
that, an age stated as one number ("bin 19", "мне 30 лет") picks the answer whose range
holds it. The router applies the answer and keeps the question on screen.
"""

from __future__ import annotations

import re

from welcome_desk.core.centre import Answer, Centre, Question
from welcome_desk.core.textnorm import fold, stem, strip_article, words

_AGE = re.compile(r"(?<![\d.,:/])(\d{1,2})(?![\d.,:/])")


def stated_age(text: str) -> int | None:
    """A person's age stated in the text ("bin 19", "мне 30 лет", "عمري ٢٥"), if one number says it."""
    ages = {int(m) for m in _AGE.findall(fold(text)) if 10 <= int(m) <= 99}
    return ages.pop() if len(ages) == 1 else None



class StatedAnswers:
    """Per question: each answer keyword's folded words and their stems, built once per centre."""

    def __init__(self, centre: Centre) -> None:
        index: dict[str, list[tuple[Answer, tuple[str, ...], tuple[str, ...]]]] = {}
        for question in centre.questions:
            rows = index.setdefault(question.id, [])
            for answer in question.answers:
                for kws in answer.keywords.values():
                    for kw in kws:
                        # all words, stopwords too: "kein Bürgergeld" is not "Bürgergeld"
                        ws = tuple(strip_article(w) for w in words(kw))
                        if ws:
                            rows.append((answer, ws, tuple(stem(w) for w in ws)))
        self._index = index

    def find(
        self, question: Question, text: str, qwords: list[str], shown: dict[str, str]
    ) -> tuple[Answer, tuple[str, ...]] | None:
        index = self._index.get(question.id, ())
        best: tuple[int, Answer, tuple[str, ...]] | None = None
        qset = set(qwords)
        by_stem = {stem(q): q for q in qwords}
        for answer, phrase_words, phrase_stems in index:
            said: list[str] = []
            for w, w_stem in zip(phrase_words, phrase_stems):
                if w in qset:
                    hit: str | None = w
                else:
                    hit = by_stem.get(w_stem)
                    if hit is None and len(w) >= 5:  # inside a compound: Jobcenterleistungen
                        hit = next((q for q in qwords if w in q), None)
                if hit is None:
                    break
                said.append(shown.get(hit, hit))
            else:
                weight = sum(len(w) for w in phrase_words)
                if best is None or weight > best[0]:
                    best = (weight, answer, tuple(dict.fromkeys(said)))
        if best is None:
            age = stated_age(text)
            if age is not None:
                for answer in question.answers:
                    if answer.min_age is None and answer.max_age is None:
                        continue
                    if (answer.min_age or 0) <= age < (answer.max_age or 200):
                        return answer, (str(age),)
            return None
        return best[1], best[2]
