"""Building API objects in the shapes of the OpenAPI spec, and their streamed forms.

Pure functions: identifiers and timestamps come in from the caller so that the state
object decides what is deterministic.
"""
from __future__ import annotations

import base64
import copy
import hashlib
import math
import re
import struct
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

JSON = Dict[str, Any]
NewId = Callable[[str], str]

__all__ = [
    "tokenize", "count_tokens", "content_text", "merge", "example_for_schema",
    "chat_usage", "response_usage", "embedding_vector", "text_embedding", "tokens_embedding",
    "text_features", "encode_embedding",
    "chat_stream_events", "completion_stream_events", "response_stream_events",
    "speech_audio", "SPEECH_CONTENT_TYPES", "moderation_result", "wav_duration",
    "plausible_reply",
]

_TOKEN = re.compile(r"\s*\w+|\s*[^\w\s]|\s+")


def tokenize(text: str) -> List[str]:
    """Word-ish pieces that concatenate back to ``text``; a stand-in for real tokens."""
    return _TOKEN.findall(text)


def count_tokens(text: str) -> int:
    return len(tokenize(text))


_TEXT_PART_TYPES = ("text", "input_text", "output_text")


def content_text(content: Any) -> str:
    """The text of a message's content, which may be a string or a list of parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content
                       if isinstance(p, dict) and p.get("type") in _TEXT_PART_TYPES)
    return ""


def merge(base: Any, override: Any) -> Any:
    """``override`` laid over ``base``: dicts merge key by key, lists item by item.

    An override list sets the length; items past the end of ``base`` are merged over a
    copy of its last item (with ``index`` renumbered), so extra choices look like the
    first.  Dicts whose ``type`` differs are not merged: a function call laid over a
    message must not inherit the message's fields.
    """
    if isinstance(base, dict) and isinstance(override, dict):
        if "type" in base and "type" in override and base["type"] != override["type"]:
            return copy.deepcopy(override)
        out = copy.deepcopy(base)
        for key, value in override.items():
            out[key] = merge(base[key], value) if key in base else copy.deepcopy(value)
        return out
    if isinstance(base, list) and isinstance(override, list):
        result = []
        for i, item in enumerate(override):
            template = base[i] if i < len(base) else (base[-1] if base else None)
            merged = merge(template, item) if template is not None else copy.deepcopy(item)
            if (isinstance(merged, dict) and isinstance(template, dict) and "index" in template
                    and isinstance(item, dict) and "index" not in item):
                merged["index"] = i
            result.append(merged)
        return result
    return copy.deepcopy(override)


# --- JSON schema examples (so structured-output requests get parseable content) ---------

def _resolve_ref(schema: JSON, root: JSON) -> JSON:
    for _ in range(20):
        ref = schema.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            break
        node: Any = root
        for key in ref[2:].split("/"):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        extra = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**node, **extra} if isinstance(node, dict) else extra
    return schema


def example_for_schema(schema: Any, root: Optional[JSON] = None, depth: int = 0) -> Any:
    """A minimal value that validates against ``schema`` (the common JSON-schema subset)."""
    if not isinstance(schema, dict) or depth > 12:
        return None
    root = schema if root is None else root
    schema = _resolve_ref(schema, root)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if "default" in schema:
        return copy.deepcopy(schema["default"])
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            non_null = [o for o in options if not (isinstance(o, dict) and o.get("type") == "null")]
            return example_for_schema((non_null or options)[0], root, depth + 1)
    if isinstance(schema.get("allOf"), list):
        combined: JSON = {}
        for part in schema["allOf"]:
            part = _resolve_ref(part, root) if isinstance(part, dict) else {}
            combined = merge(combined, part) if combined else dict(part)
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        return example_for_schema(merge(combined, rest), root, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None and "properties" in schema:
        kind = "object"
    if kind == "object":
        props = schema.get("properties") or {}
        return {name: example_for_schema(sub, root, depth + 1) for name, sub in props.items()}
    if kind == "array":
        count = int(schema.get("minItems", 0) or 0)
        return [example_for_schema(schema.get("items", {}), root, depth + 1) for _ in range(count)]
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2024-01-01T00:00:00Z"
        if fmt == "date":
            return "2024-01-01"
        return "x" * int(schema.get("minLength", 0) or 0)
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        value = low if isinstance(low, (int, float)) and not isinstance(low, bool) else 0
        if "exclusiveMinimum" in schema and "minimum" not in schema:
            value += 1
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return False
    return None


# --- usage blocks -----------------------------------------------------------------------

def chat_usage(prompt_tokens: int, completion_tokens: int) -> JSON:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                      "accepted_prediction_tokens": 0,
                                      "rejected_prediction_tokens": 0},
    }


def response_usage(input_tokens: int, output_tokens: int) -> JSON:
    return {
        "input_tokens": input_tokens,
        "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": input_tokens + output_tokens,
    }


# --- embeddings -------------------------------------------------------------------------

def embedding_vector(key: str, dimensions: int) -> List[float]:
    """A unit vector fixed by ``key`` alone, unrelated to any other key's."""
    return _project({"k:" + key: 1.0}, dimensions)


