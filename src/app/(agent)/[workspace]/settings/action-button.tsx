"use client";
// A button that runs a (bound) server action, optionally after a confirmation, and says
// when it failed. The page re-renders through the action's revalidatePath.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";
import { Button } from "@/ui/button";

type Props = {
  label: string;
  ariaLabel?: string;
  confirm?: string;
  action: () => Promise<ActionResult<unknown>>;
};

export function ActionButton({ label, ariaLabel, confirm, action }: Props) {
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <div className="flex flex-col items-end">
      <Button
        variant="ghost"
        size="sm"
        loading={pending}
        aria-label={ariaLabel}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => setFailed(!(await action()).ok));
        }}
      >
        {label}
      </Button>
      {failed && (
        <p role="alert" className="text-sm text-danger-700">
          {tc("errors.generic")}
        </p>
      )}
    </div>
  );
}
