"use server";
// The customer portal's server actions: plain forms (FormData), so they work without JavaScript.
// The workspace comes from the slug the page was rendered for, the customer from the session
// cookie (never from the form); the use cases check that a ticket is the customer's own.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { clientIp } from "@/server/http/client-address";
import { logger } from "@/server/logger";
import { defaultLocale, isLocale, type Locale } from "@/i18n/config";
import { addPortalReply } from "./add-portal-reply";
import { closeOwnTicket } from "./close-own-ticket";
import { requirePortalCtx, setPortalCookie, signOutOfPortal } from "./portal-auth";
import { findPortalWorkspace } from "./portal.queries";
import { requestPortalLink } from "./request-portal-link";
import type { RequestPortalLinkInput } from "./portal.schemas";
import { signInWithLink } from "./sign-in-with-link";

export type PortalFormState =
  | { status: "idle" }
  | { status: "done"; email?: string; reopened?: boolean }
  | {
      status: "error";
      code: "invalid" | "rateLimited" | "notFound" | "signedOut" | "generic";
      retryAfter?: number;
      /** Field -> problem code (`required`, `tooLong`, `fileTooLarge`...) for the form to translate. */
      fields?: Record<string, string>;
      /** A refused reply's text, to fill the form again. */
      text?: string;
    };

function reader(form: FormData) {
  return (name: string): string | undefined => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
}

function localeOf(value: string | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** An AppError as a form state; anything else is logged and shown generically. */
function failure(e: unknown, what: string): PortalFormState {
  if (isAppError(e)) {
    if (e.code === "RATE_LIMITED") return { status: "error", code: "rateLimited", retryAfter: e.retryAfter };
    if (e.code === "NOT_FOUND") return { status: "error", code: "notFound" };
    if (e.code === "UNAUTHENTICATED") return { status: "error", code: "signedOut" };
    if (e.code === "VALIDATION" || e.code === "BAD_REQUEST") {
      const fields = e.fieldIssues ? Object.fromEntries(Object.entries(e.fieldIssues).map(([k, v]) => [k.split(".")[0]!, v.code])) : undefined;
      return { status: "error", code: "invalid", ...(fields ? { fields } : {}) };
    }
  }
  logger.error({ err: e, what }, "portal action failed");
  return { status: "error", code: "generic" };
}

/** "Email me a link": fields workspace, locale, email. The same answer for every address. */
export async function requestPortalLinkAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const field = reader(form);
  try {
    const workspace = await findPortalWorkspace(field("workspace") ?? "");
    if (!workspace) return { status: "error", code: "notFound" };
    const email = field("email") ?? "";
    await requestPortalLink(db(), logger, { workspaceId: workspace.id, email, locale: field("locale") ?? "" } as RequestPortalLinkInput, { address: clientIp(await headers()) });
    return { status: "done", email: email.replaceAll("\u0000", "").trim() };
  } catch (e) {
    return failure(e, "request portal link");
  }
}

/** The "Sign in" button of a link's page: fields workspace, locale, token. Uses the link up, then opens the portal. */
export async function signInWithLinkAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const field = reader(form);
  const locale = localeOf(field("locale"));
  let slug: string;
  try {
    const workspace = await findPortalWorkspace(field("workspace") ?? "");
    if (!workspace) return { status: "error", code: "notFound" };
    const session = await signInWithLink(db(), logger, { workspaceId: workspace.id, token: field("token") ?? "" });
    await setPortalCookie(workspace, session.token);
    slug = workspace.slug;
  } catch (e) {
    return failure(e, "portal sign-in");
  }
  redirect(`/${slug}/portal/${locale}`);
}

/** Sign out: fields workspace, locale. */
export async function signOutOfPortalAction(form: FormData): Promise<void> {
  const field = reader(form);
  const workspace = await findPortalWorkspace(field("workspace") ?? "");
  if (!workspace) return;
  await signOutOfPortal(workspace);
  redirect(`/${workspace.slug}/portal/${localeOf(field("locale"))}`);
}

/**
 * Files of a form's file input. A browser sends one empty entry when none was chosen (which
 * arrives named "undefined"), so empty files are dropped: an empty file says nothing anyway.
 */
async function filesOf(form: FormData) {
  const files = form.getAll("files").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  return Promise.all(files.map(async (f) => ({ filename: f.name, contentType: f.type || null, content: new Uint8Array(await f.arrayBuffer()) })));
}

/** A reply on the customer's own ticket: fields workspace, locale, ticketNumber, text, files. */
export async function addPortalReplyAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const field = reader(form);
  try {
    const { ctx } = await requirePortalCtx(field("workspace") ?? "");
    const result = await addPortalReply(ctx, { ticketNumber: field("ticketNumber") ?? "", text: field("text") ?? "", attachments: await filesOf(form) } as Parameters<typeof addPortalReply>[1]);
    revalidatePath(`/${ctx.workspace.slug}/portal/${localeOf(field("locale"))}/tickets/${result.ticketNumber}`);
    return { status: "done", reopened: result.reopened };
  } catch (e) {
    const state = failure(e, "portal reply");
    return state.status === "error" ? { ...state, text: (field("text") ?? "").replaceAll("\u0000", "").slice(0, 100_000) } : state;
  }
}

/** "Close this request" on the customer's own ticket: fields workspace, locale, ticketNumber. */
export async function closeOwnTicketAction(_previous: PortalFormState, form: FormData): Promise<PortalFormState> {
  const field = reader(form);
  try {
    const { ctx } = await requirePortalCtx(field("workspace") ?? "");
    const result = await closeOwnTicket(ctx, { ticketNumber: field("ticketNumber") ?? "" } as Parameters<typeof closeOwnTicket>[1]);
    revalidatePath(`/${ctx.workspace.slug}/portal/${localeOf(field("locale"))}/tickets/${result.ticketNumber}`);
    return { status: "done" };
  } catch (e) {
    return failure(e, "portal close ticket");
  }
}
