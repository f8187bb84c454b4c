"""openai_lite: the official OpenAI SDK's interface on the standard library alone."""
# Public names are resolved lazily (PEP 562) so `import openai_lite` stays cheap.
