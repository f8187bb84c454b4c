"""Opening a TCP socket for the blocking transports, within one deadline that covers the
name lookup too (``socket.create_connection`` bounds only the connect itself)."""
from __future__ import annotations

import socket
import threading
import time
from typing import Any, List, Optional, Tuple

__all__ = ["open_socket"]


def _is_ip_literal(host: str) -> bool:
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in host else socket.AF_INET, host.strip("[]"))
        return True
    except (OSError, ValueError):
        return False


def _resolve(host: str, port: int, deadline: Optional[float]) -> List[Any]:
    """getaddrinfo within the connect timeout.  The resolver has no timeout of its own (a
    dead DNS server blocks for tens of seconds), so a name is looked up in a daemon thread
    that we stop waiting for at the deadline; IP addresses need no lookup and no thread."""
    if deadline is None or _is_ip_literal(host):
        return socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    outcome: List[Any] = []
    done = threading.Event()

    def lookup() -> None:
        try:
            outcome.append(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
        except BaseException as exc:  # handed to the waiting caller
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=lookup, name="openai_lite-resolve", daemon=True).start()
    if not done.wait(max(0.0, deadline - time.monotonic())):
        raise socket.timeout(f"timed out resolving {host}")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result  # type: ignore[no-any-return]


def open_socket(host: str, port: int, deadline: Optional[float],
                 source_address: Optional[Tuple[str, int]]) -> socket.socket:
    """socket.create_connection, with the name lookup inside the deadline too: each
    address in turn, the last error raised if none answers."""
    error: Optional[BaseException] = None
    for family, kind, proto, _, address in _resolve(host, port, deadline):
        sock = socket.socket(family, kind, proto)
        try:
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise socket.timeout("timed out")
                sock.settimeout(left)
            if source_address:
                sock.bind(source_address)
            sock.connect(address)
            return sock
        except OSError as exc:
            sock.close()
            error = exc
            if isinstance(exc, socket.timeout):
                break  # the deadline is spent: no time for the next address
    if error is None:
        raise OSError(f"getaddrinfo returned no address for {host}")
    raise error
