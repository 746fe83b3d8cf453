// name: read_entities
// description: every entity node with its type label and all its properties.
// parameters: none
MATCH (n:Entity)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
