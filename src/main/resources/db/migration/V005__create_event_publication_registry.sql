-- Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc 2.1):
-- the durable outbox of cross-module domain events. A publication is written in the transaction that
-- publishes the event and completed when its listener has run, so no reaction is lost on a crash.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

COMMENT ON TABLE event_publication IS 'Outbox of domain events between modules (Spring Modulith); completed rows are kept for a while, incomplete ones are republished at start-up.';
