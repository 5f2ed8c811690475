"""The waiting-room call display (``welcome-desk display``): tickets and places, never a name."""
