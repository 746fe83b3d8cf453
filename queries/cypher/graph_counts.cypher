// name: graph_counts
// description: the number of nodes and of relationships in the database.
// parameters: none
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
