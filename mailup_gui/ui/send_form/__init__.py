"""The send form: the envelope, the content editors, the preview, the inspector, the drafts
dialog and the send flow, as widgets that the Compose and Templates panes compose."""
