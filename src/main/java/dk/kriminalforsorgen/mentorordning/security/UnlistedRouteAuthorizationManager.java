package dk.kriminalforsorgen.mentorordning.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The last URL rule (AZ1, deny by default): a request that reaches a controller route no feature
 * listed in its {@code RouteAccess} is refused for every role. A request for a URL that exists
 * nowhere is let through for signed-in users, so they see the Danish 404 page rather than 403;
 * anonymous users go to the log-in page.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnlistedRouteAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private final ObjectProvider<RequestMappingHandlerMapping> controllers;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        if (isControllerRoute(context.getRequest())) {
            return new AuthorizationDecision(false);
        }
        Authentication current = authentication.get();
        return new AuthorizationDecision(current != null && trust.isAuthenticated(current));
    }

    private boolean isControllerRoute(HttpServletRequest request) {
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return controllers.getObject().getHandler(request) != null;
        } catch (Exception e) {
            return true; // the path matched a route, only not its method or parameters
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                ServletRequestPathUtils.setParsedRequestPath(previous, request);
            }
        }
    }
}
