package dev.latchkey.demo.archfixture;

import dev.latchkey.domain.scope.Scope;

/** Deliberate violation: the demo MCP server must not know Latchkey's own code. */
public final class DemoUsingLatchkeyDomain {

    public Scope scope() {
        return Scope.MCP_USE;
    }
}
