"""Intake check for social workers: a client's situation in, what applies to that client out."""
