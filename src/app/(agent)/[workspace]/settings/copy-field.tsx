"use client";
// A read-only value (invitation link, API token) with a copy button; shown once after creation.
import { useId, useState } from "react";
import { Button } from "@/ui/button";
import { Input } from "@/ui/input";

export function CopyField({ label, value, copyLabel, copiedLabel }: { label: string; value: string; copyLabel: string; copiedLabel: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-2 flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <Input id={id} readOnly value={value} dir="ltr" className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(value);
            setCopied(true);
          }}
        >
          {copied ? copiedLabel : copyLabel}
        </Button>
      </div>
      <span role="status" className="sr-only">
        {copied ? copiedLabel : ""}
      </span>
    </div>
  );
}
