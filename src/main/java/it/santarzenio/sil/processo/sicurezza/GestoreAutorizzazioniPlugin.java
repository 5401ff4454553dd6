package it.santarzenio.sil.processo.sicurezza;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.io.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization manager is {@link GestoreAutorizzazioni} and its task manager
 * {@link CompitiDelleDefinizioni} (its group counts from the {@link ContatoriDeiCompiti} where installed): custom
 * session factories for their session types, which the engine looks up for
 * every command; the task manager's statements join the engine's MyBatis mappings once they are built.
 */
@Component
class GestoreAutorizzazioniPlugin extends AbstractProcessEnginePlugin {

    private final ContatoriDeiCompiti contatori;

    GestoreAutorizzazioniPlugin(ContatoriDeiCompiti contatori) {
        this.contatori = contatori;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configurazione) {
        var fabbriche = configurazione.getCustomSessionFactories() == null
                ? new ArrayList<SessionFactory>()
                : new ArrayList<>(configurazione.getCustomSessionFactories());
        fabbriche.add(fabbrica(AuthorizationManager.class, GestoreAutorizzazioni::new));
        fabbriche.add(fabbrica(TaskManager.class, () -> new CompitiDelleDefinizioni(contatori::attivi)));
        configurazione.setCustomSessionFactories(fabbriche);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configurazione) {
        var mybatis = configurazione.getSqlSessionFactory().getConfiguration();
        // A factory shared by several engines of one JVM (useSharedSqlSessionFactory) already has them.
        if (mybatis.hasStatement(CompitiDelleDefinizioni.CONTEGGIO, false)) {
            return;
        }
        try (var mappatura = Resources.getResourceAsStream(CompitiDelleDefinizioni.MAPPATURA)) {
            new XMLMapperBuilder(mappatura, mybatis, CompitiDelleDefinizioni.MAPPATURA, mybatis.getSqlFragments())
                    .parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SessionFactory fabbrica(Class<?> tipo, Supplier<Session> sessione) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return tipo;
            }

            @Override
            public Session openSession() {
                return sessione.get();
            }
        };
    }
}
