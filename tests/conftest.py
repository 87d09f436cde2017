"""Shared test set-up, from tests/support: the real Neo4j server, headless Chromium, one real
extractor for the extraction tests, and Gephi as a second reader of exports."""

pytest_plugins = ["neo4j_server", "extract_helpers", "gephi_reader", "chromium_page"]
