"""The single-instance rules: the lock, the socket's name, the messages."""

from mailup_gui.core.app.instance_lock import InstanceLock
from mailup_gui.core.app.single_instance import (
    HandOver,
    decode_answer,
    decode_hand_over,
    encode_answer,
    encode_hand_over,
    server_name,
)


def test_one_holder_per_folder_until_released(tmp_path):
    first = InstanceLock.acquire(tmp_path / "a")
    assert first is not None
    assert InstanceLock.acquire(tmp_path / "a") is None
    other_folder = InstanceLock.acquire(tmp_path / "b")
    assert other_folder is not None
    first.release()
    again = InstanceLock.acquire(tmp_path / "a")
    assert again is not None
    for lock in (again, other_folder):
        lock.release()


def test_the_socket_name_is_per_folder_and_short(tmp_path):
    name = server_name(tmp_path / ("x" * 40))
    assert name == server_name(tmp_path / ("x" * 40))
    assert name != server_name(tmp_path / "y")
    assert len(name) < 40 and str(tmp_path) not in name


def test_messages_round_trip_and_anything_else_is_refused():
    request = HandOver(profile="Acme", sandbox=False)
    assert decode_hand_over(encode_hand_over(request)) == request
    for garbage in [b"", b"\xff\xfe", b"[]", b'{"profile": 3, "sandbox": false}', b'{"x": 1}']:
        assert decode_hand_over(garbage) is None
    assert decode_answer(encode_answer(None)) is None
    assert decode_answer(encode_answer("no profile named 'X'")) == "no profile named 'X'"
    assert "does not understand" in decode_answer(b"nonsense")
