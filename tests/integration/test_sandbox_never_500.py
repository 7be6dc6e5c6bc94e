"""Whatever arrives, the sandbox answers 2xx or 4xx: MailUp's envelope on MailUp's endpoints,
``{"error": ...}`` on /sandbox/. Hypothesis throws JSON values, MailUp-shaped objects with
wrong members, and raw bytes (deep nesting, invalid UTF-8, huge integers, a byte-order mark)
at every endpoint, and the shapes that once answered 500 (issue 19): a CharSet with NUL or
that is no charset, a Schedule beyond year 9999 in UTC, an account number of thousands of
digits, a ContentId that is a line break, ids beyond SQLite's integers, header parts over
the limits."""

import json

import httpx
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

MAILUP_PATHS = [
    "API/v2.0/messages/sendmessage",
    "API/v2.0/messages/sendtemplate",
    "API/v2.0/users/listuserinfo",
]
# Faults and reset are left out: a valid body would slow or reset the run, not break it.
ADMIN_CALLS = [
    ("GET", "sandbox/outbox"),
    ("GET", "sandbox/outbox/1"),
    ("GET", "sandbox/outbox/1.eml"),
    ("GET", f"sandbox/outbox/{2**80}"),
    ("GET", "sandbox/templates/1"),
    ("GET", "sandbox/users"),
    ("GET", "sandbox/faults"),
    ("POST", "sandbox/users/s10000_1"),
    ("POST", "sandbox/users/nobody"),
    ("POST", "sandbox/accounts/10000"),
    ("POST", "sandbox/accounts/99999999999999999999999"),
    ("DELETE", "sandbox/outbox/x"),
    ("GET", f"sandbox/outbox/since/{2**63}"),
    ("DELETE", f"sandbox/outbox/{2**63}"),
]
# Values that once made the sandbox answer 500 (issue 19), or that sit at or over a limit.
CHARSETS = [
    "utf-8",
    "iso-8859-1",
    "rot13",
    "hex",
    "nope",
    "utf-8\u0000",
    "idna",
    "undefined",
    "punycode",
]
SCHEDULES = [
    "0001-01-01T00:00:00",
    "/Date(1)/",
    "2030-01-01T10:00",
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "/Date(253402300799999+1400)/",
]
CONTENT_IDS = ["\r\n", "\u2028", " ", "c" * 256]
LONG_TEXTS = ["x" * 100, "s" * 999, "è" * 999, "perché " * 1200]
HUGE_ACCOUNT = {"Username": "s" + "1" * 4301 + "_1", "Secret": "x"}

texts = st.text(
    st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z", "Cc"]), max_size=20
)
huge_integers = st.sampled_from([2**63, -(2**63) - 1, 2**80, 10**300])
scalars = st.none() | st.booleans() | st.integers() | huge_integers | st.floats() | texts
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=20,
)
addresses = st.fixed_dictionaries(
    {"Email": st.sampled_from(["mario@example.org", "x", ""]) | json_values},
    optional={"Name": texts | json_values},
)
files = st.fixed_dictionaries(
    {"Filename": texts | json_values},
    optional={
        "Body": st.sampled_from(["JVBERg==", "JVBE\r\nRg==", [37, 80, 68, 70], [300]])
        | json_values,
        "ContentId": texts | st.sampled_from(CONTENT_IDS) | json_values,
    },
)
pairs = st.fixed_dictionaries({"N": texts | json_values, "V": texts | json_values})
options = st.fixed_dictionaries(
    {},
    optional={
        "Schedule": st.sampled_from(SCHEDULES) | json_values,
        "DynamicFields": st.lists(pairs, max_size=3) | json_values,
        "Priority": st.integers() | json_values,
        "Header": st.booleans() | json_values,
    },
)
mailup_objects = st.fixed_dictionaries(
    {
        "User": st.sampled_from([{"Username": "s10000_1", "Secret": "sandbox"}, HUGE_ACCOUNT])
        | json_values
    },
    optional={
        "Subject": texts | json_values,
        "Html": st.fixed_dictionaries({"Body": texts}) | json_values,
        "Text": texts | json_values,
        "From": st.just({"Email": "support@example.com"}) | addresses | json_values,
        "To": st.lists(addresses, max_size=3) | json_values,
        "Cc": st.lists(addresses, max_size=2) | json_values,
        "ReplyTo": texts | json_values,
        "CharSet": st.sampled_from(CHARSETS) | json_values,
        "ExtendedHeaders": st.lists(pairs, max_size=3) | json_values,
        "Attachments": st.lists(files, max_size=2) | json_values,
        "EmbeddedImages": st.lists(files, max_size=2) | json_values,
        "XSmtpAPI": options | json_values,
        "TemplateId": st.sampled_from([1, 2, 9, 0, -1, 2**40]) | json_values,
        "Username": texts | json_values,
    },
)