_STOPWORDS = frozenset(
    "a an and are as at be but by do for from has have i in is it its of on or so that the "
    "their there this to was were will with you your".split())
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def text_features(text: str) -> Dict[str, float]:
    """Weighted features of a text: words, word pairs, and the letter trigrams of words.

    Trigrams make "sitting" and "sits" share something; stopwords weigh little so that two
    unrelated sentences do not look alike for both containing "the".
    """
    features: Dict[str, float] = {}

    def add(name: str, weight: float) -> None:
        features[name] = features.get(name, 0.0) + weight

    words = _WORD.findall(text.lower())
    for word in words:
        stop = word in _STOPWORDS
        add("w:" + word, 0.15 if stop else 1.0)
        if not stop:
            padded = f"#{word}#"
            for i in range(len(padded) - 2):
                add("c:" + padded[i:i + 3], 0.3)
    content = [w for w in words if w not in _STOPWORDS]
    for first, second in zip(content, content[1:]):
        add(f"b:{first} {second}", 0.5)
    # Distinct texts must never get identical vectors, even when they normalise alike.
    add("t:" + text, 0.05 if words else 1.0)
    return features


def token_features(tokens: List[int]) -> Dict[str, float]:
    features: Dict[str, float] = {}
    for token in tokens:
        features[f"tok:{token}"] = features.get(f"tok:{token}", 0.0) + 1.0
    features["t:" + ",".join(map(str, tokens))] = 0.05
    return features


# 8 signs (+1/-1) for each byte value, least significant bit first.
_SIGNS = [tuple(1.0 if (byte >> bit) & 1 else -1.0 for bit in range(8)) for byte in range(256)]


def _project(features: Dict[str, float], dimensions: int) -> List[float]:
    """A random projection of weighted features onto a unit vector.

    Each feature has a fixed pseudo-random sign vector (SHAKE-128 of its name, whose
    output prefix does not depend on the length asked for), so texts sharing features get
    a high cosine similarity, and a shorter vector is the normalised prefix of a longer
    one, as with the API's ``dimensions`` shortening.  Components are float32 values so
    the float and base64 encodings carry the same numbers.
    """
    size = (dimensions + 7) // 8
    total = [0.0] * (size * 8)
    for name, weight in sorted(features.items()):
        digest = hashlib.shake_128(name.encode("utf-8")).digest(size)
        signs = [s for byte in digest for s in _SIGNS[byte]]
        total = [t + weight * s for t, s in zip(total, signs)]
    raw = total[:dimensions]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    packed = struct.pack(f"<{dimensions}f", *(x / norm for x in raw))
    return list(struct.unpack(f"<{dimensions}f", packed))


def text_embedding(text: str, dimensions: int) -> List[float]:
    return _project(text_features(text), dimensions)


def tokens_embedding(tokens: List[int], dimensions: int) -> List[float]:
    return _project(token_features(tokens), dimensions)


def encode_embedding(vector: List[float], encoding_format: str) -> Any:
    if encoding_format == "base64":
        return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
    return vector


# --- streams ----------------------------------------------------------------------------

def _pieces(text: str) -> List[str]:
    """Split text into a few stream deltas (word pieces)."""
    return tokenize(text) or ([text] if text else [])


def _arg_pieces(arguments: str) -> List[str]:
    size = max(1, math.ceil(len(arguments) / 4)) if arguments else 1
    return [arguments[i:i + size] for i in range(0, len(arguments), size)] if arguments else []


