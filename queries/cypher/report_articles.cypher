// name: report_articles
// description: title, outlet, publication date and URL of articles, by id: the evidence a
//   report cites.
// parameters: $ids: list of str (article ids; required)
// example:
//   :param ids => ['article:0123456789abcdef'];
UNWIND $ids AS aid
MATCH (a:Article {id: aid})
RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published, a.url AS url
