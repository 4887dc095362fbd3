// Browser test of the web widget: Debian's Chromium driven by playwright-core.
// Run by tests/e2e/test_widget.py, which starts the servers and passes a JSON config:
//   node tests/e2e/widget_browser.mjs CONFIG.json
// Each step is recorded as {ok, detail} in config.resultPath; a failed step does not stop the
// steps after it, so pytest can report every step on its own.
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const ANSWER_TIMEOUT = 30_000; // waiting for the bot, not a measurement
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const results = { steps: {}, requests: [], outside: [], dialogs: [], pageErrors: [], sessionId: null };
mkdirSync(config.artifacts, { recursive: true });

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function step(name, body) {
  try {
    const detail = await body();
    results.steps[name] = { ok: true, detail: detail ?? null };
  } catch (error) {
    results.steps[name] = { ok: false, detail: String(error && error.stack ? error.stack : error) };
  }
}

function isLocal(url) {
  const parsed = new URL(url);
  if (!["http:", "https:", "ws:", "wss:"].includes(parsed.protocol)) return true; // data:, blob:, about:
  return LOCAL_HOSTS.has(parsed.hostname);
}

// socket.io traffic: bot_uttered events seen in websocket frames and polling responses.
const socketEvents = [];
function recordSocketPayload(payload) {
  for (const packet of String(payload).split("\x1e")) {
    const match = packet.match(/^4(2\d*)(\[.*)$/s); // engine.io message + socket.io event
    if (!match) continue;
    try {
      const [event, data] = JSON.parse(match[2]);
      socketEvents.push({ event, data });
    } catch {
      // not JSON: not an event
    }
  }
}

async function newPage(browser, options = {}, { consoleErrors = true } = {}) {
  const context = await browser.newContext({ locale: "nl-BE", ...options });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    results.outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("request", (request) => {
    results.requests.push(request.url());
    if (!isLocal(request.url())) results.outside.push(request.url());
  });
  page.on("websocket", (ws) => {
    results.requests.push(ws.url());
    if (!isLocal(ws.url())) results.outside.push(ws.url());
    ws.on("framereceived", (frame) => recordSocketPayload(frame.payload));
  });
  page.on("response", async (response) => {
    if (response.url().includes("/socket.io/") && response.url().includes("transport=polling")) {
      try {
        recordSocketPayload(await response.text());
      } catch {
        // body not available (e.g. aborted poll)
      }
    }
  });
  page.on("dialog", (dialog) => {
    results.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on("pageerror", (error) => results.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (consoleErrors && message.type() === "error") results.pageErrors.push("console: " + message.text());
  });
  return { context, page };
}

// --- reading the widget (inside its shadow root) ------------------------------

const widgetReady = () => {
  const host = document.querySelector("terugkeer-widget");
  return Boolean(host && host.shadowRoot && host.style.display !== "none" && host.shadowRoot.querySelector(".launcher"));
};

async function waitForWidget(page) {
  await page.waitForFunction(widgetReady, null, { timeout: 15_000 });
}

function focused(page) {
  return page.evaluate(() => {
    const host = document.querySelector("terugkeer-widget");
    const active = document.activeElement === host ? host.shadowRoot.activeElement : null;
    if (!active) return { inWidget: false, tag: document.activeElement && document.activeElement.tagName };
    const style = getComputedStyle(active);
    return {
      inWidget: true,
      tag: active.tagName,
      className: active.className,
      text: active.textContent,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
    };
  });
}

function messages(page) {
  return page.evaluate(() => {
    const root = document.querySelector("terugkeer-widget").shadowRoot;
    return Array.from(root.querySelectorAll(".msg")).map((bubble) => {
      const text = bubble.querySelector(".text").cloneNode(true);
      text.querySelectorAll(".sr-only").forEach((node) => node.remove());
      return { from: bubble.classList.contains("msg-user") ? "user" : "bot", text: text.textContent };
    });
  });
}

const normalise = (text) => text.replace(/\s+/g, " ").trim();

/** Bot text after the last user message, once `accept(text)` holds; throws with what came. */
async function waitForAnswer(page, accept, what) {
  const deadline = Date.now() + ANSWER_TIMEOUT;
  let answer = "";
  while (Date.now() < deadline) {
    const all = await messages(page);
    let lastUser = -1;
    all.forEach((m, i) => {
      if (m.from === "user") lastUser = i;
    });
    answer = normalise(all.slice(lastUser + 1).filter((m) => m.from === "bot").map((m) => m.text).join(" "));
    if (accept(answer)) return answer;
    await page.waitForTimeout(250);
  }
  throw new Error(`${what}: no matching answer; the bot said: ${JSON.stringify(answer)}`);
}

const equalsOneOf = (variants) => {
  const wanted = variants.map(normalise);
  return (answer) => wanted.includes(answer);
};

async function tabUntil(page, predicate, what, limit = 40) {
  const path = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    path.push(now.inWidget ? `${now.tag}.${now.className}:${(now.text || "").slice(0, 30)}` : now.tag);
    if (predicate(now)) return { presses: i + 1, focus: now };
  }
  throw new Error(`${what} not reached with ${limit} Tab presses; focus went: ${path.join(" > ")}`);
}

/** Type a message in the input and press Enter (focus moves to the input first if a step left it elsewhere). */
async function ask(page, text) {
  await page.getByRole("textbox", { name: "Je vraag", exact: true }).focus();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

async function runAxe(page, label) {
  await page.evaluate(AXE_SOURCE); // evaluated, not added as a <script> element
  const report = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  writeFileSync(path.join(config.artifacts, `axe-${label}.json`), JSON.stringify(report, null, 2));
  const bad = report.filter((v) => v.impact === "serious" || v.impact === "critical");
  check(bad.length === 0, `axe (${label}): serious or critical violations: ${JSON.stringify(bad, null, 1)}`);
  return report.map((v) => `${v.impact} ${v.id}`);
}

async function openWithKeyboard(page) {
  await tabUntil(page, (f) => f.inWidget && f.className === "launcher", "the launcher");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => {
    const root = document.querySelector("terugkeer-widget").shadowRoot;
    return !root.querySelector(".panel").hidden;
  });
  const focus = await focused(page);
  check(focus.inWidget && focus.tag === "TEXTAREA", `after opening, focus should be in the input: ${JSON.stringify(focus)}`);
}

async function checkFits(page, width, height) {
  await page.waitForFunction(() => document.querySelector("terugkeer-widget").shadowRoot.querySelector(".reply"), null, {
    timeout: ANSWER_TIMEOUT,
  });
  const layout = await page.evaluate(() => {
    const root = document.querySelector("terugkeer-widget").shadowRoot;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
    };
    return {
      scrollWidth: document.documentElement.scrollWidth,
      panel: box(root.querySelector(".panel")),
      input: box(root.querySelector(".input")),
      send: box(root.querySelector(".send")),
      close: box(root.querySelector(".close")),
      replies: Array.from(root.querySelectorAll(".reply")).map(box),
      bubbles: Array.from(root.querySelectorAll(".msg")).map(box),
    };
  });
  const inside = (b) => b.left >= 0 && b.right <= width + 0.5 && b.top >= 0 && b.bottom <= height + 0.5;
  check(layout.scrollWidth <= width, `page scrolls sideways: scrollWidth ${layout.scrollWidth} > ${width}`);
  for (const name of ["panel", "input", "send", "close"]) {
    check(inside(layout[name]), `${name} is not inside the ${width}×${height} viewport: ${JSON.stringify(layout[name])}`);
  }
  check(layout.input.width >= 100, `input too narrow: ${layout.input.width}px`);
  for (const b of [...layout.replies, ...layout.bubbles]) {
    check(b.left >= 0 && b.right <= width + 0.5, `a message or quick reply sticks out sideways: ${JSON.stringify(b)}`);
  }
  return layout;
}

