"""The centre definition: units, concerns and hours, read from a versioned JSON file.

A centre file is data (``resources/centres/*.json``), checked against the JSON
Schema in ``resources/schema/centre.schema.json`` and then against the rules a
schema cannot express (unique ids, references to known units, hours that make
sense). Loading either yields an immutable :class:`Centre` or raises
:class:`CentreError` with a message that names the field or line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from welcome_desk.core.centre_checks import (
    first_broken_text,
    holiday_problem,
    json_path,
    no_constant,
    short_schema_message,
    unreviewed_problems,
    value_problem,
)
from welcome_desk.core.clock import zone
from welcome_desk.core.paths import resource

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_PROBLEMS = 50
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class CentreError(ValueError):
    """A centre file that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Text:
    """A text in several languages; falls back to German, then to any language."""

    values: Mapping[str, str]

    def get(self, lang: str = "de") -> str:
        if lang in self.values:
            return self.values[lang]
        base = lang.split("-")[0]
        if base in self.values:
            return self.values[base]
        return self.values.get("de") or next(iter(self.values.values()), "")

    def __bool__(self) -> bool:
        return bool(self.values)


EMPTY_TEXT = Text({})


@dataclass(frozen=True)
class Schedule:
    """Weekly hours on some weekdays (HSDS ``byday``/``opens_at``/``closes_at``)."""

    weekdays: frozenset[int]  # 0 = Monday
    opens_at: time
    closes_at: time
    attending: str = "any"  # walk_in | appointment | any


@dataclass(frozen=True)
class Phone:
    number: str
    description: Text = EMPTY_TEXT


@dataclass(frozen=True)
class Address:
    address_1: str
    postal_code: str
    city: str
    country: str
    address_2: str = ""
    state_province: str = ""

    def one_line(self) -> str:
        street = ", ".join(p for p in (self.address_1, self.address_2) if p)
        return f"{street}, {self.postal_code} {self.city}"


@dataclass(frozen=True)
class Location:
    address: Address
    name: Text = EMPTY_TEXT
    building: Text = EMPTY_TEXT
    accessibility: Text = EMPTY_TEXT
    transportation: Text = EMPTY_TEXT


@dataclass(frozen=True)
class Unit:
    """A counter, office or partner visitors can be sent to."""

    id: str
    name: Text
    ticket_prefix: str
    kind: str = "office"
    organization: str = ""
    description: Text = EMPTY_TEXT
    room: str = ""
    floor: Text = EMPTY_TEXT
    counter: str = ""
    location: Location | None = None
    phones: tuple[Phone, ...] = ()
    email: str = ""
    schedules: tuple[Schedule, ...] = ()
    hours_kind: str = "opening"
    accepts: frozenset[str] = frozenset({"walk_in", "appointment"})
    slot_minutes: int = 15
    slot_capacity: int = 1
    languages: tuple[str, ...] = ()
    sample_values: frozenset[str] = frozenset()  # fields with invented values: see core/samples.py


@dataclass(frozen=True)
class Concern:
    """Something a visitor comes for, and the unit(s) responsible, best first."""

    id: str
    label: Text
    units: tuple[str, ...]
    reason: Text = EMPTY_TEXT
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    documents: tuple[str, ...] = ()
    group: str = ""
    question: str = ""


@dataclass(frozen=True)
class Answer:
    id: str
    label: Text
    units: tuple[str, ...]
    reason: Text = EMPTY_TEXT
    # Words by which a visitor's own text already gives this answer ("Jobcenter zahlt", "wohne im Heim").
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # An age stated in the text ("bin 19", "мне 30 лет") gives this answer when min_age <= age < max_age.
    min_age: int | None = None
    max_age: int | None = None


