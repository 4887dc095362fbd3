"""A waiter whose own ticket expired gives up (components/lock_store.py)."""

from __future__ import annotations

import asyncio
import time

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockError

from components.lock_store import acquire_or_give_up


async def test_a_waiter_whose_ticket_expires_with_the_dead_one_gets_a_lock_error() -> None:
    """The dead instance's ticket and ours expire within one poll: Rasa's loop would wait forever."""
    store = InMemoryLockStore()
    store.issue_ticket("c", 0.3)  # held by an instance that died
    await asyncio.sleep(0.05)
    ours = store.issue_ticket("c", 0.3)
    started = time.monotonic()
    with pytest.raises(LockError):
        await asyncio.wait_for(acquire_or_give_up(store, "c", ours, 0.5), timeout=5)
    assert time.monotonic() - started < 2


async def test_a_waiter_is_served_once_the_dead_ticket_expires() -> None:
    store = InMemoryLockStore()
    store.issue_ticket("c", 0.2)
    ours = store.issue_ticket("c", 5)
    lock = await asyncio.wait_for(acquire_or_give_up(store, "c", ours, 0.05), timeout=5)
    assert lock.now_serving == ours


async def test_a_free_conversation_is_served_at_once() -> None:
    store = InMemoryLockStore()
    ours = store.issue_ticket("c", 5)
    lock = await acquire_or_give_up(store, "c", ours, 1)
    assert not lock.is_locked(ours)
