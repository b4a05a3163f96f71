"use client";
// "Merge into…": pick another open or pending ticket of the same customer (or type its number),
// read what a merge does, confirm. The merged ticket closes and links to the target, where the
// agent lands afterwards.
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { mergeTicketsAction } from "@/server/tickets/ticket.actions";
import type { ActionError } from "@/server/action";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { MODAL_DIALOG_CLASSES } from "@/ui/confirm-dialog";

type Candidate = { number: number; subject: string; status: string; statusLabel: string };

// mergeTickets explains a refusal per field in English; these are the ones it writes.
const REASONS: Record<string, string> = {
  "belongs to another customer": "otherCustomer",
  "was merged into another ticket": "targetMerged",
  "cannot merge a ticket into itself": "itself",
  "is already merged into another ticket": "sourceMerged",
};

export function MergeTicket(props: { slug: string; ticketNumber: number; candidates: Candidate[] }) {
  const t = useTranslations("tickets.ticket.merge");
  const tc = useTranslations("common");
  const router = useRouter();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<string>(props.candidates[0] ? String(props.candidates[0].number) : "other");
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const target = choice === "other" ? typed.trim().replace(/^#/, "") : choice;
  const targetNumber = /^\d{1,9}$/.test(target) ? Number(target) : null;

  function explain(e: ActionError): string {
    if (e.code === "NOT_FOUND") return t("errors.notFound");
    if (e.code === "FORBIDDEN") return tc("errors.forbidden");
    const field = e.fields?.targetNumber ?? e.fields?.sourceNumber;
    if (e.code === "VALIDATION" && field) return t(`errors.${REASONS[field.message] ?? "invalid"}`);
    return tc("errors.generic");
  }

  function merge() {
    if (!targetNumber) return setError(t("errors.invalid"));
    if (targetNumber === props.ticketNumber) return setError(t("errors.itself"));
    setError(null);
    startTransition(async () => {
      const result = await mergeTicketsAction(props.slug, { sourceNumber: props.ticketNumber, targetNumber });
      if (!result.ok) return setError(explain(result.error));
      dialog.current?.close();
      router.push(`/${props.slug}/tickets/${result.data.target.number}`);
    });
  }

  return (
    <>
      <Button size="sm" variant="secondary" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {t("open")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-what`}
        onClose={() => setError(null)}
        className={MODAL_DIALOG_CLASSES}
      >
        <form
          method="dialog"
          className="flex flex-col gap-4 p-5"
          onSubmit={(e) => {
            e.preventDefault();
            merge();
          }}
        >
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {t("title", { number: props.ticketNumber })}
          </h2>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-2 text-sm font-medium text-gray-800">{t("pick")}</legend>
            {props.candidates.length === 0 && <p className="text-sm text-gray-600">{t("noCandidates")}</p>}
            {props.candidates.map((c) => (
              <label key={c.number} className="flex items-baseline gap-2 rounded-md p-1.5 text-sm hover:bg-gray-50">
                <input type="radio" name="target" value={c.number} checked={choice === String(c.number)} onChange={() => setChoice(String(c.number))} />
                <span className="tabular-nums text-gray-500">#{c.number}</span>
                <bdi className="min-w-0 flex-1 truncate">{c.subject}</bdi>
                <span className="text-xs text-gray-500">{c.statusLabel}</span>
              </label>
            ))}
            <label className="flex items-baseline gap-2 rounded-md p-1.5 text-sm hover:bg-gray-50">
              <input type="radio" name="target" value="other" checked={choice === "other"} onChange={() => setChoice("other")} />
              <span>{t("other")}</span>
            </label>
            {choice === "other" && (
              <Field label={t("number")} hint={t("numberHint")}>
                {(control) => (
                  <Input {...control} inputMode="numeric" dir="ltr" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" autoFocus />
                )}
              </Field>
            )}
          </fieldset>
          <p id={`${id}-what`} className="rounded-md bg-warning-50 p-3 text-sm text-warning-800">
            {targetNumber ? t("explain", { source: props.ticketNumber, target: targetNumber }) : t("explainNoTarget")}
          </p>
          {error && (
            <p role="alert" className="text-sm text-danger-700">
              {error}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              {tc("actions.cancel")}
            </Button>
            <Button type="submit" variant="danger" loading={pending} disabled={!targetNumber}>
              {targetNumber ? t("confirm", { target: targetNumber }) : t("confirmNoTarget")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
