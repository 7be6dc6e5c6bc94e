"""The embedded sandbox's outbox as the app reads it: the service and stored messages."""
