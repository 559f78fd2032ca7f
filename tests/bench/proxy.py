"""A loopback TCP proxy that delays every chunk by a fixed time in each direction.

It makes the local PostgreSQL behave like a server 25 ms away (12.5 ms each way), and counts
round trips: a round trip is a burst of client→server traffic that follows server→client
traffic (or starts the conversation), which is what a workstation waits for.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from dataclasses import dataclass, field


@dataclass
class _Counters:
    round_trips: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class DelayProxy:
    def __init__(self, target_host: str, target_port: int, *, one_way_delay: float) -> None:
        self.target = (target_host, target_port)
        self.delay = one_way_delay
        self.port = 0
        self._counters = _Counters()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server: asyncio.base_events.Server | None = None

    @property
    def round_trips(self) -> int:
        with self._counters.lock:
            return self._counters.round_trips

    def start(self) -> DelayProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        # Shared per connection: who spoke last, to count client bursts after server replies.
        state = {"last": "server"}

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter, side: str) -> None:
            queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

            async def deliver() -> None:
                while True:
                    due, chunk = await queue.get()
                    if not chunk:
                        with contextlib.suppress(OSError):
                            dst.close()
                        return
                    wait = due - time.perf_counter()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    dst.write(chunk)
                    with contextlib.suppress(OSError):
                        await dst.drain()

            task = asyncio.create_task(deliver())
            while True:
                try:
                    chunk = await src.read(65536)
                except OSError:
                    chunk = b""
                if side == "client" and chunk and state["last"] == "server":
                    with self._counters.lock:
                        self._counters.round_trips += 1
                if chunk:
                    state["last"] = side
                # Delay is applied per chunk from when it arrived, so the link keeps its
                # bandwidth and only latency is added.
                await queue.put((time.perf_counter() + self.delay, chunk))
                if not chunk:
                    break
            await task

        await asyncio.gather(
            pump(reader, up_writer, "client"), pump(up_reader, writer, "server"),
            return_exceptions=True,
        )
