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
import { isolate } from "@/lib/bidi";
import { Button } from "@/ui/button";
import { ConfirmDialog } from "@/ui/confirm-dialog";
import { fieldErrorMessage } from "../field-error";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";

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
  roles: { value: Role; label: string; hint?: string }[];
}) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<ActionMessageValue>(null);
  // A change waiting for the admin's confirmation: the role picked, or deactivating.
  const [asking, setAsking] = useState<{ kind: "role"; role: Role } | { kind: "deactivate" } | null>(null);
  const picked = asking?.kind === "role" ? roles.find((r) => r.value === asking.role) : undefined;

  function confirm() {
    if (!asking) return;
    startTransition(async () => {
      if (asking.kind === "role") {
        const label = picked?.label ?? asking.role;
        report(
          await changeMemberRoleAction(workspaceSlug, { memberId: member.memberId, role: asking.role }),
          t("members.roleChanged", { name: isolate(member.name), role: label }),
        );
      } else {
        report(
          await deactivateMemberAction(workspaceSlug, { memberId: member.memberId }),
          t("members.deactivated_done", { name: isolate(member.name) }),
        );
      }
      setAsking(null);
    });
  }

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
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t("members.changeRole", { name: isolate(member.name) })}
        </label>
        <Select
          id={id}
          value={asking?.kind === "role" ? asking.role : member.role}
          disabled={pending || member.deactivated}
          wrapperClassName="w-40"
          onChange={(e) => {
            const role = e.target.value as Role;
            if (role !== member.role) setAsking({ kind: "role", role });
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
                    t("members.reactivated_done", { name: isolate(member.name) }),
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
              aria-haspopup="dialog"
              onClick={() => setAsking({ kind: "deactivate" })}
            >
              {t("members.deactivate")}
            </Button>
          ))}
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={
          asking?.kind === "deactivate"
            ? t("members.deactivateTitle", { name: isolate(member.name) })
            : t("members.roleTitle", { name: isolate(member.name) })
        }
        description={
          asking?.kind === "deactivate"
            ? t("members.deactivateEffect")
            : picked && t("members.roleEffect", { name: isolate(member.name), role: picked.label, hint: picked.hint ?? "" })
        }
        confirmLabel={asking?.kind === "deactivate" ? t("members.deactivate") : t("members.roleConfirm")}
        cancelLabel={tc("actions.cancel")}
        tone={asking?.kind === "deactivate" ? "danger" : "default"}
        pending={pending}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      />
      <ActionMessage message={message} />
    </div>
  );
}
