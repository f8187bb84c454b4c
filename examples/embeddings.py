"""Embeddings: vectors for texts, compared by cosine similarity.

    python examples/embeddings.py
"""
import math

import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import OpenAI


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


with _common.target() as server:
    client = OpenAI(api_key=server.api_key, base_url=server.base_url)
    texts = ["The cat sat on the mat.", "A cat is sitting on a rug.", "Quarterly revenue grew 4%."]
    # The client asks for base64 on the wire (a quarter of the size) and decodes it.
    result = client.embeddings.create(model="text-embedding-3-small", input=texts)
    vectors = [item.embedding for item in result.data]
    print(f"{len(vectors)} vectors of {len(vectors[0])} dimensions; {result.usage.total_tokens} tokens")
    query = vectors[0]
    ranked = sorted(range(1, len(texts)), key=lambda i: -cosine(query, vectors[i]))
    for i in ranked:
        print(f"  {cosine(query, vectors[i]):.3f}  {texts[i]}")
    print("closest to the first text:", texts[ranked[0]])

    # text-embedding-3 models can return shorter vectors.
    short = client.embeddings.create(model="text-embedding-3-small", input=texts[0], dimensions=256)
    print("with dimensions=256:", len(short.data[0].embedding), "values")
    client.close()
