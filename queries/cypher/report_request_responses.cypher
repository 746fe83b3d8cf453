// name: report_request_responses
// description: responses to the requests a report shows (queries.report_facts.answers):
//   PLEDGED / SUPPORTED facts from the request target's side to the requester's side, or
//   AGREED between them, whose date range ends on or after the request's starts. A side is
//   a country and its officials (an entity without a country: itself). Per group of
//   requests with the same two sides, the candidates are read from the fact keys alone
//   (`REL|source|target|date`: one prefix seek `REL|responder|addressee|` per pair of side
//   members and type; AGREED ends sorted), then matched per request by date
//   (string compare of the key's partial date; an undated fact, empty key date, uses its
//   first_seen). Returns, per request key, the number of responses and the key of the
//   earliest (by date, then type, then key).
// parameters: $groups: list of maps {responders: list of str, addressees: list of str,
//   requests: list of maps {key: str, start: str (YYYY-MM-DD)}} (required)
// example:
//   :param groups => [{responders: ['country:CHN', 'person:wang-yi'], addressees: ['country:KOR'], requests: [{key: 'REQUESTED|country:KOR|country:CHN|2023-05-02', start: '2023-05-02'}]}];
UNWIND $groups AS g
CALL (g) {
  UNWIND g.responders AS m
  UNWIND g.addressees AS x
  MATCH ()-[r:PLEDGED]->() WHERE r.key STARTS WITH 'PLEDGED|' + m + '|' + x + '|'
  RETURN r.key AS key, 'PLEDGED' AS rel
  UNION ALL
  UNWIND g.responders AS m
  UNWIND g.addressees AS x
  MATCH ()-[r:SUPPORTED]->() WHERE r.key STARTS WITH 'SUPPORTED|' + m + '|' + x + '|'
  RETURN r.key AS key, 'SUPPORTED' AS rel
  UNION ALL
  UNWIND g.responders AS m
  UNWIND g.addressees AS x
  WITH m, x WHERE m <> x
  MATCH ()-[r:AGREED]->()
  WHERE r.key STARTS WITH 'AGREED|' + CASE WHEN m < x THEN m + '|' + x ELSE x + '|' + m END + '|'
  RETURN r.key AS key, 'AGREED' AS rel
}
WITH g, key, rel, split(key, '|')[3] AS d
CALL (key, d) {
  WITH key WHERE d = ''
  CALL (key) {
    MATCH ()-[r:PLEDGED {key: key}]->() RETURN r.first_seen AS seen
    UNION ALL
    MATCH ()-[r:SUPPORTED {key: key}]->() RETURN r.first_seen AS seen
    UNION ALL
    MATCH ()-[r:AGREED {key: key}]->() RETURN r.first_seen AS seen
  }
  RETURN toString(seen) AS when
  UNION ALL
  WITH d WHERE d <> '' RETURN d AS when
}
WITH g, key, rel, when WHERE when IS NOT NULL
UNWIND g.requests AS q
WITH q, key, rel, when WHERE when >= left(q.start, size(when))
WITH q, key, rel, when ORDER BY when, rel, key
RETURN q.key AS request, count(*) AS responses, collect(key)[0] AS first