@dataclass(frozen=True)
class Question:
    id: str
    text: Text
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Centre:
    id: str
    name: Text
    location: Location
    schedules: tuple[Schedule, ...]
    units: tuple[Unit, ...]
    concerns: tuple[Concern, ...]
    questions: tuple[Question, ...] = ()
    organization: str = ""
    department: str = ""
    timezone: str = "Europe/Berlin"
    holiday_country: str = "DE"
    holiday_subdivision: str = ""
    closed_dates: tuple[str, ...] = ()
    phones: tuple[Phone, ...] = ()
    email: str = ""
    languages: tuple[str, ...] = ("de",)
    documents: Mapping[str, Text] = field(default_factory=dict)
    sample_values: str = ""
    document: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def unit(self, unit_id: str) -> Unit:
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise KeyError(unit_id)

    def has_unit(self, unit_id: str) -> bool:
        return any(u.id == unit_id for u in self.units)

    def concern(self, concern_id: str) -> Concern:
        for concern in self.concerns:
            if concern.id == concern_id:
                return concern
        raise KeyError(concern_id)

    def has_concern(self, concern_id: str) -> bool:
        return any(c.id == concern_id for c in self.concerns)

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def unit_schedules(self, unit: Unit) -> tuple[Schedule, ...]:
        """A unit's own hours, or the centre's where it has none."""
        return unit.schedules or self.schedules


# --------------------------------------------------------------------------- loading


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return json.loads(resource("schema", "centre.schema.json").read_text("utf-8"))


BUNDLED = "bundled:"  # source marker of centres imported from the app's own files (kept in the database)


def bundled_centres() -> dict[str, Path]:
    """The centre files shipped with the app, by centre id (file stem)."""
    folder = resource("centres")
    return {p.stem: p for p in sorted(folder.glob("*.json"))}


def read_bundled_file(path: Path) -> dict[str, Any]:
    """A centre file shipped with the app (its tests check it), read without the checks for hostile files."""
    try:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except ValueError:
        return read_centre_file(path)  # says precisely what is wrong


