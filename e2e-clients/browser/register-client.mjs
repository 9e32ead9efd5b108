// Registering a confidential client in Settings: OAuth clients → "Register a client", fill the form
// (name, "Confidential, secret in the request body (recommended)", a redirect URI, one resource,
// "Users sign in through it", "Server to server (client_credentials)"), submit, and read the client id
// and the secret shown once.
//
// Usage: node browser/register-client.mjs <base-url> <client-name> <redirect-uri> <resource-name> <state-file> <screenshot-dir>
// Prints {"clientId","clientSecret","shownOnce":bool,"listed":bool,"clientsUrl"}.
import { clickAndLoad, expectHeading, main, navigate, alertText } from "./lib.mjs";

await main("register-client.mjs",
  "<base-url> <client-name> <redirect-uri> <resource-name> <state-file> <screenshot-dir>",
  async ([base, clientName, redirectUri, resourceName, stateFile, screenshots], open) => {
    const { page, shot } = await open({ stateFile, screenshots });
    await page.goto(new URL("settings/apps", base.endsWith("/") ? base : base + "/").href);
    await expectHeading(page, "Connected apps");
    await navigate(page, "OAuth clients", "OAuth clients");
    const clientsUrl = page.url();
    await shot("oauth-clients");

    await clickAndLoad(page, page.getByRole("link", { name: "Register a client", exact: true }));
    await page.getByLabel("Client name", { exact: true }).waitFor();
    await page.getByLabel("Client name", { exact: true }).fill(clientName);
    const type = page.getByRole("group", { name: "Client type" }).or(page.getByRole("radiogroup", { name: "Client type" }));
    if (await type.count() === 0) throw new Error('no radio group "Client type" on the form');
    await type.getByRole("radio", { name: "Confidential, secret in the request body (recommended)", exact: true }).check();
    await page.getByLabel("Redirect URIs", { exact: true }).fill(redirectUri);
    await page.getByRole("checkbox", { name: resourceName, exact: true }).check();
    await page.getByRole("checkbox", { name: "Users sign in through it", exact: true }).check();
    await page.getByRole("checkbox", { name: "Server to server (client_credentials)", exact: true }).check();
    await shot("register-a-client");
    await clickAndLoad(page, page.getByRole("button", { name: "Register client", exact: true }));
    const refused = await alertText(page);
    if (refused && await page.getByRole("heading", { name: "Client registered", exact: true }).count() === 0) {
      throw new Error(`registration refused: ${refused}`);
    }
    await expectHeading(page, "Client registered");
    const clientId = (await page.locator("code#client-id").innerText()).trim();
    const clientSecret = (await page.locator("code#client-secret").innerText()).trim();
    const shownOnce = await page.getByText("shown only once").count() > 0;
    await shot("client-registered");

    await navigate(page, "OAuth clients", "OAuth clients");
    const listed = await page.getByRole("row").filter({ hasText: clientName }).count() === 1;
    await shot("oauth-clients-after");
    return { clientId, clientSecret, shownOnce, listed, clientsUrl };
  });
