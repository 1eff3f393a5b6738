"""A small LRU of values computed off the event loop, sharing in-flight work."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Hashable


class AsyncCache[T]:
    """Small LRU of values computed in the default executor, sharing in-flight work."""

    def __init__(self, size: int) -> None:
        """Create an empty cache holding at most ``size`` values."""
        self._size = size
        self._items: OrderedDict[Hashable, T] = OrderedDict()
        self._pending: dict[Hashable, asyncio.Future[T]] = {}

    async def get(self, key: Hashable, compute: Callable[[], T]) -> tuple[T, bool]:
        """Return the cached value for ``key`` (computing it if needed) and whether it was computed."""
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key], False
        pending = self._pending.get(key)
        if pending is not None:
            return await asyncio.shield(pending), False
        future = asyncio.get_running_loop().run_in_executor(None, compute)
        self._pending[key] = future
        try:
            value = await asyncio.shield(future)
        finally:
            self._pending.pop(key, None)
        self._items[key] = value
        while len(self._items) > self._size:
            self._items.popitem(last=False)
        return value, True
