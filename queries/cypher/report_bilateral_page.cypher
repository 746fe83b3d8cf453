// name: report_bilateral_page
// description: the newest $limit facts between side A and side B of the types $rels in the
//   window, newest first by stated date (undated facts last, by first report date), each
//   once (a person on both sides would bring a fact twice), plus
//   the newest $limit of each type in $split that are not among them (one statement for a
//   report's timeline and its per-type lists: the first $limit rows are the timeline). Each
//   (type, A member, B member) range seek on the `key` index reads at most $limit keys in
//   index order (the key ends with the date), so the cost does not grow with the dyad's
//   size; only the shown facts are read. The range starts at the window's first month and
//   ends at its last day, so keys outside the window are not read; with a window start,
//   two more exact seeks per pair find the keys the range misses that may still overlap:
//   the undated key (date '': dated by its first report) and the year-only key of the
//   window's first year (it sorts before that year's months). Standard fact shape
//   plus dir ('ab', 'ba', 'mutual') and place_name; props.key names the fact for
//   report_evidence (the one statement reports read evidence through).
// parameters: $active_a: map type -> list of str (members of side A with facts of the type,
//   from report_side_types; required), $active_b: map (same for B; required),
//   $rels: list of str (required), $limit: int (the bilateral report passes 25 unless
//   asked; default 100), $split: list of str (types also paged on their own; required,
//   may be []),
//   $from_iso: str|null (default null), $to_iso: str|null (default null)
// columns: dir, rel, src, dst, props, src_country, dst_country, place_name
// example:
//   :param active_a => {MET_WITH: ['person:park-jin'], REQUESTED: ['country:KOR', 'person:park-jin']};
//   :param active_b => {MET_WITH: ['person:wang-yi'], REQUESTED: ['country:CHN']};
//   :param rels => ['MET_WITH', 'VISITED', 'REQUESTED', 'AGREED', 'PLEDGED', 'SUPPORTED', 'EXPRESSED_CONCERN', 'WARNED', 'CRITICIZED', 'ALLY_OF'];
//   :param limit => 100;
//   :param split => ['MET_WITH', 'REQUESTED'];
//   :param from_iso => null;
//   :param to_iso => null;
CALL () {
  UNWIND CASE WHEN 'MET_WITH' IN $rels THEN coalesce($active_a['MET_WITH'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['MET_WITH'], []) AS y
  WITH 'mutual' AS dir, 'MET_WITH|' + CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:MET_WITH]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'MET_WITH' IN $rels THEN coalesce($active_a['MET_WITH'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['MET_WITH'], []) AS y
  WITH 'mutual' AS dir, 'MET_WITH|' + CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:MET_WITH]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN 'VISITED' IN $rels THEN coalesce($active_a['VISITED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['VISITED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'VISITED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:VISITED]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'VISITED' IN $rels THEN coalesce($active_a['VISITED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['VISITED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'VISITED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:VISITED]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN 'REQUESTED' IN $rels THEN coalesce($active_a['REQUESTED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['REQUESTED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'REQUESTED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:REQUESTED]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'REQUESTED' IN $rels THEN coalesce($active_a['REQUESTED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['REQUESTED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'REQUESTED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:REQUESTED]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN 'AGREED' IN $rels THEN coalesce($active_a['AGREED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['AGREED'], []) AS y
  WITH 'mutual' AS dir, 'AGREED|' + CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:AGREED]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'AGREED' IN $rels THEN coalesce($active_a['AGREED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['AGREED'], []) AS y
  WITH 'mutual' AS dir, 'AGREED|' + CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:AGREED]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN 'PLEDGED' IN $rels THEN coalesce($active_a['PLEDGED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['PLEDGED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'PLEDGED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:PLEDGED]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'PLEDGED' IN $rels THEN coalesce($active_a['PLEDGED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['PLEDGED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'PLEDGED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:PLEDGED]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN 'SUPPORTED' IN $rels THEN coalesce($active_a['SUPPORTED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['SUPPORTED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'SUPPORTED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:SUPPORTED]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'SUPPORTED' IN $rels THEN coalesce($active_a['SUPPORTED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['SUPPORTED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'SUPPORTED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:SUPPORTED]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN 'EXPRESSED_CONCERN' IN $rels THEN coalesce($active_a['EXPRESSED_CONCERN'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['EXPRESSED_CONCERN'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'EXPRESSED_CONCERN|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:EXPRESSED_CONCERN]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'EXPRESSED_CONCERN' IN $rels THEN coalesce($active_a['EXPRESSED_CONCERN'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['EXPRESSED_CONCERN'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'EXPRESSED_CONCERN|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:EXPRESSED_CONCERN]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN 'WARNED' IN $rels THEN coalesce($active_a['WARNED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['WARNED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'WARNED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:WARNED]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'WARNED' IN $rels THEN coalesce($active_a['WARNED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['WARNED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'WARNED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:WARNED]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN 'CRITICIZED' IN $rels THEN coalesce($active_a['CRITICIZED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['CRITICIZED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'CRITICIZED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:CRITICIZED]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'CRITICIZED' IN $rels THEN coalesce($active_a['CRITICIZED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['CRITICIZED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'CRITICIZED|' + e[1] + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:CRITICIZED]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN 'ALLY_OF' IN $rels THEN coalesce($active_a['ALLY_OF'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['ALLY_OF'], []) AS y
  WITH 'mutual' AS dir, 'ALLY_OF|' + CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:ALLY_OF]->()
      WHERE r.key >= prefix + coalesce(left($from_iso, 7), '') AND r.key <= prefix + coalesce($to_iso, '~')
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
  UNION ALL
  UNWIND CASE WHEN $from_iso IS NOT NULL AND 'ALLY_OF' IN $rels THEN coalesce($active_a['ALLY_OF'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['ALLY_OF'], []) AS y
  WITH 'mutual' AS dir, 'ALLY_OF|' + CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END + '|' AS prefix
  CALL (dir, prefix) {
    MATCH ()-[r:ALLY_OF]->() WHERE r.key IN [prefix, prefix + left($from_iso, 4)]
    WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
    WITH dir, r, d, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
    WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
    RETURN r, d, when ORDER BY r.key DESC LIMIT $limit
  }
  RETURN dir, r, d, when
}

WITH DISTINCT dir, r, d = '' AS undated, when ORDER BY undated, coalesce(when, '') DESC, r.key
WITH collect({dir: dir, r: r, undated: undated, when: when}) AS rows
WITH rows[..$limit] + reduce(more = [], t IN coalesce($split, []) |
       more + [x IN rows WHERE type(x.r) = t][..$limit]) AS picked
UNWIND picked AS x
WITH DISTINCT x.dir AS dir, x.r AS r, x.undated AS undated, x.when AS when
WITH dir, r, undated, when, startNode(r) AS s, endNode(r) AS t
RETURN dir, type(r) AS rel,
       s {.id, .name, type: [l IN labels(s) WHERE l <> 'Entity'][0]} AS src,
       t {.id, .name, type: [l IN labels(t) WHERE l <> 'Entity'][0]} AS dst,
       r {.symmetric, .date, date_start: toString(r.date_start), date_end: toString(r.date_end),
          first_seen: toString(r.first_seen), last_seen: toString(r.last_seen), .place, .what,
          .about, .title, .mode, .event, .confidence, .support, .key} AS props,
       CASE WHEN s:Country THEN s.id ELSE coalesce(s.country, COLLECT {
         MATCH (s)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0]) END AS src_country,
       CASE WHEN t:Country THEN t.id ELSE coalesce(t.country, COLLECT {
         MATCH (t)-[:HOLDS_OFFICE]->(c:Country) RETURN c.id ORDER BY c.id }[0]) END AS dst_country,
       COLLECT { MATCH (pl:Entity {id: r.place}) RETURN pl.name }[0] AS place_name
ORDER BY undated, coalesce(when, '') DESC, r.key
