"""SCRAM-SHA-256 verifiers (RFC 5802, RFC 7677), computed here so that a person's password is
never sent to the server in clear SQL, where a statement log could keep it.

PostgreSQL accepts a ready verifier in ``ALTER ROLE … PASSWORD 'SCRAM-SHA-256$…'`` and checks
sign-ins against it. Like the server, the password is prepared with SASLprep's normalisation
(NFKC, non-ASCII spaces to a space, "mapped to nothing" characters removed) so that "é" typed
either way signs in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stringprep
import unicodedata

DEFAULT_ITERATIONS = 4096  # the server's own default (scram_iterations)


def _saslprep(password: str) -> str:
    mapped = "".join(
        " " if stringprep.in_table_c12(ch) else ch
        for ch in password
        if not stringprep.in_table_b1(ch)
    )
    return unicodedata.normalize("NFKC", mapped)


def scram_verifier(
    password: str, *, iterations: int = DEFAULT_ITERATIONS, salt: bytes | None = None
) -> str:
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password).encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"
