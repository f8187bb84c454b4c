from openai_lite.transport.pool import Limits, PoolState

O1 = ("http", "a", 80, None)
O2 = ("http", "b", 80, None)


def test_lifo_reuse_and_expiry():
    p: PoolState[str] = PoolState(Limits(max_connections=10, max_keepalive_connections=10, keepalive_expiry=5))
    assert p.reserve() == (True, [])
    assert p.reserve() == (True, [])
    p.release(O1, "c1", now=0.0)
    p.release(O1, "c2", now=1.0)
    conn, expired = p.take_idle(O1, now=2.0)
    assert conn == "c2" and expired == []
    p.release(O1, "c2", now=2.0)
    conn, expired = p.take_idle(O1, now=6.5)  # c2 (idle 4.5 s) still fine, c1 untouched
    assert conn == "c2"
    conn, expired = p.take_idle(O1, now=6.5)
    assert conn is None and expired == ["c1"]
    assert p.open_count == 1


def test_connection_limit_evicts_other_origin_idle():
    p: PoolState[str] = PoolState(Limits(max_connections=1, max_keepalive_connections=1))
    assert p.reserve() == (True, [])
    assert p.reserve() == (False, [])
    p.release(O1, "c1", now=0.0)
    ok, close = p.reserve()
    assert ok and close == ["c1"] and p.open_count == 1


def test_keepalive_cap_and_drain_and_discard():
    p: PoolState[str] = PoolState(Limits(max_connections=None, max_keepalive_connections=1))
    p.reserve(); p.reserve()
    assert p.release(O1, "old", now=0.0) == []
    assert p.release(O2, "new", now=1.0) == ["old"]
    assert p.open_count == 1
    assert p.drain() == ["new"] and p.open_count == 0
    p.reserve(); p.discard()
    assert p.open_count == 0


def test_expire_sweeps_all_origins():
    p: PoolState[str] = PoolState(Limits(keepalive_expiry=1.0))
    p.reserve(); p.reserve()
    p.release(O1, "a", 0.0)
    p.release(O2, "b", 5.0)
    assert p.expire(5.5) == ["a"]
    assert p.idle_count == 1


def test_idle_count_tracks_every_path():
    p: PoolState[str] = PoolState(Limits(max_connections=3, max_keepalive_connections=2, keepalive_expiry=5))
    for _ in range(3):
        p.reserve()
    p.release(O1, "a", 0.0)
    p.release(O1, "b", 1.0)
    assert p.idle_count == 2
    assert p.release(O2, "c", 2.0) == ["a"] and p.idle_count == 2
    conn, _ = p.take_idle(O1, 2.0)
    assert conn == "b" and p.idle_count == 1
    p.release(O1, "b", 3.0)
    assert p.expire(7.5) == ["c"] and p.idle_count == 1
    ok, close = p.reserve()
    assert ok and close == [] and p.idle_count == 1
    assert p.drain() == ["b"] and p.idle_count == 0
