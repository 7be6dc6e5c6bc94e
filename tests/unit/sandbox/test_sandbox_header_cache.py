"""The relay reads a message with each header value parsed once, and nothing kept after it."""

from collections import Counter
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage

from mailup_gui.sandbox.header_cache import CachingPolicy
from mailup_gui.sandbox.mime_reader import request_of


def mail() -> bytes:
    message = EmailMessage()
    message["From"] = "Support <support@example.com>"
    message["To"] = "mario@example.org"
    message["Subject"] = "Hello"
    message.set_content("Hi\n")
    message.add_alternative("<p>Hi</p>", subtype="html")
    message.add_attachment(b"\x00" * 2048, "application", "octet-stream", filename="a.bin")
    return message.as_bytes()


def test_each_header_value_of_a_message_is_parsed_once(monkeypatch):
    content = mail()
    parsed: Counter[tuple[str, str]] = Counter()
    parse = HeaderRegistry.__call__

    def counting(self, name, value):
        parsed[(name.lower(), value)] += 1
        return parse(self, name, value)

    monkeypatch.setattr(HeaderRegistry, "__call__", counting)
    data, _as_sent = request_of(content, ["mario@example.org"])
    assert data["Text"] == "Hi" and data["Attachments"][0]["Filename"] == "a.bin"
    assert parsed and max(parsed.values()) == 1, parsed.most_common(3)


def test_only_a_copy_for_one_message_keeps_what_it_parsed():
    shared = CachingPolicy()
    value = "text/plain; charset=utf-8"
    assert shared.header_fetch_parse("Content-Type", value) is not shared.header_fetch_parse(
        "Content-Type", value
    )
    one = shared.for_one_message()
    first = one.header_fetch_parse("Content-Type", value)
    assert one.header_fetch_parse("Content-Type", value) is first
    assert first.content_type == "text/plain" and first.params["charset"] == "utf-8"
    assert shared.for_one_message().header_fetch_parse("Content-Type", value) is not first
    clone = one.clone(max_line_length=100)  # other settings: parses on its own
    assert clone.header_fetch_parse("Content-Type", value) is not first
