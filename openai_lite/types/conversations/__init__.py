"""Conversations API types (``openai.types.conversations``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

# public name -> module defining it; a test checks this against the imports below
_EXPORTS = {
    "ComputerScreenshotContent": ".computer_screenshot_content",
    "Conversation": ".conversation",
    "ConversationCreateParams": ".conversation_create_params",
    "ConversationDeleted": ".conversation_deleted",
    "ConversationDeletedResource": ".conversation_deleted_resource",
    "ConversationItem": ".conversation_item",
    "ConversationItemList": ".conversation_item_list",
    "ConversationUpdateParams": ".conversation_update_params",
    "ItemCreateParams": ".item_create_params",
    "ItemListParams": ".item_list_params",
    "ItemRetrieveParams": ".item_retrieve_params",
    "Message": ".message",
    "SummaryTextContent": ".summary_text_content",
    "TextContent": ".text_content",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
    from .conversation import Conversation as Conversation
    from .conversation_create_params import ConversationCreateParams as ConversationCreateParams
    from .conversation_deleted import ConversationDeleted as ConversationDeleted
    from .conversation_deleted_resource import (
        ConversationDeletedResource as ConversationDeletedResource,
    )
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .conversation_update_params import ConversationUpdateParams as ConversationUpdateParams
    from .item_create_params import ItemCreateParams as ItemCreateParams
    from .item_list_params import ItemListParams as ItemListParams
    from .item_retrieve_params import ItemRetrieveParams as ItemRetrieveParams
    from .message import Message as Message
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .text_content import TextContent as TextContent
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
