// name: schema_indexes
// description: the names of all indexes except the built-in token lookup indexes.
// parameters: none
SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name