def chat_stream_events(completion: JSON, include_usage: bool) -> List[Any]:
    """The chunks a streamed chat completion would arrive as, ending with ``[DONE]``."""
    head: JSON = {k: completion[k] for k in ("id", "created", "model") if k in completion}
    head["object"] = "chat.completion.chunk"
    for key in ("service_tier", "system_fingerprint"):
        if key in completion:
            head[key] = completion[key]
    events: List[Any] = []

    def chunk(index: int, delta: JSON, finish: Optional[str] = None) -> None:
        item: JSON = {**head, "choices": [{"index": index, "delta": delta, "logprobs": None,
                                            "finish_reason": finish}]}
        if include_usage:
            item["usage"] = None
        events.append(item)

    for choice in completion.get("choices", []):
        index = choice.get("index", 0)
        message = choice.get("message") or {}
        content = message.get("content")
        tool_calls = message.get("tool_calls") or []
        refusal = message.get("refusal")
        first: JSON = {"role": message.get("role", "assistant"),
                       "content": "" if content is not None or not tool_calls else None,
                       "refusal": None}
        chunk(index, first)
        for piece in _pieces(content or ""):
            chunk(index, {"content": piece})
        for piece in _pieces(refusal or ""):
            chunk(index, {"refusal": piece})
        for position, call in enumerate(tool_calls):
            function = call.get("function") or {}
            chunk(index, {"tool_calls": [{"index": position, "id": call.get("id"),
                                          "type": call.get("type", "function"),
                                          "function": {"name": function.get("name"),
                                                       "arguments": ""}}]})
            for piece in _arg_pieces(str(function.get("arguments") or "")):
                chunk(index, {"tool_calls": [{"index": position,
                                              "function": {"arguments": piece}}]})
        chunk(index, {}, choice.get("finish_reason") or "stop")
    if include_usage:
        events.append({**head, "choices": [], "usage": completion.get("usage")})
    events.append("[DONE]")
    return events


def completion_stream_events(completion: JSON, include_usage: bool) -> List[Any]:
    head: JSON = {k: completion[k] for k in ("id", "object", "created", "model",
                                             "system_fingerprint") if k in completion}
    events: List[Any] = []
    for choice in completion.get("choices", []):
        index = choice.get("index", 0)
        for piece in _pieces(choice.get("text") or ""):
            events.append({**head, "choices": [{"text": piece, "index": index, "logprobs": None,
                                                "finish_reason": None}]})
        events.append({**head, "choices": [{"text": "", "index": index, "logprobs": None,
                                            "finish_reason": choice.get("finish_reason") or "stop"}]})
    if include_usage:
        for event in events:
            event["usage"] = None
        events.append({**head, "choices": [], "usage": completion.get("usage")})
    events.append("[DONE]")
    return events


