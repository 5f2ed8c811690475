"""Learning from the desk: words routing missed become suggested vocabulary.

When reception gives a visitor a unit other than the first suggestion, or finds the
concern by hand after routing found nothing, the typed *words* are suggested for the
concern that was chosen (:func:`suggest`). Only the words are kept — per centre and
concern, how often and on which first and last day — never the visit, the desk or who
typed them; the audit record says how many words for which concern, not which.

The team lead sees the suggestions in the centre editor (:func:`pending`) and accepts
them into the concern's keywords (:func:`accept`, then routing knows them) or drops
them (:func:`drop`). Suggestions nobody accepted expire with the retention period
(:func:`expire`, run with the automatic purge).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from welcome_desk.core.actor import Actor
from welcome_desk.core.centre import Centre, build_centre
from welcome_desk.core.centre_store import store_in, stored_document
from welcome_desk.core.clock import Clock
from welcome_desk.core.database import Database, DatabaseError
from welcome_desk.core.models import VocabSuggestion
from welcome_desk.core.permissions import Permission
from welcome_desk.core.textnorm import fold, words
from welcome_desk.core.usecase import perform

log = logging.getLogger(__name__)
MAX_WORDS = 5  # a longer text is a story, not vocabulary
MIN_LETTERS = 3
MAX_LETTERS = 40


@dataclass(frozen=True)
class Suggestion:
    concern_id: str
    word: str
    uses: int
    first_day: dt.date
    last_day: dt.date


def words_to_learn(text: str, centre: Centre, concern_id: str) -> list[str]:
    """The words of ``text`` worth suggesting for the concern: no stopwords, no numbers (ages,
    dates, house numbers), nothing the concern already knows, at most :data:`MAX_WORDS`."""
    from welcome_desk.core.routing import stopwords  # (the router and rapidfuzz: not for every command)

    stop = stopwords()
    concern = centre.concern(concern_id)
    known = {w for kws in concern.keywords.values() for kw in kws for w in words(kw)}
    out: list[str] = []
    for token in text.split():
        token = token.strip(".,;:!?¿¡()[]{}\"'«»„“”،؛؟")
        folded = words(token)
        if len(folded) != 1:
            continue
        w = folded[0]
        if w in stop or w in known or any(ch.isdigit() for ch in w):
            continue
        if not MIN_LETTERS <= len(w) <= MAX_LETTERS:
            continue
        shown = token.casefold()
        if shown not in out:
            out.append(shown)
    return out[:MAX_WORDS] if len(out) <= MAX_WORDS else []


def suggest(db: Database, actor: Actor, clock: Clock, centre: Centre, concern_id: str, text: str) -> int:
    """Reception routed ``text`` to ``concern_id`` by hand: keep its words as suggestions.

    Returns how many words were suggested (0 when none is new to the concern).
    """
    found = words_to_learn(text, centre, concern_id)
    if not found:
        return 0
    with perform(db, actor, Permission.SUGGEST_VOCABULARY, clock) as change:
        day = change.now.date()
        for word in found:
            row = change.session.scalar(
                select(VocabSuggestion).where(
                    VocabSuggestion.centre_id == centre.id,
                    VocabSuggestion.concern_id == concern_id,
                    VocabSuggestion.word == word,
                )
            )
            if row is None:
                change.session.add(
                    VocabSuggestion(
                        centre_id=centre.id, concern_id=concern_id, word=word, uses=1, first_day=day, last_day=day
                    )
                )
            else:
                row.uses += 1
                row.last_day = max(row.last_day, day)
        change.audit("vocabulary", f"suggested: {len(found)} word(s) for concern {concern_id}")
    return len(found)


def suggest_at_the_desk(db: Database, actor: Actor, clock: Clock, centre: Centre, concern_id: str, text: str) -> int:
    """:func:`suggest` for the visit flow: learning is a bonus, a database failure only loses the words."""
    try:
        return suggest(db, actor, clock, centre, concern_id, text)
    except DatabaseError:
        log.warning("suggested vocabulary not stored")
        return 0


def pending(db: Database, centre_id: str) -> list[Suggestion]:
    """The suggestions waiting for the team lead, most used first."""
    stmt = (
        select(VocabSuggestion)
        .where(VocabSuggestion.centre_id == centre_id)
        .order_by(VocabSuggestion.uses.desc(), VocabSuggestion.last_day.desc(), VocabSuggestion.word)
    )
    with db.read() as session:
        return [
            Suggestion(r.concern_id, r.word, r.uses, r.first_day, r.last_day) for r in session.scalars(stmt)
        ]


def _remove(session: Session, centre_id: str, items: Iterable[tuple[str, str]]) -> int:
    n = 0
    for concern_id, word in items:
        result = session.execute(
            delete(VocabSuggestion).where(
                VocabSuggestion.centre_id == centre_id,
                VocabSuggestion.concern_id == concern_id,
                VocabSuggestion.word == word,
            )
        )
        n += result.rowcount or 0
    return n


def accept(
    db: Database, actor: Actor, clock: Clock, centre_id: str, items: Iterable[tuple[str, str]], lang: str
) -> Centre:
    """Add the (concern, word) pairs to the stored centre's keywords in ``lang``; returns the new centre.

    The team lead's decision (centre editing permission); the centre is stored as edited,
    so a newer bundled version no longer replaces it.
    """
    items = list(items)
    with perform(db, actor, Permission.CENTRE_EDIT, clock) as change:
        doc = stored_document(change.session, centre_id)
        if doc is None:
            raise ValueError(f"no centre '{centre_id}' in this database")
        concerns = {c["id"]: c for c in doc["concerns"]}
        added = 0
        for concern_id, word in items:
            concern = concerns.get(concern_id)
            if concern is None:
                continue
            keywords = concern.setdefault("keywords", {}).setdefault(lang, [])
            if fold(word) not in {fold(k) for k in keywords}:
                keywords.append(word)
                added += 1
        centre = build_centre(doc, source=f"stored centre '{centre_id}'")
        store_in(change.session, centre, doc, source="edited: accepted vocabulary")
        _remove(change.session, centre_id, items)
        change.audit("vocabulary", f"accepted: {added} word(s) into centre {centre_id}")
    return centre


def drop(db: Database, actor: Actor, clock: Clock, centre_id: str, items: Iterable[tuple[str, str]]) -> int:
    """The team lead does not want these suggestions."""
    with perform(db, actor, Permission.CENTRE_EDIT, clock) as change:
        n = _remove(change.session, centre_id, items)
        change.audit("vocabulary", f"dropped: {n} suggestion(s) for centre {centre_id}")
    return n


def any_expired(db: Database, cutoff: dt.date) -> bool:
    """Whether a suggestion is past the period (the index on ``last_day`` answers it)."""
    with db.read() as session:
        return session.execute(select(VocabSuggestion.id).where(VocabSuggestion.last_day < cutoff).limit(1)).first() is not None


def expire(session: Session, cutoff: dt.date) -> int:
    """Forget suggestions last used before ``cutoff`` (the retention period's first day)."""
    result = session.execute(delete(VocabSuggestion).where(VocabSuggestion.last_day < cutoff))
    return result.rowcount or 0
