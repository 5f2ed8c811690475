"""Reports and exports for the team lead: day list and monthly report (PDF), CSV and XLSX.

Headless (no Qt): the GUI, the CLI and tests call the same functions. Long
work takes a :class:`~welcome_desk.reports.jobs.Job` (progress and cancel)
and writes through a temporary file, so a cancelled or failed run leaves no
partial file behind.
"""
