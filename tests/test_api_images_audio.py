"""images.*, audio.* and moderations.create: requests on the wire, parsed results in every
view, streamed image and transcription events, and results that follow response_format."""
from __future__ import annotations

from typing import Any, List

import pytest

import openai_lite
from openai_lite.types.audio import (
    Transcription, TranscriptionDiarized, TranscriptionTextDeltaEvent, TranscriptionTextDoneEvent,
    TranscriptionTextSegmentEvent, TranscriptionVerbose, Translation, TranslationVerbose,
)
from openai_lite.types.image_edit_completed_event import ImageEditCompletedEvent
from openai_lite.types.image_edit_partial_image_event import ImageEditPartialImageEvent
from openai_lite.types.image_gen_completed_event import ImageGenCompletedEvent
from openai_lite.types.image_gen_partial_image_event import ImageGenPartialImageEvent
from openai_lite.types.images_response import ImagesResponse
from openai_lite.types.moderation_create_response import ModerationCreateResponse
from tests.apiserver import APIServer, Reply, sse
from tests.test_api_files import api, shared_server  # noqa: F401  (fixtures)
from tests.test_api_files import Case, aclient, case_params, check_case, client, fields, parts, run

SSE = {"Content-Type": "text/event-stream"}
PNG = "image/png"

IMAGES = {"created": 1713833628, "data": [{"b64_json": "aGk=", "revised_prompt": "a cat"}],
          "background": "opaque", "output_format": "png", "quality": "high", "size": "1024x1024",
          "usage": {"input_tokens": 50, "input_tokens_details": {"image_tokens": 40, "text_tokens": 10},
                    "output_tokens": 50, "total_tokens": 100}}


def is_images(r: Any) -> None:
    assert isinstance(r, ImagesResponse) and r.created == 1713833628
    assert r.data is not None and r.data[0].b64_json == "aGk=" and r.data[0].revised_prompt == "a cat"
    assert r.usage is not None and r.usage.input_tokens_details.image_tokens == 40


IMAGE_CASES = [
    Case("create_variation",
         lambda c: c.images.create_variation(image=("cat.png", b"PNG1"), model="dall-e-2", n=2,
                                             response_format="b64_json", size="512x512", user="u1"),
         "POST", "/v1/images/variations",
         parts=fields(("model", "dall-e-2"), ("n", "2"), ("response_format", "b64_json"), ("size", "512x512"),
                      ("user", "u1")) + [("image", "cat.png", PNG, b"PNG1")],
         reply=Reply(200, IMAGES), check=is_images),
    Case("edit-one-image",
         lambda c: c.images.edit(image=("cat.png", b"PNG1"), prompt="add a hat", mask=("m.png", b"MASK"),
                                 background="transparent", input_fidelity="high", model="gpt-image-1", n=1,
                                 output_compression=80, output_format="webp", partial_images=0,
                                 quality="high", size="1024x1024", user="u1"),
         "POST", "/v1/images/edits",
         parts=fields(("prompt", "add a hat"), ("background", "transparent"), ("input_fidelity", "high"),
                      ("model", "gpt-image-1"), ("n", "1"), ("output_compression", "80"),
                      ("output_format", "webp"), ("partial_images", "0"), ("quality", "high"),
                      ("size", "1024x1024"), ("user", "u1"))
         + [("image", "cat.png", PNG, b"PNG1"), ("mask", "m.png", PNG, b"MASK")],
         reply=Reply(200, IMAGES), check=is_images),
    Case("edit-image-list",
         lambda c: c.images.edit(image=[("a.png", b"A"), b"B"], prompt="merge", response_format="url"),
         "POST", "/v1/images/edits",
         parts=fields(("prompt", "merge"), ("response_format", "url"))
         + [("image[]", "a.png", PNG, b"A"), ("image[]", "upload", "application/octet-stream", b"B")],
         reply=Reply(200, IMAGES), check=is_images),
    Case("generate",
         lambda c: c.images.generate(prompt="a cat", background="auto", model="gpt-image-1", moderation="low",
                                     n=1, output_compression=50, output_format="jpeg", quality="medium",
                                     size="1536x1024", style="vivid", user="u1"),
         "POST", "/v1/images/generations",
         json={"prompt": "a cat", "background": "auto", "model": "gpt-image-1", "moderation": "low", "n": 1,
               "output_compression": 50, "output_format": "jpeg", "quality": "medium", "size": "1536x1024",
               "style": "vivid", "user": "u1"},
         reply=Reply(200, IMAGES), check=is_images),
    Case("generate-null", lambda c: c.images.generate(prompt="x", model=None, stream=False),
         "POST", "/v1/images/generations", json={"prompt": "x", "model": None, "stream": False},
         reply=Reply(200, IMAGES), check=is_images),
]

