// name: remove_evidence
// description: delete the Evidence nodes of articles that are written again (index seek on
//   Evidence.article); the facts they supported are recounted by write_facts.
// parameters: $rows: list of {article: str}
CYPHER replan=skip
UNWIND $rows AS row
MATCH (e:Evidence {article: row.article})
DETACH DELETE e
