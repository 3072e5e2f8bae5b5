"""Hybrid logical clock: order, monotonicity, clamping (property-based)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from coordapp.hlc import MAX_FUTURE_SKEW_MS, HybridLogicalClock, Timestamp

walls = st.integers(min_value=0, max_value=10**13 - 1)
nodes = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32)
stamps = st.builds(Timestamp, walls, st.integers(min_value=0, max_value=99_999), nodes)


@given(st.lists(stamps, min_size=2, max_size=20))
def test_encoding_preserves_order(items: list[Timestamp]):
    assert sorted(items) == sorted(items, key=Timestamp.encode)
    for item in items:
        assert Timestamp.decode(item.encode()) == item


@given(st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=50))
def test_stamps_strictly_increase_even_when_the_wall_clock_goes_back(readings: list[int]):
    feed = iter(readings)
    clock = HybridLogicalClock("a" * 32, wall=lambda: next(feed))
    issued = [clock.now() for _ in readings]
    assert all(a < b for a, b in itertools.pairwise(issued))
    assert all(s.wall_ms >= r for s, r in zip(issued, readings, strict=True))


@given(walls, stamps)
def test_observing_a_remote_stamp_orders_later_local_events_after_it(now: int, remote: Timestamp):
    clock = HybridLogicalClock("b" * 32, wall=lambda: now)
    stored, clamped = clock.observe(remote)
    after = clock.now()
    assert clamped == (remote.wall_ms > now + MAX_FUTURE_SKEW_MS)
    assert stored.wall_ms <= now + MAX_FUTURE_SKEW_MS
    assert after > Timestamp(stored.wall_ms, stored.counter, "")
    if not clamped:
        assert stored == remote


def test_a_laptop_set_to_2099_cannot_lock_a_record_forever():
    now = 1_790_000_000_000  # 2026
    year_2099 = Timestamp(4_070_908_800_000, 0, "f" * 32)
    clock = HybridLogicalClock("c" * 32, wall=lambda: now)
    stored, clamped = clock.observe(year_2099)
    assert clamped
    assert stored.wall_ms == now + MAX_FUTURE_SKEW_MS
