/*!
 * Web chat widget of the voluntary return FAQ assistant (Rasa socketio channel, REST fallback).
 * Plain JavaScript, no framework. Embed: see docs/widget.md.
 *   <script src="https://WIDGET-HOST/widget.js"></script>
 *   <script>TerugkeerWidget.init({ socketUrl: "https://RASA-HOST" });</script>
 * Text from the user and the bot is inserted as text nodes, never as HTML.
 */
(function (global) {
  "use strict";

  // ---------------------------------------------------------------------------
  // Pure helpers (no DOM): exported for the unit tests in tests/web/.
  // ---------------------------------------------------------------------------

  const SAFE_PROTOCOLS = ["http:", "https:", "mailto:"];
  const EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
  const EMAIL_ONLY = new RegExp("^" + EMAIL + "$");
  // Candidates for a link: http(s) addresses, www. addresses, e-mail addresses.
  const LINK_CANDIDATE = new RegExp("(?:https?://|www\\.)[^\\s<>\"'`]+|" + EMAIL, "gi");
  const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/;
  const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$|^xn--/i;

  /**
   * The address a link may point to, or null when it is not a safe link.
   * Accepts "https://…", "http://…", "www.…" (becomes https://) and an e-mail address
   * (becomes mailto:). Anything else (javascript:, data:, relative paths, …) gives null.
   */
  function safeHref(candidate) {
    if (typeof candidate !== "string") return null;
    const raw = candidate.trim();
    let href;
    if (/^https?:\/\//i.test(raw)) href = raw;
    else if (/^www\./i.test(raw)) href = "https://" + raw;
    else if (EMAIL_ONLY.test(raw)) href = "mailto:" + raw;
    else return null;
    let url;
    try {
      url = new URL(href);
    } catch (error) {
      return null;
    }
    if (SAFE_PROTOCOLS.indexOf(url.protocol) === -1) return null;
    if (url.protocol !== "mailto:") {
      if (url.username || url.password || !HOST_NAME.test(url.hostname)) return null;
    }
    return url.href;
  }

  /**
   * Split a bot message into text and link parts:
   * [{type: "text", text}, {type: "link", text, href}]. Joined, the parts' texts give the input.
   */
  function splitLinks(text) {
    const parts = [];
    const source = String(text == null ? "" : text);
    let last = 0;
    LINK_CANDIDATE.lastIndex = 0;
    let match;
    while ((match = LINK_CANDIDATE.exec(source)) !== null) {
      let candidate = match[0];
      const trailing = candidate.match(TRAILING_PUNCTUATION);
      if (trailing) candidate = candidate.slice(0, candidate.length - trailing[0].length);
      const href = safeHref(candidate);
      if (!href || !candidate) continue;
      if (match.index > last) parts.push({ type: "text", text: source.slice(last, match.index) });
      parts.push({ type: "link", text: candidate, href: href });
      last = match.index + candidate.length;
      LINK_CANDIDATE.lastIndex = last;
    }
    if (last < source.length) parts.push({ type: "text", text: source.slice(last) });
    return parts;
  }

  /**
   * One bot message from the socketio channel ({text, quick_replies}) or the REST channel
   * ({text, buttons}) as {text, buttons: [{title, payload}]}; null when there is nothing to show.
   */
  function normaliseBotMessage(message) {
    if (!message || typeof message !== "object") return null;
    const text = typeof message.text === "string" ? message.text : "";
    const raw = Array.isArray(message.quick_replies)
      ? message.quick_replies
      : Array.isArray(message.buttons)
        ? message.buttons
        : [];
    const buttons = raw
      .filter(function (b) {
        return b && typeof b.title === "string" && typeof b.payload === "string";
      })
      .map(function (b) {
        return { title: b.title, payload: b.payload };
      });
    if (!text && buttons.length === 0) return null;
    return { text: text, buttons: buttons };
  }

  const COLOUR_NAMES = [
    "primary", "primaryText", "background", "text", "botBubble", "botText",
    "userBubble", "userText", "link", "focus", "border",
  ];

  /**
   * The CSS custom properties for `colours`: {primary: "#1d4f91"} gives {"--tkw-primary": "#1d4f91"}.
   * Names not in COLOUR_NAMES, and values that are not strings, are left out.
   */
  function colourProperties(colours) {
    const properties = {};
    Object.keys(colours || {}).forEach(function (name) {
      const value = colours[name];
      if (COLOUR_NAMES.indexOf(name) === -1 || typeof value !== "string") return;
      properties["--tkw-" + name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())] = value;
    });
    return properties;
  }

  /** A random session id (32 hex digits, like Rasa's own), also outside secure contexts. */
  function newSessionId(crypto) {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  const DEFAULTS = {
    socketUrl: null, // the Rasa server, e.g. "https://bot.example.be"; required
    socketPath: "/socket.io/",
    transport: "socketio", // "socketio", or "rest" for a proxy that blocks websockets
    restUrl: null, // default: socketUrl + "/webhooks/rest/webhook"
    restFallback: true, // switch to REST when socket.io cannot connect at all
    initPayload: "/greet", // sent once, when a new conversation is opened
    storage: "session", // "session" (until the tab closes) or "local" (until cleared)
    storageKey: "terugkeer-widget",
    title: "Vragen over vrijwillige terugkeer",
    launcherText: "Stel je vraag",
    inputLabel: "Je vraag",
    placeholder: "Typ je vraag…",
    sendText: "Verstuur",
    colours: {},
    assetsUrl: null, // where widget.css and vendor/ are; default: next to widget.js
    container: null, // element to put the widget in; default: document.body
  };

  const TEXT = {
    you: "Jij: ",
    bot: "Assistent: ",
    close: "Sluit de chat",
    replies: "Kies een antwoord",
    log: "Gesprek",
    newWindow: " (opent in een nieuw venster)",
    connecting: "Verbinden…",
    noConnection: "Geen verbinding met de assistent. We proberen het opnieuw…",
    reconnecting: "De verbinding is verbroken. We proberen opnieuw te verbinden…",
    failed: "Het versturen is niet gelukt. Probeer opnieuw, of bel gratis 0800 32 745.",
    // intake (issue 12): the copy button under an intake card
    copy: "Kopieer",
    copyLabel: "Kopieer de intakekaart",
    copied: "De intakekaart is gekopieerd.",
    copyFailed: "Kopiëren is niet gelukt. Selecteer de tekst en kopieer hem zelf.",
  };

  // An intake card (issue 12, utter_intake_card in domain.yml) starts with this word.
  const INTAKE_CARD_PREFIX = "Intakecheck:";

  /** True for the text of an intake card: it gets a "Kopieer" button. */
  function isIntakeCard(text) {
    return typeof text === "string" && text.startsWith(INTAKE_CARD_PREFIX);
  }

  /** Put text on the clipboard: the Clipboard API, else a hidden textarea and execCommand. */
  function copyText(win, text) {
    if (win.navigator && win.navigator.clipboard && win.navigator.clipboard.writeText) {
      return win.navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      const doc = win.document;
      const area = doc.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      doc.body.appendChild(area);
      area.select();
      const ok = doc.execCommand && doc.execCommand("copy");
      area.remove();
      if (ok) resolve();
      else reject(new Error("copy refused"));
    });
  }

  const MAX_STORED_MESSAGES = 200;
  const SOCKET_ATTEMPTS_BEFORE_REST = 3;

  // ---------------------------------------------------------------------------
  // The widget (DOM)
  // ---------------------------------------------------------------------------

  function el(doc, tag, attributes, children) {
    const node = doc.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") node.textContent = attributes[name];
      else node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(child);
    });
    return node;
  }

  function openStorage(win, kind) {
    try {
      const storage = kind === "local" ? win.localStorage : win.sessionStorage;
      const probe = "__tkw_probe__";
      storage.setItem(probe, "1");
      storage.removeItem(probe);
      return storage;
    } catch (error) {
      return null; // storage blocked: the conversation lasts as long as the page
    }
  }

  class Widget {
    constructor(win, options, scriptUrl) {
      this.win = win;
      this.doc = win.document;
      this.options = options;
      this.assetsUrl = options.assetsUrl || new URL(".", scriptUrl || win.location.href).href;
      this.restUrl = options.restUrl || options.socketUrl.replace(/\/+$/, "") + "/webhooks/rest/webhook";
      this.transport = options.transport;
      this.storage = openStorage(win, options.storage);
      this.state = this.load();
      this.socket = null;
      this.sessionConfirmed = false;
      this.pending = [];
      this.connectErrors = 0;
      this.everConnected = false;
      this.build();
      this.renderAll(); // before the live region is on the page: old messages are not announced again
      (options.container || this.doc.body).appendChild(this.host);
      if (this.state.open) this.open(false);
    }

    // --- state -------------------------------------------------------------

    load() {
      const empty = { sessionId: null, messages: [], open: false, started: false };
      if (!this.storage) return empty;
      try {
        const saved = JSON.parse(this.storage.getItem(this.options.storageKey) || "null");
        if (!saved || typeof saved !== "object" || !Array.isArray(saved.messages)) return empty;
        return {
          sessionId: typeof saved.sessionId === "string" ? saved.sessionId : null,
          messages: saved.messages.filter(function (m) {
            return m && (m.from === "user" || m.from === "bot") && typeof m.text === "string";
          }),
          open: saved.open === true,
          started: saved.started === true,
        };
      } catch (error) {
        return empty;
      }
    }

    save() {
      if (!this.storage) return;
      this.state.messages = this.state.messages.slice(-MAX_STORED_MESSAGES);
      try {
        this.storage.setItem(this.options.storageKey, JSON.stringify(this.state));
      } catch (error) {
        // storage full or blocked: keep going without persistence
      }
    }

    // --- DOM -----------------------------------------------------------------

    build() {
      const doc = this.doc;
      // A custom element name, so that the partner's `div { … }` rules do not reach the host.
      this.host = el(doc, "terugkeer-widget", { lang: "nl" });
      this.host.style.display = "none"; // shown once the stylesheet has loaded
      const properties = colourProperties(this.options.colours);
      Object.keys(properties).forEach((name) => this.host.style.setProperty(name, properties[name]));
      const root = this.host.attachShadow({ mode: "open" });
      this.root = root;

      const stylesheet = el(doc, "link", { rel: "stylesheet", href: new URL("widget.css", this.assetsUrl).href });
      const reveal = () => {
        this.host.style.removeProperty("display");
      };
      stylesheet.addEventListener("load", reveal);
      stylesheet.addEventListener("error", reveal);

      this.launcher = el(doc, "button", {
        type: "button",
        class: "launcher",
        "aria-expanded": "false",
        "aria-controls": "tkw-panel",
        text: this.options.launcherText,
      });
      this.closeButton = el(doc, "button", {
        type: "button",
        class: "close",
        "aria-label": TEXT.close,
        title: TEXT.close,
      }, [el(doc, "span", { "aria-hidden": "true", text: "×" })]);
      this.log = el(doc, "div", {
        class: "log",
        role: "log",
        "aria-live": "polite",
        "aria-label": TEXT.log,
        tabindex: "0",
      });
      this.status = el(doc, "p", { class: "status", role: "status" });
      this.input = el(doc, "textarea", {
        id: "tkw-input",
        class: "input",
        rows: "2",
        placeholder: this.options.placeholder,
        autocomplete: "off",
      });
      this.sendButton = el(doc, "button", { type: "submit", class: "send", text: this.options.sendText });
      this.form = el(doc, "form", { class: "form" }, [
        el(doc, "label", { for: "tkw-input", class: "sr-only", text: this.options.inputLabel }),
        this.input,
        this.sendButton,
      ]);
      this.panel = el(doc, "section", {
        id: "tkw-panel",
        class: "panel",
        role: "dialog",
        "aria-labelledby": "tkw-title",
      }, [
        el(doc, "div", { class: "header" }, [
          el(doc, "h2", { id: "tkw-title", class: "title", text: this.options.title }),
          this.closeButton,
        ]),
        this.log,
        this.status,
        this.form,
      ]);
      this.panel.hidden = true;

      root.appendChild(stylesheet);
      root.appendChild(el(doc, "div", { class: "widget" }, [this.panel, this.launcher]));

      this.launcher.addEventListener("click", () => this.open(true));
      this.closeButton.addEventListener("click", () => this.close());
      this.panel.addEventListener("keydown", (event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          this.close();
        }
      });
      this.form.addEventListener("submit", (event) => {
        event.preventDefault();
        this.submitInput();
      });
      this.input.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          this.submitInput();
        }
      });

    }

    renderAll() {
      this.log.textContent = "";
      this.state.messages.forEach((message) => this.renderMessage(message));
    }

    /** A message as a bubble in the log; a bot message's buttons as quick replies below it. */
    renderMessage(message) {
      const doc = this.doc;
      const bubble = el(doc, "div", { class: "msg msg-" + message.from });
      bubble.appendChild(el(doc, "span", { class: "sr-only", text: message.from === "user" ? TEXT.you : TEXT.bot }));
      const body = el(doc, "span", { class: "text" });
      if (message.from === "bot") {
        splitLinks(message.text).forEach((part) => {
          if (part.type === "link") {
            const link = el(doc, "a", { href: part.href, target: "_blank", rel: "noopener noreferrer" });
            link.appendChild(doc.createTextNode(part.text));
            link.appendChild(el(doc, "span", { class: "sr-only", text: TEXT.newWindow }));
            body.appendChild(link);
          } else {
            body.appendChild(doc.createTextNode(part.text));
          }
        });
      } else {
        body.textContent = message.text;
      }
      bubble.appendChild(body);
      if (message.from === "bot" && isIntakeCard(message.text)) {
        const copy = el(doc, "button", { type: "button", class: "copy", "aria-label": TEXT.copyLabel, text: TEXT.copy });
        copy.addEventListener("click", () => {
          copyText(this.win, message.text).then(
            () => this.setStatus(TEXT.copied),
            () => this.setStatus(TEXT.copyFailed),
          );
        });
        bubble.appendChild(copy);
      }
      this.log.appendChild(bubble);
      if (message.from === "bot" && message.buttons && message.buttons.length) {
        const group = el(doc, "div", { class: "replies", role: "group", "aria-label": TEXT.replies });
        message.buttons.forEach((button) => {
          const node = el(doc, "button", { type: "button", class: "reply", text: button.title });
          node.addEventListener("click", () => this.send(button.payload, button.title));
          group.appendChild(node);
        });
        this.log.appendChild(group);
      }
      this.log.scrollTop = this.log.scrollHeight;
    }

    removeReplies() {
      this.log.querySelectorAll(".replies").forEach((group) => group.remove());
      this.state.messages.forEach((message) => {
        if (message.buttons) message.buttons = [];
      });
    }

    setStatus(text) {
      this.status.textContent = text || "";
    }

    // --- opening and closing -------------------------------------------------

    open(moveFocus) {
      this.panel.hidden = false;
      this.launcher.hidden = true;
      this.launcher.setAttribute("aria-expanded", "true");
      this.state.open = true;
      this.save();
      this.log.scrollTop = this.log.scrollHeight;
      if (moveFocus) this.input.focus();
      this.connect();
      if (!this.state.started && this.options.initPayload) {
        this.state.started = true;
        this.save();
        this.deliver(this.options.initPayload);
      }
    }

    close() {
      this.panel.hidden = true;
      this.launcher.hidden = false;
      this.launcher.setAttribute("aria-expanded", "false");
      this.state.open = false;
      this.save();
      this.launcher.focus();
    }

    // --- sending and receiving -----------------------------------------------

    submitInput() {
      const text = this.input.value.trim();
      if (!text) {
        this.input.focus();
        return;
      }
      this.input.value = "";
      this.send(text, text);
    }

    /** Show `shown` as the user's message, send `payload` to the bot, return focus to the input. */
    send(payload, shown) {
      this.removeReplies();
      const message = { from: "user", text: shown };
      this.state.messages.push(message);
      this.save();
      this.renderMessage(message);
      this.input.focus();
      this.deliver(payload);
    }

    receive(raw) {
      const message = normaliseBotMessage(raw);
      if (!message) return;
      this.setStatus("");
      const stored = { from: "bot", text: message.text, buttons: message.buttons };
      this.state.messages.push(stored);
      this.save();
      this.renderMessage(stored);
    }

    ensureSessionId() {
      if (!this.state.sessionId) {
        this.state.sessionId = newSessionId(this.win.crypto);
        this.save();
      }
      return this.state.sessionId;
    }

    deliver(payload) {
      if (this.transport === "rest") {
        this.deliverRest(payload);
      } else if (this.socket && this.sessionConfirmed) {
        this.socket.emit("user_uttered", { message: payload, session_id: this.state.sessionId });
      } else {
        this.pending.push(payload);
        this.connect();
      }
    }

    async deliverRest(payload) {
      try {
        const response = await this.win.fetch(this.restUrl, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ sender: this.ensureSessionId(), message: payload }),
        });
        if (!response.ok) throw new Error("HTTP " + response.status);
        const messages = await response.json();
        this.setStatus("");
        (Array.isArray(messages) ? messages : []).forEach((m) => this.receive(m));
      } catch (error) {
        this.setStatus(TEXT.failed);
      }
    }

    switchToRest() {
      if (this.socket) this.socket.close();
      this.socket = null;
      this.transport = "rest";
      this.setStatus("");
      const pending = this.pending;
      this.pending = [];
      pending.forEach((payload) => this.deliverRest(payload));
    }

    async connect() {
      if (this.transport !== "socketio" || this.socket || this.connecting) return;
      this.connecting = true;
      this.setStatus(TEXT.connecting);
      let io;
      try {
        io = (await import(new URL("vendor/socket.io.esm.min.js", this.assetsUrl).href)).io;
      } catch (error) {
        this.connecting = false;
        if (this.options.restFallback) this.switchToRest();
        else this.setStatus(TEXT.failed);
        return;
      }
      const socket = io(this.options.socketUrl, { path: this.options.socketPath });
      this.socket = socket;
      this.connecting = false;
      socket.on("connect", () => {
        this.everConnected = true;
        this.sessionConfirmed = false;
        socket.emit("session_request", { session_id: this.state.sessionId });
      });
      socket.on("session_confirm", (data) => {
        const id = typeof data === "string" ? data : data && data.session_id;
        if (typeof id !== "string" || !id) return;
        this.state.sessionId = id;
        this.sessionConfirmed = true;
        this.save();
        this.setStatus("");
        const pending = this.pending;
        this.pending = [];
        pending.forEach((payload) => this.deliver(payload));
      });
      socket.on("bot_uttered", (message) => this.receive(message));
      socket.on("disconnect", () => {
        this.sessionConfirmed = false;
        this.setStatus(TEXT.reconnecting);
      });
      socket.on("connect_error", () => {
        this.connectErrors += 1;
        if (this.options.restFallback && !this.everConnected && this.connectErrors >= SOCKET_ATTEMPTS_BEFORE_REST) {
          this.switchToRest();
        } else {
          this.setStatus(this.everConnected ? TEXT.reconnecting : TEXT.noConnection);
        }
      });
    }
  }

  // ---------------------------------------------------------------------------
  // Public API
  // ---------------------------------------------------------------------------

  const scriptUrl = global.document && global.document.currentScript ? global.document.currentScript.src : null;
  let instance = null;

  /** Put the widget on the page (once per page). */
  function init(options) {
    if (instance) return;
    const merged = Object.assign({}, DEFAULTS, options || {});
    Object.keys(merged).forEach(function (name) {
      if (!(name in DEFAULTS)) global.console.warn("TerugkeerWidget.init: unknown option '" + name + "'");
    });
    Object.keys(merged.colours || {}).forEach(function (name) {
      if (COLOUR_NAMES.indexOf(name) === -1) {
        global.console.warn("TerugkeerWidget.init: unknown colour '" + name + "'; known: " + COLOUR_NAMES.join(", "));
      }
    });
    if (typeof merged.socketUrl !== "string" || !/^https?:\/\//i.test(merged.socketUrl)) {
      throw new Error("TerugkeerWidget.init: socketUrl must be the http(s) address of the Rasa server");
    }
    if (merged.transport !== "socketio" && merged.transport !== "rest") {
      throw new Error("TerugkeerWidget.init: transport must be 'socketio' or 'rest'");
    }
    if (merged.storage !== "session" && merged.storage !== "local") {
      throw new Error("TerugkeerWidget.init: storage must be 'session' or 'local'");
    }
    const start = () => {
      instance = instance || new Widget(global, merged, scriptUrl);
    };
    if (global.document.readyState === "loading") global.document.addEventListener("DOMContentLoaded", start);
    else start();
  }

  const api = { init, safeHref, splitLinks, normaliseBotMessage, colourProperties, newSessionId, isIntakeCard };
  if (typeof module === "object" && module.exports) module.exports = api;
  else global.TerugkeerWidget = { init: init };
})(typeof window !== "undefined" ? window : globalThis);
