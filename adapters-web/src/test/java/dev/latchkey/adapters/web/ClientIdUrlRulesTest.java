package dev.latchkey.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** draft-ietf-oauth-client-id-metadata-document-02 §3, Client Identifier URL. */
class ClientIdUrlRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://client.example/oauth/client.json",
        "https://client.example/",
        "https://client.example:8443/client.json",
        "https://client.example/client.json?tenant=1",
        "HTTPS://client.example/client.json",
        "https://[2001:db8::1]/client.json",
        "https://client.example/a.b/..c/.d/client.json"})
    void problemWhenUrlFollowsTheRulesThenNone(String url) {
        assertThat(ClientIdUrlRules.problem(URI.create(url))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "/client.json                                  | is not an absolute URL",
        "http://client.example/client.json             | uses http, but a Client Identifier URL must use https",
        "ftp://client.example/client.json              | uses ftp",
        "https:client.json                             | has no host name",
        "https://under_score.example/client.json       | has no host name",
        "https://user@client.example/client.json       | user name or password",
        "https://user:pw@client.example/client.json    | user name or password",
        "https://client.example/client.json#a          | contains a fragment",
        "https://client.example/client.json#           | contains a fragment",
        "https://client.example                        | has no path",
        "https://client.example?x=1                    | has no path",
        "https://client.example/a/../client.json       | '.' or '..' path segment",
        "https://client.example/./client.json          | '.' or '..' path segment",
        "https://client.example/a/..                   | '.' or '..' path segment",
        "https://client.example/a/%2e/client.json      | '.' or '..' path segment",
        "https://client.example/a/.%2E/client.json     | '.' or '..' path segment",
        "https://client.example:0/client.json          | invalid port 0"})
    void problemWhenUrlBreaksARuleThenSaysWhichAndHowToFixIt(String url, String expected) {
        assertThat(ClientIdUrlRules.problem(URI.create(url))).get().asString()
                .contains(url).contains(expected);
    }
}
