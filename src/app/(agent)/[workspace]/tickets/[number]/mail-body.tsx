"use client";
// A message's body in the thread. Mail with HTML is shown in a sandboxed iframe (see
// src/lib/mail-frame.ts); the sandbox allows no scripts, so the parent cannot measure the mail's
// height: the frame has a fixed height with its own scrolling, and the agent can drag it taller
// (resize on the wrapper). "Show images" appears only when remote images were held back and
// restores them for this message only. "Plain text" shows the text (what search indexes), with
// quoted history and signatures folded behind "Show quoted text".
import { useId, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { hasRemoteImages, mailSrcdoc, MAIL_FRAME_SANDBOX } from "@/lib/mail-frame";
import { Button } from "@/ui/button";

type Props = {
  /** Sanitized HTML with our inline image paths signed, or null for a text-only message. */
  html: string | null;
  visible: string;
  quoted: string | null;
  /** Our origin, the only one images may load from until "Show images". */
  imageOrigin: string;
  frameTitle: string;
};

export function MailBody({ html, visible, quoted, imageOrigin, frameTitle }: Props) {
  const t = useTranslations("tickets.ticket.mail");
  const [view, setView] = useState<"html" | "text">(html ? "html" : "text");
  const [showImages, setShowImages] = useState(false);
  const remote = useMemo(() => (html ? hasRemoteImages(html) : false), [html]);
  const srcdoc = useMemo(() => (html ? mailSrcdoc(html, { imageOrigin, showImages }) : ""), [html, imageOrigin, showImages]);

  return (
    <div className="mt-3 flex flex-col gap-2">
      {html && (
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" size="sm" aria-pressed={view === "text"} onClick={() => setView(view === "html" ? "text" : "html")}>
            {view === "html" ? t("viewText") : t("viewHtml")}
          </Button>
          {view === "html" && remote && !showImages && (
            <Button variant="secondary" size="sm" onClick={() => setShowImages(true)} data-show-images="">
              {t("showImages")}
            </Button>
          )}
        </div>
      )}
      {html && view === "html" ? (
        <div className="h-96 min-h-32 resize-y overflow-hidden rounded border border-gray-100">
          <iframe
            title={frameTitle}
            sandbox={MAIL_FRAME_SANDBOX}
            srcDoc={srcdoc}
            referrerPolicy="no-referrer"
            className="block size-full bg-white"
            data-mail-frame=""
            data-images={showImages ? "shown" : "hidden"}
          />
        </div>
      ) : (
        <MailText visible={visible} quoted={quoted} />
      )}
    </div>
  );
}

function MailText({ visible, quoted }: { visible: string; quoted: string | null }) {
  const t = useTranslations("tickets.ticket.mail");
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col gap-2">
      {/* dir="auto": a Greek mail inside the Arabic UI (or the reverse) keeps its own direction. */}
      <div dir="auto" className="whitespace-pre-wrap break-words text-sm leading-relaxed text-gray-800">
        {visible}
      </div>
      {quoted && (
        <>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(!open)}
            className="self-start rounded text-xs font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {open ? t("hideQuoted") : t("showQuoted")}
          </button>
          <div id={id} hidden={!open} dir="auto" className="whitespace-pre-wrap break-words border-s-2 border-gray-200 ps-3 text-sm leading-relaxed text-gray-600">
            {quoted}
          </div>
        </>
      )}
    </div>
  );
}
