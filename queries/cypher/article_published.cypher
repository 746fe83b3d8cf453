// name: article_published
// description: publication dates of stored articles (to recompute a fact's first/last seen
//   when one article's evidence is removed).
// parameters: $ids: list of article ids
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.published AS published
