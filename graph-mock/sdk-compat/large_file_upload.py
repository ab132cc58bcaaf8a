"""msgraph-core's LargeFileUploadTask against graph-mock's attachment upload sessions.

    python large_file_upload.py http://127.0.0.1:PORT

The SDK (msgraph-sdk for v1.0, msgraph-beta-sdk for beta) creates an upload
session for a message's attachment; msgraph-core 1.5.2's LargeFileUploadTask
then PUTs the file's ranges to the session's URL, as Outlook takes them
(ranges under 4 MiB, so max_chunk_size is 3 MiB; the task's default of 5 MiB
is over Outlook's limit).

What the task cannot do against Outlook's own protocol is checked as such:
after a range, Outlook answers `"nextExpectedRanges": ["{start}"]` (one value,
no end, as the docs' uploadSession page says for attachments); the task
appends a "-" and reads the end as `int("")`, so a file of several ranges
stops with ValueError after its first range. A file of one range is attached
by its first PUT (201), which the task then sends again as its "last chunk",
and the finished session answers that with 404. Its cancel() fails with a
TypeError before sending anything (it calls the request adapter without the
`error_map` the adapter requires), so the session stays open.

Each check prints one JSON line: {"version", "check", "ok", "detail"}; the
exit status is 0 only when every check passed. See ../tests/sdk_compat.rs.
"""

import asyncio
import datetime
import importlib
import io
import json
import logging
import sys
import traceback

import httpx
from kiota_abstractions.api_error import APIError
from kiota_abstractions.authentication import AuthenticationProvider
from msgraph_core.tasks.large_file_upload import LargeFileUploadTask

PACKAGES = {"v1.0": "msgraph", "beta": "msgraph_beta"}
DRAFTS = {"v1.0": "AAMkADraft-adele-1", "beta": "AAMkADraft-adele-2"}
MiB = 1024 * 1024
failures = 0

# The task logs each failed chunk at ERROR on the root logger; the checks say what happened.
logging.disable(logging.CRITICAL)


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


def content(size):
    return bytes(i % 251 for i in range(size))


async def open_session(version, graph, name, size):
    pkg = PACKAGES[version]
    module = f"{pkg}.generated.users.item.messages.item.attachments.create_upload_session"
    Body = getattr(importlib.import_module(f"{module}.create_upload_session_post_request_body"),
                   "CreateUploadSessionPostRequestBody")
    Item = getattr(importlib.import_module(f"{pkg}.generated.models.attachment_item"), "AttachmentItem")
    Kind = getattr(importlib.import_module(f"{pkg}.generated.models.attachment_type"), "AttachmentType")
    body = Body(attachment_item=Item(attachment_type=Kind.File, name=name, size=size,
                                     content_type="application/octet-stream"))
    me = graph.me() if callable(graph.me) else graph.me
    return await me.messages.by_message_id(DRAFTS[version]).attachments.create_upload_session.post(body)


async def session_state(url):
    """Where the session stands, asked of its URL as Client::upload asks it."""
    async with httpx.AsyncClient(trust_env=False) as http:
        answer = await http.get(url)
    return answer.status_code, (answer.json() if answer.status_code == 200 else None)


async def run(version, root):
    graph = client(version, root, "demo-adele")
    try:
        session = await open_session(version, graph, "several-ranges.bin", 7 * MiB)
        now = datetime.datetime.now(datetime.timezone.utc)
        ok = (session.upload_url.startswith(f"{root}/attachmentSessions/")
              and session.next_expected_ranges == ["0-"]
              and session.expiration_date_time > now)
        report(version, "createUploadSession: the SDK decodes the session", ok,
               {"next": session.next_expected_ranges, "expires": str(session.expiration_date_time)})

        task = LargeFileUploadTask(session, graph.request_adapter, io.BytesIO(content(7 * MiB)),
                                   max_chunk_size=3 * MiB)
        try:
            await task.upload()
            report(version, "several ranges: the task stops on Outlook's nextExpectedRanges", False,
                   "the upload finished")
        except ValueError as e:
            status, state = await session_state(session.upload_url)
            ok = (str(e) == "invalid literal for int() with base 10: ''"
                  and status == 200 and state["nextExpectedRanges"] == [str(3 * MiB)])
            report(version, "several ranges: the task stops on Outlook's nextExpectedRanges", ok,
                   {"error": f"{type(e).__name__}: {e}", "session": state})

        one = await open_session(version, graph, "one-range.bin", MiB)
        task = LargeFileUploadTask(one, graph.request_adapter, io.BytesIO(content(MiB)),
                                   max_chunk_size=3 * MiB)
        try:
            await task.upload()
            report(version, "one range: attached, then the task's second PUT is 404", False,
                   "no error")
        except APIError as e:
            status, _ = await session_state(one.upload_url)
            report(version, "one range: attached, then the task's second PUT is 404",
                   e.response_status_code == 404 and status == 404,
                   {"error": str(e), "status": e.response_status_code})

        kept = await open_session(version, graph, "not-cancelled.bin", 5 * MiB)
        task = LargeFileUploadTask(kept, graph.request_adapter, io.BytesIO(content(5 * MiB)),
                                   max_chunk_size=3 * MiB)
        try:
            await task.cancel()
            report(version, "cancel: the task fails before sending its DELETE", False, "cancelled")
        except TypeError as e:
            status, state = await session_state(kept.upload_url)
            ok = ("send_no_response_content_async() missing 1 required positional argument: 'error_map'"
                  in str(e) and status == 200 and state["nextExpectedRanges"] == ["0"])
            report(version, "cancel: the task fails before sending its DELETE", ok,
                   {"error": f"{type(e).__name__}: {e}", "session": state})
    except Exception:
        report(version, "large file upload", False, traceback.format_exc())


async def main():
    if len(sys.argv) != 2:
        print("usage: python large_file_upload.py http://127.0.0.1:PORT", file=sys.stderr)
        return 2
    root = sys.argv[1].rstrip("/")
    for version in PACKAGES:
        await run(version, root)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
