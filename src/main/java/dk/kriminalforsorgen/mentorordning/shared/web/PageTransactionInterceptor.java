package dk.kriminalforsorgen.mentorordning.shared.web;

import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a {@link PageTransaction} handler's GET in one transaction: begun before the controller advice's
 * {@code @ModelAttribute} panels, joined by every service the page and its template call, and committed
 * after the view has rendered into a buffer, before the buffer is copied to the response. A failed
 * commit (for instance the page's audit rows, written just before it) therefore shows an error page and
 * none of the data (AU2); an exception in the handler or the template rolls the transaction back.
 * Hibernate does not flush in it (a page reads; GET never changes state, WS1), as in a read-only
 * transaction; the audit rows are written with JDBC.
 */
@Component
class PageTransactionInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final String STATUS = PageTransactionInterceptor.class.getName() + ".status";

    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final ObjectProvider<EntityManagerFactory> entityManagers;
    private final ObjectProvider<ViewResolver> viewResolver;

    PageTransactionInterceptor(ObjectProvider<PlatformTransactionManager> transactions,
                               ObjectProvider<EntityManagerFactory> entityManagers,
                               @Qualifier("viewResolver") ObjectProvider<ViewResolver> viewResolver) {
        this.transactions = transactions;
        this.entityManagers = entityManagers;
        this.viewResolver = viewResolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isRead(request) || !annotated(method)
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return true;
        }
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setName(PageTransaction.NAME);
        TransactionStatus status = transactions.getObject().getTransaction(definition);
        request.setAttribute(STATUS, status);
        EntityManagerFactory factory = entityManagers.getIfAvailable();
        if (factory != null && TransactionSynchronizationManager.getResource(factory) instanceof EntityManagerHolder holder) {
            holder.getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
        }
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) throws Exception {
        TransactionStatus status = open(request);
        if (status == null) {
            return;
        }
        String viewName = modelAndView == null || modelAndView.wasCleared() ? null : modelAndView.getViewName();
        if (viewName == null || viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
            commit(request, status);
            return;
        }
        modelAndView.setView(new CommittingView(viewName, status));
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        TransactionStatus status = open(request);
        if (status != null) {
            request.removeAttribute(STATUS);
            transactions.getObject().rollback(status);
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static boolean annotated(HandlerMethod method) {
        return method.hasMethodAnnotation(PageTransaction.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PageTransaction.class);
    }

    private static TransactionStatus open(HttpServletRequest request) {
        return request.getAttribute(STATUS) instanceof TransactionStatus status && !status.isCompleted() ? status : null;
    }

    private void commit(HttpServletRequest request, TransactionStatus status) {
        request.removeAttribute(STATUS);
        transactions.getObject().commit(status);
    }

    /** Renders the named view into a buffer, commits the page transaction, then sends the buffer. */
    private final class CommittingView implements View {

        private final String name;
        private final TransactionStatus status;

        CommittingView(String name, TransactionStatus status) {
            this.name = name;
            this.status = status;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Locale locale = RequestContextUtils.getLocale(request);
            View view = viewResolver.getObject().resolveViewName(name, locale);
            if (view == null) {
                throw new IllegalStateException("No view named " + name);
            }
            ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
            view.render(model, request, buffer);
            if (!status.isCompleted()) {
                commit(request, status); // throws before anything of the page is sent if the commit fails
            }
            buffer.copyBodyToResponse();
        }

        @Override
        public String getContentType() {
            return null;
        }
    }
}
