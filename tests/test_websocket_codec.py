"""The sans-IO RFC 6455 client codec (openai_lite.core.websocket): bytes in, events out.

Server bytes are fed whole, one byte at a time, and followed by the next frame, and must
give the same events every way (as the HTTP parser tests do)."""
from __future__ import annotations

import itertools
import struct
from typing import List, Optional, Tuple

import pytest

from openai_lite.core import websocket as ws

# --------------------------------------------------------------------------- helpers


def server_frame(opcode: int, payload: bytes = b"", *, fin: bool = True, rsv: int = 0,
                 length_bytes: Optional[bytes] = None, masked: bool = False) -> bytes:
    """A frame as a server sends it (unmasked unless asked), optionally with a forced
    length encoding."""
    first = (0x80 if fin else 0) | rsv | opcode
    mask_bit = 0x80 if masked else 0
    if length_bytes is not None:
        head = bytes((first, mask_bit | length_bytes[0])) + length_bytes[1:]
    elif len(payload) < 126:
        head = bytes((first, mask_bit | len(payload)))
    elif len(payload) < 65536:
        head = bytes((first, mask_bit | 126)) + struct.pack("!H", len(payload))
    else:
        head = bytes((first, mask_bit | 127)) + struct.pack("!Q", len(payload))
    if masked:
        key = b"\x01\x02\x03\x04"
        return head + key + ws.mask(payload, key)
    return head + payload


def client_frames(data: bytes) -> List[Tuple[bool, int, bytes]]:
    """Decode frames a client wrote: they must all be masked."""
    out = []
    i = 0
    while i < len(data):
        first, second = data[i], data[i + 1]
        assert second & 0x80, "client frames must be masked"
        n = second & 0x7F
        i += 2
        if n == 126:
            n = struct.unpack("!H", data[i:i + 2])[0]
            i += 2
        elif n == 127:
            n = struct.unpack("!Q", data[i:i + 8])[0]
            i += 8
        key = data[i:i + 4]
        i += 4
        out.append((bool(first & 0x80), first & 0x0F, ws.mask(data[i:i + n], key)))
        i += n
    return out


def feed_all(chunks: List[bytes], max_size: Optional[int] = 2 ** 20) -> Tuple[List[ws.Event], ws.ClientProtocol]:
    proto = ws.ClientProtocol(max_size=max_size)
    events: List[ws.Event] = []
    for chunk in chunks:
        proto.receive_data(chunk)
        while True:
            event = proto.next_event()
            if event is None:
                break
            events.append(event)
    return events, proto


