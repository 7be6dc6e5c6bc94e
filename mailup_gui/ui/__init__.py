"""Everything Qt: the window, the panes and their widgets.

One package per pane (compose, templates, dashboard, outbox, journal, profiles), never importing
each other; what they share sits beside them: the send form (send_form: widgets and one
controller), the preview, shared widgets, and the root modules (context, tasks, notices…).
"""
