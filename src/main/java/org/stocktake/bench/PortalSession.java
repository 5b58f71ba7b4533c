package org.stocktake.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated person's browser for the portal benchmark: its own cookies (the session), redirects not followed (the
 * benchmark times each request alone), the CSRF token read from the form a page carries, as a browser posts it.
 */
final class PortalSession {

    /** A response: its status, its {@code Location} (or null) and its body. */
    record Answer(int status, String location, String body) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    PortalSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Signs in through the form; true when the portal took the password. */
    boolean signIn(String email, String password) throws IOException, InterruptedException {
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf(get("/login")));
        Answer answer = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)));
        return answer.status() == 302 && answer.location() != null && !answer.location().contains("error");
    }

    /** The CSRF token of the form on a page (the upload form's, for {@link #upload}). */
    static String csrf(Answer page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page (status " + page.status() + ")");
        }
        return m.group(1);
    }

    /** Posts a workbook to {@code /submissions} as the upload form does, with the token of that form. */
    Answer upload(String csrf, String fileName, byte[] bytes) throws IOException, InterruptedException {
        String boundary = "----stocktake-bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + bytes.length + end.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(end, 0, body, head.length + bytes.length, end.length);
        return send(HttpRequest.newBuilder(base.resolve("/submissions"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(body)));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).build(),
                BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
