// name: report_entity_homes
// description: entities by id with name, type label and home country (a Country: itself;
//   a person: the stored country, else the country of an office held; else null), for
//   ranking a country's partners by country.
// parameters: $ids: list of str (required)
// example:
//   :param ids => ['person:wang-yi', 'org:un'];
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       CASE WHEN e:Country THEN e.id ELSE coalesce(e.country, COLLECT {
         MATCH (e)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0]) END AS country
