package it.santarzenio.sil.processo.sicurezza;

/** The check that the counters of ADR 0024 hold what the engine's tables give (PostgreSQL). */
public final class ContatoriEsatti {

    /**
     * The rows where the counters, totals and variations summed, differ from the same sums computed from the
     * engine's tables, each as a line of text: none when the counters are exact.
     */
    public static final String DIFFERENZE =
            """
            with vere as (
              select gruppi, definizione, assegnato, tenant, count(*) as n from (
                select array_agg(distinct l.GROUP_ID_::text order by l.GROUP_ID_::text) as gruppi,
                       coalesce(t.PROC_DEF_ID_, '') as definizione, t.ASSIGNEE_ is not null as assegnato,
                       coalesce(t.TENANT_ID_, '') as tenant
                  from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_
                 where l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null
                 group by t.ID_) compiti
              group by 1, 2, 3, 4),
            contate as (
              select GRUPPI_ as gruppi, PROC_DEF_ID_ as definizione, ASSEGNATO_ as assegnato, TENANT_ID_ as tenant,
                     sum(N_) as n
                from (select GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_ from SIL_CONTEGGIO_COMPITI
                      union all
                      select GRUPPI_, PROC_DEF_ID_, ASSEGNATO_, TENANT_ID_, N_ from SIL_CONTEGGIO_COMPITI_VAR) c
               group by 1, 2, 3, 4
              having sum(N_) <> 0)
            select array_to_string(coalesce(v.gruppi, c.gruppi), ',') || ' ' || coalesce(v.definizione, c.definizione)
                   || ' assegnati ' || coalesce(v.assegnato, c.assegnato) || ': ' || coalesce(v.n, 0)
                   || ' compiti, contati ' || coalesce(c.n, 0)
              from vere v full join contate c using (gruppi, definizione, assegnato, tenant)
             where v.n is distinct from c.n
            """;

    private ContatoriEsatti() {}
}
