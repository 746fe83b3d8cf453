// name: summary_countries
// description: every country id (the sides the summary is built for), sorted.
// parameters: none
MATCH (c:Country) RETURN c.id AS id ORDER BY id
