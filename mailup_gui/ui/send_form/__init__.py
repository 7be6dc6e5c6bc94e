"""The send form the Compose and Templates panes compose: widgets that only show (the form,
the envelope, the editors, the preview, the inspector) and one controller above them (drafts,
checks, the send, the inspector, opening a request), meeting through ``view.FormView``."""
