// The browser step of an authorization-code flow a client started: open the authorization URL (signing
// in first if the session in the state file is gone), check the consent page, choose an organization in
// the select "Organization", press "Allow", and catch the redirect on the client's loopback redirect
// URI with a small HTTP listener, as a native client does (RFC 8252 §7.3).
//
// Usage: node browser/consent.mjs <authorization-url> <redirect-uri> <organization> <state-file> <screenshot-dir> [username password]
// Prints {"signedIn":bool,"consent":{heading,organizations,chosen},"callback":url,"code","state","iss"}.
import http from "node:http";
import { clickAndLoad, expectHeading, main, signIn, text } from "./lib.mjs";

await main("consent.mjs",
  "<authorization-url> <redirect-uri> <organization> <state-file> <screenshot-dir> [username password]",
  async ([authorizationUrl, redirectUri, organization, stateFile, screenshots, username, password], open) => {
    const redirect = new URL(redirectUri);
    const callback = listen(redirect);
    try {
      const { page, shot, phoneShot } = await open({ stateFile, screenshots });
      await page.goto(authorizationUrl);

      let signedIn = false;
      if (await page.getByRole("heading", { name: "Sign in", exact: true }).count() > 0) {
        if (!username) throw new Error("the authorization request asks to sign in, and no username was given");
        await shot("authorize-sign-in");
        await signIn(page, username, password);
        signedIn = true;
      }

      await expectHeading(page, "Allow access?");
      const select = page.getByLabel("Organization", { exact: true });
      const organizations = (await select.locator("option").allInnerTexts()).map((o) => o.trim());
      // Options read "name (role)".
      const chosen = organizations.find((label) => label === organization || label.startsWith(organization + " ("));
      if (!chosen) {
        throw new Error(`no organization "${organization}" in the select Organization; it offers ${JSON.stringify(organizations)}`);
      }
      await select.selectOption({ label: chosen });
      const heading = await text(page.getByRole("heading").first());
      await shot("consent");
      await phoneShot("consent");

      await page.getByRole("button", { name: "Allow", exact: true }).click();
      const url = await callback.received(20);
      await page.waitForLoadState("load");
      await shot("back-at-the-client");
      const answer = new URL(url).searchParams;
      if (answer.has("error")) {
        throw new Error(`the client got an error instead of a code: ${answer.get("error")} ${answer.get("error_description") || ""}`);
      }
      return {
        signedIn,
        consent: { heading, organizations, chosen },
        callback: url,
        code: answer.get("code"),
        state: answer.get("state"),
        iss: answer.get("iss"),
      };
    } finally {
      callback.close();
    }
  });

/** A one-shot HTTP listener on the redirect URI's loopback address and port. */
function listen(redirect) {
  let resolve;
  const arrived = new Promise((done) => (resolve = done));
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, `${redirect.protocol}//${redirect.host}`);
    if (url.pathname !== redirect.pathname) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end("<!doctype html><title>Signed in</title><h1>Done</h1><p>You can close this window and return to the application.</p>");
    resolve(url.href);
  });
  server.listen(Number(redirect.port || 80), redirect.hostname);
  let timeout;
  return {
    /** The URL the browser was sent to, within {@code seconds}. */
    received(seconds) {
      const late = new Promise((_, reject) => {
        timeout = setTimeout(() => reject(new Error(`nothing arrived at ${redirect.href} within ${seconds} s`)), seconds * 1000);
      });
      return Promise.race([arrived, late]).finally(() => clearTimeout(timeout));
    },
    close: () => { clearTimeout(timeout); server.close(); server.closeAllConnections?.(); },
  };
}
