"""A loopback TCP proxy that delays every chunk by a fixed time in each direction.

It makes the local PostgreSQL behave like a server 25 ms away (12.5 ms each way), and counts
round trips: a round trip is a burst of client→server traffic that follows server→client
traffic (or starts the conversation), which is what a workstation waits for.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import multiprocessing.sharedctypes
import time
from typing import Any


class DelayProxy:
    """Runs in its own process, so the benchmark's own work never delays the forwarding."""

    def __init__(self, target_host: str, target_port: int, *, one_way_delay: float) -> None:
        self.target = (target_host, target_port)
        self.delay = one_way_delay
        self.port = 0
        context = multiprocessing.get_context("spawn")
        self._trips: Any = context.Value("q", 0)
        self._port: Any = context.Value("i", 0)
        self._process = context.Process(
            target=_serve, args=(target_host, target_port, one_way_delay, self._trips,
                                 self._port), daemon=True,
        )

    @property
    def round_trips(self) -> int:
        return int(self._trips.value)

    def start(self) -> DelayProxy:
        self._process.start()
        deadline = time.monotonic() + 10
        while self._port.value == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        self.port = int(self._port.value)
        return self

    def stop(self) -> None:
        self._process.terminate()
        self._process.join(5)


def _serve(host: str, port: int, delay: float, trips: Any, port_out: Any) -> None:
    forwarder = _Forwarder((host, port), delay, trips)
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(asyncio.start_server(forwarder.handle, "127.0.0.1", 0))
    port_out.value = server.sockets[0].getsockname()[1]
    loop.run_forever()


class _Forwarder:
    def __init__(self, target: tuple[str, int], delay: float, trips: Any) -> None:
        self.target = target
        self.delay = delay
        self.trips = trips

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
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
                    with self.trips.get_lock():
                        self.trips.value += 1
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
