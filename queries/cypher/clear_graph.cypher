// name: clear_graph
// description: delete every node and relationship in batches (schema is kept); must run in
//   an auto-commit transaction (session.run), as CALL ... IN TRANSACTIONS requires.
// parameters: none
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
