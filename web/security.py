"""What every response of the web app carries, and which requests it refuses before any route runs.

- ``Host`` must name this server (one of the allowed host names): a page on another site that
  rebinds its DNS name to 127.0.0.1 sends its own name and gets 403.
- A state-changing request (POST, PUT, PATCH, DELETE) sent by a browser from another origin gets
  403: its ``Origin`` must be this server's, and ``Sec-Fetch-Site`` (when sent) ``same-origin`` or
  ``none``. Clients that send neither (curl, scripts) are the user's own and pass.
- Every response has a strict Content-Security-Policy (scripts and styles from the app only, no
  inline script), ``nosniff``, ``frame-ancestors 'none'`` with ``X-Frame-Options: DENY`` and a
  ``Referrer-Policy``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from markupsafe import escape

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
WILDCARD_BINDS = ("0.0.0.0", "::", "")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SAME_SITE_FETCHES = frozenset({"same-origin", "none"})
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
       " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
# The span view (displaCy's span renderer writes its layout as style attributes): inline styles allowed
# there, scripts still only from the app.
SPANS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
REFUSED_HOST = "Tên máy chủ {host!r} không được phép truy cập ứng dụng này."
REFUSED_ORIGIN = "Yêu cầu thay đổi dữ liệu từ trang khác ({origin}) bị từ chối."


def allowed_hosts(bind: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """Loopback names, the bound address (unless it is a wildcard) and the names given."""
    names = {*LOOPBACK_HOSTS, *(name.strip().lower() for name in extra if name.strip())}
    if bind not in WILDCARD_BINDS:
        names.add(bind.strip("[]").lower())
    return frozenset(names)


def host_name(host: str) -> str:
    """``example.org:8765`` -> ``example.org``; ``[::1]:8765`` -> ``::1``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def refusal(method: str, headers: dict[str, str], hosts: frozenset[str]) -> str | None:
    """Why this request is refused (None when it may go on)."""
    host = headers.get("host", "")
    if host_name(host) not in hosts:
        return REFUSED_HOST.format(host=host)
    if method in SAFE_METHODS:
        return None
    origin = headers.get("origin")
    if origin is not None and (origin == "null" or urlsplit(origin).netloc.lower() != host.lower()):
        return REFUSED_ORIGIN.format(origin=origin)
    site = headers.get("sec-fetch-site")
    if site is not None and site not in SAME_SITE_FETCHES:
        return REFUSED_ORIGIN.format(origin=origin or site)
    return None


class SecurityMiddleware:
    """ASGI middleware: refuse foreign hosts and cross-origin writes, add the security headers."""

    def __init__(self, app: Any, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        reason = refusal(scope.get("method", "GET"), headers, self.hosts)

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                given = {name.lower() for name, _value in message.get("headers", [])}  # a route's own CSP wins
                message["headers"] = [*message.get("headers", []),
                                      *[(name, value) for name, value in SECURITY_HEADERS if name not in given]]
            await send(message)

        if reason is None:
            await self.app(scope, receive, send_with_headers)
            return
        await _forbidden(scope.get("path", ""), reason, send_with_headers)


async def _forbidden(path: str, reason: str, send: Any) -> None:
    if path.startswith("/api/") or path == "/openapi.json":
        body, kind = json.dumps({"detail": reason}, ensure_ascii=False).encode(), b"application/json"
    else:
        body = (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bị từ chối</title></head>'
                f"<body><h1>403 · Bị từ chối</h1><p>{escape(reason)}</p></body></html>").encode()
        kind = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": 403,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
