import { describe, expect, it } from "vitest";
import { actionsMatching, AUDIT_ACTION_PREFIXES, AUDIT_ACTIONS } from "./audit-actions";

describe("audit action filters", () => {
  it("a prefix matches its actions on segment boundaries only", () => {
    expect(actionsMatching("member")).toEqual([
      "member.added",
      "member.invited",
      "member.joined",
      "member.role_changed",
      "member.deactivated",
      "member.reactivated",
      "member.availability_changed",
    ]);
    expect(actionsMatching("workspace.logo")).toEqual(["workspace.logo.updated", "workspace.logo.removed"]);
    expect(actionsMatching("mailbox.updated")).toEqual(["mailbox.updated"]);
    expect(actionsMatching("mail")).toEqual([]);
    expect(actionsMatching("")).toEqual([]);
  });

  it("offers every first segment and the two-segment groups", () => {
    expect(AUDIT_ACTION_PREFIXES).toEqual(expect.arrayContaining(["workspace", "workspace.settings", "member", "invitation", "api_token", "mailbox"]));
    for (const prefix of AUDIT_ACTION_PREFIXES) expect(actionsMatching(prefix).length).toBeGreaterThan(0);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});
