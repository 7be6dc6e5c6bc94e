"""A SendMessage body the demo sandbox takes, for tests that change one member of it."""

SEND = "API/v2.0/messages/sendmessage"
DEMO_USER = {"Username": "s10000_1", "Secret": "sandbox"}


def message(**members):
    return {
        "Subject": "Hello",
        "Text": "Hi",
        "From": {"Email": "support@example.com"},
        "To": [{"Email": "mario@example.org"}],
        "User": DEMO_USER,
        **members,
    }
