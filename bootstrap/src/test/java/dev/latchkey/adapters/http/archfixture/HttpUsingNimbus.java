package dev.latchkey.adapters.http.archfixture;

import com.nimbusds.jwt.JWTParser;

/** Deliberate violation: JOSE belongs in the JOSE adapter. */
public final class HttpUsingNimbus {

    public Object parse(String token) throws java.text.ParseException {
        return JWTParser.parse(token);
    }
}
