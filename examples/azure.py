"""Azure OpenAI: the same calls through AzureOpenAI.

With AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and OPENAI_API_VERSION set, this talks to
your Azure resource (set AZURE_OPENAI_DEPLOYMENT to your chat deployment's name).
Otherwise the local fake server plays Azure: it serves the API under ``/openai``, with
model calls under ``/openai/deployments/<deployment>/...?api-version=...``.

    python examples/azure.py
"""
import os

import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import AzureOpenAI

API_VERSION = os.environ.get("OPENAI_API_VERSION", "2024-10-21")
deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "my-gpt-4o-mini")


def run(client, fake=None):
    # Azure routes a model call to the deployment named by `model`.
    completion = client.chat.completions.create(
        model=deployment,
        messages=[{"role": "user", "content": "Say hello from Azure"}],
    )
    print("reply:", completion.choices[0].message.content)
    if fake is not None:
        sent = fake.last_request
        print("request went to:", sent.target)
        print("key sent as api-key header:", sent.headers.get("api-key") == client.api_key)

    # Calls that are not model-scoped (files, models, batches...) go to /openai/<path>.
    models = client.models.list()
    print("models listed:", len(models.data))
    if fake is not None:
        print("request went to:", fake.last_request.target)


if os.environ.get("AZURE_OPENAI_ENDPOINT") and os.environ.get("AZURE_OPENAI_API_KEY"):
    # Reads AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and OPENAI_API_VERSION.
    run(AzureOpenAI(api_version=API_VERSION))
else:
    os.environ.pop("OPENAI_API_KEY", None)  # Azure example: never the OpenAI key
    with _common.target(api_key="azure-example-key") as server:
        fake = server.fake
        # The endpoint form: AzureOpenAI builds <endpoint>/openai/... itself.
        client = AzureOpenAI(azure_endpoint=fake.url, api_version=API_VERSION,
                             api_key="azure-example-key")
        run(client, fake)
        # The base_url form, as the SDK documents it for proxies and gateways.
        by_base = AzureOpenAI(base_url=fake.url + "/openai", api_version=API_VERSION,
                              api_key="azure-example-key")
        reply = by_base.chat.completions.create(
            model=deployment, messages=[{"role": "user", "content": "Say base_url works"}])
        print("base_url form:", reply.choices[0].message.content, "via", fake.last_request.target)
