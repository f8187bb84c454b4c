"""Query strings in the SDK's "brackets" style (also the flattening rules of form fields)."""
from __future__ import annotations

from _collections_abc import Mapping  # collections.abc's own home: no collections import

from .._types import NotGiven, Omit
from .paths import make_percent_encoder

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import List, Tuple

__all__ = ["flatten_params", "encode_query", "merge_url_query"]

# `urlencode(quote_via=quote_plus)` semantics: only unreserved chars stay literal and a
# space becomes "+", so brackets go out as %5B/%5D exactly like the official SDK's.
_quote_plus = make_percent_encoder("", space_as_plus=True)


def flatten_params(params: Mapping[str, object]) -> List[Tuple[str, str]]:
    """Turn nested params into ordered ``(key, text)`` pairs (``a[b]``, ``a[]``)."""
    out: List[Tuple[str, str]] = []
    for key, value in params.items():
        _flatten_into(out, key, value)
    return out


def _flatten_into(out: List[Tuple[str, str]], key: str, value: object) -> None:
    if isinstance(value, str):
        if value:  # an empty string means "no value", never `key=`
            out.append((key, value))
    elif value is True:
        out.append((key, "true"))
    elif value is False:
        out.append((key, "false"))
    elif value is None or isinstance(value, (NotGiven, Omit)):
        return
    elif isinstance(value, Mapping):
        for sub, item in value.items():
            _flatten_into(out, f"{key}[{sub}]", item)
    elif isinstance(value, (list, tuple)):
        item_key = key + "[]"
        for item in value:
            _flatten_into(out, item_key, item)
    else:
        out.append((key, str(value)))


def encode_query(params: Mapping[str, object]) -> str:
    """Encode ``params`` as ``application/x-www-form-urlencoded`` text (no leading ``?``)."""
    return "&".join(f"{_quote_plus(k)}={_quote_plus(v)}" for k, v in flatten_params(params))


def merge_url_query(url: str, query_string: str) -> str:
    """Append ``query_string`` after any query ``url`` already has (its pairs stay first)."""
    if not query_string:
        return url
    base, hash_sign, fragment = url.partition("#")
    if "?" not in base:
        base += "?"
    elif not base.endswith(("?", "&")):
        base += "&"
    return base + query_string + hash_sign + fragment
