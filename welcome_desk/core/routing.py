"""From a few typed words to the responsible unit, with a reason a person can check.

The router indexes every keyword phrase of every concern (all languages, plus the
concern labels) as folded words (see :mod:`.textnorm`). A query word meets
catalogue words

* exactly, or in a spelling variant (ä/ae/a, Arabic article ال and the particles
  و/ب/ف/ل, Cyrillic і/и …, all folded away first);
* by a light stem (визу/виза, verlängern/Verlängerung, oturumumu/oturum, إقامتي/الإقامة);
* by prefix while it is still being typed, or as an inflected form sharing a long prefix;
* as part of a German compound ("Aufenthaltserlaubnisverlängerung");
* fuzzily (rapidfuzz) for typos, only against words of a plausible length.

A phrase scores by how much of it the query covers (rarer and longer words weigh
more; a phrase met in only one word counts a little less than one met in two or
more). A concern scores by its best phrase, scaled by how much of the whole query
the concern's vocabulary explains (each query word weighted by how specific the
catalogue word it matched is), so "discrimination at work" goes to discrimination
and not to work. Units inherit the score of the concerns they answer, in the
concern's order, except that a unit the visitor named ("Jobcenter", "Jugendamt")
comes first among its concern's units. A concern's clarifying question comes with
the result; :meth:`Router.answer` re-ranks by the answer's units.

Built once per centre; ``route()`` runs per keystroke and caches the work per
query word, so typing one more letter only looks up the new word.
"""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import replace
from functools import lru_cache

from welcome_desk.core.centre import Centre, Concern, Question
from welcome_desk.core.paths import resource
from welcome_desk.core.routing_result import Candidate, ConcernMatch, Phrase, RouteResult  # noqa: F401 (re-exported)
from welcome_desk.core.situation import StatedAnswers
from welcome_desk.core.textnorm import script, stem, strip_article, words, words_plain

MAX_QUERY_CHARS = 300
MAX_QUERY_WORDS = 16
MIN_SCORE = 0.3
MIN_PART = 4  # shortest catalogue word recognised inside a compound
COVERAGE_FLOOR = 0.5  # a concern explaining none of the rest of the query keeps half its phrase score
SINGLE_WORD = 0.92  # a phrase met in one word only
UNKNOWN_WORD = 0.25  # how much a query word the catalogue does not know counts
_CACHE_LIMIT = 20_000
_ARABIC_PARTICLES = "وبفلك"  # wa-, bi-, fa-, li-, ka- written onto the next word
SURE_SIM = 0.85  # a query word meeting a catalogue word at least this well is evidence, not a guess
CLOSE_RACE = 0.96  # a runner-up concern this close (with other units) leaves the first one unsure
CLEAR_LEAD = 0.85  # ... and one shared word needs its concern this far ahead


def _combine(phrase_score: float, query_cov: float) -> float:
    """A concern's score: it must match one of its phrases well, and explaining more of the query helps."""
    return phrase_score * (COVERAGE_FLOOR + (1.0 - COVERAGE_FLOOR) * query_cov)


def _norm(word: str) -> str:
    """A folded word as the index keeps it (Arabic article removed)."""
    return strip_article(word)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    raw = json.loads(resource("routing", "stopwords.json").read_text("utf-8"))
    out: set[str] = set()
    for lang, lang_words in raw.items():
        if lang.startswith("_"):
            continue
        for w in lang_words:
            out.update(words(w))
    return frozenset(out)


def stopwords() -> frozenset[str]:
    """Folded words that say nothing about where a visitor should go (resources/routing/stopwords.json)."""
    return _stopwords()


def _content(ws: list[str], stop: frozenset[str]) -> list[str]:
    """The words that carry meaning, in index form; all of them if every word is a stopword."""
    kept = [w for w in ws if w not in stop] or ws
    return [_norm(w) for w in kept]


