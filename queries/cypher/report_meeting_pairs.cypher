// name: report_meeting_pairs
// description: the details who-met-whom shows for its pairs of persons: each person's id,
//   name and country (stored, else the country of an office held), and the names of the
//   places of the pair's newest 20 meetings (prefix seek `MET_WITH|a|b|` on the key index,
//   newest first), in the order given.
// parameters: $pairs: list of maps {a: str, b: str} (Person ids, a < b; required)
// example:
//   :param pairs => [{a: 'person:park-jin', b: 'person:wang-yi'}];
UNWIND range(0, size($pairs) - 1) AS i
WITH i, $pairs[i] AS pair
MATCH (p:Person {id: pair.a})
MATCH (q:Person {id: pair.b})
RETURN p {.id, .name, country: coalesce(p.country, COLLECT {
         MATCH (p)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0])} AS a,
       q {.id, .name, country: coalesce(q.country, COLLECT {
         MATCH (q)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0])} AS b,
       COLLECT { MATCH ()-[m:MET_WITH]->()
                 WHERE m.key STARTS WITH 'MET_WITH|' + p.id + '|' + q.id + '|'
                 WITH m ORDER BY m.key DESC LIMIT 20
                 MATCH (pl:Entity {id: m.place}) RETURN pl.name } AS places
ORDER BY i
