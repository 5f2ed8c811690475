"""Referral slips: what goes on a slip (:mod:`.model`) and how it is drawn as a PDF."""
