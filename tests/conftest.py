"""Shared test set-up: the real Neo4j server plugin and the sample graph helpers."""

pytest_plugins = ["neo4j_server"]
