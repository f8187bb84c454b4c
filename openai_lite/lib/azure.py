"""``openai.lib.azure``: where the SDK defines its Azure clients, and the one place it
exports ``MutuallyExclusiveAuthError`` from besides the package itself.  The clients live in
``openai_lite._azure``; this module keeps the SDK's import path working."""
from __future__ import annotations

from .._azure import AsyncAzureADTokenProvider, AsyncAzureOpenAI, AzureADTokenProvider, AzureOpenAI
from .._exceptions import MutuallyExclusiveAuthError

__all__ = ["AzureOpenAI", "AsyncAzureOpenAI", "AzureADTokenProvider", "AsyncAzureADTokenProvider",
           "MutuallyExclusiveAuthError"]
