"""The message being written: the draft and its store, the XSmtpAPI options (declared once),
addresses, content checks, html→text, preview content, merge data (test values for merge tags),
the template library and source."""
