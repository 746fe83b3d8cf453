// name: report_person
// description: one person's node: name, aliases, stored offices ("<org id>|<title>") and
//   country, with the country's name; per relation type [as source, as target, in the whole
//   graph] (degree and count-store lookups: constant time however many facts), and the
//   number of articles mentioning them.
// parameters: $person: str (a Person id; required)
// example:
//   :param person => 'person:wang-yi';
MATCH (p:Person {id: $person})
OPTIONAL MATCH (c:Country {id: p.country})
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases,
       coalesce(p.offices, []) AS offices, p.country AS country, c.name AS country_name,
       {
         HOLDS_OFFICE: [COUNT { (p)-[:HOLDS_OFFICE]->() }, COUNT { (p)<-[:HOLDS_OFFICE]-() }, COUNT { ()-[:HOLDS_OFFICE]->() }],
         MET_WITH: [COUNT { (p)-[:MET_WITH]->() }, COUNT { (p)<-[:MET_WITH]-() }, COUNT { ()-[:MET_WITH]->() }],
         VISITED: [COUNT { (p)-[:VISITED]->() }, COUNT { (p)<-[:VISITED]-() }, COUNT { ()-[:VISITED]->() }],
         REQUESTED: [COUNT { (p)-[:REQUESTED]->() }, COUNT { (p)<-[:REQUESTED]-() }, COUNT { ()-[:REQUESTED]->() }],
         AGREED: [COUNT { (p)-[:AGREED]->() }, COUNT { (p)<-[:AGREED]-() }, COUNT { ()-[:AGREED]->() }],
         PLEDGED: [COUNT { (p)-[:PLEDGED]->() }, COUNT { (p)<-[:PLEDGED]-() }, COUNT { ()-[:PLEDGED]->() }],
         SUPPORTED: [COUNT { (p)-[:SUPPORTED]->() }, COUNT { (p)<-[:SUPPORTED]-() }, COUNT { ()-[:SUPPORTED]->() }],
         EXPRESSED_CONCERN: [COUNT { (p)-[:EXPRESSED_CONCERN]->() }, COUNT { (p)<-[:EXPRESSED_CONCERN]-() }, COUNT { ()-[:EXPRESSED_CONCERN]->() }],
         WARNED: [COUNT { (p)-[:WARNED]->() }, COUNT { (p)<-[:WARNED]-() }, COUNT { ()-[:WARNED]->() }],
         CRITICIZED: [COUNT { (p)-[:CRITICIZED]->() }, COUNT { (p)<-[:CRITICIZED]-() }, COUNT { ()-[:CRITICIZED]->() }],
         SIGNED: [COUNT { (p)-[:SIGNED]->() }, COUNT { (p)<-[:SIGNED]-() }, COUNT { ()-[:SIGNED]->() }],
         WITHDREW_FROM: [COUNT { (p)-[:WITHDREW_FROM]->() }, COUNT { (p)<-[:WITHDREW_FROM]-() }, COUNT { ()-[:WITHDREW_FROM]->() }],
         ALLY_OF: [COUNT { (p)-[:ALLY_OF]->() }, COUNT { (p)<-[:ALLY_OF]-() }, COUNT { ()-[:ALLY_OF]->() }]
       } AS degrees,
       COUNT { (p)<-[:MENTIONS]-() } AS mentions