class Router:
    def __init__(self, centre: Centre) -> None:
        self.centre = centre
        self.concerns: tuple[Concern, ...] = centre.concerns
        stop = _stopwords()
        phrases: list[Phrase] = []
        aliases: dict[str, str] = {}
        for ci, concern in enumerate(self.concerns):
            texts = [(lang, t) for lang, ts in concern.keywords.items() for t in ts]
            texts += list(concern.label.values.items())
            seen: set[tuple[str, ...]] = set()
            for lang, text in texts:
                ws = tuple(_content(folded := words(text), stop))
                if not ws or ws in seen:
                    continue
                seen.add(ws)
                phrases.append(Phrase(ci, text, lang, ws))
                # "Verlangerung" (dots dropped) is a spelling of "Verlängerung" too (ASCII has no dots).
                for plain, full in zip(() if text.isascii() else words_plain(text), folded):
                    if plain != full:
                        aliases.setdefault(_norm(plain), _norm(full))
        self.phrases = phrases
        by_word: dict[str, list[int]] = {}
        for pi, phrase in enumerate(phrases):
            for w in set(phrase.words):
                by_word.setdefault(w, []).append(pi)
        self._by_word = by_word
        self._concerns_of = {w: frozenset(phrases[pi].concern for pi in pis) for w, pis in by_word.items()}
        # Rarer words tell more: weight = 1 / sqrt(number of concerns using the word).
        self._weight = {w: 1.0 / math.sqrt(len(cs)) for w, cs in self._concerns_of.items()}
        # ... and longer words tell more than short ones.
        self._spec = {w: wt * (0.5 + min(len(w), 12) / 12) for w, wt in self._weight.items()}
        self._alias = {a: w for a, w in aliases.items() if a not in by_word and w in by_word}
        # Words that name exactly one unit ("Jobcenter", "Jugendamt"): a visitor who names
        # the office gets it first among the units of the concern.
        unit_words: dict[str, set[str]] = {}
        for unit in centre.units:
            for name in unit.name.values.values():
                for w in _content(words(name), stop):
                    if len(w) >= 5:
                        unit_words.setdefault(w, set()).add(unit.id)
        self._unit_words = {w: next(iter(ids)) for w, ids in unit_words.items() if len(ids) == 1}
        surface = sorted(set(by_word) | set(self._alias) | set(self._unit_words))
        self._vocab = surface
        self._vocab_set = frozenset(surface)
        by_stem: dict[str, list[str]] = {}
        for w in set(by_word) | set(self._unit_words):
            by_stem.setdefault(stem(w), []).append(w)
        self._by_stem = by_stem
        by_len: dict[tuple[str, int], list[str]] = {}
        for w in surface:
            by_len.setdefault((script(w), len(w)), []).append(w)
        self._by_len = by_len
        self._fuzzy_pool: dict[tuple[str, int], list[str]] = {}
        self._stated = StatedAnswers(centre)
        self._cache: dict[tuple[str, bool], dict[str, float]] = {}

    # -- matching one query word -------------------------------------------------

    def _pool(self, q: str) -> list[str]:
        """Catalogue words in the script of ``q``, long and short enough to reach the fuzzy cutoff."""
        key = (script(q), len(q))
        pool = self._fuzzy_pool.get(key)
        if pool is None:
            n = len(q)
            lo, hi = max(1, math.floor(n * 0.6)), math.ceil(n * 1.67)
            pool = [w for length in range(lo, hi + 1) for w in self._by_len.get((key[0], length), ())]
            self._fuzzy_pool[key] = pool
        return pool

    def _prefix_range(self, prefix: str) -> list[str]:
        i = bisect.bisect_left(self._vocab, prefix)
        out = []
        while i < len(self._vocab) and self._vocab[i].startswith(prefix):
            out.append(self._vocab[i])
            i += 1
            if len(out) > 400:
                break
        return out

    def _word_hits(self, q: str, typing: bool) -> dict[str, float]:
        key = (q, typing)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        hits: dict[str, float] = {}
        alias = self._alias

        def add(v: str, sim: float) -> None:
            v = alias.get(v, v)
            if sim > hits.get(v, 0.0):
                hits[v] = sim

        vocab_set = self._vocab_set
        n = len(q)
        if q in vocab_set:
            add(q, 1.0)
        variants = [q]
        if n >= 4 and q[0] in _ARABIC_PARTICLES and "\u0600" <= q[1] <= "\u06ff":
            bare = strip_article(q[1:])
            variants.append(bare)
            if bare in vocab_set:
                add(bare, 0.95)
        for variant in variants:
            root = stem(variant)
            # A short stem joins unrelated words too often (depoda/deposit): a hint, not evidence.
            for v in self._by_stem.get(root, ()):
                add(v, 0.9 if len(root) >= 5 or v == variant else 0.8)
        if typing and n >= 3:
            typed = q
            if q.startswith("ال") and q != strip_article(q + "___"):
                typed = strip_article(q + "___")[:-3]  # "الإق": the article is typed, the word only begun
            if len(typed) >= 2:
                for v in self._prefix_range(typed):
                    add(v, 0.7 + 0.3 * len(typed) / len(v))
        if n >= 5:
            # Inflected forms sharing a long prefix ("verlaengert" → "verlaengerung",
            # "дискриминируют" → "дискриминация").
            k = 4 if n < 9 else 7
            for v in self._prefix_range(q[:k]):
                lcp = k
                top = min(n, len(v))
                while lcp < top and q[lcp] == v[lcp]:
                    lcp += 1
                longest = max(n, len(v))
                # (a compound is not an inflected form of its first part: hausarzt ≠ hause, but
                # ağrıyor is a form of ağrı and zurück of zurückgehen)
                cut_short = len(v) < n and lcp < len(v) and n - lcp >= 4 and lcp < 0.6 * longest
                if (lcp >= max(4, top - 1) or (lcp >= 7 and lcp >= 0.6 * longest)) and not cut_short:
                    add(v, 0.5 + 0.45 * lcp / longest)
        if q not in vocab_set:
            if MIN_PART + 4 <= n <= 60 and script(q) == "latin":  # compounds are German (and Dutch, Scandinavian …)
                self._compound_parts(q, add)
            elif n >= 5 and "\u0600" <= q[0] <= "\u06ff":
                # Arabic script writes pronouns and particles onto the word (يترجملي ⊃ ترجم).
                for size in range(n - 1, max(MIN_PART, n - 4) - 1, -1):
                    for start in range(n - size + 1):
                        part = q[start:start + size]
                        if part in vocab_set:
                            add(part, 0.8)
        # Typos: only for words the catalogue does not already know (or is completing).
        if n >= 4 and max(hits.values(), default=0.0) < 0.9:
            cutoff = 85 if n <= 5 else 80 if n <= 8 else 75
            from rapidfuzz import fuzz, process  # at the first typo: the window's first route needs none
            if n <= 5 and "\u0600" <= q[0] <= "\u06ff":
                cutoff = 92  # short Arabic-script words one letter apart are usually different words
            for v, score, _ in process.extract(
                q, self._pool(q), scorer=fuzz.ratio, score_cutoff=cutoff, limit=8
            ):
                add(v, (score / 100.0) ** 2.5)
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = hits
        return hits

    def _compound_parts(self, q: str, add) -> None:
        """German compounds: catalogue words inside the query word, longest first, not overlapping."""
        vocab_set = self._vocab_set
        n = len(q)
        found: list[tuple[int, int]] = []
        for start in range(n - MIN_PART + 1):
            for end in range(n, start + MIN_PART - 1, -1):
                if end - start < n and q[start:end] in vocab_set:
                    found.append((start, end))
                    break  # the longest part starting here
        found.sort(key=lambda se: se[0] - se[1])
        taken: list[tuple[int, int]] = []
        for start, end in found:
            if any(start >= s and end <= e for s, e in taken):
                continue
            taken.append((start, end))
            part = self._alias.get(q[start:end], q[start:end])
            base = 0.9 if end - start >= 6 else 0.75
            if end < n - 2 and end - start < 6:
                # A short word before the head: Haus-arzt is an Arzt, not a Haus.
                base *= 0.6
            # A generic head ("-antrag", "-beratung") says less than a specific part ("Kindergeld-").
            add(part, base * (0.75 + 0.25 * self._weight.get(part, 1.0)))

    # -- routing -----------------------------------------------------------------

    def _query_words(self, text: str, complete: bool = False) -> tuple[list[str], dict[str, str], bool]:
        """Content words of the query, how each was typed, and whether the last one is still being typed."""
        shown: dict[str, str] = {}
        all_words: list[str] = []
        for token in text.split():
            for w in words(token):
                all_words.append(w)
                shown.setdefault(_norm(w), token.strip(".,;:!?¿¡()[]{}\"'«»„“”،؛؟"))
        content = _content(all_words, _stopwords())
        typing = (
            not complete
            and bool(all_words)
            and not text[-1:].isspace()
            and len(content) <= MAX_QUERY_WORDS
            and content[-1:] == [_norm(all_words[-1])]
        )
        return content[:MAX_QUERY_WORDS], shown, typing

    def route(self, query: str, limit: int = 5, complete: bool = False) -> RouteResult:
        """Rank units for ``query``; ``complete`` for a whole text (command line, pasted) whose
        last word is not still being typed, so it is not completed as a prefix."""
        text = query[:MAX_QUERY_CHARS]
        qwords, shown, typing = self._query_words(text, complete)
        if not qwords:
            return RouteResult(query, (), ())
        last = len(qwords) - 1
        # Per query word: the catalogue words it stands for.
        per_word = [self._word_hits(q, typing and i == last) for i, q in enumerate(qwords)]
        # Best similarity per catalogue word, and which query word gave it.
        best: dict[str, tuple[float, int]] = {}
        for i, hits in enumerate(per_word):
            for v, sim in hits.items():
                if sim > best.get(v, (0.0, -1))[0]:
                    best[v] = (sim, i)
        if not best:
            return RouteResult(query, (), ())
        # How much of the whole query each concern's vocabulary explains: every query word
        # counts by how specific the catalogue word it stands for is (unknown words count a little).
        spec = self._spec
        explained: dict[int, list[float]] = {}
        importance: list[float] = []
        n_query = len(qwords)
        for i, hits in enumerate(per_word):
            imp = UNKNOWN_WORD
            for v, sim in hits.items():
                if v not in spec:
                    continue  # a word of a unit name only
                val = sim * spec[v]
                if val > imp:
                    imp = val
                for ci in self._concerns_of[v]:
                    row = explained.get(ci)
                    if row is None:
                        row = explained[ci] = [0.0] * n_query
                    if val > row[i]:
                        row[i] = val
            importance.append(imp)
        total_importance = sum(importance)
        phrase_ids: set[int] = set()
        named: set[str] = set()
        for v, (sim, _) in best.items():
            phrase_ids.update(self._by_word.get(v, ()))
            if sim >= 0.85 and v in self._unit_words:
                named.add(self._unit_words[v])
        # How well the query instantiates one of the concern's phrases.
        per_concern: dict[int, tuple[float, Phrase, tuple[int, ...]]] = {}
        for pi in phrase_ids:
            phrase = self.phrases[pi]
            total = covered = 0.0
            used: list[int] = []
            hit_words = 0
            for w in phrase.words:
                wt = spec[w]
                total += wt
                got = best.get(w)
                if got is not None:
                    covered += wt * got[0]
                    hit_words += 1
                    if got[1] not in used:
                        used.append(got[1])
            score = covered / total if total else 0.0
            if hit_words < 2:
                score *= SINGLE_WORD  # "child benefit" met in full says more than "application" alone
            prev = per_concern.get(phrase.concern)
            if prev is None or score > prev[0]:
                per_concern[phrase.concern] = (score, phrase, tuple(used))
        ranked = []
        for ci, (phrase_score, phrase, used) in per_concern.items():
            query_cov = sum(explained.get(ci, ())) / total_importance
            score = _combine(phrase_score, query_cov)
            ranked.append((score, ci, phrase, used))
        ranked.sort(key=lambda r: (-r[0], r[1]))
        matches = tuple(
            ConcernMatch(
                self.concerns[ci],
                round(score, 3),
                phrase.text,
                tuple(shown.get(qwords[i], qwords[i]) for i in sorted(used)),
            )
            for score, ci, phrase, used in ranked
            if score >= MIN_SCORE
        )
        result = RouteResult(query, matches, self._candidates(matches, limit, named), self._question(matches))
        if not matches:
            return result
        top_ci = ranked[0][1]
        top_phrase = ranked[0][2]
        full_phrase = all(best.get(w, (0.0,))[0] >= SURE_SIM for w in top_phrase.words)
        uncertain = not self._sure(top_ci, per_word, typing, ranked, full_phrase)
        result = replace(result, uncertain=uncertain)
        return self._read_situation(result, text, qwords, shown)

    def _sure(self, ci: int, per_word: list[dict[str, float]], typing: bool, ranked: list, full_phrase: bool) -> bool:
        """Whether the best concern rests on real evidence, not on one weak word.

        Evidence is a query word that meets a word of the concern well (exactly, as an
        inflected form or a compound's head, not as a typo's fuzzy match), that is long
        enough to mean something and that few concerns share. Two such words are sure;
        one is sure only if it is specific (at most two concerns use it) and it alone
        makes up a whole catalogue phrase ("Kindergeld", not "looking" of "looking for work").
        """
        strong = specific = 0
        last = len(per_word) - 1
        for i, hits in enumerate(per_word):
            best_sim, best_v = 0.0, ""
            for v, sim in hits.items():
                if ci in self._concerns_of.get(v, ()) and sim > best_sim:
                    best_sim, best_v = sim, v
            if best_sim < SURE_SIM:
                continue
            short = len(best_v) < 4
            if short and best_sim < 1.0:
                continue
            if typing and i == last and len(best_v) > 0 and best_sim < 0.9:
                continue
            if self._weight.get(best_v, 0.0) < 0.5:
                continue  # a word four or more concerns share ("Antrag", "help")
            strong += 1
            if self._weight[best_v] >= 0.7 and not short:
                specific += 1
        if strong == 0 or (strong == 1 and not full_phrase):
            return False
        if strong == 1 and specific == 0 and len(ranked) > 1 and ranked[1][0] > CLEAR_LEAD * ranked[0][0]:
            return False  # a shared word ("سكن", "Wohnung") is sure only for the concern it clearly leads to
        top_units = self.concerns[ci].units[:1]
        for score, other, _phrase, _used in ranked[1:3]:
            if score >= CLOSE_RACE * ranked[0][0] and self.concerns[other].units[:1] != top_units:
                if not self.concerns[ci].question or self.concerns[other].question != self.concerns[ci].question:
                    return False
        return True

    # -- the visitor's situation, read from the text ----------------------------------

    def _read_situation(self, result: RouteResult, text: str, qwords: list[str], shown: dict[str, str]) -> RouteResult:
        """Apply the answer of a clarifying question that the text already states.

        Usually the question is the first concern's. But the words of an answer can
        themselves name a concern ("suche Arbeit, Jobcenter zahlt" names Bürgergeld): a
        concern higher up that rests only on the words of a stated answer gives way to the
        concern whose question that answer belongs to.
        """
        for k, match in enumerate(result.concerns[:4]):
            if not match.concern.question:
                continue
            question = self.centre.question(match.concern.question)
            found = self._stated.find(question, text, qwords, shown)
            if found is None:
                continue
            answer, said = found
            above = result.concerns[:k]
            if any(not set(m.matched) <= set(said) for m in above):
                continue
            if k and (match.score < 0.6 * result.concerns[0].score or set(match.matched) <= set(said)):
                continue  # the lower concern needs evidence of its own, not only the answer's words
            concerns = (match, *above, *result.concerns[k + 1:])
            base = RouteResult(result.query, concerns, self._candidates(concerns, len(result.candidates) or 5), question)
            answered = self.answer(base, question, answer.id)
            return replace(answered, question=question, stated=answer, stated_words=said, uncertain=result.uncertain)
        return result

    def _candidates(
        self, matches: tuple[ConcernMatch, ...], limit: int, named: set[str] = frozenset()
    ) -> tuple[Candidate, ...]:
        seen: dict[str, Candidate] = {}
        for match in matches:
            units = match.concern.units
            if named:
                units = tuple(u for u in units if u in named) + tuple(u for u in units if u not in named)
            for rank, unit_id in enumerate(units):
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
        """Re-rank after the visitor answered the clarifying question.

        The answer's units come first (in the answer's order); the other candidates follow.
        """
        answer = next((a for a in question.answers if a.id == answer_id), None)
        if answer is None:
            raise ValueError(f"question '{question.id}' has no answer '{answer_id}'")
        top = result.concerns[0] if result.concerns else None
        if top is None:
            return result
        preferred = [
            Candidate(self.centre.unit(uid), round(1.0 * 0.97**i, 3), top.concern, top.phrase, top.matched)
            for i, uid in enumerate(answer.units)
        ]
        rest = [c for c in result.candidates if c.unit.id not in answer.units]
        return RouteResult(result.query, result.concerns, tuple(preferred + rest), None)

    def route_concern(self, concern_id: str, limit: int = 5) -> RouteResult:
        """The result for a concern chosen directly (e.g. a "frequent concern" button), as if typed.

        Its units come in the concern's order with full confidence, its clarifying
        question comes along; the query is the concern's German label.
        """
        concern = self.centre.concern(concern_id)
        label = concern.label.get("de")
        match = ConcernMatch(concern, 1.0, label, ())
        return RouteResult(label, (match,), self._candidates((match,), limit), self._question((match,)))
