package it.santarzenio.sil.processo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API with one JSON mapper for the whole application instead of a new one per request (ADR 0025).
 *
 * <p>The engine's {@link JacksonConfigurator} answers every lookup of the mapper with a new {@link ObjectMapper}, so
 * each request builds again the deserializers of its body and of the stored query of a Tasklist filter: a fifth of
 * the time of a filter's list at 100,000 open cases went there (JFR). This configuration registers the engine's
 * resources and providers as the starter does, with a resolver that hands out one mapper configured by the engine's
 * own {@link JacksonConfigurator#configureObjectMapper} (its date format, its unknown-property rule, its Java time
 * module). Nothing in the engine REST API reconfigures the mapper it receives, so sharing it is safe: a configured
 * {@code ObjectMapper} is thread-safe, and it clones its date format for each use.
 */
@Configuration(proxyBeanMethods = false)
class MapperUnicoEngineRest {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new RisorseConMapperUnico();
    }

    /** The starter's Jersey configuration, with {@link MapperUnico} in place of {@link JacksonConfigurator}. */
    static class RisorseConMapperUnico extends CamundaJerseyResourceConfig {

        @Override
        protected void registerCamundaRestResources() {
            registerClasses(CamundaRestResources.getResourceClasses());
            registerClasses(configurazioneSenzaMapperPerRichiesta());
            register(new MapperUnico());
            register(JacksonFeature.class);
        }

        static Set<Class<?>> configurazioneSenzaMapperPerRichiesta() {
            return CamundaRestResources.getConfigurationClasses().stream()
                    .filter(classe -> classe != JacksonConfigurator.class)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The engine's mapper, built once. */
    @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
    static final class MapperUnico implements ContextResolver<ObjectMapper> {

        private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

        @Override
        public ObjectMapper getContext(Class<?> tipo) {
            return mapper;
        }
    }
}
