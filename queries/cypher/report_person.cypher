// name: report_person
// description: one person's node: name, aliases, stored offices ("<org id>|<title>") and
//   country, with the country's name.
// parameters: $person: str (a Person id; required)
// example:
//   :param person => 'person:wang-yi';
MATCH (p:Person {id: $person})
OPTIONAL MATCH (c:Country {id: p.country})
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases,
       coalesce(p.offices, []) AS offices, p.country AS country, c.name AS country_name
