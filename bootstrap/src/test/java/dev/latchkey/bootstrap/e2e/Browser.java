package dev.latchkey.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDK HttpClient that behaves like a browser where it matters to the flow: it keeps cookies and does
 * not follow redirects on its own, so the test sees every Location. It can also send raw
 * back-channel requests.
 */
final class Browser {

    static final ObjectMapper JSON = new ObjectMapper();

    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    HttpResponse<String> postForm(String url, Map<String, String> form) {
        return postForm(url, form, Map.of());
    }

    HttpResponse<String> postForm(String url, Map<String, String> form, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> post(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException malformed) {
            throw new UncheckedIOException("not JSON: " + response.body(), malformed);
        }
    }

    static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    /** The value of the hidden or text input named {@code name} in an HTML page. */
    static String inputValue(String html, String name) {
        Matcher matcher = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no input named " + name + " in page:\n" + html);
        }
        return matcher.group(1);
    }

    /** The values of the options of the select named {@code name}. */
    static List<String> optionValues(String html, String name) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(html);
        if (!select.find()) {
            throw new AssertionError("no select named " + name + " in page:\n" + html);
        }
        List<String> values = new ArrayList<>();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\">([^<]*)</option>").matcher(select.group(1));
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    /** The option value whose label starts with {@code label}. */
    static String optionWithLabel(String html, String label) {
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\">" + Pattern.quote(label)).matcher(html);
        if (!option.find()) {
            throw new AssertionError("no option labelled " + label + " in page:\n" + html);
        }
        return option.group(1);
    }

    /** The query parameters of a URL. */
    static Map<String, String> queryOf(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