TRANSCRIPTION = {"text": "Hello there.", "logprobs": [{"token": "Hello", "logprob": -0.1, "bytes": [72]}],
                 "usage": {"type": "tokens", "input_tokens": 14, "output_tokens": 45, "total_tokens": 59,
                           "input_token_details": {"audio_tokens": 14, "text_tokens": 0}}}
SEGMENT = {"id": 0, "seek": 0, "start": 0.0, "end": 1.5, "text": "Hello there.", "tokens": [50364, 2425],
           "temperature": 0.0, "avg_logprob": -0.28, "compression_ratio": 0.7, "no_speech_prob": 0.01}
VERBOSE = {"task": "transcribe", "language": "english", "duration": 1.5, "text": "Hello there.",
           "words": [{"word": "Hello", "start": 0.0, "end": 0.5}], "segments": [SEGMENT],
           "usage": {"type": "duration", "seconds": 2}}
DIARIZED = {"task": "transcribe", "duration": 3.0, "text": "Hi. Hello.",
            "segments": [{"type": "transcript.text.segment", "id": "seg_1", "start": 0.0, "end": 1.0,
                          "text": "Hi.", "speaker": "A"}],
            "usage": {"type": "duration", "seconds": 3}}


def is_transcription(r: Any) -> None:
    assert isinstance(r, Transcription) and r.text == "Hello there."
    assert r.logprobs is not None and r.logprobs[0].bytes == [72.0]
    assert r.usage is not None and r.usage.type == "tokens" and r.usage.total_tokens == 59  # type: ignore[union-attr]


def is_verbose(r: Any) -> None:
    assert isinstance(r, TranscriptionVerbose) and r.duration == 1.5 and r.language == "english"
    assert r.words is not None and r.words[0].word == "Hello"
    assert r.segments is not None and r.segments[0].tokens == [50364, 2425]
    assert r.usage is not None and r.usage.seconds == 2.0 and isinstance(r.usage.seconds, float)


def is_diarized(r: Any) -> None:
    assert isinstance(r, TranscriptionDiarized) and r.segments[0].speaker == "A"
    assert r.usage is not None and r.usage.type == "duration"


