"""Plain-Python core of the voluntary-return assistant (no Rasa imports)."""
