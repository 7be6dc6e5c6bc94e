"""Code that sends the same request outside the app: cURL (bash + jq), Python (httpx), C#;
through the SMTP+ relay (``relay_snippet``): Python (smtplib) and swaks.

By default the credentials come from the environment (``MAILUP_SMTP_USER``,
``MAILUP_SMTP_SECRET``): a snippet can be pasted into a ticket or a repository safely.
``inline_credentials=True`` writes them in, for a user who asked for it. Attachment bodies are
the real base64, so a snippet is self-contained, unless ``files_as_paths=True``: then Python and
C# read each file from its path, and cURL has a placeholder explained in a comment.
"""

from __future__ import annotations

import base64
import copy
import json
import mimetypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ...api.dto import Message, MessagePart, to_builtins
from ...api.endpoints import SEND_MESSAGE_PATH, SEND_TEMPLATE_PATH, normalize_base_url
from ...api.htmlparts import html_document
from ..account.profiles import RelayEndpoint
from ..message.draft import FileRef
from .mime_message import id_domain, relay_message
from .request_body import decoded_body, file_of, parts

USER_VARIABLE = "MAILUP_SMTP_USER"
SECRET_VARIABLE = "MAILUP_SMTP_SECRET"
_METHODS = {SEND_MESSAGE_PATH: "SendMessage", SEND_TEMPLATE_PATH: "SendTemplate"}


@dataclass(frozen=True)
class _FileSlot:
    member: str
    index: int
    path: str
    placeholder: str


@dataclass(frozen=True)
class _Request:
    method: str
    url: str
    body: dict[str, Any]  # as written in the code: User only when inlined
    files: list[_FileSlot]  # bodies the code reads from disk
    inline: bool


#: The languages in the order the UI offers them.
LANGUAGES = ("cURL", "Python", "C#")
#: The same for a send through the SMTP+ relay.
RELAY_LANGUAGES = ("Python", "swaks")


def snippet(
    language: str,
    body: dict[str, Any],
    base_url: str,
    method_path: str,
    *,
    files: Sequence[FileRef] = (),
    files_as_paths: bool = False,
    inline_credentials: bool = False,
    username: str = "",
    secret: str = "",
) -> str:
    """Code in ``language`` (one of LANGUAGES) that posts ``body`` to ``base_url + method_path``.

    ``body`` is the request as sent, with base64 bodies; a ``User`` in it is ignored. ``files``
    are the draft's files, matched to the bodies by content, for ``files_as_paths``.
    """
    if inline_credentials and not (username and secret):
        raise ValueError("inline_credentials needs the username and the secret")
    code_body = copy.deepcopy(body)  # strings are shared, not copied: cheap even for big files
    code_body.pop("User", None)
    slots: list[_FileSlot] = []
    if files_as_paths:
        for member, index, part in parts(code_body):
            content = decoded_body(part)
            ref = file_of(part, content, files) if content is not None else None
            if ref is not None:  # a body with no file behind it stays inline
                placeholder = f"BASE64_OF_FILE_{len(slots) + 1}"
                part["Body"] = placeholder
                slots.append(_FileSlot(member, index, ref.path, placeholder))
    if inline_credentials:
        code_body["User"] = {"Username": username, "Secret": secret}
    request = _Request(
        method_name(method_path),
        normalize_base_url(base_url) + method_path,
        code_body,
        slots,
        inline_credentials,
    )
    return _WRITERS[language](request)


def method_name(method_path: str) -> str:
    """``messages/sendmessage`` → ``SendMessage``, as MailUp's documentation names it."""
    return _METHODS.get(method_path, method_path)


