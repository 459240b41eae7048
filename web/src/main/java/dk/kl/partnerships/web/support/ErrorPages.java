package dk.kl.partnerships.web.support;

import dk.kl.partnerships.web.api.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What a person sees when a page cannot be shown: something that does not exist — or belongs to
 * another municipality, which the API answers alike — is "not found"; an API that does not answer is
 * "try again shortly"; never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final PageModel pageModel;

    ErrorPages(PageModel pageModel) {
        this.pageModel = pageModel;
    }

    @ExceptionHandler(ApiProblem.class)
    String apiProblem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        pageModel.fill(model, request);
        if (problem.isNotFound()) {
            return page(response, model, 404);
        }
        if (problem.status() == 403 || problem.status() == 401) {
            return page(response, model, 403);
        }
        if (problem.isCorrectable()) {
            log.info("API refused a request no form could correct: {}", problem.getMessage());
            return page(response, model, 409);
        }
        log.warn("API failed: {}", problem.getMessage());
        return page(response, model, 503);
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(
            ResourceAccessException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        pageModel.fill(model, request);
        log.warn("API unreachable: {}", e.getMessage());
        return page(response, model, 503);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String noSuchPage(HttpServletRequest request, HttpServletResponse response, Model model) {
        pageModel.fill(model, request);
        return page(response, model, 404);
    }

    private static String page(HttpServletResponse response, Model model, int status) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
