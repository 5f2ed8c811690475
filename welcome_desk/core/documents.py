"""Names of the documents a visitor may need to bring: the centre's own, else the bundled catalogue."""

from __future__ import annotations

import json
from functools import lru_cache

from welcome_desk.core.centre import Centre, Text
from welcome_desk.core.paths import resource


@lru_cache(maxsize=1)
def document_catalogue() -> dict[str, Text]:
    """Names of documents visitors may need to bring, by id, in many languages."""
    raw = json.loads(resource("slips", "documents.json").read_text("utf-8"))
    return {key: Text(value) for key, value in raw.items()}


def document_name(centre: Centre, document_id: str) -> Text:
    return centre.documents.get(document_id) or document_catalogue().get(
        document_id, Text({"de": document_id})
    )
