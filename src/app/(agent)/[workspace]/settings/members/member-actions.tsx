"use client";
import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import {
  changeMemberRoleAction,
  deactivateMemberAction,
  reactivateMemberAction,
} from "@/server/members/member.actions";
import type { ActionResult } from "@/server/action";
import { Select } from "@/ui/select";
import { Button } from "@/ui/button";
import { fieldErrorMessage } from "../field-error";

type Role = "ADMIN" | "AGENT" | "LIGHT_AGENT";
type Member = { memberId: string; name: string; role: Role; deactivated: boolean; isSelf: boolean };

/** Role and access of one member. Every change is checked again on the server. */
export function MemberActions({
  workspaceSlug,
  member,
  roles,
}: {
  workspaceSlug: string;
  member: Member;
  roles: { value: Role; label: string }[];
}) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  function report(result: ActionResult<unknown>, okText: string) {
    if (result.ok) return setMessage({ tone: "ok", text: okText });
    const issue = result.error.fields && Object.values(result.error.fields)[0];
    setMessage({
      tone: "error",
      text:
        fieldErrorMessage(t, issue) ??
        (result.error.code === "FORBIDDEN" ? t("errors.forbidden") : tc("errors.generic")),
    });
  }

  return (
    <div className="flex flex-col gap-1 sm:items-end">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t("members.changeRole", { name: member.name })}
        </label>
        <Select
          id={id}
          value={member.role}
          disabled={pending || member.deactivated}
          wrapperClassName="w-40"
          onChange={(e) => {
            const role = e.target.value as Role;
            startTransition(async () => {
              const label = roles.find((r) => r.value === role)?.label ?? role;
              report(
                await changeMemberRoleAction(workspaceSlug, { memberId: member.memberId, role }),
                t("members.roleChanged", { name: member.name, role: label }),
              );
            });
          }}
        >
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
        {!member.isSelf &&
          (member.deactivated ? (
            <Button
              variant="secondary"
              size="sm"
              loading={pending}
              onClick={() =>
                startTransition(async () =>
                  report(
                    await reactivateMemberAction(workspaceSlug, { memberId: member.memberId }),
                    t("members.reactivated_done", { name: member.name }),
                  ),
                )
              }
            >
              {t("members.reactivate")}
            </Button>
          ) : (
            <Button
              variant="ghost"
              size="sm"
              loading={pending}
              onClick={() => {
                if (!window.confirm(t("members.deactivateConfirm", { name: member.name }))) return;
                startTransition(async () =>
                  report(
                    await deactivateMemberAction(workspaceSlug, { memberId: member.memberId }),
                    t("members.deactivated_done", { name: member.name }),
                  ),
                );
              }}
            >
              {t("members.deactivate")}
            </Button>
          ))}
      </div>
      <p role={message?.tone === "error" ? "alert" : "status"} className={message?.tone === "error" ? "text-sm text-danger-700" : "text-sm text-success-800"}>
        {message?.text}
      </p>
    </div>
  );
}
