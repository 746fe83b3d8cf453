// name: write_mentions
// description: provenance: the article MENTIONS each entity it yields and REPORTS each event.
//   CREATE, not MERGE: the writer deleted the article's old provenance edges first and
//   the id lists hold no duplicates (MERGE would expand hub entities with many mentions).
// parameters: $rows: list of {article: str, entities: list of str, events: list of str}
CYPHER replan=skip
UNWIND $rows AS row
MATCH (art:Article {id: row.article})
CALL (art, row) {
  UNWIND row.entities AS eid
  MATCH (n:Entity {id: eid})
  CREATE (art)-[:MENTIONS]->(n)
}
CALL (art, row) {
  UNWIND row.events AS eid
  MATCH (e:Event {id: eid})
  CREATE (art)-[:REPORTS]->(e)
}
