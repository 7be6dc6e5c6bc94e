"""Preflight: how a message will be received, checked before it is sent. Qt-free.

For the UI (run it on a worker through ``ui/tasks.py``; it reads no file and shows nothing)::

    from mailup_gui.core.preflight.checker import check
    from mailup_gui.core.preflight.delivered import from_draft, from_html, from_parsed, from_request

    report = check(from_draft(draft))            # Compose: the draft, files by their sizes
    report = check(from_request(request, template))  # a SendMessage DTO, or SendTemplate + content
    report = check(from_parsed(parsed_message))  # an Outbox message (core.outbox.stored_message)
    report = check(from_html(html, text))        # an HTML string

Each ``from_*`` gives a ``Delivered``: the message as MailUp delivers it (the document assembled
from DocType/Head/BodyTag/Body, merge tags filled from DynamicFields unless SkipDynamicFields),
with the part and line each delivered line was written on. ``check`` returns a ``Report``
(``findings.py``):

- ``findings``: ``Finding(rule, severity, message, where)``, errors first, then by line.
  ``rule`` is a stable id (``size/gmail-clip``, ``size/attachments``, ``a11y/img-alt``,
  ``a11y/lang``, ``a11y/table-role``, ``a11y/contrast``, ``a11y/link-text``, ``link/insecure``,
  ``link/local``, ``link/text-mismatch``, ``mergetag/unfilled``, ``text/missing``,
  ``compat/<caniemail slug>``); ``severity`` a ``Severity`` (error, warning, info);
  ``message`` a ``texts.Text`` (translate it with ``ui.core_texts.translated``);
  ``where`` a ``Where(part, line, excerpt)``: ``part`` is ``html`` (a whole document as
  given), ``DocType``/``Head``/``BodyTag``/``Body`` (a request's HtmlDTO members, as the
  Compose editor holds them), or ``text``, ``subject``, ``attachments``, ``message``;
  ``line`` counts from 1 in that part (0: the part as a whole); ``excerpt`` is that source
  line, short.
- ``clients``: ``ClientSupport(client, platform, supported, partial, unsupported)`` for each
  major client platform (``caniemail.MAJOR_CLIENTS``): how many of the features the message
  uses it supports, in part, or not.

The client data is caniemail's (``resources/caniemail/``, built by
``packaging/build_caniemail.py``). ``cli.py`` is ``mailup-gui preflight`` for CI.
"""
