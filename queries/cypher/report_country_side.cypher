// name: report_country_side
// description: the officials of a country: persons whose `country` is it or who hold an
//   office of it (HOLDS_OFFICE). Reports treat them and the country as one side.
// parameters: $country: str (a Country id; required)
// example:
//   :param country => 'country:KOR';
MATCH (c:Country {id: $country})
CALL (c) {
  MATCH (p:Person {country: c.id}) RETURN p
  UNION
  MATCH (p:Person)-[:HOLDS_OFFICE]->(c) RETURN p
}
RETURN p.id AS id, p.name AS name
ORDER BY name, id
