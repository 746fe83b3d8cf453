"""The managed local Neo4j Community server."""
