"""Microsoft's official Python Graph SDKs against graph-mock.

    python mail_family.py http://127.0.0.1:PORT

Drives every endpoint of the mail family through msgraph-sdk (v1.0) and
msgraph-beta-sdk (beta), bodies included, as an application would: the SDKs
build the URLs, write the bodies (with the parameter names Graph's metadata
spells, `{"Message": ..., "SaveToSentItems": ...}`, and `@odata.type`), and
decode the results and errors (`ODataError`). Each check prints one JSON
line: {"version", "check", "ok", "detail"}; the exit status is 0 only when
every check passed. See ../tests/sdk_compat.rs.
"""

import asyncio
import importlib
import json
import sys
import traceback

from kiota_abstractions.authentication import AuthenticationProvider
from kiota_abstractions.base_request_configuration import RequestConfiguration

ADELE = "adele@contoso.com"
MEGAN = "megan@contoso.com"
LEE = "lee@contoso.com"
INBOX_MESSAGE = "AAMkAInbox-adele/1+A="  # holds `/`, `+` and `=`: the SDK must encode it
PACKAGES = {"v1.0": "msgraph", "beta": "msgraph_beta"}

failures = 0


def report(version, check, ok, detail=None):
    global failures
    if not ok:
        failures += 1
    print(json.dumps({"version": version, "check": check, "ok": bool(ok), "detail": detail}), flush=True)


class StaticToken(AuthenticationProvider):
    """A bearer token the mock accepts (the SDK's Azure provider only serves https hosts)."""

    def __init__(self, token):
        self.token = token

    async def authenticate_request(self, request, additional_authentication_context=None):
        request.headers.add("Authorization", f"Bearer {self.token}")


class Sdk:
    """One SDK package (msgraph or msgraph_beta): its client and models."""

    def __init__(self, version, root):
        self.version = version
        self.pkg = PACKAGES[version]
        self.root = root
        self.client_class = importlib.import_module(self.pkg).GraphServiceClient
        self.adapter_class = importlib.import_module(f"{self.pkg}.graph_request_adapter").GraphRequestAdapter
        self.ODataError = self.cls("models.o_data_errors.o_data_error", "ODataError")
        self.Message = self.cls("models.message", "Message")
        self.ItemBody = self.cls("models.item_body", "ItemBody")
        self.BodyType = self.cls("models.body_type", "BodyType")
        self.Recipient = self.cls("models.recipient", "Recipient")
        self.EmailAddress = self.cls("models.email_address", "EmailAddress")
        base = "users.item.messages.item"
        self.SendMailBody = self.cls("users.item.send_mail.send_mail_post_request_body", "SendMailPostRequestBody")
        self.ReplyBody = self.cls(f"{base}.reply.reply_post_request_body", "ReplyPostRequestBody")
        self.ReplyAllBody = self.cls(f"{base}.reply_all.reply_all_post_request_body", "ReplyAllPostRequestBody")
        self.ForwardBody = self.cls(f"{base}.forward.forward_post_request_body", "ForwardPostRequestBody")
        self.CreateReplyBody = self.cls(
            f"{base}.create_reply.create_reply_post_request_body", "CreateReplyPostRequestBody"
        )
        self.CreateReplyAllBody = self.cls(
            f"{base}.create_reply_all.create_reply_all_post_request_body", "CreateReplyAllPostRequestBody"
        )
        self.CreateForwardBody = self.cls(
            f"{base}.create_forward.create_forward_post_request_body", "CreateForwardPostRequestBody"
        )
        self.MoveBody = self.cls(f"{base}.move.move_post_request_body", "MovePostRequestBody")
        self.CopyBody = self.cls(f"{base}.copy.copy_post_request_body", "CopyPostRequestBody")
        self.FolderMessages = self.cls(
            "users.item.mail_folders.item.messages.messages_request_builder", "MessagesRequestBuilder"
        )
        self.ItemRequest = self.cls(
            "users.item.messages.item.message_item_request_builder", "MessageItemRequestBuilder"
        )

    def cls(self, module, name):
        return getattr(importlib.import_module(f"{self.pkg}.generated.{module}"), name)

    def client(self, token):
        adapter = self.adapter_class(StaticToken(token))
        adapter.base_url = f"{self.root}/{self.version}"
        return self.client_class(request_adapter=adapter)

    def recipient(self, address):
        return self.Recipient(email_address=self.EmailAddress(address=address))

    def text(self, content):
        return self.ItemBody(content_type=self.BodyType.Text, content=content)

    def list_config(self, top=None, select=None):
        query = self.FolderMessages.MessagesRequestBuilderGetQueryParameters(top=top, select=select)
        return RequestConfiguration(query_parameters=query)

    def get_config(self, select):
        query = self.ItemRequest.MessageItemRequestBuilderGetQueryParameters(select=select)
        return RequestConfiguration(query_parameters=query)


