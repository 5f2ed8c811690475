"""CUPS queues through libcups (ctypes): the slip's own PDF goes to the queue as it is.

Qt can only paint onto a printer; through Qt a slip reaches the printer as a bitmap
at whatever paper the print dialog picked. On CUPS (Linux, macOS) the kept PDF is
sent untouched instead, with ``media`` set to the slip's paper: text stays vector
and an A5 slip stays A5. libcups is what Qt's own CUPS support loads, so a desk
that can print through Qt has it; without it :func:`available` is False and the
Qt path is used. No Qt here, no program is started.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# ipp_pstate_t and ipp_jstate_t (cups/ipp.h)
PRINTER_STOPPED = 5
JOB_PENDING, JOB_HELD, JOB_PROCESSING, JOB_STOPPED, JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = 3, 4, 5, 6, 7, 8, 9
WHICHJOBS_ALL = -1
IPP_GET_PRINTER_ATTRIBUTES, IPP_TAG_OPERATION, IPP_TAG_URI, IPP_TAG_ZERO = 0x000B, 1, 0x45, 0


class CupsError(Exception):
    """CUPS refused or failed; the message is CUPS' own."""


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("instance", ctypes.c_char_p), ("is_default", ctypes.c_int),
                ("num_options", ctypes.c_int), ("options", ctypes.POINTER(_Option))]


class _Job(ctypes.Structure):
    _fields_ = [("id", ctypes.c_int), ("dest", ctypes.c_char_p), ("title", ctypes.c_char_p), ("user", ctypes.c_char_p),
                ("format", ctypes.c_char_p), ("state", ctypes.c_int), ("size", ctypes.c_int), ("priority", ctypes.c_int),
                ("completed_time", ctypes.c_long), ("creation_time", ctypes.c_long), ("processing_time", ctypes.c_long)]


@lru_cache(maxsize=1)
def _lib():
    name = ctypes.util.find_library("cups")
    if not name:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.cupsGetDests.argtypes = [ctypes.POINTER(ctypes.POINTER(_Dest))]
    lib.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_Dest)]
    lib.cupsGetOption.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_Option)]
    lib.cupsGetOption.restype = ctypes.c_char_p
    lib.cupsAddOption.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.POINTER(_Option))]
    lib.cupsFreeOptions.argtypes = [ctypes.c_int, ctypes.POINTER(_Option)]
    lib.cupsPrintFile.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_Option)]
    lib.cupsLastErrorString.restype = ctypes.c_char_p
    lib.cupsGetJobs.argtypes = [ctypes.POINTER(ctypes.POINTER(_Job)), ctypes.c_char_p, ctypes.c_int, ctypes.c_int]
    lib.cupsFreeJobs.argtypes = [ctypes.c_int, ctypes.POINTER(_Job)]
    lib.ippNewRequest.restype = ctypes.c_void_p
    lib.ippNewRequest.argtypes = [ctypes.c_int]
    lib.ippAddString.restype = ctypes.c_void_p
    lib.ippAddString.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.cupsDoRequest.restype = ctypes.c_void_p
    lib.cupsDoRequest.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p]
    lib.ippFindAttribute.restype = ctypes.c_void_p
    lib.ippFindAttribute.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.ippGetString.restype = ctypes.c_char_p
    lib.ippGetString.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
    lib.ippDelete.argtypes = [ctypes.c_void_p]
    return lib


def available() -> bool:
    return _lib() is not None


def _text(raw: bytes | None) -> str:
    return raw.decode("utf-8", "replace") if raw else ""


@dataclass(frozen=True)
class Queue:
    """A CUPS destination as the desk needs it."""

    name: str
    is_default: bool
    stopped: bool
    accepting: bool
    reasons: str  # printer-state-reasons, e.g. "media-jam-error" or "paused"
    message: str  # printer-state-message, what the printer or the admin said ("Papierstau")

    @property
    def problem(self) -> str:
        """Why this queue cannot print now ("" when it can)."""
        if self.stopped or not self.accepting:
            return self.message or self.reasons or "stopped"
        errors = [r for r in self.reasons.split(",") if r.endswith("-error")]
        return ", ".join(errors)


def queues() -> list[Queue]:
    lib = _lib()
    if lib is None:
        return []
    dests = ctypes.POINTER(_Dest)()
    count = lib.cupsGetDests(ctypes.byref(dests))
    try:
        out = []
        for i in range(count):
            d = dests[i]
            if d.instance:
                continue

            def opt(name: str, d=d) -> str:
                return _text(lib.cupsGetOption(name.encode(), d.num_options, d.options))

            out.append(Queue(
                name=_text(d.name),
                is_default=bool(d.is_default),
                stopped=opt("printer-state") == str(PRINTER_STOPPED),
                accepting=opt("printer-is-accepting-jobs").lower() not in ("false", "0"),
                reasons="" if opt("printer-state-reasons") == "none" else opt("printer-state-reasons"),
                message=opt("printer-state-message") or _state_message(lib, _text(d.name)),
            ))
        return out
    finally:
        if count:
            lib.cupsFreeDests(count, dests)


def _state_message(lib, name: str) -> str:
    """printer-state-message (not among cupsGetDests' options): what the printer or the admin said."""
    request = lib.ippNewRequest(IPP_GET_PRINTER_ATTRIBUTES)
    lib.ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, b"printer-uri", None,
                     f"ipp://localhost/printers/{name}".encode())
    response = lib.cupsDoRequest(None, request, b"/")  # frees the request
    if not response:
        return ""
    try:
        attr = lib.ippFindAttribute(response, b"printer-state-message", IPP_TAG_ZERO)
        return _text(lib.ippGetString(attr, 0, None)) if attr else ""
    finally:
        lib.ippDelete(response)


def find_queue(name: str = "") -> Queue | None:
    """The queue called ``name``, or the default queue when ``name`` is empty."""
    for queue in queues():
        if (name and queue.name == name) or (not name and queue.is_default):
            return queue
    return None


def submit(queue: str, pdf: Path, title: str, media: str) -> int:
    """Send ``pdf`` to ``queue`` unchanged, on paper ``media`` (A5, A4, …); returns the job id."""
    lib = _lib()
    if lib is None:
        raise CupsError("libcups is not available")
    options = ctypes.POINTER(_Option)()
    count = 0
    for key, value in (("media", media), ("fit-to-page", "false"), ("print-scaling", "none"), ("document-format", "application/pdf")):
        count = lib.cupsAddOption(key.encode(), value.encode(), count, ctypes.byref(options))
    try:
        job = lib.cupsPrintFile(queue.encode(), str(pdf).encode(), title.encode(), count, options)
    finally:
        lib.cupsFreeOptions(count, options)
    if job <= 0:
        raise CupsError(_text(lib.cupsLastErrorString()) or "the job was refused")
    return job


def job_state(queue: str, job_id: int) -> int | None:
    """The IPP state of job ``job_id`` (JOB_* above), or None if CUPS no longer knows it."""
    lib = _lib()
    if lib is None:
        return None
    jobs = ctypes.POINTER(_Job)()
    count = lib.cupsGetJobs(ctypes.byref(jobs), queue.encode(), 0, WHICHJOBS_ALL)
    try:
        for i in range(max(count, 0)):
            if jobs[i].id == job_id:
                return jobs[i].state
        return None
    finally:
        if count > 0:
            lib.cupsFreeJobs(count, jobs)
