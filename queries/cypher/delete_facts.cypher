// name: delete_facts (per relationship type: __REL__ is a RelationType value)
// description: delete facts left without evidence after an article was replaced.
// parameters: $keys: list of fact keys
UNWIND $keys AS k
MATCH ()-[r:__REL__ {key: k}]->()
DELETE r
