"""Skill version types (``openai.types.skills``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "DeletedSkillVersion": ".deleted_skill_version",
    "SkillVersion": ".skill_version",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
    from .skill_version import SkillVersion as SkillVersion
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