def addresses(recipients):
    return sorted(r.email_address.address for r in (recipients or []))


async def folder(sdk, user, name, top=None):
    """Every message of a folder, following @odata.nextLink page by page; and the page count."""
    builder = user.mail_folders.by_mail_folder_id(name).messages
    page = await builder.get(request_configuration=sdk.list_config(top=top))
    out, pages = list(page.value or []), 1
    while page.odata_next_link:
        page = await builder.with_url(page.odata_next_link).get()
        out.extend(page.value or [])
        pages += 1
        if pages > 100:
            raise RuntimeError("more than 100 pages")
    return out, pages


async def expect_error(sdk, version, check, awaitable, status, code, mentions=None):
    try:
        await awaitable
    except sdk.ODataError as e:
        err = e.error
        inner = err.inner_error if err else None
        ok = (
            e.response_status_code == status
            and err is not None
            and err.code == code
            and bool(err.message)
            and (mentions is None or mentions in err.message)
            and inner is not None
            and bool(inner.request_id)
        )
        detail = {
            "status": e.response_status_code,
            "code": err.code if err else None,
            "message": err.message if err else None,
            "request_id": inner.request_id if inner else None,
        }
        report(version, check, ok, detail)
        return
    report(version, check, False, "expected an ODataError, got success")


