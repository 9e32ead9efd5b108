// What the browser scripts share: Debian's Chromium driven by playwright-core, a browser context whose
// cookies are kept in a file between invocations, numbered full-page screenshots, and one JSON line of
// results on standard output (or a clear message on standard error and a non-zero exit).
import { chromium } from "playwright-core";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";

// Overridable for machines whose Chromium lives elsewhere; a browser download of playwright's own is
// neither needed nor possible.
const CHROMIUM = process.env.LATCHKEY_CHROMIUM || "/usr/bin/chromium";

// Without the background-networking flags Chromium's own connections are refused by a closed network
// and slow everything down; playwright gives every launch a fresh user-data-dir.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * Runs {@code body} with the script's arguments (checked against {@code usage}), prints what it returns
 * as one JSON line, and turns any failure into a message and exit status 1.
 */
export async function main(script, usage, body) {
  const args = process.argv.slice(2);
  const wanted = usage.split(" ").filter((word) => word.startsWith("<")).length;
  if (args.length < wanted) {
    console.error(`usage: node browser/${script} ${usage}`);
    process.exit(2);
  }
  let browserSession;
  try {
    const result = await body(args, async (options) => (browserSession = await openSession(options)));
    if (browserSession) await browserSession.close();
    console.log(JSON.stringify(result));
  } catch (failure) {
    let where = "";
    if (browserSession) {
      where = ` (at ${browserSession.page.url()})`;
      await browserSession.shot("failure").catch(() => {});
      await browserSession.close().catch(() => {});
    }
    console.error(`browser/${script} failed${where}: ${failure && failure.message ? failure.message : failure}`);
    process.exit(1);
  }
}

/**
 * A browser page; cookies come from {@code stateFile} when it exists and are written back to it on
 * close. Screenshots go to {@code screenshots} as NN-name.png, numbered after those already there, so
 * several invocations of one flow keep their order.
 */
async function openSession({ stateFile, screenshots, viewport = DESKTOP }) {
  mkdirSync(screenshots, { recursive: true });
  let counter = readdirSync(screenshots).filter((name) => /^\d\d-.*\.png$/.test(name)).length;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport,
    storageState: stateFile && existsSync(stateFile) ? stateFile : undefined,
    locale: "en-GB",
    timezoneId: "UTC",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.setDefaultNavigationTimeout(15_000);
  page.on("dialog", (dialog) => dialog.accept());
  let closed = false;
  /** A full-page screenshot named NN-name.png; returns its path. */
  const shot = async (name, onPage = page) => {
    counter += 1;
    const file = path.join(screenshots, `${String(counter).padStart(2, "0")}-${name}.png`);
    await onPage.screenshot({ path: file, fullPage: true });
    return file;
  };
  /** The same page at phone size, then back. */
  const phoneShot = async (name) => {
    const before = page.viewportSize();
    await page.setViewportSize(PHONE);
    try {
      return await shot(`${name}-phone`);
    } finally {
      await page.setViewportSize(before);
    }
  };
  return {
    browser, context, page, shot, phoneShot,
    async close() {
      if (closed) return;
      closed = true;
      if (stateFile) await context.storageState({ path: stateFile });
      await browser.close();
    },
  };
}

/** Waits for the heading {@code name} (the page a person expects) or fails saying what is there instead. */
export async function expectHeading(page, name) {
  const heading = page.getByRole("heading", { name, exact: true });
  try {
    await heading.first().waitFor({ state: "visible" });
  } catch {
    const headings = await page.getByRole("heading").allInnerTexts().catch(() => []);
    const shown = headings.length > 0 ? `found headings ${JSON.stringify(headings)}`
      : `found no heading; the page says: ${(await page.locator("body").innerText().catch(() => "")).replace(/\s+/g, " ").slice(0, 400)}`;
    throw new Error(`expected the page with heading "${name}", ${shown} at ${page.url()}`);
  }
}

/** The navigation link {@code name} of a settings page. */
export function navLink(page, name) {
  return page.getByRole("navigation").getByRole("link", { name, exact: true });
}

/** Follows the navigation link {@code name} and waits for the page's {@code heading}. */
export async function navigate(page, name, heading) {
  const link = navLink(page, name);
  if (await link.count() === 0) {
    const links = await page.getByRole("navigation").getByRole("link").allInnerTexts().catch(() => []);
    throw new Error(`no navigation link "${name}"; the navigation has ${JSON.stringify(links)}`);
  }
  await clickAndLoad(page, link.first());
  await expectHeading(page, heading);
}

/** The visible text of an element (whitespace collapsed). */
export async function text(locator) {
  return (await locator.innerText()).replace(/\s+/g, " ").trim();
}

/** The cells of a table row, as their visible texts. */
export async function cells(row) {
  const texts = await row.getByRole("cell").allInnerTexts();
  return texts.map((cell) => cell.replace(/\s+/g, " ").trim());
}

/** Signs in on the page in front of it (the settings sign-in page or the authorization one). */
export async function signIn(page, username, password) {
  await expectHeading(page, "Sign in");
  await page.getByLabel("Username", { exact: true }).fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await clickAndLoad(page, page.getByRole("button", { name: "Sign in", exact: true }));
}

/** An alert or error shown on the page, if any (to explain a failure). */
export async function alertText(page) {
  const alert = page.getByRole("alert");
  return (await alert.count()) > 0 ? text(alert.first()) : "";
}

/** Clicks {@code locator} (a link or a submit button) and waits until the page it leads to has loaded. */
export async function clickAndLoad(page, locator) {
  await Promise.all([page.waitForEvent("load"), locator.click()]);
}
