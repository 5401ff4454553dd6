package it.santarzenio.sil.processo.sicurezza;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what over HTTP. Three doors, one user store (the engine's identity service):
 *
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic through Spring Security, groups as authorities, stateless; or the webapps' own
 *       session, for their plugins (SessioneWebappFilter);
 *   <li>{@code /engine-rest/**}: Camunda's own authentication filter, so the engine's authorizations apply to the
 *       caller;
 *   <li>the webapps ({@code /camunda/**}): their own session login and CSRF protection, left as Camunda ships them.
 * </ul>
 */
@Configuration
class SicurezzaWebConfig {

    private static final String CARTELLA_SOCIALE = "/api/pratiche/*/cartella-sociale/**";
    private static final String FASCICOLO = "/api/pratiche/*/fascicolo";
    private static final String DOCUMENTI_PDF = "/api/pratiche/*/documenti/**";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> autenticazioneEngineRest() {
        var registrazione = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registrazione.setName("camunda-auth");
        registrazione.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registrazione.addUrlPatterns("/engine-rest/*");
        // Before the filters left at the lowest precedence, such as the audit of reads (LettureVariabiliFilter), which
        // need to know the caller.
        registrazione.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registrazione;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AutenticazioneCamundaProvider provider, ProcessEngine motore)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationProvider(provider)
                // The webapps' plugins call /api in the operator's session (GET; other methods with the session's
                // CSRF token): SessioneWebappFilter. Basic authentication still comes first.
                .addFilterBefore(
                        new SessioneWebappFilter(motore.getIdentityService(), motore.getName()),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(richieste -> richieste
                        // The cartella sociale: read by the desks and the committee, written by the desks, never
                        // reached by the partner agency (design.md section 4).
                        .requestMatchers(HttpMethod.GET, CARTELLA_SOCIALE)
                        .hasAnyAuthority(
                                Gruppo.SPORTELLO_INFORMATIVO.id(),
                                Gruppo.SPORTELLO_SPECIALISTICO.id(),
                                Gruppo.CABINA_DI_REGIA.id())
                        .requestMatchers(CARTELLA_SOCIALE)
                        .hasAnyAuthority(Gruppo.SPORTELLO_INFORMATIVO.id(), Gruppo.SPORTELLO_SPECIALISTICO.id())
                        // The Fascicolo and its PDFs: what the desks and the committee need to work a case; the
                        // partner agency keeps its match profile only. The search of citizens: the two desks.
                        .requestMatchers(HttpMethod.GET, FASCICOLO, DOCUMENTI_PDF)
                        .hasAnyAuthority(
                                Gruppo.SPORTELLO_INFORMATIVO.id(),
                                Gruppo.SPORTELLO_SPECIALISTICO.id(),
                                Gruppo.CABINA_DI_REGIA.id())
                        .requestMatchers(HttpMethod.GET, "/api/cittadini")
                        .hasAnyAuthority(Gruppo.SPORTELLO_INFORMATIVO.id(), Gruppo.SPORTELLO_SPECIALISTICO.id())
                        // Early closure of a case: the two desks, who work the cases (issue 14).
                        .requestMatchers(HttpMethod.POST, "/api/pratiche/*/chiusura")
                        .hasAnyAuthority(Gruppo.SPORTELLO_INFORMATIVO.id(), Gruppo.SPORTELLO_SPECIALISTICO.id())
                        // Data-subject rights and the audit trail (docs/security.md): export for the administrators
                        // and the informative desk, anonymisation and the trail for the administrators only.
                        .requestMatchers(HttpMethod.GET, "/api/cittadini/*/export")
                        .hasAnyAuthority(Gruppo.CAMUNDA_ADMIN.id(), Gruppo.SPORTELLO_INFORMATIVO.id())
                        .requestMatchers(HttpMethod.POST, "/api/cittadini/*/anonimizza")
                        .hasAuthority(Gruppo.CAMUNDA_ADMIN.id())
                        .requestMatchers("/api/audit", "/api/audit/**")
                        .hasAuthority(Gruppo.CAMUNDA_ADMIN.id())
                        // The managers' figures (issue 12): counts only, for the managers and the administrators.
                        .requestMatchers("/api/cruscotto", "/api/cruscotto/**")
                        .hasAnyAuthority(Gruppo.RESPONSABILI.id(), Gruppo.CAMUNDA_ADMIN.id())
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("Sportello Lavoro"))
                // No session fixation protection here: changing the id of the webapps' session that a plugin calls
                // with would log out the webapp's requests in flight. Nobody logs in through /api.
                .sessionManagement(sessioni -> sessioni.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fissazione -> fissazione.none()))
                // A stateless Basic-auth API carries no ambient credentials for a browser to forge; the webapps'
                // session needs the CSRF token for changes (SessioneWebappFilter).
                .csrf(csrf -> csrf.disable())
                .headers(SicurezzaWebConfig::intestazioni)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // A path matcher, not the MVC one that a plain string gives: /engine-rest is Jersey's servlet, not Spring
        // MVC's, and the MVC matcher never matched it, so these answers left with no security header.
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(richieste -> richieste.anyRequest().permitAll())
                .sessionManagement(sessioni -> sessioni.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SicurezzaWebConfig::intestazioni)
                .build();
    }

    /**
     * JSON APIs: Spring Security's defaults (nosniff, X-Frame-Options DENY, Cache-Control no-store) plus a CSP that
     * allows nothing to run or frame the answer, and no Referer leaving with links.
     */
    private static void intestazioni(HeadersConfigurer<HttpSecurity> intestazioni) {
        // Before the chain, not at commit: Camunda's REST layer commits through paths that skip the lazy writer, and
        // its answers went out with none of these headers.
        intestazioni.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filtro) {
                filtro.setShouldWriteHeadersEagerly(true);
                return filtro;
            }
        });
        intestazioni
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    @Bean
    @Order(3)
    SecurityFilterChain resto(HttpSecurity http) throws Exception {
        // Camunda's webapps bring their own session authentication, CSRF filter and security headers.
        return http.authorizeHttpRequests(richieste -> richieste
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .build();
    }
}
