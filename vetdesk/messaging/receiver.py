"""A small HTTP receiver for what the SMS gateway posts back (``vetdesk messages receive``).

POST /delivery: a delivery report; POST /inbound: a reply from a client. JSON or a form, with
the field names the Norwegian providers use (number/msisdn/to/from, status, id, reference/ref,
error code, text/message). With a token set, the gateway must send it as ``?token=`` or as a
bearer token; others get 401. Each request is handed to a callback; the receiver itself knows
nothing of the database.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

MAX_BODY = 64 * 1024

Callback = Callable[[Mapping[str, str]], None]


def first(fields: Mapping[str, str], *names: str) -> str | None:
    for name in names:
        for key, value in fields.items():
            if key.lower().replace("_", "").replace("-", "") == name and value:
                return value
    return None


def _fields(content_type: str, body: bytes) -> dict[str, str]:
    text = body.decode("utf-8", "replace")
    if "json" in content_type:
        data = json.loads(text or "{}")
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return {str(k): "" if v is None else str(v) for k, v in data.items()}
    return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}


def make_server(host: str, port: int, routes: Mapping[str, Callback],
                token: str | None = None) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            route = routes.get(parts.path.rstrip("/"))
            if route is None:
                self._answer(404, "unknown path")
                return
            if token is not None and not self._authorised(parts.query):
                self._answer(401, "token required")
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._answer(413, "too large")
                return
            try:
                fields = _fields(self.headers.get("Content-Type", ""), self.rfile.read(length))
            except ValueError:
                self._answer(400, "unreadable body")
                return
            try:
                route(fields)
            except Exception as exc:  # the gateway retries; say so without details
                self.server.last_error = exc  # type: ignore[attr-defined]
                self._answer(500, "not recorded")
                return
            self._answer(200, "ok")

        def _authorised(self, query: str) -> bool:
            given = parse_qs(query).get("token", [""])[0]
            bearer = self.headers.get("Authorization", "").removeprefix("Bearer ").strip()
            assert token is not None
            return any(hmac.compare_digest(value.encode(), token.encode())
                       for value in (given, bearer) if value)

        def _answer(self, code: int, text: str) -> None:
            body = text.encode()
            self.send_response(code)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # numbers are personal data: no request log

    return ThreadingHTTPServer((host, port), Handler)


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
