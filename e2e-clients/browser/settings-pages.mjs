// A walk through the settings pages by their navigation links, checking the headings and controls of
// the web app contract and taking a screenshot of each (Members at phone size too). Every missing item
// is listed before failing. <member> is a member other than the signed-in owner, whose role the owner
// may change.
//
// Usage: node browser/settings-pages.mjs <base-url> <member> <resource-name> <state-file> <screenshot-dir>
// Prints {"visited":[{link,heading,url}],"navigation":[...]}.
import { expectHeading, main, navigate, navLink } from "./lib.mjs";

await main("settings-pages.mjs", "<base-url> <member> <resource-name> <state-file> <screenshot-dir>",
  async ([base, member, resourceName, stateFile, screenshots], open) => {
    const { page, shot, phoneShot } = await open({ stateFile, screenshots });
    const missing = [];
    const expect = async (what, locator) => {
      if (await locator.count() === 0) missing.push(`${page.url()}: ${what}`);
    };
    await page.goto(new URL("settings/apps", base.endsWith("/") ? base : base + "/").href);
    await expectHeading(page, "Connected apps");
    const navigation = (await page.getByRole("navigation").getByRole("link").allInnerTexts())
      .map((name) => name.replace(/\s+/g, " ").trim());
    for (const name of ["Connected apps", "OAuth clients", "Members", "Resources", "Account"]) {
      await expect(`navigation link "${name}"`, navLink(page, name));
    }
    await expect('button "Sign out" in the navigation',
      page.getByRole("navigation").getByRole("button", { name: "Sign out", exact: true }));

    const pages = [
      ["Members", "Members", "members", async () => {
        await expect(`select "Role of ${member}"`, page.getByRole("combobox", { name: `Role of ${member}`, exact: true }));
        await expect(`button "Change role of ${member}"`, page.getByRole("button", { name: `Change role of ${member}`, exact: true }));
        await expect(`button "Remove ${member}"`, page.getByRole("button", { name: `Remove ${member}`, exact: true }));
        await expect('form "Add an existing user"', page.getByText("Add an existing user"));
        await expect('input "Username"', page.getByLabel("Username", { exact: true }));
        await expect('button "Add member"', page.getByRole("button", { name: "Add member", exact: true }));
        await expect('form "Create a user"', page.getByText("Create a user"));
        await expect('input "New username"', page.getByLabel("New username", { exact: true }));
        await expect('input "Initial password"', page.getByLabel("Initial password", { exact: true }));
        await expect('button "Create member"', page.getByRole("button", { name: "Create member", exact: true }));
        await phoneShot("members");
      }],
      ["Resources", "Protected resources", "resources", async () => {
        await expect('input "Name"', page.getByLabel("Name", { exact: true }));
        await expect('input "Upstream URL"', page.getByLabel("Upstream URL", { exact: true }));
        await expect('input "Scopes"', page.getByLabel("Scopes", { exact: true }));
        await expect('button "Add resource"', page.getByRole("button", { name: "Add resource", exact: true }));
        await expect(`button "Remove ${resourceName}"`, page.getByRole("button", { name: `Remove ${resourceName}`, exact: true }));
      }],
      ["Account", "Account", "account", async () => {
        await expect('input "Email"', page.getByLabel("Email", { exact: true }));
        await expect('input "Display name"', page.getByLabel("Display name", { exact: true }));
        await expect('button "Save profile"', page.getByRole("button", { name: "Save profile", exact: true }));
      }],
    ];
    const visited = [];
    for (const [link, heading, name, check] of pages) {
      if (await navLink(page, link).count() === 0) continue; // listed as missing above
      await navigate(page, link, heading);
      await shot(name);
      await check();
      visited.push({ link, heading, url: page.url() });
    }
    if (missing.length > 0) throw new Error(`the pages lack what the contract names:\n  ${missing.join("\n  ")}`);
    return { visited, navigation };
  });
