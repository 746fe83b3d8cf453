// name: report_names
// description: names and type labels of entities, by id (places and events cited by facts).
// parameters: $ids: list of str (entity ids; required)
// example:
//   :param ids => ['place:busan'];
UNWIND $ids AS eid
MATCH (n:Entity {id: eid})
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
