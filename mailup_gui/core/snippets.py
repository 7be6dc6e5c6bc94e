"""Code that sends the same request outside the app: cURL (bash + jq), Python (httpx), C#.

By default the credentials come from the environment (``MAILUP_SMTP_USER``,
``MAILUP_SMTP_SECRET``): a snippet can be pasted into a ticket or a repository safely.
``inline_credentials=True`` writes them in, for a user who asked for it. Attachment bodies are
the real base64, so a snippet is self-contained, unless ``files_as_paths=True``: then Python and
C# read each file from its path, and cURL has a placeholder explained in a comment.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..api.endpoints import SEND_MESSAGE_PATH, SEND_TEMPLATE_PATH, normalize_base_url
from .draft import FileRef
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
