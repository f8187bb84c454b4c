from __future__ import annotations

import email.message
import email.parser
import email.policy
import io
import os
import pathlib
import random
import re
from typing import Dict, List, Optional, Tuple

import pytest

from openai_lite._types import NOT_GIVEN, omit
from openai_lite.core.multipart import (
    encode_multipart,
    extract_files,
    file_from_path,
    is_file_input,
    to_file_part,
)

Part = Tuple[Dict[str, str], bytes]


def parse(body: bytes, content_type: str) -> List[Part]:
    """Strict hand parser: checks the framing byte for byte."""
    m = re.fullmatch(r"multipart/form-data; boundary=([0-9a-f]{32}|\S+)", content_type)
    assert m, content_type
    delim = b"--" + m.group(1).encode()
    assert body.startswith(delim)
    assert body.endswith(delim + b"--\r\n")
    chunks = body[: -len(b"--\r\n")].split(delim)
    assert chunks[0] == b"" and chunks[-1] == b""
    parts: List[Part] = []
    for raw in chunks[1:-1]:
        assert raw.startswith(b"\r\n") and raw.endswith(b"\r\n")
        head, _, content = raw[2:-2].partition(b"\r\n\r\n")
        headers: Dict[str, str] = {}
        for line in head.decode("utf-8").split("\r\n"):
            key, _, value = line.partition(": ")
            headers[key] = value
        parts.append((headers, content))
    return parts


def parse_with_email(body: bytes, content_type: str) -> List[Tuple[Optional[str], Optional[str], Optional[str], bytes]]:
    """Independent check with the stdlib MIME parser."""
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    assert msg.is_multipart()
    out: List[Tuple[Optional[str], Optional[str], Optional[str], bytes]] = []
    for part in msg.get_payload():
        assert isinstance(part, email.message.Message)
        name = part.get_param("name", header="content-disposition")
        ctype = part["Content-Type"]
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        out.append((name, part.get_filename(), None if ctype is None else str(ctype), payload))
    return out


