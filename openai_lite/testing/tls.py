"""A throw-away certificate authority and server certificate, made with ``openssl``.

The standard library cannot create certificates, and TLS is opt-in for the fake, so
shelling out to the ``openssl`` command is the dependency-free way.  The server
certificate is signed by a separate CA certificate (rather than being self-signed and
trusted directly) because strict verifiers, such as Python 3.13's default context,
reject a leaf that doubles as its own authority.
"""
from __future__ import annotations

import atexit
import ipaddress
import os
import shutil
import subprocess
import tempfile
import threading
from typing import Dict, List, NamedTuple

__all__ = ["CertificateFiles", "certificate_for", "TLS_NEEDS_OPENSSL"]

TLS_NEEDS_OPENSSL = ("FakeOpenAI(tls=True) needs the `openssl` command to create a test "
                     "certificate, and it was not found on PATH; install OpenSSL or use tls=False.")


class CertificateFiles(NamedTuple):
    cert_path: str  # server certificate (PEM)
    key_path: str   # its private key (PEM)
    ca_cert_path: str  # the CA that signed it: what a client passes as ``verify=``


_cache: Dict[str, CertificateFiles] = {}
_lock = threading.Lock()
_dirs: List[str] = []


@atexit.register
def _cleanup() -> None:
    for directory in _dirs:
        shutil.rmtree(directory, ignore_errors=True)


def _san(host: str) -> str:
    names = ["DNS:localhost", "IP:127.0.0.1", "IP:::1"]
    try:
        entry = f"IP:{ipaddress.ip_address(host)}"
    except ValueError:
        entry = f"DNS:{host}"
    if entry not in names and host not in ("", "0.0.0.0", "::"):
        names.append(entry)
    return ", ".join(names)


def _run(openssl: str, args: List[str], cwd: str) -> None:
    result = subprocess.run([openssl] + args, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"openssl {args[0]} failed: "
                           f"{result.stderr.decode('utf-8', 'replace').strip()}")


def _new_key_args(openssl: str, cwd: str) -> List[str]:
    # EC keys are much faster to make than RSA; old or LibreSSL builds may lack -pkeyopt.
    probe = subprocess.run([openssl, "genpkey", "-algorithm", "EC", "-pkeyopt",
                            "ec_paramgen_curve:prime256v1", "-out", "probe.key"], cwd=cwd,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    if probe.returncode == 0:
        return ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    return ["-newkey", "rsa:2048"]


def certificate_for(host: str) -> CertificateFiles:
    """Certificate files valid for ``host`` (and localhost), made once per process."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError(TLS_NEEDS_OPENSSL)
    with _lock:
        cached = _cache.get(host)
        if cached is not None and all(os.path.exists(p) for p in cached):
            return cached
        directory = tempfile.mkdtemp(prefix="fake-openai-tls-")
        _dirs.append(directory)
        with open(os.path.join(directory, "ca.cnf"), "w") as fh:
            fh.write("[req]\ndistinguished_name = dn\nprompt = no\n"
                     "[dn]\nCN = FakeOpenAI test CA\n"
                     "[v3_ca]\nbasicConstraints = critical, CA:TRUE\n"
                     "keyUsage = critical, keyCertSign, cRLSign\n"
                     "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid:always\n")
        with open(os.path.join(directory, "server.cnf"), "w") as fh:
            fh.write("[req]\ndistinguished_name = dn\nprompt = no\n"
                     "[dn]\nCN = localhost\n"
                     "[v3_server]\nbasicConstraints = critical, CA:FALSE\n"
                     "keyUsage = critical, digitalSignature, keyEncipherment\n"
                     "extendedKeyUsage = serverAuth\n"
                     f"subjectAltName = {_san(host)}\n"
                     "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid, issuer\n")
        key_args = _new_key_args(openssl, directory)
        _run(openssl, ["req", "-x509", *key_args, "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
                       "-days", "7", "-config", "ca.cnf", "-extensions", "v3_ca"], directory)
        _run(openssl, ["req", "-new", *key_args, "-nodes", "-keyout", "server.key",
                       "-out", "server.csr", "-config", "server.cnf"], directory)
        serial = "0x" + os.urandom(8).hex()
        _run(openssl, ["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                       "-set_serial", serial, "-days", "7", "-out", "server.pem",
                       "-extfile", "server.cnf", "-extensions", "v3_server"], directory)
        files = CertificateFiles(os.path.join(directory, "server.pem"),
                                 os.path.join(directory, "server.key"),
                                 os.path.join(directory, "ca.pem"))
        _cache[host] = files
        return files
