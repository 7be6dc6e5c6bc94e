"""The app's domain: profiles, secrets, settings, masking. No Qt here."""
