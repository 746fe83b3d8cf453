// name: touch_graph
// description: count one more change of the graph: every writing transaction of dipgraph
//   (article batches, NetworkX restores) ends with it, so a summary built at an older
//   version is known to be stale (graph/SUMMARY.md). Last in the transaction: the
//   GraphState node's lock is held only until the commit.
// parameters: none
MERGE (g:GraphState {id: 'graph'})
  ON CREATE SET g.version = 1
  ON MATCH SET g.version = coalesce(g.version, 0) + 1
