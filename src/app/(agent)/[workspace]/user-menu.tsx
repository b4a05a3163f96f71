"use client";
import { Avatar } from "@/ui/avatar";
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
};

export function UserMenu({ name, labels }: { name: string; labels: Labels }) {
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
      </summary>
      <div className="absolute end-0 z-40 mt-2 w-72 rounded-md border border-gray-200 bg-white p-4 shadow-lg">
        <p className="truncate text-sm text-gray-600">{labels.signedInAs}</p>
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
