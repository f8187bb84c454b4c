"""Stream helpers built on the SSE streams (the SDK's ``openai.lib.streaming``)."""
