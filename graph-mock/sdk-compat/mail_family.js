// Microsoft's JavaScript Graph SDK drives every endpoint of the mail family
// against graph-mock, v1.0 and beta, bodies included.
//
//   node mail_family.js http://127.0.0.1:PORT
//
// Bodies are the docs' JSON (this SDK sends what it is given); the SDK builds
// the requests, follows nothing by itself and decodes errors into GraphError.
// Each check prints one JSON line {version, check, ok, detail}; the exit
// status is 0 only when every check passed. See ../tests/sdk_compat.rs.
"use strict";

const { Client, HTTPMessageHandler } = require("@microsoft/microsoft-graph-client");

const ADELE = "adele@contoso.com";
const MEGAN = "megan@contoso.com";
const LEE = "lee@contoso.com";
const INBOX_MESSAGE = "AAMkAInbox-adele/1+A=";

let failures = 0;

function report(version, check, ok, detail) {
  if (!ok) failures += 1;
  console.log(JSON.stringify({ version, check, ok: !!ok, detail: detail === undefined ? null : detail }));
}

// The SDK's own AuthenticationHandler only attaches tokens to https Graph
// hosts, so the chain is a bearer middleware in front of HTTPMessageHandler.
class Bearer {
  constructor(token) {
    this.token = token;
  }
  async execute(context) {
    const options = context.options || (context.options = {});
    const value = `Bearer ${this.token}`;
    if (typeof Headers !== "undefined" && options.headers instanceof Headers) {
      options.headers.set("Authorization", value);
    } else {
      options.headers = { ...(options.headers || {}), Authorization: value };
    }
    return this.next.execute(context);
  }
  setNext(next) {
    this.next = next;
  }
}

function client(root, token, version) {
  const bearer = new Bearer(token);
  bearer.setNext(new HTTPMessageHandler());
  const api = Client.initWithMiddleware({ middleware: bearer, baseUrl: `${root}/`, defaultVersion: version });
  api.versionRoot = `${root}/${version}`;
  return api;
}

const seg = encodeURIComponent;
const recipient = (address) => ({ emailAddress: { address } });
const addresses = (list) => (list || []).map((r) => r.emailAddress.address).sort();
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// The SDK takes absolute URLs only for https hosts: an @odata.nextLink on the
// mock's http root is followed as the path after the version's root.
function relative(link, root) {
  return link.startsWith(root) ? link.slice(root.length) : link;
}

async function folder(api, base, name, top) {
  let request = api.api(`${base}/mailFolders/${seg(name)}/messages`);
  if (top) request = request.top(top);
  let page = await request.get();
  const out = [...page.value];
  let pages = 1;
  while (page["@odata.nextLink"]) {
    page = await api.api(relative(page["@odata.nextLink"], api.versionRoot)).get();
    out.push(...page.value);
    pages += 1;
    if (pages > 100) throw new Error("more than 100 pages");
  }
  return { messages: out, pages };
}

async function expectError(version, check, promise, status, code) {
  try {
    await promise;
  } catch (e) {
    const ok = e.statusCode === status && e.code === code && !!e.message && !!e.requestId;
    report(version, check, ok, { status: e.statusCode, code: e.code, message: e.message, requestId: e.requestId });
    return;
  }
  report(version, check, false, "expected an error, got success");
}

