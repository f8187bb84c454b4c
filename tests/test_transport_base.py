"""transport/base.py on its own: Response read paths, re-chunking, decoding, line splitting."""
from __future__ import annotations

import gzip
import random
import zlib
from typing import Any, Iterator, List, Optional

import pytest

from openai_lite.transport.base import (Headers, LineSplitter, RemoteProtocolError, Request, Response,
                                        StreamConsumed, SyncByteStream, _rechunk, split_lines)

REQ = Request("GET", "http://example.test/")


class Stream(SyncByteStream):
    """Pieces as given; records close()."""

    def __init__(self, pieces: List[bytes]) -> None:
        self.pieces = pieces
        self.closed = 0
        self.iterated = 0

    def __iter__(self) -> Iterator[bytes]:
        self.iterated += 1
        yield from self.pieces

    def close(self) -> None:
        self.closed += 1


class BareIterable:
    """Not a SyncByteStream: __iter__ and close only (no read_all or iter_chunks)."""

    def __init__(self, pieces: List[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.pieces)

    def close(self) -> None:
        pass


def response(pieces: List[bytes], encoding: Optional[str] = None, stream: Any = None,
             content_type: str = "text/plain; charset=utf-8") -> Response:
    headers = [("Content-Type", content_type)]
    if encoding:
        headers.append(("Content-Encoding", encoding))
    return Response(200, stream=stream if stream is not None else Stream(pieces), headers=headers, request=REQ)


# --------------------------------------------------------------------------- _rechunk
def test_rechunk_sizes_and_content_for_random_pieces() -> None:
    rng = random.Random(7)
    for _ in range(300):
        pieces = [bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 1, 2, 5, 16, 17, 40])))
                  for _ in range(rng.randint(0, 12))]
        size = rng.choice([1, 3, 16, 17, 64])
        out = list(_rechunk(pieces, size))
        assert b"".join(out) == b"".join(pieces)
        assert all(len(c) == size for c in out[:-1]) and all(out)
        assert all(type(c) is bytes for c in out)
        if out:
            assert 0 < len(out[-1]) <= size


def test_rechunk_passes_aligned_pieces_on_without_copying() -> None:
    a, b = b"a" * 8, b"b" * 8
    out = list(_rechunk([a, b], 8))
    assert out[0] is a and out[1] is b
    assert list(_rechunk([b"", a, b""], None)) == [a]


def test_rechunk_accepts_bytearrays_and_memoryviews() -> None:
    pieces: List[Any] = [bytearray(b"abc"), memoryview(b"defg")]
    assert list(_rechunk(pieces, 2)) == [b"ab", b"cd", b"ef", b"g"]


def test_rechunk_refuses_a_silly_size() -> None:
    with pytest.raises(ValueError):
        list(_rechunk([b"x"], 0))


# --------------------------------------------------------------------------- read paths
@pytest.mark.parametrize("make", [Stream, BareIterable])
def test_read_closes_and_caches(make: Any) -> None:
    stream = make([b"ab", b"", b"cd"])
    r = response([], stream=stream)
    assert r.read() == b"abcd" and r.content == b"abcd" and r.text == "abcd"
    assert r.is_closed and r.is_stream_consumed and r.num_bytes_downloaded == 4
    if isinstance(stream, Stream):
        assert stream.closed == 1
    assert r.read() == b"abcd"  # cached
    assert list(r.iter_bytes(3)) == [b"abc", b"d"] and list(r.iter_raw()) == [b"abcd"]


def test_read_all_of_the_stream_is_used_when_there() -> None:
    class Whole(Stream):
        def read_all(self) -> bytes:
            return b"whole"

    s = Whole([b"never", b"iterated"])
    r = response([], stream=s)
    assert r.read() == b"whole" and s.iterated == 0 and s.closed == 1


@pytest.mark.parametrize("make", [Stream, BareIterable])
def test_iter_bytes_and_raw_count_and_close(make: Any) -> None:
    s = make([b"abc", b"defgh", b"i"])
    r = response([], stream=s)
    assert list(r.iter_bytes(4)) == [b"abcd", b"efgh", b"i"]
    assert r.num_bytes_downloaded == 9 and r.is_closed and getattr(s, "closed", 1) == 1
    with pytest.raises(StreamConsumed):
        list(r.iter_raw())
    with pytest.raises(StreamConsumed):
        r.read()


def test_iter_raw_with_no_size_skips_empty_pieces() -> None:
    r = response([b"", b"a", b"", b"b"])
    assert list(r.iter_raw()) == [b"a", b"b"]


def test_iterator_made_before_read_replays_the_content() -> None:
    r = response([b"abc", b"def"])
    it = r.iter_bytes(2)
    assert r.read() == b"abcdef"
    assert list(it) == [b"ab", b"cd", b"ef"]


