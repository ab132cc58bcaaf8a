"""Microsoft's Python Graph SDK's batching and page iterator against graph-mock.

    python batch_paging.py http://127.0.0.1:PORT

msgraph-core's BatchRequestContent/BatchRequestBuilder send requests the SDK
built (`to_get_request_information`, `to_post_request_information`) as one
`$batch` with a `dependsOn`, and read each step's answer; its PageIterator
walks a folder page by page over `@odata.nextLink`. Each check prints one
JSON line: {"version", "check", "ok", "detail"}; the exit status is 0 only
when every check passed. See ../tests/sdk_compat.rs.
"""

import asyncio
import importlib
import json
import sys
import traceback

from kiota_abstractions.authentication import AuthenticationProvider
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph_core.requests.batch_request_builder import BatchRequestBuilder
from msgraph_core.requests.batch_request_content import BatchRequestContent
from msgraph_core.requests.batch_request_item import BatchRequestItem
from msgraph_core.tasks.page_iterator import PageIterator

PACKAGES = {"v1.0": "msgraph", "beta": "msgraph_beta"}
INBOX_MESSAGE = "AAMkAInbox-adele/1+A="
failures = 0


def report(version, check, ok, detail=None):
    global failures
    if not ok:
        failures += 1
    print(json.dumps({"version": version, "check": check, "ok": bool(ok), "detail": detail}), flush=True)


class StaticToken(AuthenticationProvider):
    def __init__(self, token):
        self.token = token

    async def authenticate_request(self, request, additional_authentication_context=None):
        request.headers.add("Authorization", f"Bearer {self.token}")


def client(version, root, token):
    pkg = PACKAGES[version]
    adapter = importlib.import_module(f"{pkg}.graph_request_adapter").GraphRequestAdapter(StaticToken(token))
    adapter.base_url = f"{root}/{version}"
    return importlib.import_module(pkg).GraphServiceClient(request_adapter=adapter)


async def run(version, root):
    graph = client(version, root, "demo-adele")
    me = graph.me() if callable(graph.me) else graph.me
    pkg = PACKAGES[version]
    draft = f"AAMkADraft-adele-{1 if version == 'v1.0' else 2}"
    await iterate_drafts(version, pkg, graph, me)
    try:
        get = BatchRequestItem(me.messages.by_message_id(INBOX_MESSAGE).to_get_request_information())
        get.id = "get"
        send = BatchRequestItem(me.messages.by_message_id(draft).send.to_post_request_information())
        send.id = "send"
        send.set_depends_on([get])
        missing = BatchRequestItem(me.messages.by_message_id("no-such-message").to_get_request_information())
        missing.id = "missing"
        content = BatchRequestContent({"get": get, "send": send, "missing": missing})
        answer = await BatchRequestBuilder(graph.request_adapter).post(content)
        statuses = {i: answer.get_response_by_id(i).status for i in ("get", "send", "missing")}
        report(version, "batch: each step answered with its own status",
               statuses == {"get": 200, "send": 202, "missing": 404}, statuses)
        # Graph answers a step's JSON body as a JSON object; msgraph-core 1.5.2 reads `body` only
        # as a base64 string (`get_bytes_value`), so the SDK sees no body for such a step. The
        # statuses and each step's headers are what it exposes.
        codes = answer.get_response_status_codes()
        names = sorted(k.lower() for k in (answer.get_response_by_id("get").headers or {}))
        report(version, "batch: status codes and each step's own headers",
               codes == statuses and "request-id" in names, names)
    except Exception:
        report(version, "batch", False, traceback.format_exc())


async def iterate_drafts(version, pkg, graph, me):
    """The drafts folder through PageIterator one message a page, against one page of all."""
    try:
        Builder = getattr(
            importlib.import_module(f"{pkg}.generated.users.item.mail_folders.item.messages.messages_request_builder"),
            "MessagesRequestBuilder",
        )
        query = Builder.MessagesRequestBuilderGetQueryParameters(top=1)
        folder = me.mail_folders.by_mail_folder_id("drafts").messages
        first = await folder.get(request_configuration=RequestConfiguration(query_parameters=query))
        everything = await folder.get(
            request_configuration=RequestConfiguration(
                query_parameters=Builder.MessagesRequestBuilderGetQueryParameters(top=50)
            )
        )
        expected = [m.id for m in everything.value]
        seen = []

        def collect(item):
            seen.append(item.id)
            return True

        iterator = PageIterator(first, graph.request_adapter)
        await iterator.iterate(collect)
        report(version, "page iterator: every message, one page at a time",
               bool(expected) and seen == expected, seen)
    except Exception:
        report(version, "page iterator", False, traceback.format_exc())


async def main():
    if len(sys.argv) != 2:
        print("usage: python batch_paging.py http://127.0.0.1:PORT", file=sys.stderr)
        return 2
    root = sys.argv[1].rstrip("/")
    for version in PACKAGES:
        await run(version, root)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
