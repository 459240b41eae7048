package dk.kl.partnerships.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form people see, in Danish and accessible (language, labels, focus, contrast), posting
 * user name and password to Spring Security's form login. It stands alone — no scripts, no assets —
 * because the identity provider is a separate site from the web client.
 */
@Controller
class SignInPage {

    static final String PATH = "/login";

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String signIn(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = request.getParameter("error") != null;
        boolean signedOut = request.getParameter("logout") != null;
        String message = failed
                ? "<div class=\"alert error\" role=\"alert\" id=\"sign-in-error\">"
                        + "<p>Forkert brugernavn eller adgangskode. Prøv igen.</p></div>"
                : signedOut ? "<div class=\"alert\" role=\"status\"><p>Du er logget ud.</p></div>" : "";
        String describedBy = failed ? " aria-describedby=\"sign-in-error\" aria-invalid=\"true\"" : "";
        return """
                <!DOCTYPE html>
                <html lang="da">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Log ind – KL's partnerskaber</title>
                <style>
                  body { margin: 0; font-family: "IBM Plex Sans", Arial, sans-serif; color: #1a1a1a; background: #f5f5f5; }
                  header { background: #fff; border-bottom: 4px solid #0059b3; padding: 1rem; }
                  header p { margin: 0; font-weight: 600; font-size: 1.25rem; }
                  main { max-width: 28rem; margin: 2rem auto; padding: 1.5rem; background: #fff; }
                  h1 { font-size: 1.75rem; margin-top: 0; }
                  label { display: block; font-weight: 600; margin-top: 1rem; }
                  input { display: block; width: 100%%; box-sizing: border-box; font-size: 1rem; padding: .5rem;
                          border: 1px solid #595959; border-radius: 4px; margin-top: .25rem; }
                  input:focus, button:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
                  button { margin-top: 1.5rem; font-size: 1rem; font-weight: 600; padding: .6rem 1.5rem;
                           color: #fff; background: #0059b3; border: 0; border-radius: 4px; cursor: pointer; }
                  .alert { border-left: 6px solid #0059b3; background: #e6f0fa; padding: .25rem 1rem; }
                  .alert.error { border-color: #b50000; background: #fbeaea; }
                </style>
                </head>
                <body>
                <header><p>KL · Partnerskaber og netværk</p></header>
                <main>
                <h1>Log ind</h1>
                %s
                <form method="post" action="/login">
                  <label for="username">Brugernavn</label>
                  <input id="username" name="username" autocomplete="username" required autofocus%s>
                  <label for="password">Adgangskode</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required%s>
                  <input type="hidden" name="%s" value="%s">
                  <button type="submit">Log ind</button>
                </form>
                </main>
                </body>
                </html>
                """.formatted(
                        message,
                        describedBy,
                        describedBy,
                        HtmlUtils.htmlEscape(csrf.getParameterName()),
                        HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
