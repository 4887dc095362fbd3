"""Thin rasa-sdk actions: read the tracker, call `bot/`, choose a response."""
