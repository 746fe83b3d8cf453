"""dipgraph: a diplomatic-relations knowledge graph built from news articles.

The package has three parts: :mod:`dipgraph.loaders` turns articles into
entities and facts, :mod:`dipgraph.graph` models them and stores them in Neo4j
(and NetworkX), :mod:`dipgraph.queries` holds the Cypher and the reports.
"""

from dipgraph.errors import DipgraphError

__version__ = "0.1.0"

__all__ = ["DipgraphError", "__version__"]
