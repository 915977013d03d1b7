package vn.thidua.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A user signed in through the login page, fetching pages with the session cookie, as a browser would. */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public static WebSession anonymous() {
        return new WebSession();
    }

    public static WebSession login(String username) {
        WebSession session = new WebSession();
        String loginPage = session.get("/login.xhtml").body();
        Matcher m = VIEW_STATE.matcher(loginPage);
        if (!m.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + enc(username)
                + "&loginForm%3Apassword=" + enc(Api.DEMO_PASSWORD) + "&loginForm%3Asubmit="
                + "&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(URI.create(AppServer.baseUrl() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Login of " + username + " failed: " + response.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(AppServer.baseUrl() + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