def _curl(request: _Request) -> str:
    """A bash script: the JSON in a quoted heredoc (nothing in it is expanded), the credentials
    added by jq, which escapes them whatever they contain."""
    lines = [
        "#!/usr/bin/env bash",
        f"# MailUp {request.method} with curl.",
    ]
    if not request.inline:
        lines.append(f"# Needs jq. Set {USER_VARIABLE} and {SECRET_VARIABLE} first.")
    for slot in request.files:
        lines.append(f"# Replace {slot.placeholder} with the base64 of {slot.path}:")
        lines.append(f"#   base64 < {_shell_quote(slot.path)} | tr -d '\\n'")
    lines.append(
        '# MailUp answers {"Status", "Code", "Message"}; Code "0" means queued, not yet delivered.'
    )
    lines.append("set -euo pipefail")
    post = [
        f"curl --silent --show-error --request POST {_shell_quote(request.url)} \\",
        "  --header 'Content-Type: application/json' \\",
        "  --header 'Accept: application/json' \\",
        "  --data-binary @-",
    ]
    document = [_json(request.body), "JSON"]
    if request.inline:
        post[-1] += " <<'JSON'"
        lines += [*post, *document]
    else:
        lines += [
            "jq --compact-output \\",
            f'  --arg user "${{{USER_VARIABLE}:?Set {USER_VARIABLE}}}" \\',
            f'  --arg secret "${{{SECRET_VARIABLE}:?Set {SECRET_VARIABLE}}}" \\',
            "  '.User = {Username: $user, Secret: $secret}' <<'JSON' |",
            *document,
            *post,
        ]
    lines.append("echo")
    return "\n".join(lines) + "\n"


def _python(request: _Request) -> str:
    lines = [f"# MailUp {request.method} with httpx (pip install httpx)."]
    if not request.inline:
        lines.append(f"# Set {USER_VARIABLE} and {SECRET_VARIABLE} in the environment first.")
    imports = (["import base64"] if request.files else []) + (
        [] if request.inline else ["import os"]
    )
    if request.files:
        imports.append("from pathlib import Path")
    lines += [
        *imports,
        "",
        "import httpx",
        "",
        f"URL = {request.url!r}",
        f"body = {_python_literal(request.body)}",
    ]
    for slot in request.files:
        lines.append(
            f"body[{slot.member!r}][{slot.index}]['Body'] = base64.b64encode("
            f"Path({slot.path!r}).read_bytes()).decode('ascii')"
        )
    if not request.inline:
        lines.append(
            f"body['User'] = {{'Username': os.environ[{USER_VARIABLE!r}], "
            f"'Secret': os.environ[{SECRET_VARIABLE!r}]}}"
        )
    lines += [
        "",
        "response = httpx.post(URL, json=body, headers={'Accept': 'application/json'}, timeout=60)",
        "answer = response.json()",
        '# Success is HTTP 200 with Code "0": MailUp queued the message; delivery comes later.',
        "if response.status_code != 200 or answer.get('Code') != '0':",
        "    raise SystemExit(f'MailUp refused the message: HTTP {response.status_code} {answer}')",
        "print('Queued:', answer)",
    ]
    return "\n".join(lines) + "\n"


def _csharp(request: _Request) -> str:
    """C# top-level statements (.NET 7+): HttpClient and System.Text.Json.Nodes."""
    # A raw string literal: JSON never holds three quotes in a row (an escaped quote follows a
    # backslash, an empty string is two), so """ always delimits it.
    quotes = '"""'
    lines = [f"// MailUp {request.method} with HttpClient and System.Text.Json (.NET 7 or later)."]
    if not request.inline:
        lines.append(f"// Set {USER_VARIABLE} and {SECRET_VARIABLE} in the environment first.")
    lines += [
        "using System.Net.Http.Headers;",
        "using System.Text;",
        "using System.Text.Json.Nodes;",
        "",
        f"var body = JsonNode.Parse({quotes}",
        _json(request.body),
        f"{quotes})!;",
    ]
    for slot in request.files:
        lines.append(
            f'body["{slot.member}"]![{slot.index}]!["Body"] = '
            f"Convert.ToBase64String(File.ReadAllBytes({json.dumps(slot.path)}));"
        )
    if not request.inline:
        lines += [
            'body["User"] = new JsonObject',
            "{",
            f'    ["Username"] = Env("{USER_VARIABLE}"),',
            f'    ["Secret"] = Env("{SECRET_VARIABLE}"),',
            "};",
        ]
    lines += [
        "",
        "using var http = new HttpClient();",
        "http.DefaultRequestHeaders.Accept.Add("
        'new MediaTypeWithQualityHeaderValue("application/json"));',
        "using var content = new StringContent("
        'body.ToJsonString(), Encoding.UTF8, "application/json");',
        f"var response = await http.PostAsync({json.dumps(request.url)}, content);",
        "var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());",
        '// Success is HTTP 200 with Code "0": MailUp queued the message; delivery comes later.',
        'if (!response.IsSuccessStatusCode || (string?)answer?["Code"] != "0")',
        "    throw new Exception("
        '$"MailUp refused the message: HTTP {(int)response.StatusCode} {answer}");',
        'Console.WriteLine($"Queued: {answer}");',
    ]
    if not request.inline:
        lines += [
            "",
            "static string Env(string name) => Environment.GetEnvironmentVariable(name)",
            '    ?? throw new InvalidOperationException($"Set {name} first.");',
        ]
    return "\n".join(lines) + "\n"


