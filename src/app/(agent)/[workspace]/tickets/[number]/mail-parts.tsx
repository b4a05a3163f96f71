// The mail-specific parts of a thread message: the body (sandboxed HTML or the text with quoted
// history folded), an "Unparsed" badge, the From/Cc and threading line, the attachments and the
// original message's download and headers. Server-side: it splits quoted text and signs inline
// image paths; the interactive parts are client components.
import { isolate } from "@/lib/bidi";
import type { ReactNode } from "react";
import { signInlineImages } from "@/server/attachments/inline-image-url";
import { splitQuoted } from "@/server/mail/quoted-text";
import type { ThreadEntry } from "@/server/tickets/ticket.queries";
import { Badge } from "@/ui/badge";
import { MailBody } from "./mail-body";
import { MailHeaders } from "./mail-headers";

type MessageEntry = Extract<ThreadEntry, { type: "message" }>;
type Translator = (key: string, values?: Record<string, string | number>) => string;

export type MailParts = { body?: ReactNode; badges?: ReactNode; meta?: ReactNode; footer?: ReactNode };

export function mailParts(entry: MessageEntry, opts: { base: string; workspaceId: string; imageOrigin: string; frameTitle: string; t: Translator; formatSize: (bytes: number) => string }): MailParts {
  const { t, base } = opts;
  const email = entry.email;
  const parts: MailParts = {};
  if (entry.kind === "INBOUND" && (email || entry.html)) {
    const { visible, quoted } = email?.unparsed ? { visible: t("unparsedText"), quoted: null } : splitQuoted(entry.text);
    parts.body = (
      <MailBody
        html={entry.html && !email?.unparsed ? signInlineImages(entry.html, opts.workspaceId) : null}
        visible={visible || entry.text}
        quoted={quoted}
        imageOrigin={opts.imageOrigin}
        frameTitle={opts.frameTitle}
      />
    );
  }
  if (email?.unparsed) parts.badges = <Badge tone="danger" data-unparsed="">{t("unparsed")}</Badge>;
  if (email) {
    parts.meta = (
      <div className="mt-2 flex flex-col gap-0.5 text-xs text-gray-600" data-mail-meta="">
        {email.fromAddress && <p className="[overflow-wrap:anywhere]">{t("from", { address: isolate(email.fromName ? `${email.fromName} <${email.fromAddress}>` : email.fromAddress) })}</p>}
        {email.cc.length > 0 && <p className="[overflow-wrap:anywhere]">{t("cc", { list: isolate(email.cc.join(", ")) })}</p>}
        {email.threadedBy && <p data-threaded-by={email.threadedBy.toLowerCase()}>{t(`threadedBy.${email.threadedBy}`)}</p>}
      </div>
    );
  }
  if (entry.attachments.length > 0 || email?.inboundMailId) {
    parts.footer = (
      <div className="mt-3 flex flex-col gap-2 border-t border-gray-100 pt-3">
        {entry.attachments.length > 0 && (
          <section aria-label={t("attachments")}>
            <ul className="flex flex-wrap gap-2">
              {entry.attachments.map((a) => (
                <li key={a.id}>
                  <a
                    href={`${base}/attachments/${a.id}`}
                    download={a.filename}
                    className="inline-flex max-w-72 items-center gap-1 rounded border border-gray-200 px-2 py-1 text-xs text-gray-800 hover:bg-gray-50"
                    data-attachment=""
                  >
                    <span dir="auto" className="truncate">{a.filename}</span>
                    <span className="shrink-0 text-gray-500">{opts.formatSize(a.size)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {email?.inboundMailId && (
          <div className="flex flex-wrap items-start gap-x-4 gap-y-2 text-xs">
            <a href={`${base}/inbound-mail/${email.inboundMailId}/raw`} download className="font-medium text-brand-700 hover:underline" data-raw-mail="">
              {t("downloadOriginal")}
            </a>
            <MailHeaders href={`${base}/inbound-mail/${email.inboundMailId}/headers`} />
          </div>
        )}
      </div>
    );
  }
  return parts;
}
