"use client";
// The workspace's teams in routing order: each with how it hands out tickets, its capacity, its
// conditions and members in a line; Edit opens the editor in place (focus moves into it, and back
// after), New team opens an empty one. Deleting asks first and says the tickets stay.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { deleteTeamAction } from "@/server/teams/team.actions";
import type { TeamView } from "@/server/teams/team.schemas";
import { Alert } from "@/ui/alert";
import { Badge } from "@/ui/badge";
import { Button } from "@/ui/button";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { ActionButton } from "../action-button";
import { TeamEditor, type TeamChoices } from "./team-editor";

type Props = TeamChoices & { slug: string; teams: TeamView[] };

export function TeamList({ slug, teams, ...choices }: Props) {
  const t = useTranslations("settings.teams");
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const editRefs = useRef(new Map<string, HTMLButtonElement>());
  const memberName = new Map(choices.members.map((m) => [m.id, m.name]));

  function close(id: string, saved?: string) {
    setEditing(null);
    if (saved) setNotice(t("saved", { name: saved }));
    requestAnimationFrame(() => (id === "new" ? newRef.current : editRefs.current.get(id))?.focus());
  }

  const nextPosition = teams.length === 0 ? 0 : Math.max(...teams.map((team) => team.position)) + 1;

  return (
    <>
      <div aria-live="polite">{notice && <Alert tone="success">{notice}</Alert>}</div>
      <Card>
        <CardHeader
          title={t("listTitle")}
          level={2}
          actions={
            <Button
              ref={newRef}
              size="sm"
              aria-expanded={editing === "new"}
              onClick={() => {
                setNotice(null);
                setEditing(editing === "new" ? null : "new");
              }}
            >
              {t("newTeam")}
            </Button>
          }
        />
        {editing === "new" && (
          <CardBody className="border-b border-gray-100">
            <TeamEditor slug={slug} {...choices} nextPosition={nextPosition} onClose={(saved) => close("new", saved)} />
          </CardBody>
        )}
        {teams.length === 0 ? (
          <CardBody>
            <p className="text-sm text-gray-600">{t("empty")}</p>
          </CardBody>
        ) : (
          <ul className="divide-y divide-gray-100">
            {teams.map((team) => {
              const names = team.memberIds.map((id) => memberName.get(id)).filter((n): n is string => Boolean(n));
              return (
                <li key={team.id} className="flex flex-col gap-3 px-4 py-3 sm:px-6" data-team={team.id}>
                  <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                    <div className="min-w-0 flex-1">
                      <p className="flex flex-wrap items-center gap-2">
                        <span dir="auto" className="min-w-0 font-medium text-gray-900 [overflow-wrap:anywhere]">
                          {team.name}
                        </span>
                        <Badge tone={team.assignmentMode === "ROUND_ROBIN" ? "brand" : "neutral"}>{t(`mode.${team.assignmentMode}`)}</Badge>
                      </p>
                      <p className="text-sm text-gray-600">
                        {team.maxOpenPerAgent === null ? t("noCapacity") : t("capacity", { count: team.maxOpenPerAgent })}
                        <span aria-hidden="true"> · </span>
                        {t("position", { position: team.position })}
                        <span aria-hidden="true"> · </span>
                        {Object.keys(team.conditions).length === 0 ? t("noConditions") : t("hasConditions")}
                      </p>
                      <p className="text-sm text-gray-700 [overflow-wrap:anywhere]">
                        {names.length === 0 ? t("noMembers") : t("members", { names: names.join(", ") })}
                      </p>
                    </div>
                    <div className="flex shrink-0 items-start gap-1">
                      <Button
                        ref={(el) => {
                          if (el) editRefs.current.set(team.id, el);
                          else editRefs.current.delete(team.id);
                        }}
                        variant="secondary"
                        size="sm"
                        aria-expanded={editing === team.id}
                        aria-label={`${t("edit")}: ${team.name}`}
                        onClick={() => {
                          setNotice(null);
                          setEditing(editing === team.id ? null : team.id);
                        }}
                      >
                        {t("edit")}
                      </Button>
                      <ActionButton
                        label={t("delete")}
                        ariaLabel={`${t("delete")}: ${team.name}`}
                        confirm={{ title: t("deleteTitle", { name: team.name }), description: t("deleteEffect"), confirmLabel: t("delete") }}
                        action={deleteTeamAction.bind(null, slug, { teamId: team.id })}
                      />
                    </div>
                  </div>
                  {editing === team.id && <TeamEditor slug={slug} {...choices} team={team} nextPosition={nextPosition} onClose={(saved) => close(team.id, saved)} />}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}
