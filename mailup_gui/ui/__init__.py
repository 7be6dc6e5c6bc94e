"""Everything Qt: the window, the panes and their widgets."""
