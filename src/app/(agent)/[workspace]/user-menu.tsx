"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Avatar } from "@/ui/avatar";
import { Badge } from "@/ui/badge";
import { setMemberAwayAction } from "@/server/members/member.actions";
import { SignOutButton, SignOutEverywhereButton } from "@/app/sign-out-button";
import { LocaleSwitcher } from "@/ui/locale-switcher";
import { setLocaleAction } from "@/server/users/locale.actions";

type Labels = {
  menu: string;
  signedInAs: string;
  signOut: string;
  signOutEverywhere: string;
  signOutEverywhereHint: string;
  error: string;
  away: string;
  awayHint: string;
  awayBadge: string;
};

/** "Away": a switch for the signed-in member; while on, the assignment rule gives them no new tickets. */
function AwayToggle({ slug, away, labels }: { slug: string; away: boolean; labels: Labels }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <div className="mt-4 flex flex-col gap-1">
      <div className="flex items-center justify-between gap-3">
        <span id={`${slug}-away-label`} className="text-sm font-medium text-gray-800">
          {labels.away}
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={away}
          aria-labelledby={`${slug}-away-label`}
          aria-describedby={`${slug}-away-hint`}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await setMemberAwayAction(slug, { away: !away });
              setFailed(!result.ok);
              if (result.ok) router.refresh();
            })
          }
          className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60 ${away ? "bg-warning-600" : "bg-gray-300"}`}
        >
          <span aria-hidden="true" className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${away ? "translate-x-5 rtl:-translate-x-5" : "translate-x-0.5 rtl:-translate-x-0.5"}`} />
        </button>
      </div>
      <p id={`${slug}-away-hint`} className="text-xs text-gray-600">
        {labels.awayHint}
      </p>
      {failed && (
        <p role="alert" className="text-xs text-danger-700">
          {labels.error}
        </p>
      )}
    </div>
  );
}

export function UserMenu({ name, slug, away, labels }: { name: string; slug: string; away: boolean; labels: Labels }) {
  return (
    <details className="group relative">
      <summary
        aria-label={labels.menu}
        className="flex cursor-pointer list-none items-center gap-2 rounded-full p-1 hover:bg-gray-100 [&::-webkit-details-marker]:hidden"
      >
        <Avatar name={name} decorative />
        <span dir="auto" className="hidden max-w-[10rem] truncate text-sm font-medium text-gray-800 md:inline">
          {name}
        </span>
        {away && <Badge tone="warning">{labels.awayBadge}</Badge>}
      </summary>
      <div className="absolute end-0 z-40 mt-2 w-72 rounded-md border border-gray-200 bg-white p-4 shadow-lg">
        <p className="truncate text-sm text-gray-600">{labels.signedInAs}</p>
        <AwayToggle slug={slug} away={away} labels={labels} />
        <div className="mt-4">
          <LocaleSwitcher action={setLocaleAction} />
        </div>
        <SignOutButton label={labels.signOut} fullWidth className="mt-4" />
        <SignOutEverywhereButton
          label={labels.signOutEverywhere}
          hint={labels.signOutEverywhereHint}
          errorMessage={labels.error}
          className="mt-3"
        />
      </div>
    </details>
  );
}
