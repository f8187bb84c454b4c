"""Files: upload, list, download, delete; and a large file sent in parts (Uploads API).

    python examples/uploads.py
"""
import hashlib
import json
import os
import tempfile
from pathlib import Path

import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import OpenAI

with _common.target() as server:
    client = OpenAI(api_key=server.api_key, base_url=server.base_url)

    # A file can be given as (name, bytes), an open binary file, or a Path.
    requests = [{"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions",
                 "body": {"model": "gpt-4o-mini",
                          "messages": [{"role": "user", "content": f"hi {i}"}]}}
                for i in range(3)]
    data = "".join(json.dumps(r) + "\n" for r in requests).encode()
    uploaded = client.files.create(file=("requests.jsonl", data), purpose="batch")
    print(f"uploaded {uploaded.filename}: {uploaded.id}, {uploaded.bytes} bytes, {uploaded.status}")

    # list() pages through everything; iterate it and more pages are fetched as needed.
    ids = [f.id for f in client.files.list(purpose="batch")]
    print("listed:", uploaded.id in ids)

    content = client.files.content(uploaded.id)
    print("downloaded identical bytes:", content.read() == data)

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "copy.jsonl"
        # Stream a download to disk without holding it all in memory.
        with client.files.with_streaming_response.content(uploaded.id) as response:
            response.stream_to_file(target)
        print("streamed to disk:", target.stat().st_size, "bytes")

        # Large files (over 512 MB, up to 8 GB) go through the Uploads API in parts;
        # upload_file_chunked does create, parts and complete.  A small part size here
        # just shows the mechanics on a 3 MB file.
        big = Path(tmp) / "training.jsonl"
        big.write_bytes(os.urandom(3 * 1024 * 1024))
        upload = client.uploads.upload_file_chunked(
            file=big, mime_type="text/jsonl", purpose="fine-tune", part_size=1024 * 1024,
            md5=hashlib.md5(big.read_bytes()).hexdigest())
        print(f"chunked upload {upload.status}: file {upload.file.id}, {upload.file.bytes} bytes")
        if server.is_fake:
            print("parts sent:", server.fake.uploads.parts.create.call_count)
        client.files.delete(upload.file.id)

    deleted = client.files.delete(uploaded.id)
    print("deleted:", deleted.deleted)
    client.close()
