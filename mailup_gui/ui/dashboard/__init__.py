"""The SMTP+ user dashboard: a poller started with the app, and a pane built on first view."""
