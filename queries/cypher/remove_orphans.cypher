// name: remove_orphans
// description: delete the entities and events a reloaded article no longer yields once
//   nothing else holds them: no article mentions or reports them and no fact or event
//   link touches them (an accord renamed by a newer extractor, an event no longer
//   reported). The SET write-locks a candidate before the second check, so an edge a
//   concurrent writer committed meanwhile keeps the node.
// parameters: $ids: list of entity or event ids, sorted, distinct
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (n)--() }
SET n.id = n.id
WITH n
WHERE NOT EXISTS { (n)--() }
DELETE n