def response_stream_events(response: JSON) -> List[Tuple[str, JSON]]:
    """The Responses API event sequence that builds ``response`` up, as (type, event)."""
    events: List[Tuple[str, JSON]] = []

    def emit(kind: str, **fields: Any) -> None:
        event = {"type": kind, **fields, "sequence_number": len(events)}
        events.append((kind, event))

    start = copy.deepcopy(response)
    start.update(status="in_progress", output=[], usage=None)
    if "completed_at" in start:
        start["completed_at"] = None
    emit("response.created", response=start)
    emit("response.in_progress", response=copy.deepcopy(start))
    for out_index, item in enumerate(response.get("output", [])):
        kind = item.get("type")
        item_id = item.get("id")
        if kind == "message":
            emit("response.output_item.added", output_index=out_index,
                 item={**item, "status": "in_progress", "content": []})
            for c_index, part in enumerate(item.get("content", [])):
                text_key = "refusal" if part.get("type") == "refusal" else "text"
                empty = {**part, text_key: ""}
                if part.get("type") == "output_text":
                    empty["annotations"] = []
                emit("response.content_part.added", item_id=item_id, output_index=out_index,
                     content_index=c_index, part=empty)
                text = str(part.get(text_key) or "")
                if text_key == "refusal":
                    for piece in _pieces(text):
                        emit("response.refusal.delta", item_id=item_id, output_index=out_index,
                             content_index=c_index, delta=piece)
                    emit("response.refusal.done", item_id=item_id, output_index=out_index,
                         content_index=c_index, refusal=text)
                else:
                    for piece in _pieces(text):
                        emit("response.output_text.delta", item_id=item_id,
                             output_index=out_index, content_index=c_index, delta=piece,
                             logprobs=[])
                    emit("response.output_text.done", item_id=item_id, output_index=out_index,
                         content_index=c_index, text=text, logprobs=[])
                emit("response.content_part.done", item_id=item_id, output_index=out_index,
                     content_index=c_index, part=copy.deepcopy(part))
        elif kind == "function_call":
            emit("response.output_item.added", output_index=out_index,
                 item={**item, "status": "in_progress", "arguments": ""})
            arguments = str(item.get("arguments") or "")
            for piece in _arg_pieces(arguments):
                emit("response.function_call_arguments.delta", item_id=item_id,
                     output_index=out_index, delta=piece)
            emit("response.function_call_arguments.done", item_id=item_id,
                 output_index=out_index, name=item.get("name"), arguments=arguments)
        else:
            emit("response.output_item.added", output_index=out_index,
                 item={**item, "status": "in_progress"} if "status" in item else dict(item))
        emit("response.output_item.done", output_index=out_index, item=copy.deepcopy(item))
    final_kind = {"failed": "response.failed", "incomplete": "response.incomplete"}.get(
        str(response.get("status")), "response.completed")
    emit(final_kind, response=copy.deepcopy(response))
    return events


# --- audio ------------------------------------------------------------------------------

SPEECH_CONTENT_TYPES = {
    "mp3": "audio/mpeg", "opus": "audio/opus", "aac": "audio/aac",
    "flac": "audio/flac", "wav": "audio/wav", "pcm": "audio/pcm",
}

_SAMPLE_RATE = 24000  # the speech endpoint's PCM rate


def _wav(samples: int) -> bytes:
    data = b"\x00\x00" * samples
    fmt = struct.pack("<HHIIHH", 1, 1, _SAMPLE_RATE, _SAMPLE_RATE * 2, 2, 16)
    return (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
            + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"data" + struct.pack("<I", len(data)) + data)


