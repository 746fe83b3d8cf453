// name: report_person_page
// description: the newest $limit facts of one person: types in $out where the person is the
//   source, types in $in where it is the target (symmetric types: either end); newest first
//   by stated date, undated facts last (by first report date). Per type, a busy person's
//   facts (types in $dense, chosen by the caller from the degree) are found by walking the
//   type's (date_start, date_end) range index newest first and keeping the person's facts,
//   so at most a few times $limit entries are read; other persons' facts by expanding the
//   node (HOLDS_OFFICE and ALLY_OF are stored undated: always expanded). The dense walk
//   skips undated facts (they sort last, after >= $limit dated ones).
//   (A type not walked gets an empty index range, so its walk reads nothing.)
//   Window: [$lo, $hi] (Dates; pass 0001-01-01 / 9999-12-31 and $windowed = false for none).
//   Standard fact shape plus place_name; props.key names the fact for report_evidence.
// parameters: $person: str (required), $out: list of str (required), $in: list of str
//   (required), $dense: list of str (default []), $lo: Date (required), $hi: Date (required),
//   $windowed: bool (default false), $limit: int (default 100; the person report passes
//   25 unless asked)
// columns: rel, src, dst, props, src_country, dst_country, place_name
// example:
//   :param person => 'person:wang-yi';
//   :param out => ['MET_WITH'];
//   :param in => ['MET_WITH'];
//   :param dense => [];
//   :param lo => date('0001-01-01');
//   :param hi => date('9999-12-31');
//   :param windowed => false;
//   :param limit => 100;
MATCH (p:Person {id: $person})
CALL (p) {
    WITH p WHERE NOT 'HOLDS_OFFICE' IN $dense AND ('HOLDS_OFFICE' IN $out OR 'HOLDS_OFFICE' IN $in)
    MATCH (p)-[r:HOLDS_OFFICE]-()
    WHERE ((startNode(r) = p AND 'HOLDS_OFFICE' IN $out) OR (endNode(r) = p AND 'HOLDS_OFFICE' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'MET_WITH' IN $dense AND ('MET_WITH' IN $out OR 'MET_WITH' IN $in)
    MATCH (x)-[r:MET_WITH]->(y) USING INDEX r:MET_WITH(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'MET_WITH' IN $dense AND ('MET_WITH' IN $out OR 'MET_WITH' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'MET_WITH' IN $dense AND ('MET_WITH' IN $out OR 'MET_WITH' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'MET_WITH' IN $out) OR (y = p AND 'MET_WITH' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'MET_WITH' IN $dense AND ('MET_WITH' IN $out OR 'MET_WITH' IN $in)
    MATCH (p)-[r:MET_WITH]-()
    WHERE ((startNode(r) = p AND 'MET_WITH' IN $out) OR (endNode(r) = p AND 'MET_WITH' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'VISITED' IN $dense AND ('VISITED' IN $out OR 'VISITED' IN $in)
    MATCH (x)-[r:VISITED]->(y) USING INDEX r:VISITED(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'VISITED' IN $dense AND ('VISITED' IN $out OR 'VISITED' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'VISITED' IN $dense AND ('VISITED' IN $out OR 'VISITED' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'VISITED' IN $out) OR (y = p AND 'VISITED' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'VISITED' IN $dense AND ('VISITED' IN $out OR 'VISITED' IN $in)
    MATCH (p)-[r:VISITED]-()
    WHERE ((startNode(r) = p AND 'VISITED' IN $out) OR (endNode(r) = p AND 'VISITED' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'REQUESTED' IN $dense AND ('REQUESTED' IN $out OR 'REQUESTED' IN $in)
    MATCH (x)-[r:REQUESTED]->(y) USING INDEX r:REQUESTED(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'REQUESTED' IN $dense AND ('REQUESTED' IN $out OR 'REQUESTED' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'REQUESTED' IN $dense AND ('REQUESTED' IN $out OR 'REQUESTED' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'REQUESTED' IN $out) OR (y = p AND 'REQUESTED' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'REQUESTED' IN $dense AND ('REQUESTED' IN $out OR 'REQUESTED' IN $in)
    MATCH (p)-[r:REQUESTED]-()
    WHERE ((startNode(r) = p AND 'REQUESTED' IN $out) OR (endNode(r) = p AND 'REQUESTED' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'AGREED' IN $dense AND ('AGREED' IN $out OR 'AGREED' IN $in)
    MATCH (x)-[r:AGREED]->(y) USING INDEX r:AGREED(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'AGREED' IN $dense AND ('AGREED' IN $out OR 'AGREED' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'AGREED' IN $dense AND ('AGREED' IN $out OR 'AGREED' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'AGREED' IN $out) OR (y = p AND 'AGREED' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'AGREED' IN $dense AND ('AGREED' IN $out OR 'AGREED' IN $in)
    MATCH (p)-[r:AGREED]-()
    WHERE ((startNode(r) = p AND 'AGREED' IN $out) OR (endNode(r) = p AND 'AGREED' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'PLEDGED' IN $dense AND ('PLEDGED' IN $out OR 'PLEDGED' IN $in)
    MATCH (x)-[r:PLEDGED]->(y) USING INDEX r:PLEDGED(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'PLEDGED' IN $dense AND ('PLEDGED' IN $out OR 'PLEDGED' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'PLEDGED' IN $dense AND ('PLEDGED' IN $out OR 'PLEDGED' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'PLEDGED' IN $out) OR (y = p AND 'PLEDGED' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'PLEDGED' IN $dense AND ('PLEDGED' IN $out OR 'PLEDGED' IN $in)
    MATCH (p)-[r:PLEDGED]-()
    WHERE ((startNode(r) = p AND 'PLEDGED' IN $out) OR (endNode(r) = p AND 'PLEDGED' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'SUPPORTED' IN $dense AND ('SUPPORTED' IN $out OR 'SUPPORTED' IN $in)
    MATCH (x)-[r:SUPPORTED]->(y) USING INDEX r:SUPPORTED(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'SUPPORTED' IN $dense AND ('SUPPORTED' IN $out OR 'SUPPORTED' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'SUPPORTED' IN $dense AND ('SUPPORTED' IN $out OR 'SUPPORTED' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'SUPPORTED' IN $out) OR (y = p AND 'SUPPORTED' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'SUPPORTED' IN $dense AND ('SUPPORTED' IN $out OR 'SUPPORTED' IN $in)
    MATCH (p)-[r:SUPPORTED]-()
    WHERE ((startNode(r) = p AND 'SUPPORTED' IN $out) OR (endNode(r) = p AND 'SUPPORTED' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'EXPRESSED_CONCERN' IN $dense AND ('EXPRESSED_CONCERN' IN $out OR 'EXPRESSED_CONCERN' IN $in)
    MATCH (x)-[r:EXPRESSED_CONCERN]->(y) USING INDEX r:EXPRESSED_CONCERN(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'EXPRESSED_CONCERN' IN $dense AND ('EXPRESSED_CONCERN' IN $out OR 'EXPRESSED_CONCERN' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'EXPRESSED_CONCERN' IN $dense AND ('EXPRESSED_CONCERN' IN $out OR 'EXPRESSED_CONCERN' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'EXPRESSED_CONCERN' IN $out) OR (y = p AND 'EXPRESSED_CONCERN' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'EXPRESSED_CONCERN' IN $dense AND ('EXPRESSED_CONCERN' IN $out OR 'EXPRESSED_CONCERN' IN $in)
    MATCH (p)-[r:EXPRESSED_CONCERN]-()
    WHERE ((startNode(r) = p AND 'EXPRESSED_CONCERN' IN $out) OR (endNode(r) = p AND 'EXPRESSED_CONCERN' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'WARNED' IN $dense AND ('WARNED' IN $out OR 'WARNED' IN $in)
    MATCH (x)-[r:WARNED]->(y) USING INDEX r:WARNED(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'WARNED' IN $dense AND ('WARNED' IN $out OR 'WARNED' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'WARNED' IN $dense AND ('WARNED' IN $out OR 'WARNED' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'WARNED' IN $out) OR (y = p AND 'WARNED' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'WARNED' IN $dense AND ('WARNED' IN $out OR 'WARNED' IN $in)
    MATCH (p)-[r:WARNED]-()
    WHERE ((startNode(r) = p AND 'WARNED' IN $out) OR (endNode(r) = p AND 'WARNED' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'CRITICIZED' IN $dense AND ('CRITICIZED' IN $out OR 'CRITICIZED' IN $in)
    MATCH (x)-[r:CRITICIZED]->(y) USING INDEX r:CRITICIZED(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'CRITICIZED' IN $dense AND ('CRITICIZED' IN $out OR 'CRITICIZED' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'CRITICIZED' IN $dense AND ('CRITICIZED' IN $out OR 'CRITICIZED' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'CRITICIZED' IN $out) OR (y = p AND 'CRITICIZED' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'CRITICIZED' IN $dense AND ('CRITICIZED' IN $out OR 'CRITICIZED' IN $in)
    MATCH (p)-[r:CRITICIZED]-()
    WHERE ((startNode(r) = p AND 'CRITICIZED' IN $out) OR (endNode(r) = p AND 'CRITICIZED' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'SIGNED' IN $dense AND ('SIGNED' IN $out OR 'SIGNED' IN $in)
    MATCH (x)-[r:SIGNED]->(y) USING INDEX r:SIGNED(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'SIGNED' IN $dense AND ('SIGNED' IN $out OR 'SIGNED' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'SIGNED' IN $dense AND ('SIGNED' IN $out OR 'SIGNED' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'SIGNED' IN $out) OR (y = p AND 'SIGNED' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'SIGNED' IN $dense AND ('SIGNED' IN $out OR 'SIGNED' IN $in)
    MATCH (p)-[r:SIGNED]-()
    WHERE ((startNode(r) = p AND 'SIGNED' IN $out) OR (endNode(r) = p AND 'SIGNED' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE 'WITHDREW_FROM' IN $dense AND ('WITHDREW_FROM' IN $out OR 'WITHDREW_FROM' IN $in)
    MATCH (x)-[r:WITHDREW_FROM]->(y) USING INDEX r:WITHDREW_FROM(date_start, date_end)
    WHERE r.date_start <= CASE WHEN 'WITHDREW_FROM' IN $dense AND ('WITHDREW_FROM' IN $out OR 'WITHDREW_FROM' IN $in) THEN $hi ELSE date('0001-01-01') END
      AND r.date_start >= CASE WHEN 'WITHDREW_FROM' IN $dense AND ('WITHDREW_FROM' IN $out OR 'WITHDREW_FROM' IN $in) THEN date('0001-01-01') ELSE $hi END
      AND r.date_end >= $lo
      AND ((x = p AND 'WITHDREW_FROM' IN $out) OR (y = p AND 'WITHDREW_FROM' IN $in))
    WITH r ORDER BY r.date_start DESC LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'WITHDREW_FROM' IN $dense AND ('WITHDREW_FROM' IN $out OR 'WITHDREW_FROM' IN $in)
    MATCH (p)-[r:WITHDREW_FROM]-()
    WHERE ((startNode(r) = p AND 'WITHDREW_FROM' IN $out) OR (endNode(r) = p AND 'WITHDREW_FROM' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
    UNION ALL
    WITH p WHERE NOT 'ALLY_OF' IN $dense AND ('ALLY_OF' IN $out OR 'ALLY_OF' IN $in)
    MATCH (p)-[r:ALLY_OF]-()
    WHERE ((startNode(r) = p AND 'ALLY_OF' IN $out) OR (endNode(r) = p AND 'ALLY_OF' IN $in))
      AND (NOT $windowed OR (coalesce(r.date_end, r.first_seen) >= $lo
                             AND coalesce(r.date_start, r.first_seen) <= $hi))
    WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
    LIMIT $limit
    RETURN r
}
WITH r ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
LIMIT $limit
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN type(r) AS rel,
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
ORDER BY r.date_start IS NULL, r.date_start DESC, r.first_seen DESC, r.key