// --- the scenario --------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: config.chromium,
  headless: true,
  // Playwright starts Chromium with a new empty profile (--user-data-dir) of its own.
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

try {
  const { page } = await newPage(browser, { viewport: { width: 1024, height: 720 } });
  let pageScripts = 0;

  await step("keyboard_open", async () => {
    await page.goto(config.demoUrl);
    await waitForWidget(page);
    pageScripts = await page.evaluate(() => document.querySelectorAll("script").length);
    check((await page.getByRole("button", { name: "Stel je vraag", exact: true }).count()) === 1, "launcher has no accessible name 'Stel je vraag'");
    const tabs = await tabUntil(page, (f) => f.inWidget && f.className === "launcher", "the launcher");
    check(tabs.focus.outlineStyle !== "none" && tabs.focus.outlineWidth >= 2, `launcher focus not visible: ${JSON.stringify(tabs.focus)}`);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !document.querySelector("terugkeer-widget").shadowRoot.querySelector(".panel").hidden);
    const focus = await focused(page);
    check(focus.inWidget && focus.tag === "TEXTAREA", `focus should move to the input: ${JSON.stringify(focus)}`);
    check((await page.getByRole("textbox", { name: "Je vraag", exact: true }).count()) === 1, "no textbox labelled 'Je vraag'");
    check((await page.getByRole("log", { name: "Gesprek" }).count()) === 1, "no role=log named 'Gesprek'");
    check((await page.getByRole("dialog", { name: config.title }).count()) === 1, `no dialog named '${config.title}'`);
    return `launcher reached with ${tabs.presses} Tab presses`;
  });

  await step("escape_closes", async () => {
    await page.keyboard.press("Escape");
    const state = await page.evaluate(() => {
      const root = document.querySelector("terugkeer-widget").shadowRoot;
      return { panelHidden: root.querySelector(".panel").hidden, expanded: root.querySelector(".launcher").getAttribute("aria-expanded") };
    });
    check(state.panelHidden && state.expanded === "false", `Escape did not close the panel: ${JSON.stringify(state)}`);
    const focus = await focused(page);
    check(focus.inWidget && focus.className === "launcher", `after Escape focus should be on the launcher: ${JSON.stringify(focus)}`);
    await page.keyboard.press("Enter");
    const again = await focused(page);
    check(again.inWidget && again.tag === "TEXTAREA", `Enter on the launcher did not reopen: ${JSON.stringify(again)}`);
  });

  await step("greeting_quick_replies", async () => {
    await page.waitForFunction(() => document.querySelector("terugkeer-widget").shadowRoot.querySelector(".reply"), null, {
      timeout: ANSWER_TIMEOUT,
    });
    const replies = await page.evaluate(() =>
      Array.from(document.querySelector("terugkeer-widget").shadowRoot.querySelectorAll(".replies > *")).map((b) => ({
        tag: b.tagName,
        type: b.getAttribute("type"),
        text: b.textContent,
      })),
    );
    check(replies.every((r) => r.tag === "BUTTON" && r.type === "button"), `quick replies are not all <button type=button>: ${JSON.stringify(replies)}`);
    const titles = replies.map((r) => r.text);
    check(
      config.greetingButtons.some((variant) => JSON.stringify(variant) === JSON.stringify(titles)),
      `quick replies ${JSON.stringify(titles)} are none of ${JSON.stringify(config.greetingButtons)}`,
    );
    await runAxe(page, "greeting");
    return titles;
  });

  await step("quick_reply_keyboard", async () => {
    const title = config.quickReply.title;
    const reached = await tabUntil(page, (f) => f.inWidget && f.className === "reply" && f.text === title, `quick reply '${title}'`);
    check(reached.focus.outlineStyle !== "none" && reached.focus.outlineWidth >= 2, `no visible focus on the quick reply: ${JSON.stringify(reached.focus)}`);
    await page.keyboard.press("Enter");
    const answer = await waitForAnswer(page, equalsOneOf(config.quickReply.answers), `quick reply '${title}'`);
    const all = await messages(page);
    const lastUser = all.filter((m) => m.from === "user").pop();
    check(lastUser && lastUser.text === title, `the quick reply's title should show as the user's message: ${JSON.stringify(lastUser)}`);
    const focus = await focused(page);
    check(focus.inWidget && focus.tag === "TEXTAREA", `focus should return to the input: ${JSON.stringify(focus)}`);
    const left = await page.evaluate(() => document.querySelector("terugkeer-widget").shadowRoot.querySelectorAll(".replies").length);
    return { tabPresses: reached.presses, answer, replyGroupsLeft: left };
  });

  await step("brochure_answer", async () => {
    await ask(page, config.brochure.question);
    const answer = await waitForAnswer(page, equalsOneOf(config.brochure.answers), `"${config.brochure.question}"`);
    const focus = await focused(page);
    check(focus.inWidget && focus.tag === "TEXTAREA", `focus should stay in the input: ${JSON.stringify(focus)}`);
    return answer;
  });

  await step("answers_over_socketio", async () => {
    const uttered = socketEvents.filter((e) => e.event === "bot_uttered").map((e) => normalise(e.data.text || ""));
    const brochure = config.brochure.answers.map(normalise);
    check(
      brochure.some((answer) => uttered.join(" ").includes(answer)),
      `the brochure answer did not arrive as socket.io bot_uttered events; events: ${JSON.stringify(uttered)}`,
    );
    const sockets = results.requests.filter((u) => u.startsWith("ws") && u.includes("/socket.io/") && u.includes("transport=websocket"));
    check(sockets.length > 0, "no socket.io websocket was opened");
    const rest = results.requests.filter((u) => u.includes("/webhooks/rest/"));
    check(rest.length === 0, `socket mode used the REST webhook: ${rest}`);
    return { botUtteredEvents: uttered.length, websockets: sockets.length };
  });

  await step("figure_answer", async () => {
    await ask(page, config.figure.question);
    const number = config.figure.number.replace(/[.]/g, "\\.");
    const exact = new RegExp(`(^|[^0-9.,])${number}(?![0-9]|[.,][0-9])`);
    return waitForAnswer(page, (answer) => exact.test(answer), `"${config.figure.question}" (expecting ${config.figure.number})`);
  });

  await step("screenshot", async () => {
    const open = await page.evaluate(() => !document.querySelector("terugkeer-widget").shadowRoot.querySelector(".panel").hidden);
    check(open, "the panel is not open");
    await page.screenshot({ path: path.join(config.artifacts, "widget.png") });
    return "artifacts/widget.png";
  });

  await step("safe_links", async () => {
    await ask(page, config.links.message);
    await waitForAnswer(page, equalsOneOf(config.links.answers), `"${config.links.message}"`);
    const links = await page.evaluate(() => {
      const root = document.querySelector("terugkeer-widget").shadowRoot;
      const bubbles = root.querySelectorAll(".msg-bot");
      const last = bubbles[bubbles.length - 1];
      return Array.from(root.querySelectorAll(".msg a")).map((a) => ({
        href: a.href,
        protocol: a.protocol,
        rel: a.getAttribute("rel"),
        target: a.getAttribute("target"),
        inLast: last.contains(a),
      }));
    });
    for (const link of links) {
      check(["http:", "https:", "mailto:"].includes(link.protocol), `unsafe link ${link.href}`);
      check(link.rel === "noopener noreferrer", `link ${link.href} has rel=${link.rel}`);
    }
    const hrefs = links.filter((l) => l.inLast).map((l) => l.href);
    for (const wanted of config.links.hrefs) check(hrefs.includes(wanted), `no link to ${wanted} in the answer; links: ${hrefs}`);
    return hrefs;
  });

  await step("script_as_text", async () => {
    const payload = "<script>alert(1)</script>";
    await ask(page, payload);
    await waitForAnswer(page, (answer) => answer.length > 0, "an answer to the script message");
    const shown = await page.evaluate(() => {
      const root = document.querySelector("terugkeer-widget").shadowRoot;
      const users = root.querySelectorAll(".msg-user .text");
      const last = users[users.length - 1];
      return {
        text: last.textContent,
        html: last.innerHTML,
        scriptsInWidget: root.querySelectorAll("script").length,
        scriptsInPage: document.querySelectorAll("script").length,
      };
    });
    check(shown.text === payload, `the message should show as typed: ${JSON.stringify(shown.text)}`);
    check(shown.html.includes("&lt;script&gt;"), `the message should be escaped text: ${shown.html}`);
    check(shown.scriptsInWidget === 0, "a <script> element appeared in the widget");
    check(shown.scriptsInPage === pageScripts, `<script> elements in the page went from ${pageScripts} to ${shown.scriptsInPage}`);
    check(results.dialogs.length === 0, `a dialog opened: ${results.dialogs}`);
    return shown.html;
  });

  await step("axe_conversation", () => runAxe(page, "conversation"));

  // intake (issue 12): a one-shot client description gives the card, readable, with a working "Kopieer".
  await step("intake_card", async () => {
    const wanted = config.intake.card;
    await ask(page, config.intake.description);
    await waitForAnswer(page, (answer) => answer.includes(normalise(wanted)), `the intake card for "${config.intake.description}"`);
    const shown = await page.evaluate(() => {
      const root = document.querySelector("terugkeer-widget").shadowRoot;
      const bubbles = root.querySelectorAll(".msg-bot");
      const last = bubbles[bubbles.length - 1];
      const text = last.querySelector(".text");
      const button = last.querySelector("button.copy");
      const style = getComputedStyle(text);
      return {
        // Rows of the text as shown (the "opens in a new window" hints of links left out).
        rows: (() => {
          const copy = text.cloneNode(true);
          copy.querySelectorAll(".sr-only").forEach((node) => node.remove());
          return copy.textContent.split("\n").filter((row) => row.trim()).length;
        })(),
        whiteSpace: getComputedStyle(last).whiteSpace,
        height: text.getBoundingClientRect().height,
        lineHeight: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2,
        button: button && { tag: button.tagName, type: button.getAttribute("type"), label: button.getAttribute("aria-label"), text: button.textContent },
        copyButtons: root.querySelectorAll("button.copy").length,
      };
    });
    check(shown.rows === config.intake.rows, `the card should show ${config.intake.rows} rows, shows ${shown.rows}`);
    check(shown.height >= config.intake.rows * shown.lineHeight * 0.9, `the card's line breaks are not rendered: ${JSON.stringify(shown)}`);
    check(shown.button && shown.button.tag === "BUTTON" && shown.button.type === "button", `no <button type=button> on the card: ${JSON.stringify(shown.button)}`);
    check(shown.button.text === config.intake.copyText && shown.button.label.includes(config.intake.copyText), `the button's name: ${JSON.stringify(shown.button)}`);
    check(shown.copyButtons === 1, `only the card gets a copy button; found ${shown.copyButtons}`);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(config.demoUrl).origin });
    // Keyboard only: from the input, Shift+Tab back to the button, Enter.
    let focus = await focused(page);
    for (let i = 0; i < 10 && !(focus.inWidget && focus.className === "copy"); i += 1) {
      await page.keyboard.press("Shift+Tab");
      focus = await focused(page);
    }
    check(focus.inWidget && focus.className === "copy", `the Kopieer button is not reachable with the keyboard: ${JSON.stringify(focus)}`);
    check(focus.outlineStyle !== "none" && focus.outlineWidth >= 2, `no visible focus on the Kopieer button: ${JSON.stringify(focus)}`);
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () => /gekopieerd/.test(document.querySelector("terugkeer-widget").shadowRoot.querySelector(".status").textContent),
      null,
      { timeout: 5_000 },
    );
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    check(clipboard === wanted, `the clipboard holds ${JSON.stringify(clipboard)}, not the card ${JSON.stringify(wanted)}`);
    await runAxe(page, "intake card");
    return { rows: shown.rows, copied: clipboard.length };
  });

  await step("reload_keeps_conversation", async () => {
    const before = await messages(page);
    const stored = () => page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) || "null"), config.storageKey);
    const sessionBefore = (await stored())?.sessionId;
    check(typeof sessionBefore === "string" && sessionBefore.length > 0, "no session id in sessionStorage");
    await page.reload();
    await waitForWidget(page);
    const open = await page.evaluate(() => !document.querySelector("terugkeer-widget").shadowRoot.querySelector(".panel").hidden);
    check(open, "the panel should still be open after the reload");
    const after = await messages(page);
    check(JSON.stringify(after) === JSON.stringify(before), `the conversation changed on reload:\nbefore ${JSON.stringify(before)}\nafter ${JSON.stringify(after)}`);
    await ask(page, config.afterReload.question);
    const answer = await waitForAnswer(page, equalsOneOf(config.afterReload.answers), `"${config.afterReload.question}" after the reload`);
    const sessionAfter = (await stored())?.sessionId;
    check(sessionAfter === sessionBefore, `session id changed: ${sessionBefore} -> ${sessionAfter}`);
    results.sessionId = sessionAfter;
    return { messagesKept: before.length, answer };
  });

  await step("narrow_320px", async () => {
    const narrow = await newPage(browser, { viewport: { width: 320, height: 640 } });
    await narrow.page.goto(config.demoUrl);
    await waitForWidget(narrow.page);
    await openWithKeyboard(narrow.page);
    const layout = await checkFits(narrow.page, 320, 640);
    await narrow.page.screenshot({ path: path.join(config.artifacts, "widget-320px.png") });
    await narrow.context.close();
    return { panel: layout.panel };
  });

  await step("zoom_200", async () => {
    // Browser zoom at 200% on a 1280×800 window gives a 640×400 CSS-pixel viewport at scale 2.
    const zoomed = await newPage(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await zoomed.page.goto(config.demoUrl);
    await waitForWidget(zoomed.page);
    await openWithKeyboard(zoomed.page);
    const layout = await checkFits(zoomed.page, 640, 400);
    await zoomed.page.screenshot({ path: path.join(config.artifacts, "widget-zoom200.png") });
    await zoomed.context.close();
    return { panel: layout.panel };
  });

  await step("rest_transport", async () => {
    const rest = await newPage(browser, { viewport: { width: 1024, height: 720 } });
    const before = results.requests.length;
    await rest.page.goto(config.restDemoUrl);
    await waitForWidget(rest.page);
    await openWithKeyboard(rest.page);
    await rest.page.waitForFunction(() => document.querySelector("terugkeer-widget").shadowRoot.querySelector(".reply"), null, {
      timeout: ANSWER_TIMEOUT,
    });
    await ask(rest.page, config.brochure.question);
    const answer = await waitForAnswer(rest.page, equalsOneOf(config.brochure.answers), `REST: "${config.brochure.question}"`);
    const made = results.requests.slice(before);
    check(made.some((u) => u.includes("/webhooks/rest/webhook")), "no request to the REST webhook");
    check(!made.some((u) => u.includes("/socket.io/")), "REST mode opened socket.io");
    await rest.context.close();
    return answer;
  });

  await step("rest_fallback_when_socketio_blocked", async () => {
    // A proxy that blocks socket.io: every socket.io request fails, so the widget turns to REST.
    // (The failed loads show as console errors here, expected on this page only.)
    const blocked = await newPage(browser, { viewport: { width: 1024, height: 720 } }, { consoleErrors: false });
    let refused = 0;
    await blocked.context.route("**/socket.io/**", (route) => {
      refused += 1;
      return route.abort("connectionrefused");
    });
    const before = results.requests.length;
    await blocked.page.goto(config.demoUrl);
    await waitForWidget(blocked.page);
    await openWithKeyboard(blocked.page);
    await blocked.page.waitForFunction(() => document.querySelector("terugkeer-widget").shadowRoot.querySelector(".reply"), null, {
      timeout: ANSWER_TIMEOUT,
    });
    await ask(blocked.page, config.brochure.question);
    const answer = await waitForAnswer(blocked.page, equalsOneOf(config.brochure.answers), `fallback: "${config.brochure.question}"`);
    check(refused > 0, "socket.io was never tried");
    check(results.requests.slice(before).some((u) => u.includes("/webhooks/rest/webhook")), "no request to the REST webhook");
    await blocked.context.close();
    return { socketioAttemptsRefused: refused, answer };
  });

  await step("no_page_errors", async () => {
    check(results.pageErrors.length === 0, `errors in the page: ${JSON.stringify(results.pageErrors)}`);
  });

  await step("nothing_leaves_localhost", async () => {
    check(results.requests.length > 0, "no requests were recorded at all");
    check(results.outside.length === 0, `requests outside localhost: ${JSON.stringify(results.outside)}`);
    return `${results.requests.length} requests, all to localhost`;
  });
} finally {
  await browser.close();
  writeFileSync(config.resultPath, JSON.stringify(results, null, 2));
}
