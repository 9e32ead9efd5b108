// First run: open the set-up link the server printed, create the owner (username, password,
// organization), land on Connected apps, sign out, and sign in again from a settings page.
//
// Usage: node browser/first-run.mjs <base-url> <setup-url> <username> <password> <organization> <state-file> <screenshot-dir>
// Prints {"afterSetup":{url,heading},"afterSignOut":url,"signInUrl":url,"afterSignIn":{url,heading},"navigation":[...]}.
// The state file keeps the session cookie for the next script.
import { clickAndLoad, expectHeading, main, navLink, signIn, alertText, text } from "./lib.mjs";

await main("first-run.mjs",
  "<base-url> <setup-url> <username> <password> <organization> <state-file> <screenshot-dir>",
  async ([base, setupUrl, username, password, organization, stateFile, screenshots], open) => {
    const { page, shot, phoneShot } = await open({ stateFile, screenshots });

    await page.goto(setupUrl);
    await expectHeading(page, "Set up Latchkey");
    await shot("setup");
    await page.getByLabel("Username", { exact: true }).fill(username);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Organization", { exact: true }).fill(organization);
    await shot("setup-filled");
    await clickAndLoad(page, page.getByRole("button", { name: "Create account", exact: true }));
    const problem = await alertText(page);
    if (problem) throw new Error(`set-up refused: ${problem}`);
    await expectHeading(page, "Connected apps");
    const afterSetup = { url: page.url(), heading: "Connected apps" };
    await shot("connected-apps-empty");
    const navigation = (await page.getByRole("navigation").getByRole("link").allInnerTexts())
      .map((name) => name.replace(/\s+/g, " ").trim());

    await clickAndLoad(page, page.getByRole("navigation").getByRole("button", { name: "Sign out", exact: true }));
    const afterSignOut = page.url();
    await shot("signed-out");

    // A settings page when signed out sends the person to sign in, and back there afterwards.
    await page.goto(new URL("settings/apps", base.endsWith("/") ? base : base + "/").href);
    await expectHeading(page, "Sign in");
    const signInUrl = page.url();
    if (!new URL(signInUrl).pathname.endsWith("/sign-in")) {
      throw new Error(`a settings page when signed out should lead to /sign-in, went to ${signInUrl}`);
    }
    await shot("sign-in");
    await phoneShot("sign-in");
    await signIn(page, username, password);
    const refused = await alertText(page);
    if (refused) throw new Error(`sign-in refused: ${refused}`);
    await expectHeading(page, "Connected apps");
    if (await navLink(page, "Account").count() === 0) throw new Error("signed in, but no navigation link Account");
    return {
      afterSetup, afterSignOut, signInUrl,
      afterSignIn: { url: page.url(), heading: await text(page.getByRole("heading").first()) },
      navigation,
    };
  });
