"""Hand-written helpers on top of the generated-style API surface (the SDK's ``openai.lib``)."""
