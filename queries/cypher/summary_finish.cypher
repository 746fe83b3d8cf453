// name: summary_finish
// description: make build $build the summary the reports read, if it is still the build
//   in progress (else another build started after it: nothing changes, done = 0).
// parameters: $build: str (required), $version: int (graph version read by summary_begin;
//   required), $counts: list of int (the counts read by summary_begin; required),
//   $person_min: int (facts a person needs for a PersonSummary; required)
MATCH (g:GraphState {id: 'graph'}) WHERE g.building = $build
SET g.summary_build = $build, g.summary_version = $version, g.summary_counts = $counts,
    g.summary_at = datetime(), g.summary_person_min = $person_min, g.building = null
RETURN count(g) AS done
