package org.stocktake.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain HTTP client for the running portal that behaves as a browser without JavaScript does: it keeps cookies
 * (shared across ports of one host, as browsers do, so two portal nodes on localhost see the same session
 * cookie), does not follow redirects (tests assert them), and submits forms with their hidden fields (the CSRF token).
 */
public final class PortalClient {

    /** A response: status, headers and body. */
    public record Page(int status, HttpHeaders headers, String body) {

        public Document html() {
            return Jsoup.parse(body);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The redirect target, as a path (the portal writes absolute URLs). */
        public String location() {
            return header("Location").map(l -> URI.create(l)).map(u -> u.getRawPath()
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())).orElseThrow();
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public PortalClient(int port) {
        this("http://localhost:" + port);
    }

    public PortalClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The same cookies, another node (port) of the portal. */
    public PortalClient on(int port) {
        PortalClient other = new PortalClient(port);
        cookies.getCookieStore().getCookies().forEach(c -> other.cookies.getCookieStore().add(URI.create(other.base), c));
        return other;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
    }

    public Page get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    /** Posts form fields as they are: no CSRF token unless the caller gives one. */
    public Page post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of());
    }

    public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /** Submits the form of a page that matches the selector: its hidden fields (the CSRF token) and the given ones. */
    public Page submit(Page page, String formSelector, Map<String, String> fields) {
        Element form = page.html().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("no form " + formSelector + " in the page:\n" + page.body());
        }
        Map<String, String> all = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> all.put(input.attr("name"), input.attr("value")));
        all.putAll(fields);
        String action = form.attr("action").isEmpty() ? null : form.attr("action");
        return post(action == null ? "/" : URI.create(action).getRawPath(), all);
    }

    /**
     * Uploads a file through the upload form ({@code GET /submissions/new}, then its multipart {@code POST} with the
     * form's CSRF token), as a browser without JavaScript does; returns the answer to the POST.
     */
    public Page upload(String fileName, byte[] content) {
        return upload(fileName, () -> new ByteArrayInputStream(content), content.length);
    }

    /** The same for content streamed (a body too large to hold), of the given length. */
    public Page upload(String fileName, Supplier<InputStream> content, long length) {
        Element form = get("/submissions/new").html().selectFirst("form[enctype=multipart/form-data]");
        if (form == null) {
            throw new AssertionError("no upload form at /submissions/new");
        }
        String boundary = "----stocktake-test-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        for (Element hidden : form.select("input[type=hidden]")) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(hidden.attr("name")).append("\"\r\n\r\n").append(hidden.attr("value")).append("\r\n");
        }
        // as browsers do: a quote in the file name is sent as %22
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName.replace("\"", "%22")).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(start), HttpRequest.BodyPublishers.ofInputStream(content),
                HttpRequest.BodyPublishers.ofByteArray(end)), start.length + length + end.length);
        return send(HttpRequest.newBuilder(URI.create(base + URI.create(form.attr("action")).getRawPath()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body), Map.of());
    }

    /** Fetches a download as bytes: status, headers and body. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new client (its own connection and cookies) signed in as that user, who must be able to sign in. */
    public static PortalClient signedIn(int port, String email, String password) {
        PortalClient client = new PortalClient(port);
        Page answer = client.signIn(email, password);
        if (answer.status() != 302 || answer.location().startsWith("/login")) {
            throw new AssertionError(email + " could not sign in: " + answer.status() + " " + answer.headers().map());
        }
        return client;
    }

    /** Signs in through the form as a person would; returns the answer to the POST. */
    public Page signIn(String email, String password) {
        return submit(get("/login"), "form[action=/login]", Map.of("username", email, "password", password));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private Page send(HttpRequest.Builder request, Map<String, String> headers) {
        request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
