package org.stocktake.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer.FrameOptionsConfig;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.users.Role;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may use which route (standard §11.2), decided here and nowhere else; what a route then loads is checked again
 * against the user's areas by {@link org.stocktake.users.AreaAccess}. A signed-in user refused a route gets 404, as if
 * it did not exist; an anonymous one is sent to {@code /login}; a state change without the CSRF token gets 403.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Everything from this origin only; no inline script or style, no framing, no plug-ins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String SUBMITTER = Role.SUBMITTER.name();
    private static final String CENTRAL = Role.CENTRAL.name();
    private static final String STEERING = Role.STEERING.name();

    /** Pages and files anyone may fetch: the sign-in and set-password pages and the static assets. */
    static final String[] PUBLIC = {"/login", "/set-password/*", "/assets/**", "/webjars/**", "/static/**",
            "/favicon.ico"};

    @Bean
    SecurityFilterChain portal(HttpSecurity http, Audit audit) throws Exception {
        http.authorizeHttpRequests(routes -> routes
                        // the error page of a request already authorised (or refused) here; a dispatcher-type
                        // matcher would break the privilege evaluator PortalLinks asks
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers(HttpMethod.GET, "/audit").hasRole(CENTRAL)
                        // an area's returns: its submitters and the central team (PortalData checks the area)
                        .requestMatchers(HttpMethod.GET, "/submissions/new").hasAnyRole(SUBMITTER, CENTRAL)
                        .requestMatchers(HttpMethod.POST, "/submissions").hasAnyRole(SUBMITTER, CENTRAL)
                        .requestMatchers(HttpMethod.GET, "/submissions/*", "/submissions/*/*")
                                .hasAnyRole(SUBMITTER, CENTRAL)
                        .requestMatchers(HttpMethod.GET, "/uploads/*", "/uploads/*/status")
                                .hasAnyRole(SUBMITTER, CENTRAL)
                        .requestMatchers(HttpMethod.GET, "/areas/*").hasAnyRole(SUBMITTER, CENTRAL)
                        .requestMatchers(HttpMethod.GET, "/templates/*/*").hasAnyRole(SUBMITTER, CENTRAL)
                        // the tracker and the packs: the central team and the steering group
                        .requestMatchers(HttpMethod.GET, "/periods/*", "/periods/*/pack", "/periods/*/pack.pdf")
                                .hasAnyRole(CENTRAL, STEERING)
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailureHandler()))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(auditSignOut(audit))
                        .logoutSuccessUrl("/login?signed-out"))
                // a new session id at sign-in, so a session id planted before it is worth nothing after
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(notFoundUnlessCsrf()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(FrameOptionsConfig::deny)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** A refused route reads as one that does not exist; only a refused CSRF token says what happened. */
    private static AccessDeniedHandler notFoundUnlessCsrf() {
        return (request, response, denied) -> response.sendError(
                denied instanceof CsrfException ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
    }

    private static LogoutHandler auditSignOut(Audit audit) {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.record(authentication.getName(), AuditAction.SIGN_OUT, "", request.getRemoteAddr());
            }
        };
    }
}
