"use client";
import { signOut } from "next-auth/react";
import { useId, useState } from "react";
import { signOutEverywhereAction } from "@/server/users/session.actions";
import { Alert } from "@/ui/alert";
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

/** Ends every session of the user on the server (every device), then signs this browser out. */
export function SignOutEverywhereButton({
  label,
  hint,
  errorMessage,
  className,
}: {
  label: string;
  hint: string;
  errorMessage: string;
  className?: string;
}) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const hintId = useId();
  return (
    <div className={className}>
      {failed && (
        <Alert tone="danger" className="mb-2">
          {errorMessage}
        </Alert>
      )}
      <Button
        variant="secondary"
        fullWidth
        loading={pending}
        aria-describedby={hintId}
        onClick={async () => {
          setPending(true);
          setFailed(false);
          const result = await signOutEverywhereAction();
          if (!result.ok) {
            setPending(false);
            setFailed(true);
            return;
          }
          await signOut({ callbackUrl: "/login?signedOut=1" });
        }}
      >
        {label}
      </Button>
      <p id={hintId} className="mt-1.5 text-xs text-gray-600">
        {hint}
      </p>
    </div>
  );
}
