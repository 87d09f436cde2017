"""Curated reference data shipped with figraph: the gazetteer of known actors."""
