// name: write_articles
// description: create or fully replace Article nodes (never the text).
// parameters: $rows: list of {id: str, props: map (id, title, source, url, published: Date,
//   path, content_hash, fact_keys: list of str; null fields left out)}
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.props
