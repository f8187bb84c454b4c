"""Byte movers: a sync transport on http.client and an async one on asyncio streams.

Nothing here decides anything about the API; both take a :class:`base.Request` and
return a :class:`base.Response` whose body is read lazily.
"""