AUDIO_CASES = [
    Case("transcriptions-json",
         lambda c: c.audio.transcriptions.create(
             file=("a.wav", b"RIFF", "audio/wav"), model="gpt-4o-transcribe", chunking_strategy="auto",
             include=["logprobs"], known_speaker_names=["A", "B"],
             known_speaker_references=["data:audio/wav;base64,AA==", "data:audio/wav;base64,BB=="],
             language="en", prompt="names", response_format="json", temperature=0.2,
             timestamp_granularities=["word", "segment"]),
         "POST", "/v1/audio/transcriptions",
         parts=fields(("model", "gpt-4o-transcribe"), ("chunking_strategy", "auto"), ("include[]", "logprobs"),
                      ("known_speaker_names[]", "A"), ("known_speaker_names[]", "B"),
                      ("known_speaker_references[]", "data:audio/wav;base64,AA=="),
                      ("known_speaker_references[]", "data:audio/wav;base64,BB=="),
                      ("language", "en"), ("prompt", "names"), ("response_format", "json"),
                      ("temperature", "0.2"), ("timestamp_granularities[]", "word"),
                      ("timestamp_granularities[]", "segment"))
         + [("file", "a.wav", "audio/wav", b"RIFF")],
         reply=Reply(200, TRANSCRIPTION), check=is_transcription),
    Case("transcriptions-default-format",
         lambda c: c.audio.transcriptions.create(file=b"RIFF", model="whisper-1",
                                                 chunking_strategy={"type": "server_vad", "threshold": 0.5}),
         "POST", "/v1/audio/transcriptions",
         parts=fields(("model", "whisper-1"), ("chunking_strategy[type]", "server_vad"),
                      ("chunking_strategy[threshold]", "0.5"))
         + [("file", "upload", "application/octet-stream", b"RIFF")],
         reply=Reply(200, TRANSCRIPTION), check=is_transcription),
    Case("transcriptions-verbose",
         lambda c: c.audio.transcriptions.create(file=b"RIFF", model="whisper-1", response_format="verbose_json"),
         "POST", "/v1/audio/transcriptions",
         parts=fields(("model", "whisper-1"), ("response_format", "verbose_json"))
         + [("file", "upload", "application/octet-stream", b"RIFF")],
         reply=Reply(200, VERBOSE), check=is_verbose),
    Case("transcriptions-diarized",
         lambda c: c.audio.transcriptions.create(file=b"RIFF", model="gpt-4o-transcribe-diarize",
                                                 response_format="diarized_json"),
         "POST", "/v1/audio/transcriptions",
         parts=fields(("model", "gpt-4o-transcribe-diarize"), ("response_format", "diarized_json"))
         + [("file", "upload", "application/octet-stream", b"RIFF")],
         reply=Reply(200, DIARIZED), check=is_diarized),
    Case("transcriptions-text",
         lambda c: c.audio.transcriptions.create(file=b"RIFF", model="whisper-1", response_format="text"),
         "POST", "/v1/audio/transcriptions",
         parts=fields(("model", "whisper-1"), ("response_format", "text"))
         + [("file", "upload", "application/octet-stream", b"RIFF")],
         reply=Reply(200, "Hello there.\n", headers={"Content-Type": "text/plain; charset=utf-8"}),
         check=lambda r: r == "Hello there.\n"),
    Case("transcriptions-srt",
         lambda c: c.audio.transcriptions.create(file=b"RIFF", model="whisper-1", response_format="srt"),
         "POST", "/v1/audio/transcriptions",
         parts=fields(("model", "whisper-1"), ("response_format", "srt"))
         + [("file", "upload", "application/octet-stream", b"RIFF")],
         reply=Reply(200, "1\n00:00:00,000 --> 00:00:01,500\nHello\n", headers={"Content-Type": "text/plain"}),
         check=lambda r: r.startswith("1\n00:00:00,000")),
    Case("translations-json",
         lambda c: c.audio.translations.create(file=("b.mp3", b"ID3", "audio/mpeg"), model="whisper-1",
                                               prompt="p", response_format="json", temperature=0),
         "POST", "/v1/audio/translations",
         parts=fields(("model", "whisper-1"), ("prompt", "p"), ("response_format", "json"), ("temperature", "0"))
         + [("file", "b.mp3", "audio/mpeg", b"ID3")],
         reply=Reply(200, {"text": "Hello"}),
         check=lambda r: isinstance(r, Translation) and r.text == "Hello"),
    Case("translations-verbose",
         lambda c: c.audio.translations.create(file=b"ID3", model="whisper-1", response_format="verbose_json"),
         "POST", "/v1/audio/translations",
         parts=fields(("model", "whisper-1"), ("response_format", "verbose_json"))
         + [("file", "upload", "application/octet-stream", b"ID3")],
         reply=Reply(200, {"language": "english", "duration": 1, "text": "Hello", "segments": [SEGMENT]}),
         check=lambda r: isinstance(r, TranslationVerbose) and r.duration == 1.0 and r.segments[0].id == 0),
    Case("translations-vtt",
         lambda c: c.audio.translations.create(file=b"ID3", model="whisper-1", response_format="vtt"),
         "POST", "/v1/audio/translations",
         parts=fields(("model", "whisper-1"), ("response_format", "vtt"))
         + [("file", "upload", "application/octet-stream", b"ID3")],
         reply=Reply(200, "WEBVTT\n\n", headers={"Content-Type": "text/vtt"}), check=lambda r: r == "WEBVTT\n\n"),
    Case("speech",
         lambda c: c.audio.speech.create(input="Hi", model="gpt-4o-mini-tts", voice="coral", instructions="calm",
                                         response_format="wav", speed=1.25, stream_format="audio"),
         "POST", "/v1/audio/speech", headers={"accept": "application/octet-stream"},
         json={"input": "Hi", "model": "gpt-4o-mini-tts", "voice": "coral", "instructions": "calm",
               "response_format": "wav", "speed": 1.25, "stream_format": "audio"},
         reply=Reply(200, b"RIFF....WAVE", headers={"Content-Type": "audio/wav"}), binary=b"RIFF....WAVE"),
    Case("speech-custom-voice",
         lambda c: c.audio.speech.create(input="Hi", model="tts-1", voice={"id": "voice_123"}),
         "POST", "/v1/audio/speech", headers={"accept": "application/octet-stream"},
         json={"input": "Hi", "model": "tts-1", "voice": {"id": "voice_123"}},
         reply=Reply(200, b"ID3", headers={"Content-Type": "audio/mpeg"}), binary=b"ID3"),
]

