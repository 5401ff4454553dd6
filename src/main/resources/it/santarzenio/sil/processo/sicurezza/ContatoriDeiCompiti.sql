-- The counts of the open tasks by candidate groups (ADR 0024), kept by PostgreSQL itself as the engine writes its
-- tables: whatever writes a task or a candidate link (the engine's API, a migration, a deletion) passes through these
-- triggers. PREFIX is the engine's table prefix. Statements are separated by the lines "--;".
--
-- A task counts once, in the row of its set of candidate groups (sorted, without repeats), its definition, whether it
-- is assigned and its tenant ('' for none): a group filter's count is the sum of the rows whose set meets the
-- caller's groups, with no DISTINCT to compute. The triggers only ever insert variations (VAR), so two transactions
-- never wait on one another for a counter; a compaction folds them into the totals (TOT) now and then.

CREATE TABLE IF NOT EXISTS PREFIXSIL_CONTEGGIO_COMPITI (
    GRUPPI_ text[] NOT NULL,
    PROC_DEF_ID_ varchar(64) NOT NULL,
    ASSEGNATO_ boolean NOT NULL,
    TENANT_ID_ varchar(64) NOT NULL,
    N_ bigint NOT NULL,
    PRIMARY KEY (GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_)
)
--;
CREATE TABLE IF NOT EXISTS PREFIXSIL_CONTEGGIO_COMPITI_VAR (
    ID_ bigserial PRIMARY KEY,
    GRUPPI_ text[] NOT NULL,
    PROC_DEF_ID_ varchar(64) NOT NULL,
    ASSEGNATO_ boolean NOT NULL,
    TENANT_ID_ varchar(64) NOT NULL,
    N_ integer NOT NULL
)
--;
-- Links inserted, deleted or changed: for each task they touch, its set of candidate groups before and after the
-- statement; where the two differ, one task less in the old set's row and one more in the new one's. Before: the
-- links there now, less the ones the statement inserted, plus the ones it deleted. Set-based (joins, no search in an
-- array per row), so that one statement of 100,000 links costs what 100,000 rows cost, and summed by row.
CREATE OR REPLACE FUNCTION PREFIXSIL_CONTEGGIO_LINK() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    inseriti text[] := '{}';
    compiti_inseriti text[] := '{}';
    compiti_tolti text[] := '{}';
    gruppi_tolti text[] := '{}';
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT coalesce(array_agg(ID_), '{}'),
               coalesce(array_agg(TASK_ID_) FILTER (
                   WHERE TASK_ID_ IS NOT NULL AND TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL), '{}')
          INTO inseriti, compiti_inseriti
          FROM nuovi;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT coalesce(array_agg(TASK_ID_), '{}'), coalesce(array_agg(GROUP_ID_), '{}')
          INTO compiti_tolti, gruppi_tolti
          FROM vecchi
         WHERE TASK_ID_ IS NOT NULL AND TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL;
    END IF;
    IF cardinality(compiti_inseriti) = 0 AND cardinality(compiti_tolti) = 0 THEN
        RETURN NULL;
    END IF;
    WITH nuovi_id AS (SELECT DISTINCT i AS ID_ FROM unnest(inseriti) i),
         tolti AS (SELECT compito, gruppo FROM unnest(compiti_tolti, gruppi_tolti) AS d(compito, gruppo)),
         toccati AS (SELECT DISTINCT c AS compito FROM unnest(compiti_inseriti || compiti_tolti) c),
         gruppi AS (
            SELECT l.TASK_ID_::text AS compito, l.GROUP_ID_::text AS gruppo, true AS dopo, n.ID_ IS NULL AS prima
              FROM toccati k
              JOIN PREFIXACT_RU_IDENTITYLINK l ON l.TASK_ID_ = k.compito
              LEFT JOIN nuovi_id n ON n.ID_ = l.ID_
             WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL
            UNION ALL
            SELECT compito, gruppo, false, true FROM tolti),
         insiemi AS (
            SELECT compito,
                   array_agg(DISTINCT gruppo ORDER BY gruppo) FILTER (WHERE dopo) AS dopo,
                   array_agg(DISTINCT gruppo ORDER BY gruppo) FILTER (WHERE prima) AS prima
              FROM gruppi
             GROUP BY compito)
    INSERT INTO PREFIXSIL_CONTEGGIO_COMPITI_VAR (GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_)
    SELECT v.gruppi, coalesce(t.PROC_DEF_ID_, ''), t.ASSIGNEE_ IS NOT NULL, coalesce(t.TENANT_ID_, ''), sum(v.n)
      FROM insiemi s
      JOIN PREFIXACT_RU_TASK t ON t.ID_ = s.compito
     CROSS JOIN LATERAL (VALUES (s.prima, -1), (s.dopo, 1)) AS v(gruppi, n)
     WHERE s.prima IS DISTINCT FROM s.dopo
       AND v.gruppi IS NOT NULL
     GROUP BY 1, 2, 3, 4
    HAVING sum(v.n) <> 0;
    RETURN NULL;
END
$$
--;
-- Tasks changed: a task whose definition, tenant or being assigned changed leaves its row for another, with the
-- candidate groups it has.
CREATE OR REPLACE FUNCTION PREFIXSIL_CONTEGGIO_COMPITO() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO PREFIXSIL_CONTEGGIO_COMPITI_VAR (GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_)
    SELECT s.gruppi, v.definizione, v.assegnato, v.tenant, sum(v.n)
      FROM vecchi o
      JOIN nuovi c ON c.ID_ = o.ID_
     CROSS JOIN LATERAL (
            SELECT array_agg(DISTINCT l.GROUP_ID_::text ORDER BY l.GROUP_ID_::text) AS gruppi
              FROM PREFIXACT_RU_IDENTITYLINK l
             WHERE l.TASK_ID_ = c.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL) s
     CROSS JOIN LATERAL (VALUES
            (coalesce(o.PROC_DEF_ID_, ''), o.ASSIGNEE_ IS NOT NULL, coalesce(o.TENANT_ID_, ''), -1),
            (coalesce(c.PROC_DEF_ID_, ''), c.ASSIGNEE_ IS NOT NULL, coalesce(c.TENANT_ID_, ''), 1))
            AS v(definizione, assegnato, tenant, n)
     WHERE s.gruppi IS NOT NULL
       AND ((o.ASSIGNEE_ IS NULL) <> (c.ASSIGNEE_ IS NULL)
            OR o.PROC_DEF_ID_ IS DISTINCT FROM c.PROC_DEF_ID_
            OR o.TENANT_ID_ IS DISTINCT FROM c.TENANT_ID_)
     GROUP BY 1, 2, 3, 4
    HAVING sum(v.n) <> 0;
    RETURN NULL;
END
$$
--;
-- The totals computed again from the engine's tables, the variations dropped: at installation, and after a TRUNCATE
-- (which fires no row change). The caller holds the tables still.
CREATE OR REPLACE FUNCTION PREFIXSIL_CONTEGGIO_RICALCOLA() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM PREFIXSIL_CONTEGGIO_COMPITI_VAR;
    DELETE FROM PREFIXSIL_CONTEGGIO_COMPITI;
    INSERT INTO PREFIXSIL_CONTEGGIO_COMPITI (GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_)
    SELECT gruppi, definizione, assegnato, tenant, count(*)
      FROM (SELECT array_agg(DISTINCT l.GROUP_ID_::text ORDER BY l.GROUP_ID_::text) AS gruppi,
                   coalesce(t.PROC_DEF_ID_, '') AS definizione,
                   t.ASSIGNEE_ IS NOT NULL AS assegnato,
                   coalesce(t.TENANT_ID_, '') AS tenant
              FROM PREFIXACT_RU_TASK t
              JOIN PREFIXACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_
             WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL
             GROUP BY t.ID_) compiti
     GROUP BY gruppi, definizione, assegnato, tenant;
END
$$
--;
CREATE OR REPLACE FUNCTION PREFIXSIL_CONTEGGIO_TRONCATO() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM PREFIXSIL_CONTEGGIO_RICALCOLA();
    RETURN NULL;
END
$$
--;
-- The variations folded into the totals, in one statement: a count reads either both before or both after. One
-- node at a time (the transaction's advisory lock); a node that finds it taken leaves the work to the other.
CREATE OR REPLACE FUNCTION PREFIXSIL_CONTEGGIO_COMPATTA() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    piegate integer;
BEGIN
    IF NOT pg_try_advisory_xact_lock(LUCCHETTO) THEN
        RETURN 0;
    END IF;
    WITH tolte AS (DELETE FROM PREFIXSIL_CONTEGGIO_COMPITI_VAR RETURNING GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_),
         somme AS (SELECT GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, sum(N_) AS N_, count(*) AS righe
                     FROM tolte GROUP BY GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_),
         scritte AS (INSERT INTO PREFIXSIL_CONTEGGIO_COMPITI AS t (GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_)
                     SELECT GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_ FROM somme
                     ON CONFLICT (GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_) DO UPDATE SET N_ = t.N_ + EXCLUDED.N_)
    SELECT coalesce(sum(righe), 0) INTO piegate FROM somme;
    DELETE FROM PREFIXSIL_CONTEGGIO_COMPITI WHERE N_ = 0;
    RETURN piegate;
END
$$
--;
DROP TRIGGER IF EXISTS SIL_CONTEGGIO_LINK_INS ON PREFIXACT_RU_IDENTITYLINK
--;
DROP TRIGGER IF EXISTS SIL_CONTEGGIO_LINK_DEL ON PREFIXACT_RU_IDENTITYLINK
--;
DROP TRIGGER IF EXISTS SIL_CONTEGGIO_LINK_UPD ON PREFIXACT_RU_IDENTITYLINK
--;
DROP TRIGGER IF EXISTS SIL_CONTEGGIO_LINK_TRUNC ON PREFIXACT_RU_IDENTITYLINK
--;
DROP TRIGGER IF EXISTS SIL_CONTEGGIO_COMPITO_UPD ON PREFIXACT_RU_TASK
--;
CREATE TRIGGER SIL_CONTEGGIO_LINK_INS AFTER INSERT ON PREFIXACT_RU_IDENTITYLINK
    REFERENCING NEW TABLE AS nuovi FOR EACH STATEMENT EXECUTE FUNCTION PREFIXSIL_CONTEGGIO_LINK()
--;
CREATE TRIGGER SIL_CONTEGGIO_LINK_DEL AFTER DELETE ON PREFIXACT_RU_IDENTITYLINK
    REFERENCING OLD TABLE AS vecchi FOR EACH STATEMENT EXECUTE FUNCTION PREFIXSIL_CONTEGGIO_LINK()
--;
CREATE TRIGGER SIL_CONTEGGIO_LINK_UPD AFTER UPDATE ON PREFIXACT_RU_IDENTITYLINK
    REFERENCING OLD TABLE AS vecchi NEW TABLE AS nuovi FOR EACH STATEMENT EXECUTE FUNCTION PREFIXSIL_CONTEGGIO_LINK()
--;
CREATE TRIGGER SIL_CONTEGGIO_LINK_TRUNC AFTER TRUNCATE ON PREFIXACT_RU_IDENTITYLINK
    FOR EACH STATEMENT EXECUTE FUNCTION PREFIXSIL_CONTEGGIO_TRONCATO()
--;
CREATE TRIGGER SIL_CONTEGGIO_COMPITO_UPD AFTER UPDATE ON PREFIXACT_RU_TASK
    REFERENCING OLD TABLE AS vecchi NEW TABLE AS nuovi FOR EACH STATEMENT EXECUTE FUNCTION PREFIXSIL_CONTEGGIO_COMPITO()
