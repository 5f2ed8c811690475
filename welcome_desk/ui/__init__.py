"""The desktop interface (PySide6): reception window, dialogs, printing."""
