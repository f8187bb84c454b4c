"""Speech, transcription and image generation: the binary and multipart endpoints.

    python examples/audio_and_images.py
"""
import base64
import tempfile
from pathlib import Path

import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import OpenAI

with _common.target() as server, tempfile.TemporaryDirectory() as tmp:
    client = OpenAI(api_key=server.api_key, base_url=server.base_url)

    # Text to speech, streamed straight into a file.
    speech_path = Path(tmp) / "hello.wav"
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice="alloy", input="Hello from openai_lite.",
        response_format="wav",
    ) as response:
        response.stream_to_file(speech_path)
    print(f"speech: {speech_path.stat().st_size} bytes of {speech_path.read_bytes()[8:12].decode()}")

    # ...and back to text (the fake hears silence; the real API transcribes it).
    with open(speech_path, "rb") as audio:
        transcript = client.audio.transcriptions.create(model="whisper-1", file=audio)
    print("transcript:", transcript.text)

    image = client.images.generate(model="gpt-image-1", prompt="A lighthouse at dawn, watercolour",
                                   size="1024x1024", quality="low")
    png = base64.b64decode(image.data[0].b64_json)
    image_path = Path(tmp) / "lighthouse.png"
    image_path.write_bytes(png)
    is_png = png.startswith(b"\x89PNG\r\n\x1a\n")
    print(f"image: {len(png)} bytes, saved as {image_path.name}, PNG: {is_png}")
    client.close()
