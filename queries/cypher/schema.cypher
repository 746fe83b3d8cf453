// name: schema
// description: constraints and indexes of the dipgraph graph; every statement is
//   idempotent (IF NOT EXISTS). Run one by one, in order, by graph.schema.apply_schema.
// parameters: none (DDL cannot take parameters)

// Uniqueness of `id` on every node label (Entity is the shared label of all entities).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT accord_id IF NOT EXISTS FOR (n:Accord) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
// The one GraphState node (graph version, current summary build: graph/SUMMARY.md).
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (n:GraphState) REQUIRE n.id IS UNIQUE;

// Uniqueness of the fact key per relationship type (also the index MERGE seeks on).
CREATE CONSTRAINT holds_office_key IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT met_with_key IF NOT EXISTS FOR ()-[r:MET_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT requested_key IF NOT EXISTS FOR ()-[r:REQUESTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT agreed_key IF NOT EXISTS FOR ()-[r:AGREED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT pledged_key IF NOT EXISTS FOR ()-[r:PLEDGED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT supported_key IF NOT EXISTS FOR ()-[r:SUPPORTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT expressed_concern_key IF NOT EXISTS FOR ()-[r:EXPRESSED_CONCERN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT warned_key IF NOT EXISTS FOR ()-[r:WARNED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT criticized_key IF NOT EXISTS FOR ()-[r:CRITICIZED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT signed_key IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT withdrew_from_key IF NOT EXISTS FOR ()-[r:WITHDREW_FROM]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT ally_of_key IF NOT EXISTS FOR ()-[r:ALLY_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT participated_in_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT held_in_key IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.key IS UNIQUE;

// Name lookups (search, entity resolution) and article dates/hashes.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX accord_name IF NOT EXISTS FOR (n:Accord) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.content_hash);

// Evidence of a fact (by its key) and of an article (by its id: reloads drop it).
CREATE INDEX evidence_key IF NOT EXISTS FOR (n:Evidence) ON (n.key);
// Newest evidence of a fact first (report_evidence); undated evidence is not in it.
CREATE INDEX evidence_key_published IF NOT EXISTS FOR (n:Evidence) ON (n.key, n.published);
CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.article);

// Fact date ranges per relationship type, for time-window reports.
CREATE INDEX holds_office_dates IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.date_start, r.date_end);
CREATE INDEX met_with_dates IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.date_start, r.date_end);
CREATE INDEX visited_dates IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.date_start, r.date_end);
CREATE INDEX requested_dates IF NOT EXISTS FOR ()-[r:REQUESTED]-() ON (r.date_start, r.date_end);
CREATE INDEX agreed_dates IF NOT EXISTS FOR ()-[r:AGREED]-() ON (r.date_start, r.date_end);
CREATE INDEX pledged_dates IF NOT EXISTS FOR ()-[r:PLEDGED]-() ON (r.date_start, r.date_end);
CREATE INDEX supported_dates IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.date_start, r.date_end);
CREATE INDEX expressed_concern_dates IF NOT EXISTS FOR ()-[r:EXPRESSED_CONCERN]-() ON (r.date_start, r.date_end);
CREATE INDEX warned_dates IF NOT EXISTS FOR ()-[r:WARNED]-() ON (r.date_start, r.date_end);
CREATE INDEX criticized_dates IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.date_start, r.date_end);
CREATE INDEX signed_dates IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.date_start, r.date_end);
CREATE INDEX withdrew_from_dates IF NOT EXISTS FOR ()-[r:WITHDREW_FROM]-() ON (r.date_start, r.date_end);
CREATE INDEX ally_of_dates IF NOT EXISTS FOR ()-[r:ALLY_OF]-() ON (r.date_start, r.date_end);

// The report summary (graph/SUMMARY.md): one seek per side pair, side and period, person.
CREATE INDEX dyad_summary IF NOT EXISTS FOR (n:DyadSummary) ON (n.build, n.a, n.b);
CREATE INDEX accord_summary IF NOT EXISTS FOR (n:AccordSummary) ON (n.build, n.side, n.period);
CREATE INDEX person_summary IF NOT EXISTS FOR (n:PersonSummary) ON (n.build, n.person);
