// nomen serve's page, used as a person would: headless Chromium (Debian's package,
// /usr/bin/chromium or $CHROMIUM) driven by playwright-core over CDP. It indexes the
// multilingual fixture crates/nomen-cli/tests/fixtures/serve/articles.jsonl, starts
// `nomen serve` on an ephemeral loopback port, types a Cyrillic name in the entity box,
// checks the entity it resolved to, the hits, a facet, the timeline's and the network's
// numbers, a document's marked mentions, that article text with HTML in it shows as
// text, and saves screenshots to tests/browser/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const nomen = process.env.NOMEN_BIN || join(root, "target", "debug", "nomen");
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const fixture = join(root, "crates", "nomen-cli", "tests", "fixtures", "serve", "articles.jsonl");
const shots = join(here, "screenshots");

let dir, server, base, browser, page;
const pageErrors = [];

before(async () => {
  assert.ok(existsSync(nomen), `no nomen binary at ${nomen} (cargo build -p nomen-cli)`);
  assert.ok(existsSync(executablePath), `no Chromium at ${executablePath}`);
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "nomen-browser-"));
  execFileSync(nomen, ["index", "--index", join(dir, "idx"), fixture], { stdio: "pipe" });
  server = spawn(nomen, ["serve", "--index", join(dir, "idx"), "--addr", "127.0.0.1:0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  console.log(`started nomen serve, pid ${server.pid}`);
  const lines = createInterface({ input: server.stdout });
  base = await new Promise((resolve, reject) => {
    lines.once("line", (line) => {
      const m = line.match(/http:\/\/[^/\s]+/);
      m ? resolve(m[0]) : reject(new Error("no address in: " + line));
    });
    server.once("exit", (code) => reject(new Error("nomen serve exited with " + code)));
  });
  browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) {
    console.log(`stopping nomen serve, pid ${server.pid}`);
    server.kill("SIGTERM");
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const total = () => page.locator("#status").getAttribute("data-total");
const waitTotal = async (n) => {
  await page.waitForFunction((n) => document.getElementById("status").getAttribute("data-total") === String(n), n);
};
const bars = () =>
  page.$$eval("#timeline rect.bar", (rs) => rs.map((r) => [r.getAttribute("data-period"), Number(r.getAttribute("data-count"))]));
const nodeCount = (id) => page.getAttribute(`#network g.node[data-id="${id}"]`, "data-count");
const edgeLabel = (a, b) =>
  page.$$eval(
    "#network text.edge-count",
    (ts, [a, b]) =>
      ts
        .filter((t) => {
          const s = t.getAttribute("data-source"), d = t.getAttribute("data-target");
          return (s === a && d === b) || (s === b && d === a);
        })
        .map((t) => t.textContent),
    [a, b],
  );

test("an entity typed in Cyrillic resolves, and its hits, facets, timeline and network show", async () => {
  await page.goto(base + "/");
  await page.locator("#entity").pressSequentially("Мадуро", { delay: 40 });
  await page.waitForFunction(() => document.getElementById("picked-name").getAttribute("data-id") === "nicolas-maduro");
  assert.equal(await page.textContent("#picked-name"), "Nicolás Maduro");
  // The alternatives the resolver also found are offered.
  assert.ok((await page.locator("#alternatives button.alternative").count()) >= 1);
  await waitTotal(6);
  assert.match(await page.textContent("#status"), /^6 articles for Nicolás Maduro/);
  assert.equal(await page.locator("#hits li.hit").count(), 6);
  // Newest first, each with its date, language and source; a Cyrillic article among them.
  const metas = await page.$$eval("#hits .hit-meta", (ms) => ms.map((m) => m.textContent));
  assert.equal(metas[0], "2024-05-21 · en · Untrusted");
  assert.ok(metas.includes("2024-03-05 · ru · ТАСС"), metas.join("\n"));
  // The snippet marks the match.
  const marked = await page.$$eval('#hits li[data-id="m3"] .snippet b', (bs) => bs.map((b) => b.textContent));
  assert.ok(marked.some((t) => t.includes("Мадуро")), marked.join("|"));
  // Facets.
  await page.waitForSelector('#facets button.facet[data-id="gustavo-petro"]');
  const petro = await page.$eval('#facets button.facet[data-id="gustavo-petro"]', (b) => b.nextElementSibling.textContent);
  assert.equal(petro, "3");
  // Timeline: two articles in each of January, March and May 2024.
  await page.waitForSelector("#timeline rect.bar");
  assert.deepEqual(await bars(), [["2024-01", 2], ["2024-02", 0], ["2024-03", 2], ["2024-04", 0], ["2024-05", 2]]);
  // Network: Petro in 3 of them, Caracas in 2, both together in 2.
  await page.waitForSelector('#network g.node[data-id="gustavo-petro"]');
  assert.equal(await nodeCount("gustavo-petro"), "3");
  assert.equal(await nodeCount("caracas"), "2");
  assert.deepEqual(await edgeLabel("nicolas-maduro", "gustavo-petro"), ["3"]);
  assert.deepEqual(await edgeLabel("gustavo-petro", "caracas"), ["2"]);
  await page.screenshot({ path: join(shots, "1-entity.png"), fullPage: true });
});

test("a facet narrows the results and the pictures; a timeline bar narrows the dates", async () => {
  await page.click('#facets button.facet[data-id="gustavo-petro"]');
  await waitTotal(3);
  assert.equal(await page.locator('#filters .filter[data-id="gustavo-petro"]').count(), 1);
  await page.waitForFunction(() => document.querySelectorAll("#timeline rect.bar").length === 5 &&
    document.querySelector('#timeline rect.bar[data-period="2024-03"]').getAttribute("data-count") === "0");
  assert.deepEqual(await bars(), [["2024-01", 2], ["2024-02", 0], ["2024-03", 0], ["2024-04", 0], ["2024-05", 1]]);
  await page.screenshot({ path: join(shots, "2-facet.png"), fullPage: true });
  // January's bar: the dates narrow to it, the timeline counts per day.
  await page.click('#timeline rect.bar[data-period="2024-01"]');
  await waitTotal(2);
  assert.equal(await page.inputValue("#since"), "2024-01-01");
  assert.equal(await page.inputValue("#until"), "2024-01-31");
  await page.waitForSelector('#timeline rect.bar[data-period="2024-01-10"]');
  const days = (await bars()).filter(([, n]) => n > 0);
  assert.deepEqual(days, [["2024-01-10", 1], ["2024-01-22", 1]]);
  // Clearing the filters brings the six back; a network node adds a filter.
  await page.click('#filters .filter[data-id="gustavo-petro"] button');
  await page.click("#filters .filter:not([data-id]) button");
  await waitTotal(6);
  await page.waitForSelector('#network g.node[data-id="vladimir-putin"]');
  await page.click('#network g.node[data-id="vladimir-putin"]');
  await waitTotal(1);
  assert.equal(await page.locator('#hits li.hit[data-id="m3"]').count(), 1);
  await page.click('#filters .filter[data-id="vladimir-putin"] button');
  await waitTotal(6);
});

test("a document shows every mention marked, with its rule and entity on hover", async () => {
  await page.click('#hits li[data-id="m1"] .hit-title');
  await page.waitForSelector("#doc:not([hidden]) #doc-body mark.mention");
  const marks = await page.$$eval("#doc-body mark.mention", (ms) =>
    ms.map((m) => [m.textContent, m.getAttribute("data-entity"), m.getAttribute("data-rule")]),
  );
  assert.deepEqual(marks, [
    ["Nicolás Maduro", "nicolas-maduro", "exact"],
    ["Gustavo Petro", "gustavo-petro", "exact"],
    ["Caracas", "caracas", "exact"],
  ]);
  const titleMarks = await page.$$eval("#doc-title mark.mention", (ms) => ms.map((m) => [m.textContent, m.getAttribute("data-rule")]));
  assert.deepEqual(titleMarks, [["Maduro", "surname-coref"], ["Petro", "surname-coref"]]);
  assert.equal(await page.getAttribute("#doc-body mark.mention", "title"), "Nicolás Maduro (nicolas-maduro) · rule: exact");
  assert.equal(
    await page.textContent("#doc-body"),
    "Nicolás Maduro recibió a Gustavo Petro en Caracas para hablar de la frontera.",
  );
  await page.hover("#doc-body mark.mention >> nth=1");
  await page.screenshot({ path: join(shots, "3-document.png"), fullPage: true });
  await page.click("#back");
  await page.waitForSelector("#results:not([hidden])");
});

test("an article's HTML and script show as text and never run", async () => {
  await page.goto(base + "/?q=pwned");
  await waitTotal(1);
  const title = await page.textContent('#hits li[data-id="x1"] .hit-title');
  assert.equal(title, '<img src=x onerror="window.pwned=1"> Maduro');
  assert.ok((await page.textContent('#hits li[data-id="x1"] .snippet')).includes("<script>window.pwned=2</script>"));
  await page.click('#hits li[data-id="x1"] .hit-title');
  await page.waitForSelector("#doc:not([hidden])");
  assert.ok((await page.textContent("#doc-title")).startsWith('<img src=x onerror="window.pwned=1">'));
  const body = await page.textContent("#doc-body");
  assert.ok(body.startsWith('<script>window.pwned=2</script> Nicolás Maduro spoke. <img src=x onerror="window.pwned=3"> <b>bold?</b>'), body);
  assert.equal(await page.locator("main img, main script, #doc-body b").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await page.screenshot({ path: join(shots, "4-untrusted.png"), fullPage: true });
  assert.deepEqual(pageErrors, []);
});