async function run(root, version) {
  const adele = client(root, "demo-adele", version);
  const app = client(root, "demo-app", version);
  const me = "/me";
  const megan = `/users/${seg(MEGAN)}`;
  const tag = `[${version}]`;
  const state = {};

  async function check(name, fn) {
    let ok;
    let detail;
    try {
      [ok, detail] = await fn();
    } catch (e) {
      [ok, detail] = [false, `${e.statusCode || ""} ${e.code || ""} ${e.message}`];
    }
    report(version, name, ok, detail);
  }

  const sentWith = async (api, base, comment) =>
    (await folder(api, base, "sentitems")).messages.filter((m) => (m.body?.content || "").startsWith(comment));

  await check("create message (me)", async () => {
    const m = await adele.api(`${me}/messages`).post({
      subject: `${tag} draft`,
      body: { contentType: "text", content: "draft body" },
      toRecipients: [recipient(LEE)],
    });
    state.draft = m.id;
    return [m.isDraft === true && same(addresses(m.toRecipients), [LEE]), m.id];
  });
  await check("create message (user, application token)", async () => {
    const m = await app.api(`${megan}/messages`).post({ subject: `${tag} megan draft` });
    state.meganDraft = m.id;
    return [m.isDraft === true && m.from.emailAddress.address === MEGAN, m.id];
  });
  await check("get message with $select (folder)", async () => {
    const m = await adele.api(`${me}/mailFolders/drafts/messages/${seg(state.draft)}`).select(["subject"]).get();
    return [m.subject === `${tag} draft` && m.body === undefined, m];
  });
  await check("get message with an id to encode", async () => {
    const m = await adele.api(`${me}/messages/${seg(INBOX_MESSAGE)}`).get();
    return [m.id === INBOX_MESSAGE, m.subject];
  });
  await check("list messages page by page", async () => {
    const { messages, pages } = await folder(adele, me, "drafts", 1);
    return [messages.some((m) => m.id === state.draft) && pages === messages.length, { pages }];
  });
  await check("send (user)", async () => {
    await app.api(`${megan}/messages/${seg(state.meganDraft)}/send`).post();
    const { messages } = await folder(app, megan, "sentitems");
    return [messages.some((m) => m.id === state.meganDraft), messages.length];
  });
  await check("sendMail carries recipients", async () => {
    const subject = `${tag} sendMail`;
    await adele.api(`${me}/sendMail`).post({
      message: { subject, toRecipients: [recipient(MEGAN)], ccRecipients: [recipient(LEE)] },
      saveToSentItems: true,
    });
    const found = (await folder(adele, me, "sentitems")).messages.filter((m) => m.subject === subject);
    const ok = found.length === 1 && same(addresses(found[0].toRecipients), [MEGAN]);
    return [ok && same(addresses(found[0].ccRecipients), [LEE]), found.length];
  });
  await check("reply carries the comment", async () => {
    const comment = `${tag} reply comment`;
    await adele.api(`${me}/messages/${seg(INBOX_MESSAGE)}/reply`).post({ comment });
    const found = await sentWith(adele, me, comment);
    return [found.length === 1 && same(addresses(found[0].toRecipients), [MEGAN]), found.length];
  });
  await check("replyAll (folder) carries the comment", async () => {
    const comment = `${tag} replyAll comment`;
    await adele.api(`${me}/mailFolders/inbox/messages/${seg(INBOX_MESSAGE)}/replyAll`).post({ comment });
    const found = await sentWith(adele, me, comment);
    return [found.length === 1 && same(addresses(found[0].ccRecipients), [LEE]), found.length];
  });
  await check("forward carries the comment and recipients", async () => {
    const comment = `${tag} forward comment`;
    await adele.api(`${me}/messages/${seg(INBOX_MESSAGE)}/forward`).post({ comment, toRecipients: [recipient(LEE)] });
    const found = await sentWith(adele, me, comment);
    return [found.length === 1 && same(addresses(found[0].toRecipients), [LEE]), found.length];
  });
  await check("createReply carries the comment", async () => {
    const comment = `${tag} createReply`;
    const m = await adele.api(`${me}/messages/${seg(INBOX_MESSAGE)}/createReply`).post({ comment });
    return [m.isDraft === true && m.body.content.startsWith(comment), m.id];
  });
  await check("createReplyAll (user) carries the comment", async () => {
    const comment = `${tag} createReplyAll`;
    const m = await app.api(`/users/${seg(ADELE)}/messages/${seg(INBOX_MESSAGE)}/createReplyAll`).post({ comment });
    return [m.isDraft === true && m.body.content.startsWith(comment), m.id];
  });
  await check("createForward carries the recipients", async () => {
    const m = await adele
      .api(`${me}/messages/${seg(INBOX_MESSAGE)}/createForward`)
      .post({ comment: `${tag} createForward`, toRecipients: [recipient(LEE)] });
    return [m.isDraft === true && same(addresses(m.toRecipients), [LEE]), m.id];
  });
  await check("move to destinationId", async () => {
    const moved = await adele.api(`${me}/messages/${seg(state.draft)}/move`).post({ destinationId: "deleteditems" });
    const there = await adele.api(`${me}/mailFolders/deleteditems/messages/${seg(moved.id)}`).get();
    return [moved.id !== state.draft && there.subject === `${tag} draft`, moved.id];
  });
  await check("copy (user folder) to destinationId", async () => {
    const draft = await app.api(`${megan}/messages`).post({ subject: `${tag} to copy` });
    const copied = await app
      .api(`${megan}/mailFolders/drafts/messages/${seg(draft.id)}/copy`)
      .post({ destinationId: "inbox" });
    const { messages } = await folder(app, megan, "inbox");
    return [copied.id !== draft.id && messages.some((m) => m.id === copied.id), copied.id];
  });
  await check("send (me)", async () => {
    const draft = await adele.api(`${me}/messages`).post({ subject: `${tag} to send`, toRecipients: [recipient(LEE)] });
    await adele.api(`${me}/messages/${seg(draft.id)}/send`).post();
    const m = await adele.api(`${me}/mailFolders/sentitems/messages/${seg(draft.id)}`).get();
    return [m.isDraft === false, m.id];
  });

  await expectError(version, "404", adele.api(`${me}/messages/${seg(state.draft)}`).get(), 404, "ErrorItemNotFound");
  await expectError(version, "403", adele.api(`${megan}/messages/x`).get(), 403, "ErrorAccessDenied");
  await expectError(
    version,
    "401",
    client(root, "nope", version).api(`${me}/messages/x`).get(),
    401,
    "InvalidAuthenticationToken",
  );
  await expectError(
    version,
    "400 unknown property",
    adele.api(`${me}/sendMail`).post({ message: { subject: "x", futureField: 1 } }),
    400,
    "RequestBodyRead",
  );
}

async function main() {
  const root = (process.argv[2] || "").replace(/\/$/, "");
  if (!root) {
    console.error("usage: node mail_family.js http://127.0.0.1:PORT");
    process.exit(2);
  }
  for (const version of ["v1.0", "beta"]) {
    await run(root, version);
  }
  process.exitCode = failures ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