def test_closing_mid_iteration_closes_the_stream() -> None:
    s = Stream([b"a", b"b", b"c"])
    r = response([], stream=s)
    it = r.iter_bytes()
    assert next(it) == b"a"
    it.close()  # type: ignore[attr-defined]
    assert r.is_closed and s.closed == 1


def test_bad_chunk_size_is_refused() -> None:
    r = response([b"abc"])
    with pytest.raises(ValueError):
        list(r.iter_raw(0))


def test_response_without_a_stream_is_empty() -> None:
    r = Response(204, request=REQ)
    assert r.read() == b"" and r.is_closed and list(r.iter_bytes()) == []
    r = Response(200, request=REQ, content=b"given")
    assert r.read() == b"given" and list(r.iter_raw(2)) == [b"gi", b"ve", b"n"]


# --------------------------------------------------------------------------- decoding
PAYLOAD = b"".join(b"line %d of the body\n" % i for i in range(5000))


def deflate_raw(data: bytes) -> bytes:
    c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


@pytest.mark.parametrize("encoding, packed", [
    ("gzip", gzip.compress(PAYLOAD)),
    ("x-gzip", gzip.compress(PAYLOAD)),
    ("deflate", zlib.compress(PAYLOAD)),
    ("deflate", deflate_raw(PAYLOAD)),
    ("gzip, identity", gzip.compress(PAYLOAD)),
    ("deflate, gzip", gzip.compress(zlib.compress(PAYLOAD))),
    ("identity", PAYLOAD),
    ("IDENTITY ", PAYLOAD),
], ids=["gzip", "x-gzip", "deflate-zlib", "deflate-raw", "gzip-identity", "deflate-gzip", "identity", "IDENTITY"])
@pytest.mark.parametrize("piece", [1, 7, 1000, 1 << 20])
def test_content_decoding(encoding: str, packed: bytes, piece: int) -> None:
    pieces = [packed[i:i + piece] for i in range(0, len(packed), piece)]
    assert response(pieces, encoding).read() == PAYLOAD
    r = response(pieces, encoding)
    out = list(r.iter_bytes(4096))
    assert b"".join(out) == PAYLOAD and all(len(c) == 4096 for c in out[:-1])
    assert r.num_bytes_downloaded == len(packed)
    assert b"".join(response(pieces, encoding).iter_bytes()) == PAYLOAD
    assert b"".join(response(pieces, encoding).iter_raw()) == packed


@pytest.mark.parametrize("encoding", ["br", "gzip, zstd"])
def test_unsupported_encoding_is_a_protocol_error(encoding: str) -> None:
    with pytest.raises(RemoteProtocolError, match="Unsupported"):
        response([b"xx"], encoding).read()
    with pytest.raises(RemoteProtocolError):
        list(response([b"xx"], encoding).iter_bytes())


def test_corrupt_gzip_is_a_protocol_error() -> None:
    with pytest.raises(RemoteProtocolError, match="decode"):
        response([b"not gzip at all"], "gzip").read()


# --------------------------------------------------------------------------- text and lines
def test_iter_text_keeps_multibyte_characters_whole_across_pieces() -> None:
    data = "caf\u00e9 \u2603 \U0001f600 end".encode("utf-8")
    r = response([data[i:i + 1] for i in range(len(data))])
    assert "".join(r.iter_text()) == "caf\u00e9 \u2603 \U0001f600 end"
    r = response([b"caf\xe9"], content_type="text/plain; charset=latin-1")
    assert "".join(r.iter_text()) == "caf\u00e9"


@pytest.mark.parametrize("pieces", [
    [b"a\r\nb\nc\rd"], [b"a\r", b"\nb\n", b"c\r", b"d"], [b"a", b"\r", b"\n", b"b\nc\rd"],
])
def test_iter_lines_on_every_kind_of_break(pieces: List[bytes]) -> None:
    assert list(response(pieces).iter_lines()) == ["a", "b", "c", "d"]


def test_line_splitter_and_split_lines() -> None:
    s = LineSplitter()
    assert s.feed("one\r") == ["one"] and s.feed("\ntwo\n\nthree") == ["two", ""]
    assert s.flush() == ["three"] and s.flush() == []
    assert list(split_lines(["x\r", "\r\ny"])) == ["x", "", "y"]


# --------------------------------------------------------------------------- headers
def test_headers_built_by_a_transport_behave_like_the_others() -> None:
    raw = [("Content-Type", "a"), ("Set-Cookie", "1"), ("set-cookie", "2")]
    index = {"content-type": ["a"], "set-cookie": ["1", "2"]}
    for h in (Headers(raw), Headers._parsed(list(raw), index)):
        assert h["SET-COOKIE"] == "1, 2" and h.get_list("set-cookie") == ["1", "2"]
        assert "content-type" in h and len(h) == 2 and h.multi_items() == raw
        assert "1" not in repr(h) or "Set-Cookie" in repr(h)
