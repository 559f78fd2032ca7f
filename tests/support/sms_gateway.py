"""A local HTTP SMS gateway (http.server in a thread) that remembers exactly what it got and
answers as told: 200 with an id, 500, 400, or no answer at all (a timeout). It also answers
status questions (GET /status/ID), from ``statuses`` (the gateway's word per id) or from
``status_answers`` given in order (as ``answers``)."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    method: str = "POST"

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Gateway:
    received: list[Received] = field(default_factory=list)
    # Answers to give, in order; then 200. (code, body) or ("hang", seconds).
    answers: list[tuple[Any, Any]] = field(default_factory=list)
    # The delivery status per gateway id ("DELIVRD", "UNDELIV", "BUFFERED"); an id not here
    # is unknown to the gateway (404).
    statuses: dict[str, str] = field(default_factory=dict)
    # Answers to status questions, in order, before ``statuses`` is looked at.
    status_answers: list[tuple[Any, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/send"

    @property
    def status_url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/status/$id"

    @property
    def questions(self) -> list[Received]:
        with self.lock:
            return [r for r in self.received if r.method == "GET"]

    def _status_answer(self, path: str) -> tuple[Any, Any]:
        if self.status_answers:
            return self.status_answers.pop(0)
        word = self.statuses.get(path.rsplit("/", 1)[-1])
        if word is None:
            return 404, json.dumps({"error": "unknown id"})
        return 200, json.dumps({"id": path.rsplit("/", 1)[-1], "status": word,
                                "errorCode": "" if word == "DELIVRD" else "27"})

    def __enter__(self) -> Gateway:
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with gateway.lock:
                    gateway.received.append(Received(self.path, dict(self.headers), body))
                    answer = gateway.answers.pop(0) if gateway.answers else (
                        200, json.dumps({"id": f"gw-{len(gateway.received)}"}))
                if answer[0] == "hang":
                    time.sleep(answer[1])
                    return
                code, text = answer
                data = str(text).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                with gateway.lock:
                    gateway.received.append(Received(self.path, dict(self.headers), b"",
                                                     "GET"))
                    answer = gateway._status_answer(self.path)
                self._answer(answer)

            def _answer(self, answer: tuple[Any, Any]) -> None:
                if answer[0] == "hang":
                    time.sleep(answer[1])
                    return
                code, text = answer
                data = str(text).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.shutdown()
        self.server.server_close()