def read_centre_file(path: Path) -> dict[str, Any]:
    """Read a centre file as JSON, with precise messages for what can go wrong."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CentreError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise CentreError(
            f"{path}: the file is {size // 1024} KiB; a centre file may be at most "
            f"{MAX_FILE_BYTES // 1024} KiB"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CentreError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    return parse_centre_json(raw, source=str(path))


def parse_centre_json(raw: bytes | str, source: str = "centre file") -> dict[str, Any]:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CentreError(f"{source}: not UTF-8 text (byte {exc.start})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise CentreError(f"{source}: too large for a centre file")
    try:
        data = json.loads(raw, parse_constant=no_constant)
    except json.JSONDecodeError as exc:
        raise CentreError(
            f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise CentreError(f"{source}: nested too deeply to be a centre file") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits, NaN or Infinity
        raise CentreError(f"{source}: {value_problem(exc)}") from None
    if not isinstance(data, dict):
        raise CentreError(f"{source}: the top level must be a JSON object")
    where = first_broken_text(data)
    if where:
        raise CentreError(f"{source}: {where}: contains an invalid character (a lone surrogate escape such as \\ud800)")
    return data


def validate_document(data: Mapping[str, Any], source: str = "centre file", *, schema: bool = True) -> list[str]:
    """All problems with a centre document, each naming its field; empty if fine. ``schema=False``: a document
    checked whole when stored (read at every start) skips the schema and the holiday region (~250 imports)."""
    if not schema:
        return [f"{source}: {p}" for p in _semantic_problems(data, regions=False)]
    import jsonschema

    validator = jsonschema.Draft202012Validator(_schema())
    try:
        errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    except RecursionError:
        return [f"{source}: nested too deeply to be a centre file"]
    problems = [f"{source}: {json_path(err.absolute_path)}: {short_schema_message(err)}" for err in errors]
    if problems:
        return problems[:MAX_PROBLEMS]
    return [f"{source}: {p}" for p in _semantic_problems(data)][:MAX_PROBLEMS]


def _semantic_problems(data: Mapping[str, Any], *, regions: bool = True) -> list[str]:
    problems: list[str] = []

    def unique(items: list[Mapping[str, Any]], where: str) -> set[str]:
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item["id"] in seen:
                problems.append(f"$.{where}[{i}].id: duplicate id '{item['id']}'")
            seen.add(item["id"])
        return seen

    def check_hours(schedules: list[Mapping[str, Any]], where: str) -> None:
        for i, sched in enumerate(schedules):
            if sched["opens_at"] >= sched["closes_at"]:
                problems.append(
                    f"$.{where}[{i}]: opens at {sched['opens_at']} but closes at "
                    f"{sched['closes_at']}; closing must be later than opening"
                )
            if "valid_from" in sched and "valid_to" in sched and sched["valid_from"] > sched["valid_to"]:
                problems.append(f"$.{where}[{i}]: valid_from is after valid_to")

    region = data.get("holiday_region") or {}
    problem = holiday_problem(str(region.get("country", "DE")), str(region.get("subdivision", ""))) if regions else None
    if problem:
        problems.append(problem)
    try:
        zone(data.get("timezone") or None)
    except ValueError:
        problems.append(f"$.timezone: '{str(data.get('timezone'))[:60]}' is not a time zone (an IANA name such as Europe/Berlin)")
    unit_ids = unique(data["units"], "units")
    unique(data["concerns"], "concerns")
    question_ids = unique(data.get("questions", []), "questions")
    check_hours(data["schedules"], "schedules")
    prefixes: dict[str, str] = {}
    for i, unit in enumerate(data["units"]):
        check_hours(unit.get("schedules", []), f"units[{i}].schedules")
        prefix = unit["ticket_prefix"]
        if prefix in prefixes:
            problems.append(
                f"$.units[{i}].ticket_prefix: '{prefix}' is already used by unit '{prefixes[prefix]}'"
            )
        prefixes[prefix] = unit["id"]
        slot = unit.get("slot_minutes")
        if slot and "appointment" in unit.get("accepts", ["appointment"]) and not (
            unit.get("schedules") or data["schedules"]
        ):
            problems.append(f"$.units[{i}]: takes appointments but has no hours")
    for i, concern in enumerate(data["concerns"]):
        for unit_id in concern["units"]:
            if unit_id not in unit_ids:
                problems.append(f"$.concerns[{i}].units: unknown unit '{unit_id}'")
        if concern.get("question") and concern["question"] not in question_ids:
            problems.append(f"$.concerns[{i}].question: unknown question '{concern['question']}'")
        if not any(concern.get("keywords", {}).values()):
            problems.append(f"$.concerns[{i}].keywords: a concern needs at least one keyword")
    for i, question in enumerate(data.get("questions", [])):
        for j, answer in enumerate(question["answers"]):
            for unit_id in answer["units"]:
                if unit_id not in unit_ids:
                    problems.append(f"$.questions[{i}].answers[{j}].units: unknown unit '{unit_id}'")
    return problems + (unreviewed_problems(data) if regions else [])  # stale draft marks: files, editor


def _text(value: Mapping[str, str] | None) -> Text:
    return Text(dict(value)) if value else EMPTY_TEXT


def _time(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _schedules(items: list[Mapping[str, Any]]) -> tuple[Schedule, ...]:
    return tuple(
        Schedule(
            weekdays=frozenset(WEEKDAYS.index(d) for d in item["byday"].split(",")),
            opens_at=_time(item["opens_at"]),
            closes_at=_time(item["closes_at"]),
            attending=item.get("attending_type", "any"),
        )
        for item in items
    )


def _phones(items: list[Mapping[str, Any]]) -> tuple[Phone, ...]:
    return tuple(Phone(p["number"], _text(p.get("description"))) for p in items)


def _location(data: Mapping[str, Any]) -> Location:
    addr = data["address"]
    return Location(
        address=Address(
            address_1=addr["address_1"],
            address_2=addr.get("address_2", ""),
            postal_code=addr["postal_code"],
            city=addr["city"],
            state_province=addr.get("state_province", ""),
            country=addr["country"],
        ),
        name=_text(data.get("name")),
        building=_text(data.get("building")),
        accessibility=_text(data.get("accessibility")),
        transportation=_text(data.get("transportation")),
    )


def build_centre(data: Mapping[str, Any], source: str = "centre file", *, schema: bool = True) -> Centre:
    """Validate a centre document and turn it into a :class:`Centre`."""
    problems = validate_document(data, source, schema=schema)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CentreError(problems[0] + more)
    units = tuple(
        Unit(
            id=u["id"],
            name=_text(u["name"]),
            ticket_prefix=u["ticket_prefix"],
            kind=u.get("kind", "office"),
            organization=u.get("organization", ""),
            description=_text(u.get("description")),
            room=u.get("room", ""),
            floor=_text(u.get("floor")),
            counter=u.get("counter", ""),
            location=_location(u["location"]) if "location" in u else None,
            phones=_phones(u.get("phones", [])),
            email=u.get("email", ""),
            schedules=_schedules(u.get("schedules", [])),
            hours_kind=u.get("hours_kind", "opening"),
            accepts=frozenset(u.get("accepts", ["walk_in", "appointment"])),
            slot_minutes=u.get("slot_minutes", 15),
            slot_capacity=u.get("slot_capacity", 1),
            languages=tuple(u.get("languages", [])),
            sample_values=frozenset(u.get("sample_values", [])),
        )
        for u in data["units"]
    )
    concerns = tuple(
        Concern(
            id=c["id"],
            label=_text(c["label"]),
            units=tuple(c["units"]),
            reason=_text(c.get("reason")),
            keywords={lang: tuple(words) for lang, words in c.get("keywords", {}).items()},
            documents=tuple(c.get("documents", [])),
            group=c.get("group", ""),
            question=c.get("question", ""),
        )
        for c in data["concerns"]
    )
    questions = tuple(
        Question(
            id=q["id"],
            text=_text(q["text"]),
            answers=tuple(
                Answer(
                    a["id"],
                    _text(a["label"]),
                    tuple(a["units"]),
                    _text(a.get("reason")),
                    {lang: tuple(ws) for lang, ws in a.get("keywords", {}).items()},
                    a.get("min_age"),
                    a.get("max_age"),
                )
                for a in q["answers"]
            ),
        )
        for q in data.get("questions", [])
    )
    org = data.get("organization", {})
    region = data.get("holiday_region", {})
    return Centre(
        id=data["id"],
        name=_text(data["name"]),
        location=_location(data["location"]),
        schedules=_schedules(data["schedules"]),
        units=units,
        concerns=concerns,
        questions=questions,
        organization=org.get("name", ""),
        department=org.get("department", ""),
        timezone=data.get("timezone", "Europe/Berlin"),
        holiday_country=region.get("country", "DE"),
        holiday_subdivision=region.get("subdivision", ""),
        closed_dates=tuple(data.get("closed_dates", [])),
        phones=_phones(data.get("phones", [])),
        email=data.get("email", ""),
        languages=tuple(data.get("languages", ["de"])),
        documents={k: _text(v) for k, v in data.get("documents", {}).items()},
        sample_values=data.get("sample_values", ""),
        document=data,
    )


def load_centre_file(path: Path) -> Centre:
    return build_centre(read_centre_file(path), source=str(path))


def load_bundled_centre(centre_id: str = "giessen") -> Centre:
    files = bundled_centres()
    if centre_id not in files:
        raise CentreError(
            f"no bundled centre '{centre_id}'; bundled: {', '.join(sorted(files)) or 'none'}"
        )
    return load_centre_file(files[centre_id])
