-- The entries list's shapes as db::time_entries::list writes them, each run with the plan
-- PostgreSQL makes generic after five runs of a kept statement (forced here), so a shape
-- whose generic plan cannot use its index shows. Used by scripts/scale-pg.sh. The texts are
-- the list's own: a test in app/src/db/time_entries.rs fails when they differ.
\set sel 'SELECT e.id, e.placement_id, e.citizen_id, c.name AS citizen_name, co.name AS company_name, e.starts_at, e.ends_at, e.break_minutes, e.note, e.source, e.status, e.reject_reason, e.reject_code, e.client_id, du.display_name AS decided_by_name, e.correction_reason, e.auto_confirmed, p.municipality_id, c.user_id AS citizen_user_id, p.mentor_user_id FROM time_entries e JOIN placements p ON p.id = e.placement_id JOIN citizens c ON c.id = e.citizen_id JOIN companies co ON co.id = p.company_id LEFT JOIN users du ON du.id = e.decided_by'
SET plan_cache_mode = force_generic_plan;
SELECT m.id AS mid FROM municipalities m WHERE m.name = 'Demo Kommune' \gset
SELECT c.user_id AS cuid FROM citizens c JOIN placements p ON p.citizen_id = c.id WHERE c.municipality_id = :mid AND p.status = 'active' AND c.user_id IS NOT NULL ORDER BY c.id LIMIT 1 \gset
SELECT p.mentor_user_id AS muid FROM placements p WHERE p.municipality_id = :mid AND p.mentor_user_id IS NOT NULL AND p.status='active' ORDER BY p.id LIMIT 1 \gset
SELECT c.caseworker_user_id AS cwid FROM citizens c WHERE c.municipality_id = :mid AND c.caseworker_user_id IS NOT NULL ORDER BY c.id LIMIT 1 \gset
SELECT extract(epoch from now())::bigint AS now \gset
PREPARE citizen_today(bigint, bigint, bigint, bigint, bigint) AS :sel WHERE p.municipality_id = $1 AND c.user_id = $2 AND e.municipality_id = $1 AND e.withdrawn_at IS NULL AND e.starts_at >= $3 AND e.starts_at < $4 ORDER BY e.starts_at DESC, e.id DESC LIMIT $5;
PREPARE all_of_municipality(bigint, bigint) AS :sel WHERE p.municipality_id = $1 AND e.municipality_id = $1 AND e.withdrawn_at IS NULL ORDER BY e.starts_at DESC, e.id DESC LIMIT $2;
PREPARE mentor_queue(bigint, bigint, bigint) AS :sel WHERE p.municipality_id = $1 AND p.mentor_user_id = $2 AND e.municipality_id = $1 AND e.withdrawn_at IS NULL AND e.status IN ('submitted') ORDER BY e.starts_at DESC, e.id DESC LIMIT $3;
PREPARE caseload(bigint, bigint, bigint, bigint) AS :sel WHERE p.municipality_id = $1 AND e.municipality_id = $1 AND e.withdrawn_at IS NULL AND e.starts_at >= $2 AND c.caseworker_user_id = $3 ORDER BY e.starts_at DESC, e.id DESC LIMIT $4;
PREPARE municipality_month(bigint, bigint, bigint, bigint) AS :sel WHERE p.municipality_id = $1 AND e.municipality_id = $1 AND e.withdrawn_at IS NULL AND e.starts_at >= $2 AND e.starts_at < $3 ORDER BY e.starts_at DESC, e.id DESC LIMIT $4;
\echo shape: citizen I dag (40 days)
EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON, TIMING OFF) EXECUTE citizen_today(:mid, :cuid, :now - 40*86400, :now + 2*86400, 1000);
\echo shape: a caseworker, all entries (API, no filter)
EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON, TIMING OFF) EXECUTE all_of_municipality(:mid, 1000);
\echo shape: a mentor, entries waiting (submitted)
EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON, TIMING OFF) EXECUTE mentor_queue(:mid, :muid, 2000);
\echo shape: caseload (one caseworker, 14 days)
EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON, TIMING OFF) EXECUTE caseload(:mid, :now - 14*86400, :cwid, 5000);
\echo shape: the municipality, one month
EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON, TIMING OFF) EXECUTE municipality_month(:mid, :now - 31*86400, :now, 1000);
