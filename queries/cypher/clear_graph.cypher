// name: clear_graph
// description: delete every relationship, then every node (Evidence too), in inner
//   transactions of 10,000 rows each (schema is kept). Relationships go first so that no
//   inner transaction holds a hub node's whole neighbourhood (DETACH DELETE of 10,000 nodes
//   ran out of the transaction memory pool on a 478k-relationship graph). Must run in an
//   auto-commit transaction (session.run), as CALL ... IN TRANSACTIONS requires.
// parameters: none
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS relationships
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
