// name: summary_begin
// description: start building summary $build: mark it as the build in progress (a later
//   build started concurrently replaces the mark, and only the marked build may finish).
//   graph.summary.build_summary reads the version and fact counts it describes with
//   summary_state in the same transaction.
// parameters: $build: str (a new build id; required)
MERGE (g:GraphState {id: 'graph'})
  ON CREATE SET g.version = 0
SET g.building = $build