# Well-typed requests with arbitrary text: these get through to rendering and the .eml.
text_pairs = st.fixed_dictionaries({"N": texts, "V": texts})
plausible_objects = st.fixed_dictionaries(
    {
        "User": st.just({"Username": "s10000_1", "Secret": "sandbox"}),
        "From": st.fixed_dictionaries({"Email": st.just("support@example.com"), "Name": texts}),
        "To": st.lists(
            st.fixed_dictionaries(
                {"Email": st.sampled_from(["mario@example.org", "ünï@example.org"]), "Name": texts}
            ),
            min_size=1,
            max_size=3,
        ),
    },
    optional={
        "Subject": texts.map(lambda text: text + " [tag]") | st.sampled_from(LONG_TEXTS),
        "Html": st.fixed_dictionaries({"Body": texts}, optional={"Head": texts}),
        "Text": texts | st.sampled_from(LONG_TEXTS),
        "ReplyTo": st.sampled_from(["billing@example.com", "not an address"]),
        "CharSet": st.sampled_from([*CHARSETS, "us-ascii"]),
        "ExtendedHeaders": st.lists(
            st.fixed_dictionaries(
                {
                    "N": st.sampled_from(["X-A", "List-Id", "X-" + "n" * 75]) | texts,
                    "V": texts | st.sampled_from(LONG_TEXTS),
                }
            ),
            max_size=2,
        ),
        "Attachments": st.lists(
            st.fixed_dictionaries(
                {"Filename": texts, "Body": st.sampled_from(["JVBERg==", [37, 80]])},
                optional={"ContentId": texts | st.sampled_from(CONTENT_IDS)},
            ),
            max_size=2,
        ),
        "XSmtpAPI": st.fixed_dictionaries(
            {"DynamicFields": st.lists(st.fixed_dictionaries({"N": st.just("tag"), "V": texts}))},
            optional={
                "Header": st.booleans(),
                "Footer": st.booleans(),
                "Schedule": st.sampled_from(SCHEDULES),
            },
        ),
    },
)


def encoded(value) -> bytes:
    return json.dumps(value, allow_nan=True).encode()


def plausible(**members):
    """A send the sandbox takes, changed by ``members``."""
    return {
        "User": {"Username": "s10000_1", "Secret": "sandbox"},
        "From": {"Email": "support@example.com"},
        "To": [{"Email": "mario@example.org"}],
        "Subject": "Hello",
        "Text": "Hi",
        **members,
    }


raw_bodies = (
    st.binary(max_size=200)
    | st.integers(1, 200_000).map(lambda depth: b"[" * depth + b"]" * depth)
    | st.integers(1, 200_000).map(lambda depth: b'{"a":' * depth + b"1" + b"}" * depth)
    | st.binary(min_size=1, max_size=20).map(lambda junk: b'{"Subject": "' + junk + b'"}')
    | st.integers(1, 5000).map(lambda digits: b'{"TemplateId": 1' + b"0" * digits + b"}")
)
bodies = (
    plausible_objects.map(encoded)
    | plausible_objects.map(lambda value: b"\xef\xbb\xbf" + encoded(value))  # .NET's BOM
    | mailup_objects.map(encoded)
    | json_values.map(encoded)
    | raw_bodies
)


@pytest.fixture(scope="module")
def http(sandbox_server):
    with httpx.Client(base_url=sandbox_server.root_url, timeout=30) as client:
        yield client


@settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(path=st.sampled_from(MAILUP_PATHS), body=bodies)
@example(path=MAILUP_PATHS[0], body=encoded(plausible(CharSet="utf-8\u0000")))
@example(path=MAILUP_PATHS[0], body=encoded(plausible(CharSet="idna", Text="x" * 100)))
@example(
    path=MAILUP_PATHS[0],
    body=encoded(plausible(XSmtpAPI={"Schedule": "9999-12-31T23:59:59-14:00"})),
)
@example(path=MAILUP_PATHS[0], body=encoded(plausible(User=HUGE_ACCOUNT)))
@example(path=MAILUP_PATHS[2], body=encoded({"User": HUGE_ACCOUNT}))
@example(
    path=MAILUP_PATHS[0],
    body=encoded(plausible(Attachments=[{"Filename": "a", "ContentId": "\r\n", "Body": "eA=="}])),
)
@example(
    path=MAILUP_PATHS[0],
    body=encoded(plausible(Attachments=[{"Filename": "a", "ContentId": "\u2028", "Body": "eA=="}])),
)
def test_mailup_endpoints_answer_every_body_with_an_envelope(sandbox, http, path, body):
    response = http.post(path, content=body)
    assert response.status_code < 500, response.text
    answer = response.json()
    assert set(answer) >= {"Status", "Code", "Message"}
    assert (answer["Status"] == "done") == (response.status_code == 200)
    event(f"Code {answer['Code']}")
    if "/messages/" in path and answer["Code"] == "0":  # the stored message reads back
        message_id = int(answer["Message"].rstrip(".").rpartition(" ")[2])
        assert http.get(f"sandbox/outbox/{message_id}").status_code == 200
        assert http.get(f"sandbox/outbox/{message_id}.eml").status_code == 200


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    call=st.sampled_from(ADMIN_CALLS),
    body=bodies,
    content_type=st.sampled_from(["application/json", "text/plain", None]),
)
def test_admin_endpoints_answer_every_body_with_json(sandbox, http, call, body, content_type):
    method, path = call
    headers = {"Content-Type": content_type} if content_type else {}
    response = http.request(method, path, content=body, headers=headers)
    assert response.status_code < 500, response.text
    if not response.is_success:
        assert isinstance(response.json()["error"], str)
    elif not path.endswith(".eml"):
        response.json()
