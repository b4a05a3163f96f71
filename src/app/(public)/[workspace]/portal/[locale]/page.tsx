// The portal's home in one language: signed out, the form that emails a sign-in link; signed in,
// the customer's requests from every channel, newest first, with their status in plain words.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listPortalTickets } from "@/server/portal/portal.queries";
import { EmptyState } from "@/ui/empty-state";
import { portalContext, portalPath, portalSession, type PortalParams } from "../portal-params";
import { RequestLinkForm } from "./request-link-form";
import { StatusBadge } from "./status-badge";

export default async function PortalHome({ params }: { params: PortalParams }) {
  const { workspace, locale } = await portalContext(params);
  const session = await portalSession(workspace);
  const t = await getTranslations("portal");
  if (!session) {
    return (
      <section aria-labelledby="sign-in" className="mx-auto max-w-md rounded-xl bg-white p-6 ring-1 ring-gray-200">
        <h1 id="sign-in" className="text-xl font-semibold text-gray-900">
          {t("signIn.heading")}
        </h1>
        <p className="mt-2 mb-6 text-gray-700">{t("signIn.intro")}</p>
        <RequestLinkForm workspace={workspace.slug} locale={locale} />
      </section>
    );
  }
  const tickets = await listPortalTickets(session.ctx);
  const format = await getFormatter();
  return (
    <section aria-labelledby="requests">
      <h1 id="requests" className="mb-4 text-2xl font-semibold text-gray-900">
        {t("list.heading")}
      </h1>
      {tickets.length === 0 ? (
        <EmptyState title={t("list.empty")} />
      ) : (
        <ul className="divide-y divide-gray-200 rounded-lg bg-white ring-1 ring-gray-200">
          {tickets.map((ticket) => (
            <li key={ticket.number} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={portalPath(workspace, locale, `/tickets/${ticket.number}`)} className="font-medium break-words text-brand-700 hover:underline">
                  {ticket.subject}
                </Link>
                <p className="text-sm text-gray-600">
                  {t("list.number", { number: ticket.number })} · {t("list.opened", { date: format.dateTime(ticket.createdAt, { dateStyle: "medium", timeZone: workspace.timeZone }) })}
                </p>
              </div>
              <StatusBadge status={ticket.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
