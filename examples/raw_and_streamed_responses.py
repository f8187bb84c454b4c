"""The HTTP response behind a call: ``with_raw_response`` and ``with_streaming_response``.

    python examples/raw_and_streamed_responses.py
"""
import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import OpenAI

with _common.target() as server:
    client = OpenAI(api_key=server.api_key, base_url=server.base_url)

    # with_raw_response: the body is read; headers first, then .parse() for the object.
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Say raw"}])
    print("status:", raw.status_code)
    print("x-request-id:", raw.headers.get("x-request-id"))
    print("processing ms:", raw.headers.get("openai-processing-ms"))
    completion = raw.parse()
    print("parsed reply:", completion.choices[0].message.content)

    # The same view exists on the client: client.with_raw_response.<resource>.<method>.
    models = client.with_raw_response.models.list()
    print("models page, content-type:", models.headers.get("content-type"))

    # with_streaming_response: nothing is read until asked, so large bodies can be
    # written out piece by piece.  Here a file is uploaded and downloaded that way.
    uploaded = client.files.create(file=("notes.txt", b"line one\nline two\n" * 1000),
                                   purpose="user_data")
    with client.files.with_streaming_response.content(uploaded.id) as response:
        print("content-length:", response.headers.get("content-length"))
        received = 0
        for chunk in response.iter_bytes(4096):
            received += len(chunk)
    print("streamed bytes:", received)
    with client.files.with_streaming_response.content(uploaded.id) as response:
        print("first line:", next(response.iter_lines()))

    # The low-level verbs take any path; cast_to=object gives the JSON as plain data.
    model = client.get(f"/models/{'gpt-4o-mini'}", cast_to=object)
    print("low-level GET:", model["id"], model["object"])
    client.files.delete(uploaded.id)
    client.close()
