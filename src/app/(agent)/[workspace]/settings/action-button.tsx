"use client";
// A button that runs a (bound) server action, after a confirmation in the app's own dialog when
// `confirm` is given, and says when it failed. The page re-renders through the action's
// revalidatePath.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";
import { Button } from "@/ui/button";
import { ConfirmDialog } from "@/ui/confirm-dialog";

type Props = {
  label: string;
  ariaLabel?: string;
  confirm?: { title: string; description?: string; confirmLabel: string };
  action: () => Promise<ActionResult<unknown>>;
};

export function ActionButton({ label, ariaLabel, confirm, action }: Props) {
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const [asking, setAsking] = useState(false);

  function run() {
    startTransition(async () => {
      const ok = (await action()).ok;
      setFailed(!ok);
      setAsking(false);
    });
  }

  return (
    <div className="flex flex-col items-end">
      <Button
        variant="ghost"
        size="sm"
        loading={pending}
        aria-label={ariaLabel}
        aria-haspopup={confirm ? "dialog" : undefined}
        onClick={() => (confirm ? setAsking(true) : run())}
      >
        {label}
      </Button>
      {confirm && (
        <ConfirmDialog
          open={asking}
          title={confirm.title}
          description={confirm.description}
          confirmLabel={confirm.confirmLabel}
          cancelLabel={tc("actions.cancel")}
          tone="danger"
          pending={pending}
          onConfirm={run}
          onCancel={() => setAsking(false)}
        />
      )}
      {failed && (
        <p role="alert" className="text-sm text-danger-700">
          {tc("errors.generic")}
        </p>
      )}
    </div>
  );
}