async def run(version, root):
    sdk = Sdk(version, root)
    adele = sdk.client("demo-adele")
    app = sdk.client("demo-app")
    # msgraph-beta-sdk 1.66 declares `me` as a method, msgraph-sdk as a property.
    me = adele.me() if callable(adele.me) else adele.me
    megan = app.users.by_user_id(MEGAN)
    tag = f"[{version}]"

    async def check(name, coro):
        try:
            ok, detail = await coro
        except Exception as e:  # a failed call is a failed check, with its reason
            ok, detail = False, f"{type(e).__name__}: {e}"
            if not isinstance(e, sdk.ODataError):
                traceback.print_exc(file=sys.stderr)
        report(version, name, ok, detail)

    state = {}

    async def create_me():
        m = await me.messages.post(
            sdk.Message(subject=f"{tag} draft", body=sdk.text("draft body"), to_recipients=[sdk.recipient(LEE)])
        )
        state["draft"] = m.id
        return (m.is_draft and m.subject == f"{tag} draft" and addresses(m.to_recipients) == [LEE]), m.id

    async def create_user():
        m = await megan.messages.post(sdk.Message(subject=f"{tag} megan draft", to_recipients=[sdk.recipient(ADELE)]))
        state["megan_draft"] = m.id
        return (m.is_draft and m.from_.email_address.address == MEGAN), m.id

    async def get_me():
        m = await me.messages.by_message_id(state["draft"]).get()
        return (m.id == state["draft"] and m.body.content == "draft body"), m.subject

    async def get_in_folder_with_select():
        m = await me.mail_folders.by_mail_folder_id("drafts").messages.by_message_id(state["draft"]).get(
            request_configuration=sdk.get_config(select=["subject"])
        )
        return (m.subject == f"{tag} draft" and m.body is None), m.subject

    async def get_encoded_id():
        m = await me.messages.by_message_id(INBOX_MESSAGE).get()
        return (m.id == INBOX_MESSAGE and m.from_.email_address.address == MEGAN), m.subject

    async def list_pages():
        messages, pages = await folder(sdk, me, "drafts", top=1)
        ids = [m.id for m in messages]
        return (state["draft"] in ids and pages == len(ids) and len(set(ids)) == len(ids)), {"pages": pages}

    async def list_user_folder():
        messages, _ = await folder(sdk, megan, "drafts")
        return (state["megan_draft"] in [m.id for m in messages]), len(messages)

    async def send_me():
        await me.messages.by_message_id(state["draft"]).send.post()
        m = await me.mail_folders.by_mail_folder_id("sentitems").messages.by_message_id(state["draft"]).get()
        return (m.is_draft is False and addresses(m.to_recipients) == [LEE]), m.id

    async def send_user():
        await megan.messages.by_message_id(state["megan_draft"]).send.post()
        sent, _ = await folder(sdk, megan, "sentitems")
        return (state["megan_draft"] in [m.id for m in sent]), len(sent)

    async def send_mail_me():
        subject = f"{tag} sendMail"
        body = sdk.SendMailBody(
            message=sdk.Message(
                subject=subject,
                body=sdk.text("sent with sendMail"),
                to_recipients=[sdk.recipient(MEGAN), sdk.recipient(LEE)],
                cc_recipients=[sdk.recipient("alex@contoso.com")],
            ),
            save_to_sent_items=True,
        )
        await me.send_mail.post(body)
        sent, _ = await folder(sdk, me, "sentitems")
        found = [m for m in sent if m.subject == subject]
        ok = (
            len(found) == 1
            and addresses(found[0].to_recipients) == [LEE, MEGAN]
            and addresses(found[0].cc_recipients) == ["alex@contoso.com"]
            and found[0].body.content == "sent with sendMail"
        )
        return ok, len(found)

    async def send_mail_user_not_saved():
        subject = f"{tag} sendMail unsaved"
        body = sdk.SendMailBody(
            message=sdk.Message(subject=subject, to_recipients=[sdk.recipient(ADELE)]), save_to_sent_items=False
        )
        await megan.send_mail.post(body)
        sent, _ = await folder(sdk, megan, "sentitems")
        return (not [m for m in sent if m.subject == subject]), len(sent)

    async def sent_with_comment(user, comment):
        sent, _ = await folder(sdk, user, "sentitems")
        return [m for m in sent if m.body and m.body.content and m.body.content.startswith(comment)]

    async def reply_me():
        comment = f"{tag} reply comment"
        await me.messages.by_message_id(INBOX_MESSAGE).reply.post(sdk.ReplyBody(comment=comment))
        found = await sent_with_comment(me, comment)
        ok = len(found) == 1 and found[0].subject == "RE: Team offsite" and addresses(found[0].to_recipients) == [MEGAN]
        return ok, len(found)

    async def reply_all_in_folder():
        comment = f"{tag} replyAll comment"
        builder = me.mail_folders.by_mail_folder_id("inbox").messages.by_message_id(INBOX_MESSAGE)
        await builder.reply_all.post(sdk.ReplyAllBody(comment=comment))
        found = await sent_with_comment(me, comment)
        ok = (
            len(found) == 1
            and addresses(found[0].to_recipients) == ["alex@contoso.com", MEGAN]
            and addresses(found[0].cc_recipients) == [LEE]
        )
        return ok, len(found)

    async def forward_me():
        comment = f"{tag} forward comment"
        await me.messages.by_message_id(INBOX_MESSAGE).forward.post(
            sdk.ForwardBody(comment=comment, to_recipients=[sdk.recipient(LEE)])
        )
        found = await sent_with_comment(me, comment)
        ok = len(found) == 1 and found[0].subject == "FW: Team offsite" and addresses(found[0].to_recipients) == [LEE]
        return ok, len(found)

    async def forward_with_message_recipients():
        comment = f"{tag} forward via message"
        await me.messages.by_message_id(INBOX_MESSAGE).forward.post(
            sdk.ForwardBody(comment=comment, message=sdk.Message(to_recipients=[sdk.recipient(MEGAN)]))
        )
        found = await sent_with_comment(me, comment)
        return (len(found) == 1 and addresses(found[0].to_recipients) == [MEGAN]), len(found)

    async def create_reply_me():
        comment = f"{tag} createReply comment"
        m = await me.messages.by_message_id(INBOX_MESSAGE).create_reply.post(sdk.CreateReplyBody(comment=comment))
        ok = m.is_draft and m.subject == "RE: Team offsite" and m.body.content.startswith(comment)
        return ok, m.id

    async def create_reply_all_user():
        comment = f"{tag} createReplyAll comment"
        builder = app.users.by_user_id(ADELE).messages.by_message_id(INBOX_MESSAGE)
        m = await builder.create_reply_all.post(sdk.CreateReplyAllBody(comment=comment))
        ok = (
            m.is_draft
            and m.body.content.startswith(comment)
            and addresses(m.to_recipients) == ["alex@contoso.com", MEGAN]
        )
        return ok, m.id

    async def create_forward_me():
        comment = f"{tag} createForward comment"
        m = await me.messages.by_message_id(INBOX_MESSAGE).create_forward.post(
            sdk.CreateForwardBody(comment=comment, to_recipients=[sdk.recipient(LEE), sdk.recipient(MEGAN)])
        )
        ok = m.is_draft and m.subject == "FW: Team offsite" and addresses(m.to_recipients) == [LEE, MEGAN]
        return ok and m.body.content.startswith(comment), m.id

    async def move_me():
        draft = await me.messages.post(sdk.Message(subject=f"{tag} to move"))
        moved = await me.messages.by_message_id(draft.id).move.post(sdk.MoveBody(destination_id="deleteditems"))
        there = await me.mail_folders.by_mail_folder_id("deleteditems").messages.by_message_id(moved.id).get()
        drafts, _ = await folder(sdk, me, "drafts")
        ok = moved.id != draft.id and there.subject == f"{tag} to move" and draft.id not in [m.id for m in drafts]
        state["moved_away"] = draft.id
        return ok and there.parent_folder_id == moved.parent_folder_id, moved.id

    async def copy_user_folder():
        draft = await megan.messages.post(sdk.Message(subject=f"{tag} to copy"))
        builder = megan.mail_folders.by_mail_folder_id("drafts").messages.by_message_id(draft.id)
        copied = await builder.copy.post(sdk.CopyBody(destination_id="inbox"))
        inbox, _ = await folder(sdk, megan, "inbox")
        original = await builder.get()
        ok = copied.id != draft.id and copied.id in [m.id for m in inbox] and original.subject == f"{tag} to copy"
        return ok, copied.id

    await check("create message (me)", create_me())
    await check("create message (user, application token)", create_user())
    await check("get message (me)", get_me())
    await check("get message in folder with $select", get_in_folder_with_select())
    await check("get message with an id to encode", get_encoded_id())
    await check("list messages page by page ($top, @odata.nextLink)", list_pages())
    await check("list messages (user folder)", list_user_folder())
    await check("send (me)", send_me())
    await check("send (user)", send_user())
    await check("sendMail (me) carries recipients and body", send_mail_me())
    await check("sendMail (user) with SaveToSentItems false", send_mail_user_not_saved())
    await check("reply carries the comment", reply_me())
    await check("replyAll (folder) carries the comment and recipients", reply_all_in_folder())
    await check("forward carries the comment and ToRecipients", forward_me())
    await check("forward with the message's toRecipients", forward_with_message_recipients())
    await check("createReply carries the comment", create_reply_me())
    await check("createReplyAll (user) carries the comment", create_reply_all_user())
    await check("createForward carries ToRecipients", create_forward_me())
    await check("move to DestinationId", move_me())
    await check("copy (user folder) to DestinationId", copy_user_folder())

    await expect_error(
        sdk, version, "404 as ODataError", me.messages.by_message_id(state.get("moved_away", "x")).get(),
        404, "ErrorItemNotFound",
    )
    await expect_error(
        sdk, version, "403 as ODataError", adele.users.by_user_id(MEGAN).messages.by_message_id("x").get(),
        403, "ErrorAccessDenied",
    )
    nope = sdk.client("nope")
    unauthorized = nope.me() if callable(nope.me) else nope.me
    await expect_error(
        sdk, version, "401 as ODataError", unauthorized.messages.by_message_id("x").get(),
        401, "InvalidAuthenticationToken",
    )
    unknown = sdk.Message(subject="x", additional_data={"futureField": 1})
    await expect_error(
        sdk, version, "unknown property is 400 RequestBodyRead",
        me.send_mail.post(sdk.SendMailBody(message=unknown)),
        400, "RequestBodyRead", "'futureField'",
    )
    await expect_error(
        sdk, version, "forward without recipients breaks the body rule",
        me.messages.by_message_id(INBOX_MESSAGE).forward.post(sdk.ForwardBody(comment="no one")),
        400, "ErrorInvalidRequest",
    )


async def main():
    if len(sys.argv) != 2:
        print("usage: python mail_family.py http://127.0.0.1:PORT", file=sys.stderr)
        return 2
    root = sys.argv[1].rstrip("/")
    for version in PACKAGES:
        await run(version, root)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