def test_fields_then_files_sdk_example(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "train.jsonl"
    path.write_bytes(b'{"a":1}\n')
    body, ctype = encode_multipart(
        {"purpose": "fine-tune", "expires_after": {"anchor": "created_at", "seconds": 3600}},
        [("file", path)],
    )
    assert re.fullmatch(r"multipart/form-data; boundary=[0-9a-f]{32}", ctype)
    parts = parse(body, ctype)
    assert [h["Content-Disposition"] for h, _ in parts] == [
        'form-data; name="purpose"',
        'form-data; name="expires_after[anchor]"',
        'form-data; name="expires_after[seconds]"',
        'form-data; name="file"; filename="train.jsonl"',
    ]
    assert [c for _, c in parts] == [b"fine-tune", b"created_at", b"3600", b'{"a":1}\n']
    # Ordinary fields carry no Content-Type; the file part does.
    assert [list(h) for h, _ in parts[:3]] == [["Content-Disposition"]] * 3
    assert parts[3][0]["Content-Type"] in ("application/jsonl", "application/octet-stream", "application/json")
    assert [(n, f, d) for n, f, _, d in parse_with_email(body, ctype)] == [
        ("purpose", None, b"fine-tune"),
        ("expires_after[anchor]", None, b"created_at"),
        ("expires_after[seconds]", None, b"3600"),
        ("file", "train.jsonl", b'{"a":1}\n'),
    ]


def test_boundary_is_random_per_call() -> None:
    _, a = encode_multipart({}, [("file", b"x")])
    _, b = encode_multipart({}, [("file", b"x")])
    assert a != b


def test_given_boundary_is_used() -> None:
    body, ctype = encode_multipart({"a": "1"}, [], boundary="xyz")
    assert ctype == "multipart/form-data; boundary=xyz"
    assert body == b'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--xyz--\r\n'


@pytest.mark.parametrize("bad", ["", "a\r\nb", "x" * 71])
def test_invalid_boundary_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        encode_multipart({}, [], boundary=bad)


def test_empty_form() -> None:
    assert encode_multipart({}, [], boundary="b") == (b"--b--\r\n", "multipart/form-data; boundary=b")


def test_field_flattening_rules() -> None:
    body, ctype = encode_multipart(
        {
            "s": "text é",
            "t": True,
            "f": False,
            "n": 3,
            "x": 0.5,
            "none": None,
            "empty": "",
            "ng": NOT_GIVEN,
            "om": omit,
            "arr": ["a", None, "b"],
            "obj": {"in": {"deep": 1}, "gone": None},
        },
        [],
    )
    got = [(h["Content-Disposition"], c) for h, c in parse(body, ctype)]
    assert got == [
        ('form-data; name="s"', "text é".encode()),
        ('form-data; name="t"', b"true"),
        ('form-data; name="f"', b"false"),
        ('form-data; name="n"', b"3"),
        ('form-data; name="x"', b"0.5"),
        ('form-data; name="arr[]"', b"a"),
        ('form-data; name="arr[]"', b"b"),
        ('form-data; name="obj[in][deep]"', b"1"),
    ]


def test_names_and_filenames_are_escaped_like_browsers() -> None:
    body, ctype = encode_multipart({'a"b\r\nc': "v"}, [("f", ('x"y\n.txt', b"1"))], boundary="B")
    assert b'name="a%22b%0D%0Ac"' in body
    assert b'filename="x%22y%0A.txt"' in body
    assert b'name="f"; filename="x%22y%0A.txt"\r\nContent-Type: text/plain\r\n' in body


def test_non_ascii_filename_is_raw_utf8() -> None:
    body, _ = encode_multipart({}, [("file", ("résumé.pdf", b"%PDF"))], boundary="B")
    assert 'filename="résumé.pdf"'.encode() in body
    assert b"Content-Type: application/pdf" in body


# --- file inputs (to_file_part) -------------------------------------------------------


def test_bytes_input() -> None:
    assert to_file_part("file", b"abc") == ("upload", b"abc", "application/octet-stream", {})


def test_pathlike_input_is_read_with_guessed_type(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "photo.png"
    p.write_bytes(b"\x89PNG")
    assert to_file_part("image", p) == ("photo.png", b"\x89PNG", "image/png", {})
    q = tmp_path / "blob.nosuchext"
    q.write_bytes(b"z")
    assert to_file_part("file", q) == ("blob.nosuchext", b"z", "application/octet-stream", {})


def test_binary_file_object_uses_basename(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "audio.mp3"
    p.write_bytes(b"ID3data")
    with open(p, "rb") as fh:
        fh.read(3)  # a previous attempt consumed part of it; the whole file is still sent
        assert to_file_part("file", fh) == ("audio.mp3", b"ID3data", "audio/mpeg", {})


def test_file_object_without_name_is_upload() -> None:
    assert to_file_part("file", io.BytesIO(b"q")) == ("upload", b"q", "application/octet-stream", {})
    named = io.BytesIO(b"q")
    named.name = "dir/"  # no basename to speak of
    assert to_file_part("file", named)[0] == "upload"
    named.name = b"/d/clip.mp3"
    assert to_file_part("file", named)[0:3] == ("clip.mp3", b"q", "audio/mpeg")


def test_file_object_with_fd_name_is_upload(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes(b"data")
    fd = os.open(p, os.O_RDONLY)
    with open(fd, "rb") as fh:
        assert to_file_part("file", fh)[0:2] == ("upload", b"data")


def test_text_mode_file_object_is_rejected(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "x.txt"
    p.write_text("hi")
    with open(p) as fh, pytest.raises(TypeError, match="binary mode"):
        to_file_part("file", fh)


def test_two_tuple_guesses_from_filename() -> None:
    assert to_file_part("file", ("a.json", b"{}")) == ("a.json", b"{}", "application/json", {})
    assert to_file_part("file", ("a.zzzq", b"1")) == ("a.zzzq", b"1", "application/octet-stream", {})


def test_two_tuple_without_filename_has_no_type_and_no_filename() -> None:
    assert to_file_part("file", (None, b"1")) == (None, b"1", None, {})
    body, ctype = encode_multipart({}, [("file", (None, b"1"))], boundary="B")
    assert body == b'--B\r\nContent-Disposition: form-data; name="file"\r\n\r\n1\r\n--B--\r\n'


def test_parts_without_filename_but_with_type_realtime_calls_style() -> None:
    body, ctype = encode_multipart(
        {}, [("sdp", (None, b"v=0\r\n", "application/sdp")), ("session", (None, b"{}", "application/json"))],
    )
    assert [(h, c) for h, c in parse(body, ctype)] == [
        ({"Content-Disposition": 'form-data; name="sdp"', "Content-Type": "application/sdp"}, b"v=0\r\n"),
        ({"Content-Disposition": 'form-data; name="session"', "Content-Type": "application/json"}, b"{}"),
    ]


def test_three_and_four_tuples() -> None:
    assert to_file_part("f", ("a.bin", b"1", "audio/wav")) == ("a.bin", b"1", "audio/wav", {})
    assert to_file_part("f", ("a.bin", b"1", None)) == ("a.bin", b"1", "application/octet-stream", {})
    assert to_file_part("f", ("a", b"1", "x/y", {"X-Extra": "1"})) == ("a", b"1", "x/y", {"X-Extra": "1"})


def test_four_tuple_headers_are_emitted_and_content_type_header_wins() -> None:
    body, ctype = encode_multipart({}, [("f", ("a.txt", b"1", "x/y", {"X-Extra": "v"}))], boundary="B")
    assert parse(body, ctype)[0][0] == {
        "Content-Disposition": 'form-data; name="f"; filename="a.txt"',
        "Content-Type": "x/y",
        "X-Extra": "v",
    }
    body, ctype = encode_multipart({}, [("f", ("a.txt", b"1", "x/y", {"content-type": "z/w"}))], boundary="B")
    assert parse(body, ctype)[0][0] == {
        "Content-Disposition": 'form-data; name="f"; filename="a.txt"',
        "content-type": "z/w",
    }


def test_header_injection_is_refused() -> None:
    with pytest.raises(ValueError, match="CR or LF"):
        encode_multipart({}, [("f", ("a", b"1", "text/plain\r\nX: y"))])
    with pytest.raises(ValueError, match="CR or LF"):
        encode_multipart({}, [("f", ("a", b"1", "t/p", {"X": "1\n2"}))])


def test_tuple_content_may_be_file_object_pathlike_or_text(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "c.txt"
    p.write_bytes(b"from path")
    assert to_file_part("f", ("n.txt", p))[1] == b"from path"
    assert to_file_part("f", ("n.txt", io.BytesIO(b"from io")))[1] == b"from io"
    assert to_file_part("f", ("n.txt", "tëxt"))[1] == "tëxt".encode()


@pytest.mark.parametrize("bad", ["/etc/hosts", 12, None, ["x"], bytearray(b"x")])
def test_invalid_inputs_raise_runtime_error(bad: object) -> None:
    with pytest.raises(RuntimeError) as info:
        to_file_part("file", bad)
    assert str(info.value) == (
        f"Expected entry at `file` to be bytes, an io.IOBase instance, PathLike or a tuple but "
        f"received {type(bad)} instead. See https://github.com/openai/openai-python/tree/main#file-uploads"
    )


def test_invalid_tuple_content_raises_runtime_error() -> None:
    with pytest.raises(RuntimeError, match="Expected entry at `image`"):
        to_file_part("image", ("a.png", 5))


@pytest.mark.parametrize("bad", [(b"x",), ("a", b"x", "t", {}, "extra")])
def test_tuple_of_wrong_length(bad: tuple) -> None:  # type: ignore[type-arg]
    with pytest.raises(TypeError, match="2 to 4"):
        to_file_part("f", bad)


def test_is_file_input() -> None:
    assert is_file_input(b"x") and is_file_input(("a", b"x")) and is_file_input(io.BytesIO())
    assert is_file_input(pathlib.Path("a"))
    assert not is_file_input("a") and not is_file_input(None)


def test_file_from_path(tmp_path: pathlib.Path) -> None:
    p = tmp_path / "data.csv"
    p.write_bytes(b"a,b")
    assert file_from_path(str(p)) == ("data.csv", b"a,b")
    assert file_from_path(p) == ("data.csv", b"a,b")


# --- extract_files ------------------------------------------------------------------


def test_extract_single_file() -> None:
    params = {"file": b"x", "purpose": "batch"}
    rest, files = extract_files(params, [["file"]])
    assert rest == {"purpose": "batch"}
    assert files == [("file", b"x")]
    assert params == {"file": b"x", "purpose": "batch"}  # input untouched


def test_extract_single_image_and_list_of_images() -> None:
    one = ("a.png", b"1")
    rest, files = extract_files({"image": one, "prompt": "p", "mask": b"m"}, [["image"], ["mask"]])
    assert files == [("image", one), ("mask", b"m")]
    assert rest == {"prompt": "p"}
    rest, files = extract_files({"image": [b"1", b"2"], "prompt": "p"}, [["image"], ["image", "<array>"]])
    assert files == [("image[]", b"1"), ("image[]", b"2")]
    assert rest == {"prompt": "p"}


def test_extract_explicit_array_path() -> None:
    rest, files = extract_files({"image": [b"1", b"2"]}, [["image", "<array>"]])
    assert files == [("image[]", b"1"), ("image[]", b"2")]
    assert rest == {}


def test_extract_nested_array_of_objects() -> None:
    docs = [{"file": b"1", "title": "a"}, {"file": b"2"}, {"title": "no file"}]
    rest, files = extract_files({"documents": docs}, [["documents", "<array>", "file"]])
    assert files == [("documents[][file]", b"1"), ("documents[][file]", b"2")]
    assert rest == {"documents": [{"title": "a"}, {}, {"title": "no file"}]}
    assert docs[0] == {"file": b"1", "title": "a"}  # input untouched


def test_extract_nested_object() -> None:
    rest, files = extract_files({"outer": {"inner": b"1", "k": 2}}, [["outer", "inner"]])
    assert files == [("outer[inner]", b"1")]
    assert rest == {"outer": {"k": 2}}


def test_extract_missing_and_omitted_keys() -> None:
    rest, files = extract_files({"mask": NOT_GIVEN, "x": 1}, [["file"], ["mask"], ["image", "<array>"]])
    assert files == [] and rest == {"x": 1}


def test_extract_rejects_non_file_values_early() -> None:
    with pytest.raises(RuntimeError, match="Expected entry at `file`"):
        extract_files({"file": "/path/as/str"}, [["file"]])
    with pytest.raises(RuntimeError, match=r"Expected entry at `image\[\]`"):
        extract_files({"image": [b"ok", None]}, [["image"]])


def test_extract_then_encode_end_to_end() -> None:
    params = {"prompt": "cat", "n": 2, "image": [("a.png", b"A"), ("b.jpg", b"B")], "mask": b"M"}
    rest, files = extract_files(params, [["image"], ["mask"]])
    body, ctype = encode_multipart(rest, files)
    got = parse_with_email(body, ctype)
    assert got == [
        ("prompt", None, None, b"cat"),
        ("n", None, None, b"2"),
        ("image[]", "a.png", "image/png", b"A"),
        ("image[]", "b.jpg", "image/jpeg", b"B"),
        ("mask", "upload", "application/octet-stream", b"M"),
    ]


def test_binary_content_survives_both_parsers() -> None:
    # Content containing CRLF, dashes and a fake boundary must come back intact from
    # both parsers, whatever the byte values.
    rng = random.Random(1234)
    blobs = [bytes(rng.randrange(256) for _ in range(rng.randrange(0, 400))) for _ in range(5)]
    blobs.append(b"\r\n--\r\n--notboundary--\r\n\r\n")
    fields = {"purpose": "assistants", "meta": {"k": "v"}}
    files = [(f"f{i}", (f"n{i}.bin", blob, "application/x-test")) for i, blob in enumerate(blobs)]
    body, ctype = encode_multipart(fields, files)
    parts = parse(body, ctype)
    assert [c for _, c in parts[2:]] == blobs
    email_parts = parse_with_email(body, ctype)
    assert [p[3] for p in email_parts[2:]] == blobs
    assert [(p[0], p[1], p[2]) for p in email_parts[2:]] == [
        (f"f{i}", f"n{i}.bin", "application/x-test") for i in range(len(blobs))
    ]


class _ChunkyReader(io.RawIOBase):
    """A raw stream (a pipe, a socket file) that hands out short reads."""

    def __init__(self, data: bytes, sizes: List[int], name: Optional[str] = None) -> None:
        self._data, self._pos, self._sizes = data, 0, sizes
        if name is not None:
            self.name = name

    def readable(self) -> bool:
        return True

    def readinto(self, buf: "bytearray | memoryview") -> int:  # type: ignore[override]
        n = min(len(buf), self._sizes[self._pos % len(self._sizes)] if self._sizes else len(buf))
        n = min(n, len(self._data) - self._pos)
        buf[:n] = self._data[self._pos : self._pos + n]
        self._pos += n
        return n


@pytest.mark.parametrize("mode", ["whole", "bytewise", "random"])
def test_file_objects_delivering_short_reads_are_read_fully(mode: str) -> None:
    rng = random.Random(99)
    data = bytes(rng.randrange(256) for _ in range(5000))
    sizes = {"whole": [], "bytewise": [1], "random": [rng.randrange(1, 200) for _ in range(50)]}[mode]
    reader = _ChunkyReader(data, sizes, name="/tmp/dir/clip.wav")
    body, ctype = encode_multipart({"model": "whisper-1"}, [("file", reader)])
    (_, model), (headers, content) = parse(body, ctype)
    assert model == b"whisper-1" and content == data
    assert headers["Content-Disposition"] == 'form-data; name="file"; filename="clip.wav"'
    assert headers["Content-Type"] in ("audio/x-wav", "audio/wav")


def test_fields_mapping_order_preserved_and_files_after_fields() -> None:
    body, ctype = encode_multipart({"z": "1", "a": "2"}, [("file", b"f")])
    names = [h["Content-Disposition"].split('name="')[1].split('"')[0] for h, _ in parse(body, ctype)]
    assert names == ["z", "a", "file"]
