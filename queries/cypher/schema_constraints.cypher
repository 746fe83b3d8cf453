// name: schema_constraints
// description: the names of all constraints in the database.
// parameters: none
SHOW CONSTRAINTS YIELD name RETURN name
