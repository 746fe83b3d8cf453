"""The domain model, its Neo4j storage and its NetworkX conversion."""

from dipgraph.graph.models import (
    Accord,
    Article,
    Country,
    Entity,
    Event,
    Evidence,
    Extraction,
    Fact,
    Office,
    Organization,
    Person,
    Place,
)
from dipgraph.graph.relations import RELATIONS, RelationType, relation_info

__all__ = [
    "RELATIONS",
    "Accord",
    "Article",
    "Country",
    "Entity",
    "Event",
    "Evidence",
    "Extraction",
    "Fact",
    "Office",
    "Organization",
    "Person",
    "Place",
    "RelationType",
    "relation_info",
]