CATS = ["harassment", "harassment/threatening", "hate", "hate/threatening", "illicit", "illicit/violent",
        "self-harm", "self-harm/instructions", "self-harm/intent", "sexual", "sexual/minors", "violence",
        "violence/graphic"]
MODERATION = {"id": "modr-1", "model": "omni-moderation-latest",
              "results": [{"flagged": True, "categories": {c: c == "violence" for c in CATS},
                           "category_scores": {c: 0.9 if c == "violence" else 0.001 for c in CATS},
                           "category_applied_input_types": {c: ["text", "image"] if c == "violence" else ["text"]
                                                            for c in CATS}}]}


def is_moderation(r: Any) -> None:
    assert isinstance(r, ModerationCreateResponse) and r.id == "modr-1"
    res = r.results[0]
    assert res.flagged and res.categories.violence and not res.categories.self_harm_intent
    assert res.category_scores.violence_graphic == 0.001
    assert res.category_applied_input_types.violence == ["text", "image"]


MODERATION_CASES = [
    Case("moderations-text", lambda c: c.moderations.create(input="kill it", model="omni-moderation-latest"),
         "POST", "/v1/moderations", json={"input": "kill it", "model": "omni-moderation-latest"},
         reply=Reply(200, MODERATION), check=is_moderation),
    Case("moderations-multimodal",
         lambda c: c.moderations.create(input=[{"type": "text", "text": "t"},
                                               {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]),
         "POST", "/v1/moderations",
         json={"input": [{"type": "text", "text": "t"},
                         {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]},
         reply=Reply(200, MODERATION), check=is_moderation),
    Case("moderations-iterable", lambda c: c.moderations.create(input=(s for s in ["a", "b"])),  # type: ignore[arg-type]
         "POST", "/v1/moderations", json={"input": ["a", "b"]}, reply=Reply(200, MODERATION), check=is_moderation),
]


@pytest.mark.parametrize("case, mode", case_params(IMAGE_CASES + AUDIO_CASES + MODERATION_CASES))
def test_wire(api: APIServer, case: Case, mode: str) -> None:
    check_case(api, case, mode)


# ---- streams -------------------------------------------------------------------------------

def image_events(kind: str) -> List[dict]:
    common = {"b64_json": "cGFydA==", "created_at": 1, "size": "1024x1024", "quality": "high",
              "background": "opaque", "output_format": "png"}
    return [dict(common, type=f"{kind}.partial_image", partial_image_index=0),
            dict(common, type=f"{kind}.completed",
                 usage={"input_tokens": 1, "output_tokens": 2, "total_tokens": 3,
                        "input_tokens_details": {"image_tokens": 0, "text_tokens": 1}})]


def test_generate_stream(api: APIServer) -> None:
    api.default = Reply(200, headers=SSE, chunks=sse(*image_events("image_generation")))
    stream = client(api).images.generate(prompt="a cat", partial_images=1, stream=True)
    assert isinstance(stream, openai_lite.Stream)
    events = list(stream)
    assert [type(e) for e in events] == [ImageGenPartialImageEvent, ImageGenCompletedEvent]
    assert events[0].partial_image_index == 0 and events[1].usage.total_tokens == 3
    assert api.last.json() == {"prompt": "a cat", "partial_images": 1, "stream": True}
    assert stream.response.is_closed


def test_edit_stream_async_and_multipart_stream_field(api: APIServer) -> None:
    api.default = Reply(200, headers=SSE, chunks=sse(*image_events("image_edit")))

    async def main() -> List[Any]:
        stream = await aclient(api).images.edit(image=b"PNG", prompt="hat", stream=True)
        assert isinstance(stream, openai_lite.AsyncStream)
        return [e async for e in stream]
    events = run(main())
    assert [type(e) for e in events] == [ImageEditPartialImageEvent, ImageEditCompletedEvent]
    assert parts(api.last) == fields(("prompt", "hat"), ("stream", "true")) + [
        ("image", "upload", "application/octet-stream", b"PNG")]


TRANSCRIPT_EVENTS = [
    {"type": "transcript.text.segment", "id": "seg_1", "start": 0.0, "end": 1.0, "text": "Hi", "speaker": "A"},
    {"type": "transcript.text.delta", "delta": "Hel", "logprobs": [{"token": "Hel", "logprob": -0.5, "bytes": [72]}]},
    {"type": "transcript.text.done", "text": "Hello", "usage": {"type": "tokens", "input_tokens": 1,
                                                                "output_tokens": 2, "total_tokens": 3}},
]


def test_transcription_stream_sync_async_and_raw(api: APIServer) -> None:
    api.default = Reply(200, headers=SSE, chunks=sse(*TRANSCRIPT_EVENTS))
    c = client(api)
    events = list(c.audio.transcriptions.create(file=b"RIFF", model="gpt-4o-transcribe", stream=True))
    kinds = [TranscriptionTextSegmentEvent, TranscriptionTextDeltaEvent, TranscriptionTextDoneEvent]
    assert [type(e) for e in events] == kinds
    assert events[1].logprobs[0].token == "Hel" and events[2].usage.total_tokens == 3
    assert ("stream", None, None, b"true") in parts(api.last)

    raw = c.audio.transcriptions.with_raw_response.create(file=b"RIFF", model="m", stream=True)
    assert [type(e) for e in raw.parse()] == kinds

    with c.audio.transcriptions.with_streaming_response.create(file=b"RIFF", model="m", stream=True) as resp:
        assert [type(e) for e in resp.parse()] == kinds

    async def main() -> List[Any]:
        return [e async for e in await aclient(api).audio.transcriptions.create(file=b"R", model="m", stream=True)]
    assert [type(e) for e in run(main())] == kinds


def test_stream_false_is_sent_and_gives_the_plain_result(api: APIServer) -> None:
    api.default = Reply(200, TRANSCRIPTION)
    r = client(api).audio.transcriptions.create(file=b"R", model="m", stream=False)
    assert isinstance(r, Transcription)
    assert ("stream", None, None, b"false") in parts(api.last)


def test_file_inputs_are_checked(api: APIServer) -> None:
    c = client(api)
    with pytest.raises(RuntimeError, match="Expected entry at `image"):
        c.images.edit(image=["a.png"], prompt="p")  # type: ignore[list-item]
    with pytest.raises(RuntimeError, match="Expected entry at `file`"):
        c.audio.transcriptions.create(file="a.wav", model="m")  # type: ignore[arg-type]
    assert api.requests == []


def test_image_from_path_is_named_and_typed(api: APIServer, tmp_path: Any) -> None:
    p = tmp_path / "photo.png"
    p.write_bytes(b"\x89PNG")
    api.default = Reply(200, IMAGES)
    run(aclient(api).images.create_variation(image=p))
    assert parts(api.last) == [("image", "photo.png", "image/png", b"\x89PNG")]