_WRITERS: dict[str, Callable[[_Request], str]] = {"cURL": _curl, "Python": _python, "C#": _csharp}


def _json(body: dict[str, Any]) -> str:
    return json.dumps(body, indent=2, ensure_ascii=False)


def _python_literal(value: Any, depth: int = 0) -> str:
    """Python source for JSON data, laid out like the JSON of the other tabs."""
    inner, outer = "    " * (depth + 1), "    " * depth
    if isinstance(value, dict) and value:
        items = [
            f"{inner}{key!r}: {_python_literal(item, depth + 1)}," for key, item in value.items()
        ]
        return "{\n" + "\n".join(items) + f"\n{outer}}}"
    if isinstance(value, list) and value:
        items = [f"{inner}{_python_literal(item, depth + 1)}," for item in value]
        return "[\n" + "\n".join(items) + f"\n{outer}]"
    return repr(value)  # str, int, bool, None, and empty dicts and lists


def _shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


# ----- the SMTP+ relay ------------------------------------------------------------------
@dataclass(frozen=True)
class _RelaySend:
    request: Message
    endpoint: RelayEndpoint
    files: Sequence[FileRef]
    files_as_paths: bool
    credentials: tuple[str, str] | None  # (username, secret) when inlined


def relay_snippet(
    language: str,
    request: Message,
    endpoint: RelayEndpoint,
    *,
    files: Sequence[FileRef] = (),
    files_as_paths: bool = False,
    inline_credentials: bool = False,
    username: str = "",
    secret: str = "",
) -> str:
    """Code in ``language`` (one of RELAY_LANGUAGES) that sends ``request`` (file bodies
    read) through the relay at ``endpoint`` as the app does: the same MIME message, the
    XSmtpAPI options in ``X-SMTPAPI``, Bcc only in the envelope. ``files`` and
    ``files_as_paths`` as for ``snippet`` (Python only: swaks sends the message as written)."""
    if inline_credentials and not (username and secret):
        raise ValueError("inline_credentials needs the username and the secret")
    send = _RelaySend(
        request, endpoint, files, files_as_paths, (username, secret) if inline_credentials else None
    )
    return _RELAY_WRITERS[language](send)


