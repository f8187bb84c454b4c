from __future__ import annotations

from typing import Union

from .translation import Translation
from .translation_verbose import TranslationVerbose

__all__ = ["TranslationCreateResponse"]

TranslationCreateResponse = Union[Translation, TranslationVerbose]
