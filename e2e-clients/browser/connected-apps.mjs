// Connected apps: find the row of a client, check it, press "Revoke <client name>", and read the row
// again.
//
// Usage: node browser/connected-apps.mjs <base-url> <client-name> <state-file> <screenshot-dir>
// Prints {"before":[cells...],"after":[cells...] or null,"revokeInView":bool,"revokeButtonsLeft":n}
// (revokeInView: whether the button showed without scrolling the table sideways).
import { clickAndLoad, cells, expectHeading, main } from "./lib.mjs";

await main("connected-apps.mjs", "<base-url> <client-name> <state-file> <screenshot-dir>",
  async ([base, clientName, stateFile, screenshots], open) => {
    const { page, shot, phoneShot } = await open({ stateFile, screenshots });
    await page.goto(new URL("settings/apps", base.endsWith("/") ? base : base + "/").href);
    await expectHeading(page, "Connected apps");
    const row = () => page.getByRole("row").filter({ hasText: clientName });
    if (await row().count() !== 1) {
      const rows = await page.getByRole("row").allInnerTexts();
      throw new Error(`expected one row for "${clientName}", found ${await row().count()} among ${JSON.stringify(rows)}`);
    }
    const before = await cells(row());
    await shot("connected-apps");
    await phoneShot("connected-apps");

    const revoke = page.getByRole("button", { name: `Revoke ${clientName}`, exact: true });
    if (await revoke.count() !== 1) throw new Error(`no button "Revoke ${clientName}" on Connected apps`);
    // Whether a person sees the button without scrolling the table sideways (at the desktop size).
    const revokeInView = await revoke.evaluate((button) => {
      const box = button.getBoundingClientRect();
      let scroller = button.parentElement;
      while (scroller && scroller.scrollWidth <= scroller.clientWidth) scroller = scroller.parentElement;
      const bounds = scroller && scroller !== document.documentElement && scroller !== document.body
        ? scroller.getBoundingClientRect() : { left: 0, right: window.innerWidth };
      return box.left >= bounds.left && box.right <= bounds.right;
    });
    if (!revokeInView) {
      await revoke.scrollIntoViewIfNeeded();
      await shot("connected-apps-scrolled");
    }
    await clickAndLoad(page, revoke);
    await expectHeading(page, "Connected apps");
    await shot("revoked");
    const after = await row().count() === 1 ? await cells(row()) : null;
    return { before, after, revokeInView, revokeButtonsLeft: await page.getByRole("button", { name: `Revoke ${clientName}`, exact: true }).count() };
  });
