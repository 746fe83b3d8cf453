"""Extraction rules over the spaCy parse."""