def _relay_python(send: _RelaySend) -> str:
    request, endpoint = send.request, send.endpoint
    assert request.from_ is not None
    lines = ["# MailUp's SMTP+ relay with smtplib and email (Python's standard library)."]
    if send.credentials is None:
        lines.append(f"# Set {USER_VARIABLE} and {SECRET_VARIABLE} in the environment first.")
    file_parts = [
        *((part, "attachment") for part in request.attachments),
        *((part, "inline") for part in request.embedded_images),
    ]
    from_path = [_path_of(send, part) is not None for part, _ in file_parts]
    lines += [
        *(["import base64"] if not all(from_path) else []),
        *(["import json"] if request.x_smtp_api is not None else []),
        *(["import os"] if send.credentials is None else []),
        "import smtplib",
        "import ssl",
        "from email import policy",
        "from email.headerregistry import Address",
        "from email.message import EmailMessage, MIMEPart",
        "from email.utils import formatdate, make_msgid",
        *(["from pathlib import Path"] if any(from_path) else []),
        "",
        f"HOST, PORT = {endpoint.host!r}, {endpoint.port!r}",
        "# 7-bit clean like the app's; lines up to SMTP's 998 characters, so that a long",
        "# X-SMTPAPI stays plain JSON (no RFC 2047 encoded words).",
        "POLICY = policy.SMTP.clone(cte_type='7bit', max_line_length=998)",
        "",
        "",
        "def wrap(node, subtype, parts):",
        '    """Make node multipart/<subtype>: a new first part (returned), then parts."""',
        "    inner = MIMEPart(policy=POLICY)",
        "    node['Content-Type'] = f'multipart/{subtype}'",
        "    node.set_payload([inner, *parts])",
        "    return inner",
        "",
        "",
        "def file_part(body, mime_type, filename, disposition, cid=None):",
        "    part = MIMEPart(policy=POLICY)",
        "    maintype, subtype = mime_type.split('/')",
        "    part.set_content(body, maintype, subtype, disposition=disposition, "
        "filename=filename, cid=cid)",
        "    return part",
        "",
        "",
        "message = EmailMessage(policy=POLICY)",
        f"message['From'] = {_address_code(request.from_.email, request.from_.name)}",
    ]
    for header, members in (("To", request.to), ("Cc", request.cc)):
        if members:
            addresses = ", ".join(_address_code(item.email, item.name) for item in members)
            lines.append(f"message[{header!r}] = [{addresses}]")
    if request.reply_to:
        lines.append(f"message['Reply-To'] = {request.reply_to.strip()!r}")
    lines += [
        f"message['Subject'] = {request.subject or ''!r}",
        "message['Date'] = formatdate(localtime=True)",
        f"message['Message-ID'] = make_msgid(domain={id_domain(request.from_.email)!r})",
        "message['MIME-Version'] = '1.0'",
    ]
    for header in request.extended_headers:
        lines.append(f"message[{header.name.strip()!r}] = {header.value!r}")
    if request.x_smtp_api is not None:
        options = _python_literal(to_builtins(request.x_smtp_api))
        lines += [
            "# The XSmtpAPI options: the same JSON as the API's XSmtpAPI member.",
            f"message['X-SMTPAPI'] = json.dumps({options})",
        ]
    lines.append("node = message")
    for subtype, items, disposition in (
        ("mixed", request.attachments, "attachment"),
        ("related", request.embedded_images, "inline"),
    ):
        if items:
            calls = ", ".join(_file_part_code(send, part, disposition) for part in items)
            lines.append(f"node = wrap(node, {subtype!r}, [{calls}])")
    charset = request.char_set or "utf-8"
    html = html_document(request.html) if request.html is not None else None
    bodies = [(text, kind) for text, kind in ((request.text, "plain"), (html, "html")) if text]
    first, kind = bodies[0] if bodies else ("", "plain")
    lines.append(f"node.set_content({first!r}, subtype={kind!r}, charset={charset!r})")
    for text, kind in bodies[1:]:
        lines.append(f"node.add_alternative({text!r}, subtype={kind!r}, charset={charset!r})")
    lines += ["", "context = ssl.create_default_context()"]
    if endpoint.loopback:
        lines += [
            "# A relay on this computer (the sandbox) has a self-signed certificate.",
            "context.check_hostname = False",
            "context.verify_mode = ssl.CERT_NONE",
        ]
    if send.credentials is None:
        login = f"os.environ[{USER_VARIABLE!r}], os.environ[{SECRET_VARIABLE!r}]"
    else:
        login = f"{send.credentials[0]!r}, {send.credentials[1]!r}"
    recipients = [item.email.strip() for item in [*request.to, *request.cc, *request.bcc]]
    lines += [
        "# To, Cc and Bcc: Bcc travels only in the envelope, never as a header.",
        f"recipients = {recipients!r}",
        "with smtplib.SMTP(HOST, PORT, timeout=60) as smtp:",
        *(["    smtp.starttls(context=context)"] if endpoint.starttls else []),
        f"    smtp.login({login})",
        "    refused = smtp.send_message(",
        f"        message, from_addr={request.from_.email.strip()!r}, to_addrs=recipients",
        "    )",
        "# Accepted means queued by MailUp; delivery comes later.",
        "print('Accepted by the relay; refused recipients:', refused or 'none')",
    ]
    return "\n".join(lines) + "\n"


