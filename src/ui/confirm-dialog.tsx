"use client";
// A confirmation before a change that is hard to take back, on the native <dialog> opened with
// showModal(): the browser traps focus inside, Escape cancels, and closing returns focus to the
// control that opened it. Styled like the ticket page's merge dialog. The parent owns `open`:
// Escape and Cancel call onCancel, which should set it to false.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "@/ui/button";

/** The look of the app's modal <dialog>s (this one, the ticket page's merge dialog). */
export const MODAL_DIALOG_CLASSES =
  "m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-gray-200 bg-white p-0 text-gray-900 shadow-xl backdrop:bg-gray-900/40";

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  tone?: "danger" | "default";
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { open, title, description, confirmLabel, cancelLabel, tone = "default", pending = false, onConfirm, onCancel } = props;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      // The safe choice takes the focus: Cancel for a dangerous change, the confirmation otherwise.
      el.querySelector<HTMLElement>("[data-initial-focus]")?.focus();
    }
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onCancel={(e) => {
        // Escape: the parent decides (and closes through `open`).
        e.preventDefault();
        if (!pending) onCancel();
      }}
      onClose={() => {
        // Closed by the browser itself (a second Escape may not be cancellable): keep `open` in step.
        if (open) onCancel();
      }}
      className={MODAL_DIALOG_CLASSES}
    >
      {/* Rendered only while open: a closed dialog leaves no second copy of its texts in the page. */}
      {open && (
        <form
          method="dialog"
          className="flex flex-col gap-4 p-5"
          onSubmit={(e) => {
            e.preventDefault();
            if (!pending) onConfirm();
          }}
        >
          <h2 id={`${id}-title`} className="text-base font-semibold [overflow-wrap:anywhere]">
            {title}
          </h2>
          {description && (
            <div id={`${id}-description`} className="text-sm text-gray-700 [overflow-wrap:anywhere]">
              {description}
            </div>
      )}
        <div className="flex flex-wrap justify-end gap-2">
          {/* A dangerous change starts on Cancel (data-initial-focus), so Enter alone never confirms it. */}
          <Button variant="secondary" disabled={pending} onClick={onCancel} data-initial-focus={tone === "danger" ? "" : undefined}>
            {cancelLabel}
          </Button>
          <Button type="submit" variant={tone === "danger" ? "danger" : "primary"} loading={pending} data-initial-focus={tone !== "danger" ? "" : undefined}>
            {confirmLabel}
          </Button>
        </div>
      </form>
      )}
    </dialog>
  );
}
