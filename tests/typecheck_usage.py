"""Checked by mypy --strict in the test suite: what users write must type-check, with the
types they expect (sync and async, streams and pages)."""
from __future__ import annotations

from typing import List

from openai_lite import AsyncOpenAI, AsyncStream, OpenAI, Stream
from openai_lite.types.chat.chat_completion import ChatCompletion
from openai_lite.types.chat.chat_completion_chunk import ChatCompletionChunk
from openai_lite.types.audio.transcription import Transcription
from openai_lite.types.audio.transcription_verbose import TranscriptionVerbose
from openai_lite.types.audio.translation import Translation
from openai_lite.types.model import Model


def sync_usage(client: OpenAI) -> List[str]:
    completion: ChatCompletion = client.chat.completions.create(model="m", messages=[])
    stream: Stream[ChatCompletionChunk] = client.chat.completions.create(model="m", messages=[], stream=True)
    ids = [m.id for m in client.models.list()]
    model: Model = client.models.retrieve("m")
    plain: Transcription = client.audio.transcriptions.create(file=b"x", model="whisper-1")
    verbose: TranscriptionVerbose = client.audio.transcriptions.create(
        file=b"x", model="whisper-1", response_format="verbose_json")
    text: str = client.audio.transcriptions.create(file=b"x", model="whisper-1", response_format="srt")
    translated: Translation = client.audio.translations.create(file=b"x", model="whisper-1")
    return ids + [model.id, str(completion.id), plain.text, verbose.text, text, translated.text] + [
        c.id for c in stream]


async def async_usage(client: AsyncOpenAI) -> List[str]:
    completion: ChatCompletion = await client.chat.completions.create(model="m", messages=[])
    stream: AsyncStream[ChatCompletionChunk] = await client.chat.completions.create(model="m", messages=[], stream=True)
    ids = [m.id async for m in client.models.list()]
    first_page = await client.models.list()
    model: Model = await client.models.retrieve("m")
    spoken: Transcription = await client.audio.transcriptions.create(file=b"x", model="whisper-1")
    return ids + [model.id, str(completion.id), str(len(first_page.data)), spoken.text] + [
        c.id async for c in stream]


def fine_tuning_usage(client: OpenAI) -> str:
    # the API reference's reinforcement example, with the SDK's type names
    from openai_lite.types.fine_tuning import ReinforcementHyperparameters, ReinforcementMethod
    from openai_lite.types.fine_tuning.fine_tuning_job import FineTuningJob
    from openai_lite.types.graders import StringCheckGrader

    job: FineTuningJob = client.fine_tuning.jobs.create(
        training_file="file-abc", model="o4-mini",
        method={"type": "reinforcement", "reinforcement": ReinforcementMethod(
            grader=StringCheckGrader(name="g", type="string_check", input="{{item.label}}", operation="eq",
                                     reference="{{sample.output_text}}"),
            hyperparameters=ReinforcementHyperparameters(reasoning_effort="medium"))})
    return job.id


def fine_tuning_params_usage(client: OpenAI) -> str:
    from openai_lite.types.fine_tuning import ReinforcementMethodParam
    from openai_lite.types.graders import StringCheckGraderParam

    grader: StringCheckGraderParam = {"type": "string_check", "name": "g", "input": "{{item.label}}",
                                      "operation": "eq", "reference": "{{sample.output_text}}"}
    method: ReinforcementMethodParam = {"grader": grader, "hyperparameters": {"reasoning_effort": "low"}}
    return client.fine_tuning.jobs.create(training_file="f", model="o4-mini",
                                          method={"type": "reinforcement", "reinforcement": method}).id
