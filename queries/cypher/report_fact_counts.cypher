// name: report_fact_counts
// description: the number of stored facts per relation type (count-store lookups: constant
//   time), for sizing a graph in benchmarks and summaries.
// parameters: none
// example:
//   MATCH ()-[r:MET_WITH]->() RETURN count(r);
RETURN {HOLDS_OFFICE: COUNT { ()-[:HOLDS_OFFICE]->() }, MET_WITH: COUNT { ()-[:MET_WITH]->() },
        VISITED: COUNT { ()-[:VISITED]->() }, REQUESTED: COUNT { ()-[:REQUESTED]->() },
        AGREED: COUNT { ()-[:AGREED]->() }, PLEDGED: COUNT { ()-[:PLEDGED]->() },
        SUPPORTED: COUNT { ()-[:SUPPORTED]->() },
        EXPRESSED_CONCERN: COUNT { ()-[:EXPRESSED_CONCERN]->() },
        WARNED: COUNT { ()-[:WARNED]->() }, CRITICIZED: COUNT { ()-[:CRITICIZED]->() },
        SIGNED: COUNT { ()-[:SIGNED]->() }, WITHDREW_FROM: COUNT { ()-[:WITHDREW_FROM]->() },
        ALLY_OF: COUNT { ()-[:ALLY_OF]->() }} AS facts
