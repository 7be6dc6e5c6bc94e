"""Whatever MIME arrives, the relay answers 250 or a specific 5.x.x refusal: never 500, never
451 (a bug of the sandbox's), never a traceback in the log; and every message it accepts has
an ``.eml``. Hypothesis writes the message bytes itself (so they may be as broken as a real
sender's): nested multiparts, charsets real and not, every transfer encoding and some that
are not, 8-bit and NUL bytes, raw UTF-8 and encoded-word headers, nameless parts. Each goes
over a real smtplib connection to the sandbox's relay."""

import logging
import os
import smtplib

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

CHARSETS = ["utf-8", "iso-8859-1", "us-ascii", "utf-16", "idna", "rot13", "utf-8\x00", "x-no", ""]
ENCODINGS = ["7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "bogus"]
LEAF_TYPES = [
    "text/plain",
    "text/html",
    "text/calendar",
    "image/png",
    "application/pdf",
    "application/octet-stream",
    "message/rfc822",
    "bogus",
    "text/",
]
MULTIPART_TYPES = ["mixed", "related", "alternative", "digest", "x-weird"]

header_text = st.text(
    st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs", "Cc"]), max_size=30
).map(lambda text: text.replace("\r", "").replace("\n", ""))
encoded_words = st.sampled_from(
    ["=?utf-8?q?Caf=C3=A9?=", "=?utf-8?b?w6g=?=", "=?x-no?q?a?=", "=?utf-8?q?=FF?=", "=?bad"]
)
header_values = st.lists(header_text | encoded_words, min_size=1, max_size=3).map(" ".join)
bodies = st.binary(max_size=200) | header_text.map(lambda text: text.encode("utf-8"))


@st.composite
def leaves(draw) -> bytes:
    kind = draw(st.sampled_from(LEAF_TYPES))
    params = ""
    if draw(st.booleans()):
        params += f'; charset="{draw(st.sampled_from(CHARSETS))}"'
    if draw(st.booleans()):
        params += f'; name="{draw(header_text)}"'
    lines = [f"Content-Type: {kind}{params}"]
    if draw(st.booleans()):
        lines.append(f"Content-Transfer-Encoding: {draw(st.sampled_from(ENCODINGS))}")
    disposition = draw(st.sampled_from([None, "inline", "attachment"]))
    if disposition:
        name = draw(st.none() | header_values)
        lines.append(disposition + (f'; filename="{name}"' if name is not None else ""))
        lines[-1] = "Content-Disposition: " + lines[-1]
    if draw(st.booleans()):
        lines.append(f"Content-ID: <{draw(header_text)}@example.com>")
    head = "\r\n".join(lines).encode("utf-8")
    return head + b"\r\n\r\n" + draw(bodies)


def multiparts(children: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    @st.composite
    def build(draw) -> bytes:
        boundary = f"b{draw(st.integers(0, 10**6))}"
        subtype = draw(st.sampled_from(MULTIPART_TYPES))
        parts = draw(st.lists(children, max_size=4))
        head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode()
        closing = b"--" + boundary.encode() + (b"--" if draw(st.booleans()) else b"")
        return (
            head
            + b"".join(b"--" + boundary.encode() + b"\r\n" + part + b"\r\n" for part in parts)
            + closing
            + b"\r\n"
        )

    return build()


mime_trees = st.recursive(leaves(), multiparts, max_leaves=8)


@st.composite
def messages(draw) -> bytes:
    headers = [
        b"From: " + draw(header_values).encode() + b" <support@example.com>",
        b"To: mario@example.org",
        b"Subject: " + draw(header_values).encode(),
        b"MIME-Version: 1.0",
    ]
    if draw(st.booleans()):
        headers.append(b"X-Note:\r\n " + draw(header_values).encode())  # folded after the colon
    if draw(st.booleans()):
        headers.append(
            b"X-SMTPAPI: "
            + draw(
                st.sampled_from(
                    [
                        b'{"CampaignCode": "c"}',
                        b"=?UTF-8?Q?=7B=22Priority=22:_2=7D?=",
                        b'{"Schedule": "9999-12-31T23:59:59-14:00"}',
                        b'{"DynamicFields": [{"N": "x", "V": "\\u0000"}]}',
                        b"[1, 2",
                    ]
                )
            )
        )
    if draw(st.integers(0, 9)) == 0:
        headers.append(b"Subject: \xe0 latin-1")  # not UTF-8
    return b"\r\n".join(headers) + b"\r\n" + draw(mime_trees)


@settings(
    max_examples=int(os.environ.get("RELAY_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=messages())
def test_the_relay_never_answers_500_or_451(sandbox, sandbox_admin, caplog, data):
    caplog.clear()
    with caplog.at_level(logging.INFO), smtplib.SMTP(*sandbox.smtp_address, timeout=30) as client:
        client.ehlo()
        client.login("s10000_1", "sandbox")
        try:
            client.sendmail(
                "support@example.com", ["mario@example.org"], data, mail_options=["SMTPUTF8"]
            )
            code, reply = 250, b""
        except smtplib.SMTPDataError as refused:
            code, reply = refused.smtp_code, refused.smtp_error
    event(f"{code} {reply[:5].decode(errors='replace')}")
    assert code == 250 or (550 <= code <= 554 and reply[:2] == b"5."), (code, reply)
    assert not [record for record in caplog.records if record.exc_info], caplog.text
    if code == 250:
        [summary, *_] = sandbox_admin.outbox()
        assert sandbox_admin.eml(summary.id).startswith(b"From:")
        sandbox_admin.clear_outbox()
