"""Request paths: fill ``{name}`` placeholders with safely encoded path segments."""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Optional, Tuple

__all__ = ["format_path", "encode_segment"]

_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"


def make_percent_encoder(safe: str, space_as_plus: bool = False) -> Callable[[str], str]:
    """Build a UTF-8 percent-encoder that leaves unreserved chars and ``safe`` literal.

    Hand-rolled because ``urllib.parse`` drags in ``ipaddress`` & co. at import time and
    this module sits on the import path of every request.  For the same reason ``re`` is
    only imported by the first call.
    """
    literal = _UNRESERVED + safe
    table = [chr(b) if chr(b) in literal else "%{:02X}".format(b) for b in range(256)]
    if space_as_plus:
        table[0x20] = "+"
    all_literal: "Optional[Callable[[str], Any]]" = None
    lookup = table.__getitem__

    def encode(value: str) -> str:
        nonlocal all_literal
        if all_literal is None:
            import re

            all_literal = re.compile("[%s]*" % re.escape(literal)).fullmatch
        # Most ids (`file-abc123`, `gpt-4o`) need no escaping; skip the byte walk.
        if all_literal(value) is not None:
            return value
        return "".join(map(lookup, value.encode("utf-8")))

    return encode


# RFC 3986 `pchar` minus pct-encoded: unreserved / sub-delims / ":" / "@".  Everything
# else, "/" included, must be escaped so one value can never become two segments.
_encode_segment = make_percent_encoder("!$&'()*+,;=:@")


def encode_segment(value: str) -> str:
    """Percent-encode ``value`` as exactly one RFC 3986 path segment."""
    return _encode_segment(value)

_PLACEHOLDER: "Optional[Callable[[str], List[str]]]" = None  # compiled by the first template
_template_cache: Dict[str, Tuple[List[str], List[str], str]] = {}


def _split_template(template: str) -> Tuple[List[str], List[str], str]:
    global _PLACEHOLDER
    cached = _template_cache.get(template)
    if cached is None:
        # Only the part before "?" is a path; a literal query (`?beta=true`) is kept verbatim.
        path, sep, query = template.partition("?")
        if _PLACEHOLDER is None:
            import re

            _PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}").split
        pieces = _PLACEHOLDER(path)
        cached = (pieces[0::2], pieces[1::2], sep + query)
        if len(_template_cache) < 2048:  # templates are literals in the resource code
            _template_cache[template] = cached
    return cached


def _stringify(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def format_path(template: str, **params: object) -> str:
    """Fill ``template``'s ``{name}`` placeholders from ``params``.

    Raises ``ValueError`` for a ``None``/empty value (checked for every param before any
    formatting, as the SDK does before sending anything) and for a resulting ``.``/``..``
    segment, which a server or proxy would otherwise resolve to a different resource.
    """
    for name, value in params.items():
        if value is None or (isinstance(value, str) and value == ""):
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    literals, names, query = _split_template(template)
    if not names:
        return template
    out = [literals[0]]
    for name, literal in zip(names, literals[1:]):
        if name not in params:
            raise KeyError(f"missing path parameter `{name}` for {template!r}")
        out.append(_encode_segment(_stringify(params[name])))
        out.append(literal)
    path = "".join(out)
    _reject_dot_segments(path)
    return path + query


def _reject_dot_segments(path: str) -> None:
    for segment in path.split("/"):
        if segment and len(segment) <= 6:
            plain = segment.replace("%2e", ".").replace("%2E", ".")
            if plain == "." or plain == "..":
                raise ValueError(
                    f"Constructed path {path!r} contains dot-segment {segment!r} which is not allowed"
                )
