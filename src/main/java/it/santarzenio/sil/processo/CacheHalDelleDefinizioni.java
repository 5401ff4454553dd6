package it.santarzenio.sil.processo;

import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The engine REST API's cache of the process definitions that Tasklist's lists embed (ADR 0025): without it, every
 * HAL list of tasks queries the definitions of its page again. It holds at most {@value #CAPIENZA} definitions, each
 * for {@value #SECONDI} seconds.
 *
 * <p>An entry is one version of a definition by its id, which never changes; only its suspension can, and a list shows
 * it at most {@value #SECONDI} seconds late. The cache lives in the engine REST API's {@link Hal} singleton, where the
 * engine's {@code HalRelationCacheBootstrap} would put it from a servlet-context parameter; the engine's
 * {@link DefaultHalResourceCache} is a plain {@code HashMap}, so {@link Sincronizzata} serialises its use by the
 * server's threads.
 */
@Component
class CacheHalDelleDefinizioni implements InitializingBean, DisposableBean {

    static final int CAPIENZA = 500;
    static final long SECONDI = 300;

    @Override
    public void afterPropertiesSet() {
        Hal.getInstance().registerHalRelationCache(HalProcessDefinition.class, new Sincronizzata(CAPIENZA, SECONDI));
    }

    @Override
    public void destroy() {
        Hal.getInstance().destroyHalRelationCaches();
    }

    /** The engine's cache, one thread at a time: a lookup, an insertion and an eviction take microseconds. */
    static final class Sincronizzata extends DefaultHalResourceCache {

        Sincronizzata(int capienza, long secondi) {
            super(capienza, secondi);
        }

        @Override
        public synchronized int size() {
            return super.size();
        }

        @Override
        public synchronized void put(String id, Object risorsa) {
            super.put(id, risorsa);
        }

        @Override
        public synchronized void remove(String id) {
            super.remove(id);
        }

        @Override
        public synchronized Object get(String id) {
            return super.get(id);
        }

        @Override
        public synchronized void destroy() {
            super.destroy();
        }
    }
}
