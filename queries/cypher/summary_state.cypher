// name: summary_state
// description: the summary the reports may read: its build id, the
//   graph version and fact counts it was built at, and the graph's version and counts now
//   (count-store lookups: constant time). It is fresh only if both match
//   (graph.summary.fresh_build).
// parameters: none
// example:
//   (no parameters)
OPTIONAL MATCH (g:GraphState {id: 'graph'})
RETURN g.summary_build AS build, g.summary_version AS built_version, g.summary_counts AS built_counts,
       g.version AS version,
       [COUNT { ()-[:HOLDS_OFFICE]->() }, COUNT { ()-[:MET_WITH]->() }, COUNT { ()-[:VISITED]->() },
        COUNT { ()-[:REQUESTED]->() }, COUNT { ()-[:AGREED]->() }, COUNT { ()-[:PLEDGED]->() },
        COUNT { ()-[:SUPPORTED]->() }, COUNT { ()-[:EXPRESSED_CONCERN]->() },
        COUNT { ()-[:WARNED]->() }, COUNT { ()-[:CRITICIZED]->() }, COUNT { ()-[:SIGNED]->() },
        COUNT { ()-[:WITHDREW_FROM]->() }, COUNT { ()-[:ALLY_OF]->() }, COUNT { (:Person) }] AS counts
