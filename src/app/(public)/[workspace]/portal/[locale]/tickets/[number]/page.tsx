// One of the customer's requests: the conversation (their messages and what was sent to them,
// never notes or events), files to download, a reply form and "Close this request". Any number
// that is not one of the signed-in customer's tickets in this workspace is a 404.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { isAppError } from "@/server/errors";
import { getPortalTicket, type PortalTicket } from "@/server/portal/portal.queries";
import { Alert } from "@/ui/alert";
import { portalContext, portalPath, portalSession, type PortalParams } from "../../../portal-params";
import { StatusBadge } from "../../status-badge";
import { CloseForm } from "./close-form";
import { ReplyForm } from "./reply-form";

type Params = PortalParams extends Promise<infer P> ? Promise<P & { number: string }> : never;

export default async function PortalTicketPage({ params }: { params: Params }) {
  const { workspace, locale } = await portalContext(params);
  const session = await portalSession(workspace);
  if (!session) redirect(portalPath(workspace, locale));
  const { number: raw } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(raw) || Number(raw) > 2_147_483_647) notFound();
  let ticket: PortalTicket;
  try {
    ticket = await getPortalTicket(session.ctx, Number(raw));
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  // Merged into another of their requests: the conversation goes on there.
  if (ticket.mergedInto !== null) redirect(portalPath(workspace, locale, `/tickets/${ticket.mergedInto}`));
  const t = await getTranslations("portal");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: workspace.timeZone });
  const filePath = (id: string) => `/${workspace.slug}/portal/files/${id}`;
  return (
    <div className="space-y-8">
      <nav>
        <Link href={portalPath(workspace, locale)} className="text-sm text-brand-700 hover:underline">
          <span aria-hidden="true" className="inline-block rtl:rotate-180">
            ←
          </span>{" "}
          {t("ticket.back")}
        </Link>
      </nav>
      <header className="space-y-2">
        <p className="text-sm text-gray-600">{t("ticket.title", { number: ticket.number })}</p>
        <h1 className="text-2xl font-semibold break-words text-gray-900">{ticket.subject}</h1>
        <p className="flex items-center gap-2 text-sm text-gray-700">
          {t("ticket.status")}: <StatusBadge status={ticket.status} />
        </p>
      </header>
      <section aria-labelledby="conversation">
        <h2 id="conversation" className="sr-only">
          {t("ticket.conversation")}
        </h2>
        <ol className="space-y-4">
          {ticket.messages.map((m) => (
            <li key={m.id}>
              <article className={m.from === "customer" ? "rounded-lg bg-brand-50 p-4 ring-1 ring-brand-100" : "rounded-lg bg-white p-4 ring-1 ring-gray-200"}>
                <header className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm">
                  <span className="font-medium text-gray-900">{m.from === "customer" ? t("ticket.you") : m.from === "agent" ? m.authorName : t("ticket.team", { workspace: workspace.name })}</span>
                  <time dateTime={m.at.toISOString()} className="text-gray-600">
                    {when(m.at)}
                  </time>
                </header>
                <p dir="auto" className="break-words whitespace-pre-wrap text-gray-900">
                  {m.text}
                </p>
                {m.attachments.length > 0 ? (
                  <div className="mt-3">
                    <h3 className="sr-only">{t("ticket.files")}</h3>
                    <ul className="flex flex-wrap gap-2">
                      {m.attachments.map((a) => (
                        <li key={a.id}>
                          <a href={filePath(a.id)} download className="inline-flex items-center gap-1 rounded-md bg-gray-100 px-2 py-1 text-sm text-brand-700 hover:underline">
                            <span dir="auto">{a.filename}</span> <span className="text-gray-600">({format.number(Math.max(1, Math.round(a.size / 1024)), { style: "unit", unit: "kilobyte" })})</span>
                          </a>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="reply-heading" className="rounded-lg bg-white p-4 ring-1 ring-gray-200">
        <h2 id="reply-heading" className="mb-3 text-lg font-semibold text-gray-900">
          {t("reply.heading")}
        </h2>
        <ReplyForm workspace={workspace.slug} locale={locale} ticketNumber={ticket.number} closed={ticket.status === "CLOSED"} signInPath={portalPath(workspace, locale)} />
      </section>
      {ticket.status === "CLOSED" ? (
        <Alert tone="info">{t("close.done")}</Alert>
      ) : (
        <section aria-labelledby="close-heading" className="rounded-lg bg-white p-4 ring-1 ring-gray-200">
          <CloseForm workspace={workspace.slug} locale={locale} ticketNumber={ticket.number} />
        </section>
      )}
    </div>
  );
}