def speech_audio(text: str, response_format: str, speed: float = 1.0) -> bytes:
    """Silent audio whose length follows the text, in a container that players accept."""
    seconds = min(2.0, 0.2 + 0.05 * count_tokens(text)) / (speed if speed > 0 else 1.0)
    samples = int(_SAMPLE_RATE * seconds)
    if response_format == "wav":
        return _wav(samples)
    if response_format == "pcm":
        return b"\x00\x00" * samples
    if response_format == "flac":
        # fLaC marker and a last-block STREAMINFO for 24 kHz mono 16-bit.
        info = struct.pack(">HH", 4096, 4096) + b"\x00" * 6
        packed = (_SAMPLE_RATE << 44) | (0 << 41) | (15 << 36) | samples
        info += packed.to_bytes(8, "big") + b"\x00" * 16
        return b"fLaC" + bytes([0x80]) + len(info).to_bytes(3, "big") + info
    if response_format == "aac":
        # ADTS frames (AAC-LC, 24 kHz, mono), each holding an empty raw block.
        frame_len = 7 + 2
        header = bytes([0xFF, 0xF1, 0x58, 0x40 | ((frame_len >> 11) & 0x3),
                        (frame_len >> 3) & 0xFF, ((frame_len & 0x7) << 5) | 0x1F, 0xFC])
        return (header + b"\x00\x00") * max(1, samples // 1024)
    if response_format == "opus":
        head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, 312, _SAMPLE_RATE, 0, 0)
        page = b"OggS\x00\x02" + b"\x00" * 8 + b"FAKE" + b"\x00" * 8 + b"\x01" + bytes([len(head)])
        return page + head
    # mp3: an empty ID3v2 tag, then MPEG-2 Layer III frames (24 kHz, 64 kbit/s) of silence.
    frame_size = 72 * 64000 // _SAMPLE_RATE
    frame = bytes([0xFF, 0xF3, 0x84, 0xC4]) + b"\x00" * (frame_size - 4)
    return b"ID3\x04\x00\x00\x00\x00\x00\x00" + frame * max(1, samples // 576)


def wav_duration(data: bytes) -> Optional[float]:
    """Seconds of audio in a PCM WAV file, or None if ``data`` is not one."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return None
    pos, byte_rate, size = 12, 0, 0
    while pos + 8 <= len(data):
        chunk_id, length = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        if chunk_id == b"fmt " and length >= 16:
            byte_rate = struct.unpack("<I", data[pos + 16:pos + 20])[0]
        elif chunk_id == b"data":
            size = min(length, len(data) - pos - 8)
            break
        pos += 8 + length + (length & 1)
    return size / byte_rate if byte_rate else None


# --- moderation -------------------------------------------------------------------------

MODERATION_CATEGORIES = (
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/instructions", "self-harm/intent", "sexual",
    "sexual/minors", "violence", "violence/graphic",
)

# Deliberately tiny and obvious trigger lists: enough for tests to get a flagged result
# on purpose, never by accident.
_TRIGGERS: Dict[str, Tuple[str, ...]] = {
    "violence": ("kill", "murder", "stab", "shoot"),
    "harassment": ("idiot", "stupid", "loser"),
    "hate": ("hateful",),
    "self-harm": ("self-harm", "hurt myself"),
    "illicit": ("shoplift",),
}


def moderation_result(text: str, applied: Iterable[str] = ("text",)) -> JSON:
    lowered = text.lower()
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    categories: Dict[str, bool] = {}
    scores: Dict[str, float] = {}
    for i, name in enumerate(MODERATION_CATEGORIES):
        hit = any(re.search(r"\b" + re.escape(word), lowered) for word in _TRIGGERS.get(name, ()))
        categories[name] = hit
        # Small, stable, distinct background scores for the categories not triggered.
        scores[name] = 0.93 if hit else round((digest[i] + 1) / 256 * 1e-4, 8)
    applied_types = list(applied)
    return {
        "flagged": any(categories.values()),
        "categories": categories,
        "category_scores": scores,
        "category_applied_input_types": {name: list(applied_types) for name in MODERATION_CATEGORIES},
    }


# --- canned answers ---------------------------------------------------------------------

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve")
_GREETING = re.compile(r"^\s*(hello|hi|hey|good (morning|afternoon|evening))\b", re.I)
_COUNT = re.compile(r"\bcount (?:from (\w+) )?to (\w+)", re.I)
_SAY = re.compile(r"^\s*(?:please\s+)?(?:say|repeat)\s*:?\s+(.+?)\s*$", re.I | re.S)
_WHAT_IS = re.compile(r"^\s*(?:what|who)\s+(?:is|are)\s+(.+?)\s*\??\s*$", re.I | re.S)


def _number(word: str) -> Optional[int]:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.index(word) if word in _NUMBER_WORDS else None


def plausible_reply(prompt: str) -> str:
    """A short, deterministic answer-shaped reply to ``prompt``.

    Nothing here understands language; a few common request shapes get a fitting answer
    so that demos read naturally, and anything else gets an honest generic reply.
    """
    text = prompt.strip()
    if not text:
        return "Hello! How can I help you today?"
    count = _COUNT.search(text)
    if count:
        start = _number(count.group(1)) if count.group(1) else 1
        end = _number(count.group(2))
        if start is not None and end is not None and 0 <= start <= end and end - start < 50:
            words = [(_NUMBER_WORDS[n] if "word" in text.lower() and n < len(_NUMBER_WORDS)
                      else str(n)) for n in range(start, end + 1)]
            return (", ".join(words) + ".").capitalize()
    said = _SAY.match(text)
    if said:
        return said.group(1).strip().strip("\"'")
    if _GREETING.match(text):
        return "Hello! How can I help you today?"
    if re.search(r"\bare you (there|here|awake|online)\b", text, re.I):
        return "Yes, I'm here."
    what = _WHAT_IS.match(text)
    if what:
        subject = what.group(1).rstrip(".?!")
        subject = subject[:1].upper() + subject[1:]
        return (f"{subject} is something a real model would explain here; this reply comes "
                "from FakeOpenAI, a local test server.")
    n = len(text.split())
    return (f"Got your message ({n} word{'s' if n != 1 else ''}). This is FakeOpenAI, a local "
            "test server; a real model would answer it here.")
