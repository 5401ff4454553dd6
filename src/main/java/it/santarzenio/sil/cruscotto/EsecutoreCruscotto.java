package it.santarzenio.sil.cruscotto;

import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads of the Cruscotto's parallel groups ({@link CruscottoService}): two per node, so that a manager's request
 * takes at most two more connections of the pool while it runs; a group that finds both threads busy runs in the
 * caller's thread instead of queueing.
 */
@Configuration(proxyBeanMethods = false)
class EsecutoreCruscotto {

    static final String NOME = "cruscottoEsecutore";

    @Bean(NOME)
    ThreadPoolTaskExecutor cruscottoEsecutore(ThreadPoolTaskExecutorBuilder builder) {
        var esecutore = builder.corePoolSize(2)
                .maxPoolSize(2)
                .queueCapacity(0)
                .threadNamePrefix("cruscotto-")
                .build();
        esecutore.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        return esecutore;
    }
}
