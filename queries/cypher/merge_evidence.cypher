// name: merge_evidence
// description: merge a batch's evidence into stored facts of any type, found by the element
//   id write_facts returned in the same transaction (already write-locked). The evidence
//   of the articles in row.drop is removed and the row's added; lists stay sorted by
//   article (a merge of two sorted lists at cut points, no sort); support, confidence
//   and first/last seen follow (first/last seen are looked up from the remaining
//   articles only when a dropped article may have held them). Descriptive fields keep
//   the first known value unless no old evidence remains. A fact left without evidence
//   is deleted. The same rule in Python: graph.evidence.apply_evidence.
// parameters: $rows: list of graph.evidence.EvidenceRow maps plus id (element id), one
//   per fact
CYPHER replan=skip
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.id
WITH r, row, coalesce(r.evidence_articles, []) AS old, coalesce(r.articles, []) AS had,
     r.evidence_sentences AS os, r.evidence_starts AS ost, r.evidence_ends AS oen,
     r.evidence_confidences AS oc, size(row.articles) AS m
WITH r, row, old, os, ost, oen, oc, m, size(had) AS n_had,
     [i IN range(0, size(old) - 1) WHERE NOT old[i] IN row.drop] AS keep,
     [x IN had WHERE NOT x IN row.drop] AS kept
WITH r, row, old, os, ost, oen, oc, m, n_had, keep, kept,
     [0] + [x IN row.articles | size([i IN keep WHERE old[i] < x])] AS cut,
     [0] + [x IN row.articles | size([y IN kept WHERE y < x])] AS acut
WITH r, row, old, os, ost, oen, oc, n_had, kept,
     reduce(o = [], g IN range(0, m - 1) |
       o + keep[cut[g]..cut[g + 1]] + [j IN range(row.at[g], row.at[g + 1] - 1) | -1 - j]
     ) + keep[cut[m]..] AS ord,
     reduce(o = [], g IN range(0, m - 1) |
       o + kept[acut[g]..acut[g + 1]] + [row.articles[g]]
     ) + kept[acut[m]..] AS arts
WITH r, row, old, os, ost, oen, ord, arts, size(kept) = 0 AS fresh,
     [o IN ord | CASE WHEN o < 0 THEN row.confidences[-1 - o] ELSE oc[o] END] AS confs,
     CASE
       WHEN size(kept) = 0 THEN []
       WHEN size(kept) = n_had OR row.drop_first IS NULL OR r.first_seen IS NULL
         OR (r.first_seen < date(row.drop_first) AND r.last_seen > date(row.drop_last))
         THEN [r.first_seen, r.last_seen]
       ELSE COLLECT {
         UNWIND kept AS k
         MATCH (x:Article {id: k})
         WHERE x.published IS NOT NULL
         RETURN x.published
       }
     END + [date(row.first), date(row.last)] AS seen
WITH r, row, old, os, ost, oen, ord, arts, fresh, confs,
     [d IN seen WHERE d IS NOT NULL] AS seen
SET r.evidence_articles = [o IN ord | CASE WHEN o < 0 THEN row.evidence_articles[-1 - o] ELSE old[o] END],
    r.evidence_sentences = [o IN ord | CASE WHEN o < 0 THEN row.sentences[-1 - o] ELSE os[o] END],
    r.evidence_starts = [o IN ord | CASE WHEN o < 0 THEN row.starts[-1 - o] ELSE ost[o] END],
    r.evidence_ends = [o IN ord | CASE WHEN o < 0 THEN row.ends[-1 - o] ELSE oen[o] END],
    r.evidence_confidences = confs,
    r.articles = arts,
    r.support = size(arts),
    r.confidence = reduce(c = 0.0, x IN confs | CASE WHEN x > c THEN x ELSE c END),
    r.first_seen = reduce(f = null, d IN seen | CASE WHEN f IS NULL OR d < f THEN d ELSE f END),
    r.last_seen = reduce(l = null, d IN seen | CASE WHEN l IS NULL OR d > l THEN d ELSE l END),
    r.place = CASE WHEN fresh THEN row.place ELSE coalesce(r.place, row.place) END,
    r.what = CASE WHEN fresh THEN row.what ELSE coalesce(r.what, row.what) END,
    r.about = CASE WHEN fresh THEN row.about ELSE coalesce(r.about, row.about) END,
    r.title = CASE WHEN fresh THEN row.title ELSE coalesce(r.title, row.title) END,
    r.mode = CASE WHEN fresh THEN row.mode ELSE coalesce(r.mode, row.mode) END,
    r.event = CASE WHEN fresh THEN row.event ELSE coalesce(r.event, row.event) END,
    r.cameo = CASE WHEN fresh THEN row.cameo ELSE coalesce(r.cameo, row.cameo) END
WITH r, arts
WHERE size(arts) = 0
DELETE r