def _address_code(email: str, name: str | None) -> str:
    # Given as parts: Address(addr_spec=…) refuses a non-ASCII local part (dvořák@…), which
    # smtplib sends with SMTPUTF8.
    username, _, domain = email.strip().rpartition("@")
    return f"Address({name or ''!r}, {username!r}, {domain!r})"


def _path_of(send: _RelaySend, part: MessagePart) -> str | None:
    """The file the snippet reads ``part`` from, with ``files_as_paths``."""
    ref = file_of({"Filename": part.filename}, part.body, send.files)
    return ref.path if send.files_as_paths and ref is not None else None


def _file_part_code(send: _RelaySend, part: MessagePart, disposition: str) -> str:
    path = _path_of(send, part)
    if path is not None:
        body = f"Path({path!r}).read_bytes()"
    else:
        body = f"base64.b64decode({base64.b64encode(part.body).decode('ascii')!r})"
    mime_type = mimetypes.guess_type(part.filename)[0] or "application/octet-stream"
    cid = f", {f'<{part.content_id}>'!r}" if part.content_id else ""
    return f"file_part({body}, {mime_type!r}, {part.filename!r}, {disposition!r}{cid})"


def _swaks(send: _RelaySend) -> str:
    """A bash script: swaks sends the MIME message exactly as the app writes it (a quoted
    heredoc: nothing in it is expanded)."""
    request, endpoint = send.request, send.endpoint
    message = relay_message(request)
    head, _, body = message.as_text().partition("\n\n")
    for name, token in (("Date", "%DATE%"), ("Message-ID", "<%MESSAGEID%>")):
        head = head.replace(f"{name}: {message.mime[name]}\n", f"{name}: {token}\n", 1)
    text = f"{head}\n\n{body}"
    end = "END_OF_MESSAGE"
    while end in text:
        end += "_"
    lines = [
        "#!/usr/bin/env bash",
        "# MailUp's SMTP+ relay with swaks (https://jetmore.org/john/code/swaks/).",
    ]
    if send.credentials is None:
        lines.append(f"# Set {USER_VARIABLE} and {SECRET_VARIABLE} first.")
        user = f'"${{{USER_VARIABLE}:?Set {USER_VARIABLE}}}"'
        password = f'"${{{SECRET_VARIABLE}:?Set {SECRET_VARIABLE}}}"'
    else:
        user, password = (_shell_quote(value) for value in send.credentials)
    lines += [
        "# Bcc travels only in the envelope (--to), never as a header. swaks writes the Date",
        "# and a new Message-ID (%DATE%, %MESSAGEID%) each time it runs.",
        "set -euo pipefail",
        f"swaks --server {_shell_quote(endpoint.host)} --port {endpoint.port} \\",
    ]
    if endpoint.starttls:
        # Certificates are checked except on this computer, where the sandbox's is self-signed.
        lines.append("  --tls \\" if endpoint.loopback else "  --tls --tls-verify \\")
    lines += [
        f"  --auth --auth-user {user} --auth-password {password} \\",
        f"  --from {_shell_quote(message.sender)} \\",
        f"  --to {_shell_quote(','.join(message.recipients))} \\",
        f"  --data - <<'{end}'",
        text.rstrip("\n"),
        end,
    ]
    return "\n".join(lines) + "\n"


_RELAY_WRITERS: dict[str, Callable[[_RelaySend], str]] = {
    "Python": _relay_python,
    "swaks": _swaks,
}
