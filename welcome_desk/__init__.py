"""Welcome Desk: reception software for a municipal welcome centre for migrants.

The core (``welcome_desk.core``, ``welcome_desk.slips``) is plain Python on
SQLAlchemy and never imports Qt; ``welcome_desk.ui`` is the thin Qt layer.
"""

__version__ = "0.1.0"
