"""Sending: the kind of send (SendMessage or SendTemplate), the pipeline (build, check, send,
record), its result and guard, the transports (API, SMTP+ relay with its MIME message), request
shaping, files and snippets, the journal."""
