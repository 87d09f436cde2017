"""Shared test set-up: the real Neo4j server, and one real extractor for the extraction tests."""

pytest_plugins = ["neo4j_server", "extract_helpers", "gephi_reader", "chromium_page"]
