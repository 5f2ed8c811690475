"""Password hashing for the team-lead password and its recovery key.

Hashes are salted scrypt in a self-describing string ``scrypt$n$r$p$salt$hash``
(base64), so the cost can be raised without breaking stored hashes: a hash
made with an older, cheaper cost still verifies with its own parameters.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024  # anything longer is a paste accident, not a password

# scrypt cost as OWASP's Password Storage Cheat Sheet recommends (n=2**17, r=8, p=1;
# 128 MiB of memory). Measured on the 2-core build machine: about 0.47 s per hash
# (2**14, the cost before, took 0.047 s). A sign-in is slower than before but rare;
# every guess costs an attacker the same. Hashes with the old n=2**14 still verify.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32


class RoleError(ValueError):
    """A role or password request that cannot be done; ``str()`` is for a person.

    ``code`` lets the UI show its own wording: ``too_short``, ``too_long``,
    ``blank``, ``wrong_password``, ``no_password``, ``wait``.
    """

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


# --------------------------------------------------------------------------- hashing


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # maxmem: 128 * n * r * p bytes plus slack, so stronger stored parameters still verify.
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * n * r * p + 1024 * 1024
    )


def hash_password(password: str, *, n: int | None = None, r: int | None = None, p: int | None = None) -> str:
    """A new salted hash string for ``password`` (a fresh random salt every time; today's cost by default)."""
    n, r, p = n or SCRYPT_N, r or SCRYPT_R, p or SCRYPT_P
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(password, salt, n, r, p, HASH_BYTES)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches the hash string ``stored`` (constant-time compare).

    A damaged or unknown hash string never matches.
    """
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        expected = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return False
    if not (2 <= n <= 2**22 and n & (n - 1) == 0 and 1 <= r <= 64 and 1 <= p <= 16 and salt and expected):
        return False
    try:
        digest = _scrypt(password, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected)


def check_new_password(password: str) -> None:
    """Raise :class:`RoleError` when ``password`` is not acceptable as a team-lead password."""
    if not password.strip():
        raise RoleError("blank", "the password must not be empty")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise RoleError(
            "too_short",
            f"the password must have at least {MIN_PASSWORD_LENGTH} characters (it has {len(password)})",
            minimum=MIN_PASSWORD_LENGTH,
            length=len(password),
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise RoleError(
            "too_long", f"the password must have at most {MAX_PASSWORD_LENGTH} characters", maximum=MAX_PASSWORD_LENGTH
        )


# --------------------------------------------------------------------------- the recovery key

RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 letters, shown once in groups of four


def new_recovery_key() -> str:
    """A fresh random recovery key, e.g. ``ABCD-EFGH-…`` (8 groups of 4 letters and digits)."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_KEY_BYTES)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normal_recovery_key(text: str) -> str:
    """The key as typed, without spaces and dashes, in capitals (what is hashed and compared)."""
    return "".join(ch for ch in text.upper() if ch.isalnum())
