// name: summary_begin
// description: start building summary $build: mark it as the build in progress (a later
//   build started concurrently replaces the mark, and only the marked build may finish)
//   and read the graph version and fact counts it describes (same transaction).
// parameters: $build: str (a new build id; required)
MERGE (g:GraphState {id: 'graph'})
  ON CREATE SET g.version = 0
SET g.building = $build
RETURN coalesce(g.version, 0) AS version,
       [COUNT { ()-[:HOLDS_OFFICE]->() }, COUNT { ()-[:MET_WITH]->() }, COUNT { ()-[:VISITED]->() },
        COUNT { ()-[:REQUESTED]->() }, COUNT { ()-[:AGREED]->() }, COUNT { ()-[:PLEDGED]->() },
        COUNT { ()-[:SUPPORTED]->() }, COUNT { ()-[:EXPRESSED_CONCERN]->() },
        COUNT { ()-[:WARNED]->() }, COUNT { ()-[:CRITICIZED]->() }, COUNT { ()-[:SIGNED]->() },
        COUNT { ()-[:WITHDREW_FROM]->() }, COUNT { ()-[:ALLY_OF]->() }, COUNT { (:Person) }] AS counts
