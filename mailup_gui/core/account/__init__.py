"""An SMTP+ user's account as the app keeps it: profiles, secrets (keyring), the connection
made from them, masking for screen-share. Uses only ``core.storage``."""
