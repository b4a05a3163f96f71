"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/ui/button";

export function SignOutButton({
  label,
  fullWidth = false,
  className,
  callbackUrl = "/login?signedOut=1",
}: {
  label: string;
  fullWidth?: boolean;
  className?: string;
  /** Where to go afterwards (a path on this site). */
  callbackUrl?: string;
}) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      fullWidth={fullWidth}
      className={className}
      loading={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl });
      }}
    >
      {label}
    </Button>
  );
}
