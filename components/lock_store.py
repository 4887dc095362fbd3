"""Rasa's Redis lock store, with a waiter that gives up when its own ticket has expired.

Rasa 3.6 serves a conversation's messages in ticket order; every ticket expires after
TICKET_LOCK_LIFETIME. An instance that dies while it holds a ticket leaves it in Redis until it
expires. A message of the same conversation that waits on another instance polls once a second, and
when its own ticket expires in the same second as the dead one (it was issued less than a second
later), the poll never sees its own turn: Rasa's loop then waits until the client goes away (nginx's
60 s read timeout, which also takes the waiting instance out of rotation). Here the waiter raises
Rasa's LockError as soon as its own ticket is gone: the client gets a 500 at once and resends,
and the new ticket is served. Configured in deploy/endpoints.production.yml.
"""

from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LockError, LockStore, RedisLockStore
from rasa.utils.endpoints import EndpointConfig


async def acquire_or_give_up(
    store: LockStore, conversation_id: str, ticket: int, wait_time_in_seconds: float
) -> TicketLock:
    """Rasa's `LockStore._acquire_lock`, but a LockError once `ticket` itself has expired."""
    while True:
        lock = store.get_lock(conversation_id)
        if not lock:
            break
        if not lock.is_locked(ticket):
            return lock
        if lock._ticket_for_ticket_number(ticket) is None:  # our own ticket expired while we waited
            break
        await asyncio.sleep(wait_time_in_seconds)
        store.update_lock(conversation_id)
    raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")


class ExpiringRedisLockStore(RedisLockStore):
    """RedisLockStore whose waiters give up when their own ticket expires (module docstring)."""

    def __init__(self, endpoint_config: EndpointConfig, **_: Any) -> None:
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)

    async def _acquire_lock(self, conversation_id: str, ticket: int, wait_time_in_seconds: float) -> TicketLock:
        return await acquire_or_give_up(self, conversation_id, ticket, wait_time_in_seconds)
