// The TypeScript MCP SDK's own client (what MCP Inspector, mcp-remote and many IDE plugins use) going
// through Latchkey end to end: discovery from the gateway's 401, dynamic registration, authorization
// with `resource` (the browser step done here with plain HTTP: sign-in form, consent form), token
// exchange, MCP calls through the gateway, and a refresh once the short-lived access token expires.
//
// Usage: node sdk-client-flow.mjs <mcp-url> <username> <password> <seconds-to-wait-for-expiry>
// Prints one JSON object with what happened; exits non-zero on failure.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { UnauthorizedError } from "@modelcontextprotocol/sdk/client/auth.js";

const [mcpUrl, username, password, waitSeconds] = process.argv.slice(2);
const redirectUrl = "http://127.0.0.1:9/callback";
const report = { registered: null, authorizationUrl: null, tokensSaved: [], tools: [], echo: null, afterRefresh: null };

class TestProvider {
  constructor() { this.client = undefined; this.savedTokens = undefined; this.verifier = undefined; this.code = undefined; }
  get redirectUrl() { return redirectUrl; }
  get clientMetadata() {
    return { client_name: "TypeScript SDK e2e", redirect_uris: [redirectUrl], grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"], token_endpoint_auth_method: "none" };
  }
  clientInformation() { return this.client; }
  saveClientInformation(info) { this.client = info; report.registered = { client_id: info.client_id, redirect_uris: info.redirect_uris }; }
  tokens() { return this.savedTokens; }
  saveTokens(tokens) {
    this.savedTokens = tokens;
    report.tokensSaved.push({ refresh: tokens.refresh_token ? tokens.refresh_token.slice(0, 8) : null, scope: tokens.scope });
  }
  saveCodeVerifier(verifier) { this.verifier = verifier; }
  codeVerifier() { return this.verifier; }
  async redirectToAuthorization(url) {
    report.authorizationUrl = { resource: url.searchParams.get("resource"), method: url.searchParams.get("code_challenge_method") };
    this.code = await browserStep(url);
  }
}

// What a person does in the browser: follow the redirect to the sign-in page, sign in, press Allow.
async function browserStep(authorizationUrl) {
  const cookies = new Map();
  const remember = (response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = pair.split("=");
      cookies.set(name.trim(), value.join("="));
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const get = async (url) => { const r = await fetch(url, { redirect: "manual", headers: { cookie: cookieHeader() } }); remember(r); return r; };
  const post = async (url, form) => {
    const r = await fetch(url, { method: "POST", redirect: "manual", body: new URLSearchParams(form),
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() } });
    remember(r);
    return r;
  };
  const input = (html, name) => {
    const match = html.match(new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`));
    if (!match) throw new Error(`no input ${name} in page`);
    return match[1];
  };
  const start = await get(authorizationUrl);
  if (start.status !== 302) throw new Error(`authorize answered ${start.status}: ${await start.text()}`);
  const consentUrl = new URL(start.headers.get("location"), authorizationUrl).toString();
  const signInPage = await (await get(consentUrl)).text();
  const signedIn = await post(new URL("/oauth/authorize/sign-in", consentUrl), {
    request: input(signInPage, "request"), csrf: input(signInPage, "csrf"), username, password });
  if (signedIn.status !== 303) throw new Error(`sign-in answered ${signedIn.status}`);
  const consentPage = await (await get(consentUrl)).text();
  const organization = consentPage.match(/<option value="([^"]*)"/)[1];
  const decided = await post(new URL("/oauth/authorize/consent", consentUrl), {
    request: input(consentPage, "request"), csrf: input(consentPage, "csrf"), organization, decision: "allow" });
  const callback = new URL(decided.headers.get("location"));
  report.callbackIss = callback.searchParams.get("iss");
  return callback.searchParams.get("code");
}

async function connect(provider) {
  const client = new Client({ name: "latchkey-sdk-e2e", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), { authProvider: provider });
  await client.connect(transport);
  return { client, transport };
}

try {
  const provider = new TestProvider();
  let session;
  try {
    session = await connect(provider);
    throw new Error("connected without authorization");
  } catch (error) {
    if (!(error instanceof UnauthorizedError)) throw error;
    const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), { authProvider: provider });
    await transport.finishAuth(provider.code);
    session = await connect(provider);
  }
  report.tools = (await session.client.listTools()).tools.map((tool) => tool.name);
  report.echo = (await session.client.callTool({ name: "echo", arguments: { message: "from the SDK" } })).content[0].text;

  // Let the short-lived access token expire: the next call gets 401 invalid_token, and the SDK refreshes.
  await new Promise((resolve) => setTimeout(resolve, Number(waitSeconds) * 1000));
  report.afterRefresh = (await session.client.callTool({ name: "echo", arguments: { message: "after refresh" } })).content[0].text;
  await session.transport.terminateSession();
  await session.client.close();
  console.log(JSON.stringify(report));
} catch (error) {
  console.log(JSON.stringify({ ...report, error: String(error && error.stack || error) }));
  process.exit(1);
}
