"""Named, parameterised Cypher statements and the reports built on them."""
