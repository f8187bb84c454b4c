"""Chat Completions types (``openai.types.chat``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

# public name -> module defining it; a test checks this against the imports below
_EXPORTS = {
    "ChatCompletion": ".chat_completion",
    "ChatCompletionAudio": ".chat_completion_audio",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionContentPartImage": ".chat_completion_content_part_image",
    "ChatCompletionContentPartText": ".chat_completion_content_part_text",
    "ChatCompletionDeleted": ".chat_completion_deleted",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMessageCustomToolCall": ".chat_completion_message_custom_tool_call",
    "ChatCompletionMessageFunctionToolCall": ".chat_completion_message_function_tool_call",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallUnion": ".chat_completion_message_tool_call",
    "ChatCompletionRole": ".chat_completion_role",
    "ChatCompletionStoreMessage": ".chat_completion_store_message",
    "ChatCompletionTokenLogprob": ".chat_completion_token_logprob",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .chat_completion import ChatCompletion as ChatCompletion
    from .chat_completion_audio import ChatCompletionAudio as ChatCompletionAudio
    from .chat_completion_chunk import ChatCompletionChunk as ChatCompletionChunk
    from .chat_completion_content_part_image import (
        ChatCompletionContentPartImage as ChatCompletionContentPartImage,
    )
    from .chat_completion_content_part_text import (
        ChatCompletionContentPartText as ChatCompletionContentPartText,
    )
    from .chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
    from .chat_completion_message import ChatCompletionMessage as ChatCompletionMessage
    from .chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
    )
    from .chat_completion_message_function_tool_call import (
        ChatCompletionMessageFunctionToolCall as ChatCompletionMessageFunctionToolCall,
    )
    from .chat_completion_message_tool_call import (
        ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
        ChatCompletionMessageToolCallUnion as ChatCompletionMessageToolCallUnion,
    )
    from .chat_completion_role import ChatCompletionRole as ChatCompletionRole
    from .chat_completion_store_message import (
        ChatCompletionStoreMessage as ChatCompletionStoreMessage,
    )
    from .chat_completion_token_logprob import (
        ChatCompletionTokenLogprob as ChatCompletionTokenLogprob,
    )
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
