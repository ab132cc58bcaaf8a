// Microsoft's JavaScript Graph SDK against graph-mock.
//
//   node send.js http://127.0.0.1:PORT
//
// The SDK's own AuthenticationHandler only attaches tokens to https Graph
// hosts, so the chain here is a bearer middleware in front of the SDK's
// HTTPMessageHandler; requests, URLs and error parsing stay the SDK's.
"use strict";

const { Client, HTTPMessageHandler } = require("@microsoft/microsoft-graph-client");

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
  return Client.initWithMiddleware({
    middleware: bearer,
    baseUrl: `${root}/`,
    defaultVersion: version,
  });
}

async function expectError(label, promise, status, code) {
  try {
    await promise;
  } catch (e) {
    const ok = e.statusCode === status && e.code === code && !!e.message && !!e.requestId;
    console.log(JSON.stringify({ label, ok, status: e.statusCode, code: e.code, message: e.message, requestId: e.requestId }));
    if (!ok) process.exitCode = 1;
    return;
  }
  console.log(JSON.stringify({ label, ok: false, error: "expected an error, got success" }));
  process.exitCode = 1;
}

async function expectOk(label, promise) {
  try {
    const body = await promise;
    console.log(JSON.stringify({ label, ok: true, body: body === undefined ? null : body }));
  } catch (e) {
    console.log(JSON.stringify({ label, ok: false, status: e.statusCode, code: e.code, message: e.message }));
    process.exitCode = 1;
  }
}

async function main() {
  const root = process.argv[2];
  if (!root) {
    console.error("usage: node send.js http://127.0.0.1:PORT");
    process.exit(2);
  }
  const adele = client(root, "demo-adele", "v1.0");
  await expectOk("me send v1.0", adele.api("/me/messages/AAMkADraft-adele-1/send").post());
  await expectOk(
    "user send beta",
    client(root, "demo-app", "beta").api("/users/megan@contoso.com/messages/AAMkADraft-megan-1/send").post(),
  );
  await expectError("already sent", adele.api("/me/messages/AAMkADraft-adele-1/send").post(), 404, "ErrorItemNotFound");
  await expectError(
    "other user's mailbox",
    adele.api("/users/megan@contoso.com/messages/AAMkADraft-megan-1/send").post(),
    403,
    "ErrorAccessDenied",
  );
  await expectError(
    "bad token",
    client(root, "nope", "v1.0").api("/me/messages/AAMkADraft-adele-2/send").post(),
    401,
    "InvalidAuthenticationToken",
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