def ways(data: bytes) -> List[List[bytes]]:
    """Whole, byte by byte, and in two uneven halves."""
    return [[data], [data[i:i + 1] for i in range(len(data))], [data[:len(data) // 3], data[len(data) // 3:]]]


# --------------------------------------------------------------------------- handshake
def test_accept_key_matches_rfc_6455_example() -> None:
    assert ws.accept_key("dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="


def test_new_key_is_16_random_bytes_base64() -> None:
    import base64

    key = ws.new_key()
    assert len(base64.b64decode(key)) == 16
    assert ws.new_key(lambda n: b"\0" * n) == "AAAAAAAAAAAAAAAAAAAAAA=="
    assert ws.new_key() != ws.new_key()


def test_handshake_request_layout() -> None:
    raw = ws.handshake_request(host="api.example.com", target="/v1/realtime?model=m", key="k==",
                               headers=[("Authorization", "Bearer sk-1"), ("User-Agent", "UA")],
                               subprotocols=["a", "b"])
    text = raw.decode()
    assert text.startswith("GET /v1/realtime?model=m HTTP/1.1\r\nHost: api.example.com\r\n")
    assert "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: k==\r\n" in text
    assert "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: a, b\r\n" in text
    assert text.endswith("Authorization: Bearer sk-1\r\nUser-Agent: UA\r\n\r\n")


@pytest.mark.parametrize("name,value", [("X-A", "a\r\nInjected: 1"), ("X-A", "a\nb"), ("Bad Name", "v"),
                                        ("", "v"), ("X-A", "nul\0")])
def test_handshake_request_refuses_header_injection_without_echoing_the_value(name: str, value: str) -> None:
    with pytest.raises(ValueError) as info:
        ws.handshake_request(host="h", target="/", key="k", headers=[(name, value)])
    assert "Injected" not in str(info.value) and "nul" not in str(info.value)


def test_handshake_request_refuses_a_bad_target() -> None:
    with pytest.raises(ValueError):
        ws.handshake_request(host="h", target="/a b", key="k", headers=[])


def _response(status: str = "101 Switching Protocols", headers: Optional[List[str]] = None, key: str = "abc") -> bytes:
    if headers is None:
        headers = ["Upgrade: websocket", "Connection: Upgrade", f"Sec-WebSocket-Accept: {ws.accept_key(key)}"]
    return ("HTTP/1.1 " + status + "\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n").encode()


@pytest.mark.parametrize("split", [None, 1, 7])
def test_response_head_reader_incremental_with_trailing_frame(split: Optional[int]) -> None:
    data = _response() + server_frame(ws.OP_TEXT, b"hi")
    reader = ws.ResponseHeadReader()
    chunks = [data] if split is None else [data[i:i + split] for i in range(0, len(data), split)]
    result = None
    for i, chunk in enumerate(chunks):
        result = reader.feed(chunk)
        if result is not None:
            rest = result[1] + b"".join(chunks[i + 1:])
            break
    assert result is not None
    head = result[0]
    assert head.status_code == 101 and head.get("upgrade") == "websocket"
    assert ws.check_handshake(head, "abc") is None
    events, _ = feed_all([rest])
    assert events == [ws.Message(b"hi", True)]


def test_response_head_reader_rejects_garbage_and_oversize() -> None:
    with pytest.raises(ws.InvalidHandshake):
        ws.ResponseHeadReader().feed(b"SSH-2.0-OpenSSH\r\n\r\n")
    with pytest.raises(ws.InvalidHandshake):
        ws.ResponseHeadReader().feed(b"HTTP/1.1 101 OK\r\nno colon here\r\n\r\n")
    with pytest.raises(ws.InvalidHandshake):
        ws.ResponseHeadReader().feed(b"HTTP/1.1 101 OK\r\nX: " + b"a" * 70000)
    with pytest.raises(ws.InvalidHandshake):
        ws.ResponseHeadReader().feed_eof()


def _head(data: bytes) -> Tuple[ws.HTTPResponseHead, bytes]:
    got = ws.ResponseHeadReader().feed(data)
    assert got is not None
    return got


def test_check_handshake_status_error_keeps_status_headers_and_body() -> None:
    head, rest = _head(b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n\r\n{\"error\":1}")
    with pytest.raises(ws.InvalidStatus) as info:
        ws.check_handshake(head, "abc", (), rest)
    assert info.value.status_code == 401 and info.value.body == b'{"error":1}'
    assert info.value.header("content-type") == "application/json"
    assert "401" in str(info.value)


@pytest.mark.parametrize("headers,match", [
    (["Connection: Upgrade", "Sec-WebSocket-Accept: {acc}"], "Upgrade"),
    (["Upgrade: websocket", "Sec-WebSocket-Accept: {acc}"], "Connection"),
    (["Upgrade: websocket", "Connection: Upgrade"], "missing Sec-WebSocket-Accept"),
    (["Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Accept: AAAA"], "invalid Sec-WebSocket-Accept"),
    (["Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Accept: {acc}",
      "Sec-WebSocket-Extensions: permessage-deflate"], "extension"),
    (["Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Accept: {acc}",
      "Sec-WebSocket-Protocol: other"], "subprotocol"),
])
def test_check_handshake_rejects(headers: List[str], match: str) -> None:
    acc = ws.accept_key("abc")
    head, _ = _head(_response(headers=[h.format(acc=acc) for h in headers]))
    with pytest.raises(ws.InvalidHandshake, match=match):
        ws.check_handshake(head, "abc", ("a",))


def test_check_handshake_tokens_are_case_insensitive_and_subprotocol_chosen() -> None:
    acc = ws.accept_key("abc")
    head, _ = _head(_response(headers=["upgrade: WebSocket", "connection: keep-alive, Upgrade",
                                       f"sec-websocket-accept: {acc}", "Sec-WebSocket-Protocol: b"]))
    assert ws.check_handshake(head, "abc", ("a", "b")) == "b"


# --------------------------------------------------------------------------- frame encoding
def test_masking_matches_rfc_6455_example() -> None:
    frame = ws.encode_frame(ws.OP_TEXT, b"Hello", mask_key=bytes((0x37, 0xFA, 0x21, 0x3D)))
    assert frame == bytes((0x81, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58))
    assert ws.encode_frame(ws.OP_TEXT, b"Hello") == bytes((0x81, 0x05)) + b"Hello"


@pytest.mark.parametrize("n,head", [(0, b"\x82\x80"), (125, b"\x82\xfd"), (126, b"\x82\xfe\x00\x7e"),
                                    (65535, b"\x82\xfe\xff\xff"),
                                    (65536, b"\x82\xff\x00\x00\x00\x00\x00\x01\x00\x00")])
def test_length_encodings(n: int, head: bytes) -> None:
    payload = bytes(range(256)) * (n // 256) + bytes(range(n % 256))
    frame = ws.encode_frame(ws.OP_BINARY, payload, mask_key=b"abcd")
    assert frame.startswith(head + b"abcd")
    assert client_frames(frame) == [(True, ws.OP_BINARY, payload)]


def test_mask_is_its_own_inverse_on_a_large_payload() -> None:
    data = bytes(range(256)) * 8192 + b"xyz"  # 2 MiB + 3: not a multiple of 4
    assert ws.mask(ws.mask(data, b"\x00\xff\x10\x7f"), b"\x00\xff\x10\x7f") == data
    assert ws.mask(b"", b"abcd") == b""
    with pytest.raises(ValueError):
        ws.encode_frame(ws.OP_TEXT, b"x", mask_key=b"abc")


def test_every_client_frame_gets_a_fresh_mask() -> None:
    keys = iter([b"aaaa", b"bbbb", b"cccc"])
    proto = ws.ClientProtocol(mask_source=lambda n: next(keys))
    f1, f2 = proto.send_text("x"), proto.send_binary(b"y")
    assert f1[2:6] == b"aaaa" and f2[2:6] == b"bbbb"
    assert client_frames(f1 + f2) == [(True, ws.OP_TEXT, b"x"), (True, ws.OP_BINARY, b"y")]
    assert client_frames(proto.send_text("é".encode())) == [(True, ws.OP_TEXT, "é".encode())]


def test_close_payload_rules() -> None:
    assert ws.close_payload(1000, "bye") == b"\x03\xe8bye"
    assert ws.close_payload(1005) == b""
    assert ws.close_payload(4000) == b"\x0f\xa0"
    for bad in (999, 1004, 1006, 1015, 2999, 5000):
        with pytest.raises(ValueError):
            ws.close_payload(bad)
    with pytest.raises(ValueError):
        ws.close_payload(1000, "x" * 124)
    with pytest.raises(ValueError):
        ws.close_payload(1005, "reason")
    assert ws.parse_close_payload(b"") == ws.Close(1005)
    assert ws.parse_close_payload(b"\x03\xe9going") == ws.Close(1001, "going")


# --------------------------------------------------------------------------- decoding
@pytest.mark.parametrize("chunks", ways(
    server_frame(ws.OP_TEXT, b"Hel", fin=False)
    + server_frame(ws.OP_PING, b"p1")
    + server_frame(ws.OP_CONTINUATION, b"lo", fin=False)
    + server_frame(ws.OP_CONTINUATION, b"", fin=True)
    + server_frame(ws.OP_BINARY, b"\x00\xff")
    + server_frame(ws.OP_PONG, b"")
    + server_frame(ws.OP_TEXT, "日本".encode())))
def test_decoding_is_the_same_however_the_bytes_arrive(chunks: List[bytes]) -> None:
    events, proto = feed_all(chunks)
    assert events == [ws.Ping(b"p1"), ws.Message(b"Hello", True), ws.Message(b"\x00\xff", False), ws.Pong(b""),
                      ws.Message("日本".encode(), True)]
    # the ping was answered with a masked pong carrying the same payload
    assert client_frames(proto.data_to_send()) == [(True, ws.OP_PONG, b"p1")]
    assert proto.data_to_send() == b""
    assert events[-1].text() == "日本"  # type: ignore[union-attr]


def test_utf8_split_across_fragments_is_valid() -> None:
    data = "€".encode()  # three bytes
    events, _ = feed_all([server_frame(ws.OP_TEXT, data[:1], fin=False),
                          server_frame(ws.OP_CONTINUATION, data[1:2], fin=False),
                          server_frame(ws.OP_CONTINUATION, data[2:])])
    assert events == [ws.Message(data, True)]


def test_long_lengths_decode() -> None:
    big = b"x" * 70000
    events, _ = feed_all([server_frame(ws.OP_BINARY, big), server_frame(ws.OP_TEXT, b"y" * 300)])
    assert [len(e.data) for e in events] == [70000, 300]  # type: ignore[union-attr]


@pytest.mark.parametrize("data,code,match", [
    (server_frame(ws.OP_TEXT, b"x", masked=True), 1002, "masked"),
    (server_frame(ws.OP_TEXT, b"x", rsv=0x40), 1002, "reserved"),
    (server_frame(0x3, b"x"), 1002, "opcode"),
    (server_frame(0xB, b""), 1002, "opcode"),
    (server_frame(ws.OP_PING, b"x" * 126), 1002, "125"),
    (server_frame(ws.OP_PING, b"x", fin=False), 1002, "fragmented control"),
    (server_frame(ws.OP_CONTINUATION, b"x"), 1002, "continuation"),
    (server_frame(ws.OP_TEXT, b"a", fin=False) + server_frame(ws.OP_TEXT, b"b"), 1002, "unfinished"),
    (server_frame(ws.OP_TEXT, b"a", length_bytes=b"\x7e\x00\x01"), 1002, "minimally"),
    (server_frame(ws.OP_TEXT, b"a", length_bytes=b"\x7f" + struct.pack("!Q", 1)), 1002, "minimally"),
    (server_frame(ws.OP_TEXT, b"", length_bytes=b"\x7f" + struct.pack("!Q", 1 << 63)), 1002, "significant"),
    (server_frame(ws.OP_TEXT, b"\xff\xfe"), 1007, "UTF-8"),
    (server_frame(ws.OP_TEXT, b"\xe2\x82", fin=False) + server_frame(ws.OP_CONTINUATION, b"A"), 1007, "UTF-8"),
    (server_frame(ws.OP_TEXT, b"\xe2\x82"), 1007, "UTF-8"),
    (server_frame(ws.OP_CLOSE, b"\x03"), 1002, "1-byte"),
    (server_frame(ws.OP_CLOSE, b"\x03\xed"), 1002, "close code 1005"),
    (server_frame(ws.OP_CLOSE, b"\x03\xe8\xff"), 1007, "UTF-8"),
])
def test_protocol_violations_fail_with_the_right_close_code(data: bytes, code: int, match: str) -> None:
    proto = ws.ClientProtocol()
    proto.receive_data(data)
    with pytest.raises(ws.ProtocolError, match=match) as info:
        while proto.next_event() is not None:
            pass
    assert info.value.code == code
    frames = client_frames(proto.data_to_send())
    assert frames[0][1] == ws.OP_CLOSE and int.from_bytes(frames[0][2][:2], "big") == code
    assert proto.state == ws.CLOSED and proto.next_event() is None
    closed = proto.closed_exception()
    assert isinstance(closed, ws.ConnectionClosedError) and closed.code == 1006 and closed.sent.code == code  # type: ignore[union-attr]
    with pytest.raises(ws.ConnectionClosedError):
        proto.send_text("late")


def test_message_size_limit_fails_before_the_payload_arrives() -> None:
    proto = ws.ClientProtocol(max_size=1000)
    proto.receive_data(server_frame(ws.OP_BINARY, b"x" * 2000)[:4])  # only the header
    with pytest.raises(ws.PayloadTooBig) as info:
        proto.next_event()
    assert info.value.code == 1009


def test_message_size_limit_counts_all_fragments() -> None:
    chunks = [server_frame(ws.OP_TEXT, b"a" * 600, fin=False), server_frame(ws.OP_CONTINUATION, b"b" * 600)]
    with pytest.raises(ws.PayloadTooBig):
        feed_all(chunks, max_size=1000)
    events, _ = feed_all(chunks, max_size=1200)
    assert len(events) == 1
    events, _ = feed_all([server_frame(ws.OP_TEXT, b"a" * 5000)], max_size=None)
    assert len(events) == 1


# --------------------------------------------------------------------------- closing
def test_server_initiated_close_is_echoed() -> None:
    events, proto = feed_all([server_frame(ws.OP_CLOSE, b"\x03\xe8done") + server_frame(ws.OP_TEXT, b"ignored")])
    assert events == [ws.Close(1000, "done")]
    assert client_frames(proto.data_to_send()) == [(True, ws.OP_CLOSE, b"\x03\xe8")]
    assert proto.state == ws.CLOSED
    closed = proto.closed_exception()
    assert isinstance(closed, ws.ConnectionClosedOK) and closed.code == 1000 and closed.reason == "done"
    assert str(closed) == "received 1000 (OK) done; then sent 1000 (OK)"
    assert proto.send_close() == b""
    with pytest.raises(ws.ConnectionClosedOK):
        proto.send_text("x")


def test_empty_close_is_answered_empty_and_counts_as_ok() -> None:
    events, proto = feed_all([server_frame(ws.OP_CLOSE)])
    assert events == [ws.Close(1005)]
    assert client_frames(proto.data_to_send()) == [(True, ws.OP_CLOSE, b"")]
    assert isinstance(proto.closed_exception(), ws.ConnectionClosedOK)


def test_error_close_codes_are_errors() -> None:
    _, proto = feed_all([server_frame(ws.OP_CLOSE, b"\x03\xf3overloaded")])  # 1011
    closed = proto.closed_exception()
    assert isinstance(closed, ws.ConnectionClosedError) and closed.code == 1011


def test_client_initiated_close() -> None:
    proto = ws.ClientProtocol()
    frame = proto.send_close(1000, "bye")
    assert client_frames(frame) == [(True, ws.OP_CLOSE, b"\x03\xe8bye")]
    assert proto.state == ws.CLOSING and proto.send_close() == b""
    with pytest.raises(ws.ConnectionClosed):
        proto.send_text("after close")
    # a message still in flight from the server is delivered, then the close reply
    proto.receive_data(server_frame(ws.OP_TEXT, b"late") + server_frame(ws.OP_CLOSE, b"\x03\xe8"))
    assert proto.next_event() == ws.Message(b"late", True)
    assert proto.next_event() == ws.Close(1000)
    assert proto.data_to_send() == b""  # no second close frame
    assert proto.state == ws.CLOSED
    closed = proto.closed_exception()
    assert isinstance(closed, ws.ConnectionClosedOK)
    assert str(closed) == "sent 1000 (OK) bye; then received 1000 (OK)"


def test_eof_without_close_is_abnormal() -> None:
    proto = ws.ClientProtocol()
    proto.receive_data(server_frame(ws.OP_TEXT, b"partial")[:4])
    proto.receive_eof()
    assert proto.next_event() is None and proto.state == ws.CLOSED
    closed = proto.closed_exception()
    assert isinstance(closed, ws.ConnectionClosedError) and closed.code == 1006
    assert str(closed) == "no close frame received or sent"


def test_fail_queues_the_given_close_code() -> None:
    proto = ws.ClientProtocol()
    data = proto.fail(1011, "keepalive ping timeout")
    assert client_frames(data) == [(True, ws.OP_CLOSE, b"\x03\xf3keepalive ping timeout")]
    assert proto.state == ws.CLOSED and proto.closed_exception().code == 1006


def test_pings_are_not_answered_after_the_client_closed() -> None:
    proto = ws.ClientProtocol()
    proto.send_close()
    proto.receive_data(server_frame(ws.OP_PING, b"x"))
    assert proto.next_event() == ws.Ping(b"x")
    assert proto.data_to_send() == b""


def test_control_payload_limits_on_send() -> None:
    proto = ws.ClientProtocol()
    with pytest.raises(ValueError):
        proto.send_ping(b"x" * 126)
    with pytest.raises(ValueError):
        proto.send_pong(b"x" * 126)
    assert client_frames(proto.send_ping(b"abc")) == [(True, ws.OP_PING, b"abc")]


def test_random_splits_of_a_mixed_stream() -> None:
    stream = b"".join([
        server_frame(ws.OP_TEXT, b'{"type":"a"}'),
        server_frame(ws.OP_BINARY, b"\x00" * 300, fin=False),
        server_frame(ws.OP_PING, b""),
        server_frame(ws.OP_CONTINUATION, b"\x01" * 70000),
        server_frame(ws.OP_CLOSE, b"\x03\xe8"),
    ])
    expected, _ = feed_all([stream])
    for a, b in itertools.combinations(range(0, len(stream), 997), 2):
        got, _ = feed_all([stream[:a], stream[a:b], stream[b:]])
        assert got == expected
