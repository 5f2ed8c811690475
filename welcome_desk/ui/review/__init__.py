"""The team lead's review window: the log over any range with filters, figures, charts, exports and reports."""
