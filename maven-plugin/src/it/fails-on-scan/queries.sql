-- name: events_by_text
SELECT id FROM event WHERE data LIKE :pattern;
