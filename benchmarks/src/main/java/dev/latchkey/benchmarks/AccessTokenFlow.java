package dev.latchkey.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets an access token the way an MCP client and its user do, over HTTP only: dynamic registration of a
 * public client, the authorization request with PKCE S256 and {@code resource} (RFC 8707), sign-in,
 * consent, and the code exchange. A browser-like client: it keeps cookies and never follows redirects.
 */
final class AccessTokenFlow {

    static final String REDIRECT_URI = "http://127.0.0.1:9/callback";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI issuer;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    AccessTokenFlow(URI issuer) {
        this.issuer = issuer;
    }

    /** An access token for {@code resource}, signing in as {@code username}. */
    String accessToken(String resource, String username, String password) throws IOException, InterruptedException {
        String clientId = register();

        String verifier = randomToken();
        String state = randomToken();
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", clientId);
        authorize.put("redirect_uri", REDIRECT_URI);
        authorize.put("code_challenge", s256(verifier));
        authorize.put("code_challenge_method", "S256");
        authorize.put("state", state);
        authorize.put("resource", resource);
        authorize.put("scope", "mcp:use");
        HttpResponse<String> started = get(url("/oauth/authorize") + "?" + form(authorize));
        expect("the authorization request", started, 302);
        URI consentUrl = issuer.resolve(location(started));

        HttpResponse<String> signInPage = get(consentUrl.toString());
        expect("the sign-in page", signInPage, 200);
        if (signInPage.body().contains("name=\"password\"")) {
            Map<String, String> signIn = new LinkedHashMap<>();
            signIn.put("request", inputValue(signInPage.body(), "request"));
            signIn.put("csrf", inputValue(signInPage.body(), "csrf"));
            signIn.put("username", username);
            signIn.put("password", password);
            expect("signing in", postForm(url("/oauth/authorize/sign-in"), signIn), 303);
        }

        HttpResponse<String> consentPage = get(consentUrl.toString());
        expect("the consent page", consentPage, 200);
        List<String> organizations = optionValues(consentPage.body(), "organization");
        if (organizations.size() != 1) {
            throw new BenchmarkFailure("The consent page offers " + organizations.size() + " organizations; the"
                    + " benchmark's fresh data folder should have exactly one.");
        }
        Map<String, String> consent = new LinkedHashMap<>();
        consent.put("request", inputValue(consentPage.body(), "request"));
        consent.put("csrf", inputValue(consentPage.body(), "csrf"));
        consent.put("organization", organizations.get(0));
        consent.put("decision", "allow");
        HttpResponse<String> decided = postForm(url("/oauth/authorize/consent"), consent);
        expect("allowing on the consent page", decided, 303);
        Map<String, String> callback = query(URI.create(location(decided)));
        if (!state.equals(callback.get("state")) || !callback.containsKey("code")) {
            throw new BenchmarkFailure("The redirect back to the client is not a success with our state: "
                    + location(decided));
        }

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", callback.get("code"));
        exchange.put("redirect_uri", REDIRECT_URI);
        exchange.put("client_id", clientId);
        exchange.put("code_verifier", verifier);
        HttpResponse<String> tokens = postForm(url("/oauth/token"), exchange);
        expect("the code exchange at /oauth/token", tokens, 200);
        JsonNode accessToken = JSON.readTree(tokens.body()).path("access_token");
        if (!accessToken.isTextual()) {
            throw new BenchmarkFailure("/oauth/token answered without an access_token: " + tokens.body());
        }
        return accessToken.asText();
    }

    private String register() throws IOException, InterruptedException {
        ObjectNode metadata = JSON.createObjectNode();
        metadata.put("client_name", "Latchkey gateway benchmark");
        metadata.putArray("redirect_uris").add(REDIRECT_URI);
        metadata.put("token_endpoint_auth_method", "none");
        metadata.putArray("grant_types").add("authorization_code");
        metadata.putArray("response_types").add("code");
        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(url("/oauth/register")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(metadata))));
        expect("client registration at /oauth/register", registered, 201);
        return JSON.readTree(registered.body()).path("client_id").asText();
    }

    private String url(String path) {
        return issuer.toString() + path;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> postForm(String url, Map<String, String> fields)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(String step, HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new BenchmarkFailure("Getting a token failed at " + step + ": expected " + status + ", got "
                    + response.statusCode() + response.headers().firstValue("Location").map(l -> " to " + l)
                    .orElse("") + ". Body: " + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body));
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new BenchmarkFailure("A " + response.statusCode() + " without Location from "
                        + response.uri()));
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    /** The value of the input named {@code name} in an HTML page. */
    private static String inputValue(String html, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        if (!input.find()) {
            throw new BenchmarkFailure("No input named '" + name + "' in the page:\n" + html);
        }
        return unescape(input.group(1));
    }

    /** The values of the options of the select named {@code name}. */
    private static List<String> optionValues(String html, String name) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(html);
        if (!select.find()) {
            throw new BenchmarkFailure("No select named '" + name + "' in the page:\n" + html);
        }
        List<String> values = new ArrayList<>();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"").matcher(select.group(1));
        while (option.find()) {
            values.add(unescape(option.group(1)));
        }
        return values;
    }

    /** HTML attribute escapes back to text (the few an HTML template engine writes). */
    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))). */
    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}
