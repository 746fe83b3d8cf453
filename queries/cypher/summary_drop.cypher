// name: summary_drop
// description: delete the summary nodes of every build other than the current one and
//   the one in progress (an interrupted build leaves nodes behind; a finished build
//   replaces the old one), in inner transactions of 10,000. Auto-commit only (session.run).
// parameters: none
OPTIONAL MATCH (g:GraphState {id: 'graph'})
WITH [b IN [g.summary_build, g.building] WHERE b IS NOT NULL] AS keep
MATCH (s:DyadSummary|AccordSummary|PersonSummary) WHERE NOT s.build IN keep
CALL (s) { DELETE s } IN TRANSACTIONS OF 10000 ROWS
