// name: report_bilateral_counts
// description: every fact between side A (country A and its officials) and side B, counted
//   server-side by relation type, direction and period, without reading the facts: each
//   (type, A member, B member) pair is one prefix seek on the type's `key` index
//   (`REL|source|target|date`, the key constraint's range index), and the date comes from
//   the key itself (an undated fact - empty key date - reads its first_seen). Window: a
//   fact's date (partial ISO) overlaps [$from_iso, $to_iso].
//   dir: 'ab' (A side -> B side), 'ba', or 'mutual' (symmetric types).
// parameters: $active_a: map type -> list of str (the members of side A - country A and its
//   officials - with facts of that type, from report_side_types; required),
//   $active_b: map type -> list of str (same for B; required), $rels: list of str (relation types to count;
//   required), $size: int (period length: 7 = month, 4 = year; default 7),
//   $from_iso: str|null (window start, YYYY-MM-DD; default null), $to_iso: str|null (default null)
// example:
//   :param active_a => {MET_WITH: ['person:park-jin'], REQUESTED: ['country:KOR', 'person:park-jin']};
//   :param active_b => {MET_WITH: ['person:wang-yi'], REQUESTED: ['country:CHN']};
//   :param rels => ['MET_WITH', 'VISITED', 'REQUESTED', 'AGREED', 'PLEDGED', 'SUPPORTED', 'EXPRESSED_CONCERN', 'WARNED', 'CRITICIZED', 'ALLY_OF'];
//   :param size => 7;
//   :param from_iso => null;
//   :param to_iso => null;
CALL () {
  UNWIND CASE WHEN 'MET_WITH' IN $rels THEN coalesce($active_a['MET_WITH'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['MET_WITH'], []) AS y
  WITH 'mutual' AS dir, 'MET_WITH|' + CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END + '|' AS prefix
  MATCH ()-[r:MET_WITH]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'MET_WITH' AS rel, dir, when
  UNION ALL
  UNWIND CASE WHEN 'VISITED' IN $rels THEN coalesce($active_a['VISITED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['VISITED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'VISITED|' + e[1] + '|' AS prefix
  MATCH ()-[r:VISITED]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'VISITED' AS rel, dir, when
  UNION ALL
  UNWIND CASE WHEN 'REQUESTED' IN $rels THEN coalesce($active_a['REQUESTED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['REQUESTED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'REQUESTED|' + e[1] + '|' AS prefix
  MATCH ()-[r:REQUESTED]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'REQUESTED' AS rel, dir, when
  UNION ALL
  UNWIND CASE WHEN 'AGREED' IN $rels THEN coalesce($active_a['AGREED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['AGREED'], []) AS y
  WITH 'mutual' AS dir, 'AGREED|' + CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END + '|' AS prefix
  MATCH ()-[r:AGREED]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'AGREED' AS rel, dir, when
  UNION ALL
  UNWIND CASE WHEN 'PLEDGED' IN $rels THEN coalesce($active_a['PLEDGED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['PLEDGED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'PLEDGED|' + e[1] + '|' AS prefix
  MATCH ()-[r:PLEDGED]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'PLEDGED' AS rel, dir, when
  UNION ALL
  UNWIND CASE WHEN 'SUPPORTED' IN $rels THEN coalesce($active_a['SUPPORTED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['SUPPORTED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'SUPPORTED|' + e[1] + '|' AS prefix
  MATCH ()-[r:SUPPORTED]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'SUPPORTED' AS rel, dir, when
  UNION ALL
  UNWIND CASE WHEN 'EXPRESSED_CONCERN' IN $rels THEN coalesce($active_a['EXPRESSED_CONCERN'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['EXPRESSED_CONCERN'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'EXPRESSED_CONCERN|' + e[1] + '|' AS prefix
  MATCH ()-[r:EXPRESSED_CONCERN]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'EXPRESSED_CONCERN' AS rel, dir, when
  UNION ALL
  UNWIND CASE WHEN 'WARNED' IN $rels THEN coalesce($active_a['WARNED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['WARNED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'WARNED|' + e[1] + '|' AS prefix
  MATCH ()-[r:WARNED]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'WARNED' AS rel, dir, when
  UNION ALL
  UNWIND CASE WHEN 'CRITICIZED' IN $rels THEN coalesce($active_a['CRITICIZED'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['CRITICIZED'], []) AS y
  UNWIND [['ab', x + '|' + y], ['ba', y + '|' + x]] AS e
  WITH e[0] AS dir, 'CRITICIZED|' + e[1] + '|' AS prefix
  MATCH ()-[r:CRITICIZED]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'CRITICIZED' AS rel, dir, when
  UNION ALL
  UNWIND CASE WHEN 'ALLY_OF' IN $rels THEN coalesce($active_a['ALLY_OF'], []) ELSE [] END AS x
  UNWIND coalesce($active_b['ALLY_OF'], []) AS y
  WITH 'mutual' AS dir, 'ALLY_OF|' + CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END + '|' AS prefix
  MATCH ()-[r:ALLY_OF]->() WHERE r.key STARTS WITH prefix
  WITH dir, prefix, r, substring(r.key, size(prefix)) AS d WHERE NOT d CONTAINS '|'
  WITH dir, CASE d WHEN '' THEN toString(r.first_seen) ELSE d END AS when
  WHERE ($from_iso IS NULL OR when >= left($from_iso, size(when))) AND ($to_iso IS NULL OR when <= $to_iso)
  RETURN 'ALLY_OF' AS rel, dir, when
}

RETURN rel, dir, left(when, $size) AS period, count(*) AS n, min(when) AS first, max(when) AS last
