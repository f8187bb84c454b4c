"""TLS contexts, built on first use: ``ssl`` is costly to import and to load CAs into."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Union

if TYPE_CHECKING:
    import ssl

__all__ = ["create_ssl_context", "VerifyTypes", "CertTypes"]

VerifyTypes = Union[bool, str, "os.PathLike[str]", "ssl.SSLContext"]
CertTypes = Union[str, Tuple[str, str], Tuple[str, str, str]]

_cache: Dict[Any, "ssl.SSLContext"] = {}


def create_ssl_context(verify: VerifyTypes = True, cert: Optional[CertTypes] = None,
                       trust_env: bool = True) -> "ssl.SSLContext":
    """The context for ``verify`` / ``cert``.

    ``True`` verifies against the system store (or SSL_CERT_FILE / SSL_CERT_DIR when
    ``trust_env``); a path verifies against that CA bundle or directory; an SSLContext is
    used as given.  ``False`` turns verification off and says so in the log every time a
    context is made, so it is never silent.
    """
    import ssl

    if isinstance(verify, ssl.SSLContext):
        if cert is not None:
            _load_cert(verify, cert)
        return verify
    if not isinstance(verify, (bool, str, os.PathLike)):
        raise TypeError(f"verify must be a bool, a CA path or an ssl.SSLContext, not {type(verify).__name__}")
    env = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")) if trust_env else (None, None)
    key = (verify if not isinstance(verify, os.PathLike) else os.fspath(verify), cert, env)
    try:
        cached = _cache.get(key)
    except TypeError:  # unhashable cert tuple content
        cached = None
    if cached is not None:
        return cached
    if verify is False:
        import logging

        logging.getLogger("openai").warning("TLS certificate verification is disabled (verify=False)")
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    elif verify is True:
        cafile, capath = env
        if cafile and os.path.isfile(cafile):
            ctx = ssl.create_default_context(cafile=cafile)
        elif capath and os.path.isdir(capath):
            ctx = ssl.create_default_context(capath=capath)
        else:
            ctx = ssl.create_default_context()
    else:
        path = os.fspath(verify)
        if os.path.isdir(path):
            ctx = ssl.create_default_context(capath=path)
        elif os.path.isfile(path):
            ctx = ssl.create_default_context(cafile=path)
        else:
            raise FileNotFoundError(f"Could not find a CA bundle or directory at {path!r}")
    ctx.set_alpn_protocols(["http/1.1"])
    if cert is not None:
        _load_cert(ctx, cert)
    try:
        _cache[key] = ctx
    except TypeError:
        pass
    return ctx


def _load_cert(ctx: "ssl.SSLContext", cert: CertTypes) -> None:
    if isinstance(cert, str):
        ctx.load_cert_chain(certfile=cert)
    elif isinstance(cert, tuple) and len(cert) == 2:
        ctx.load_cert_chain(certfile=cert[0], keyfile=cert[1])
    elif isinstance(cert, tuple) and len(cert) == 3:
        ctx.load_cert_chain(certfile=cert[0], keyfile=cert[1], password=cert[2])
    else:
        raise TypeError("cert must be a path, (certfile, keyfile) or (certfile, keyfile, password)")
