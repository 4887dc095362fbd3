// Unit checks of the widget's pure helpers (no DOM), run by tests/web/test_widget_js.py.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { safeHref, splitLinks, normaliseBotMessage, colourProperties, newSessionId } = require("../../web/static/widget.js");

test("safeHref accepts http, https, www. and e-mail addresses", () => {
  assert.equal(safeHref("https://www.vrijwilligeterugkeer.be"), "https://www.vrijwilligeterugkeer.be/");
  assert.equal(safeHref("http://fedasil.be/nl/terugkeer?x=1"), "http://fedasil.be/nl/terugkeer?x=1");
  assert.equal(safeHref("www.vrijwilligeterugkeer.be"), "https://www.vrijwilligeterugkeer.be/");
  assert.equal(safeHref("vrijwilligeterugkeer@fedasil.be"), "mailto:vrijwilligeterugkeer@fedasil.be");
});

test("safeHref refuses every other kind of address", () => {
  for (const bad of [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org",
    "//evil.example",
    "/relative/path",
    "mailto:someone@example.org?subject=x", // only plain addresses become mailto: links
    "https://user:pass@evil.example",
    "https://localhost",
    "www.",
    "",
    null,
    42,
  ]) {
    assert.equal(safeHref(bad), null, String(bad));
  }
});

test("splitLinks finds the brochure's addresses and keeps the punctuation as text", () => {
  const text = "Mail naar vrijwilligeterugkeer@fedasil.be of kijk op www.vrijwilligeterugkeer.be.";
  assert.deepEqual(splitLinks(text), [
    { type: "text", text: "Mail naar " },
    { type: "link", text: "vrijwilligeterugkeer@fedasil.be", href: "mailto:vrijwilligeterugkeer@fedasil.be" },
    { type: "text", text: " of kijk op " },
    { type: "link", text: "www.vrijwilligeterugkeer.be", href: "https://www.vrijwilligeterugkeer.be/" },
    { type: "text", text: "." },
  ]);
});

test("splitLinks keeps the text whole, links or not", () => {
  for (const text of [
    "Bel gratis naar 0800 32 745 (werkdagen 9u - 17u).",
    "(zie https://www.fedasil.be/nl/vrijwillige-terugkeer), of www.fedasilinfo.be!",
    "<script>alert(1)</script> <a href=\"javascript:alert(1)\">klik</a>",
    "javascript:alert(1) data:text/html,x",
    "",
  ]) {
    assert.equal(splitLinks(text).map((part) => part.text).join(""), text);
  }
});

test("splitLinks makes no link of script or HTML", () => {
  const parts = splitLinks('<a href="javascript:alert(1)">x</a> <img src=x onerror=alert(1)>');
  assert.deepEqual(parts.filter((p) => p.type === "link"), []);
});

test("a link's address ends before quotes and angle brackets", () => {
  const parts = splitLinks('zie "https://example.org/a"><b>');
  const links = parts.filter((p) => p.type === "link");
  assert.deepEqual(links, [{ type: "link", text: "https://example.org/a", href: "https://example.org/a" }]);
});

test("normaliseBotMessage reads socketio quick replies and REST buttons alike", () => {
  const buttons = [{ title: "Contact", payload: '/faq{"topic": "contact"}' }];
  assert.deepEqual(
    normaliseBotMessage({ text: "Kies", quick_replies: [{ content_type: "text", ...buttons[0] }] }),
    { text: "Kies", buttons },
  );
  assert.deepEqual(normaliseBotMessage({ recipient_id: "x", text: "Kies", buttons }), { text: "Kies", buttons });
  assert.deepEqual(normaliseBotMessage({ text: "Hallo" }), { text: "Hallo", buttons: [] });
  assert.equal(normaliseBotMessage({ image: "https://example.org/x.png" }), null);
  assert.equal(normaliseBotMessage(null), null);
  assert.deepEqual(normaliseBotMessage({ text: "x", buttons: [{ title: 1 }, null] }), { text: "x", buttons: [] });
});

test("colourProperties maps known colours to custom properties and drops the rest", () => {
  assert.deepEqual(colourProperties({ primary: "#123456", userBubble: "#000", bogus: "red", text: 5 }), {
    "--tkw-primary": "#123456",
    "--tkw-user-bubble": "#000",
  });
});

test("newSessionId gives 32 hex digits, different each time", () => {
  const { webcrypto } = require("node:crypto");
  const a = newSessionId(webcrypto);
  assert.match(a, /^[0-9a-f]{32}$/);
  assert.notEqual(a, newSessionId(webcrypto));
});

// intake (issue 12): only an intake card gets the "Kopieer" button.
test("isIntakeCard recognises the intake card and nothing else", () => {
  const { isIntakeCard } = require("../../web/static/widget.js");
  assert.equal(isIntakeCard("Intakecheck: Georgië · negatieve beslissing\n• In aanmerking: ja. (brochure §3)"), true);
  assert.equal(isIntakeCard("Wat is vrijwillige terugkeer? ..."), false);
  assert.equal(isIntakeCard("Voor je cliënt (Georgië): • Reisdocumenten: ..."), false);
  assert.equal(isIntakeCard(""), false);
  assert.equal(isIntakeCard(null), false);
});
