"""Support modules for the imports golden programs (not programs themselves)."""
