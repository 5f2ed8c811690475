"""Headless core: centre data, routing, booking, the day log. Never imports Qt."""
