"""The team lead's centre editor: units, rooms, hours, concerns, keywords and questions.

``menu.CentreMenu`` is what the reception window uses (Centre menu: edit,
import, export, switch); ``dialog.CentreEditor`` is the editor window over a
headless :class:`welcome_desk.core.centre_edit.CentreDraft`.
"""
