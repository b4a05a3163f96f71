// Sessions end on the server: signing out, signing out everywhere and deactivation from the last
// workspace make a session cookie worthless, whoever holds a copy of it.
import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { allowedLiveViewers, type LiveViewer } from "@/server/live/live-access";
import { viewerKey } from "@/server/live/live-registry";
import { deactivateMember } from "@/server/members/deactivate-member";
import { closePgPool } from "@/server/pg-pool";
import { endUserSession, resolveSessionUser, startUserSession } from "@/server/auth/user-sessions";
import { signOutEverywhere } from "@/server/users/sign-out-everywhere";
import { changePassword } from "@/server/users/change-password";
import { signInWithPassword } from "@/server/auth/sign-in";
import { FACTORY_PASSWORD } from "@/server/demo/factories";
import { isAppError } from "@/server/errors";
import { memberCtx, silentLog } from "../helpers/context";

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

async function signedIn(userId: string) {
  const { sessionVersion } = await db().user.findUniqueOrThrow({ where: { id: userId } });
  return { uid: userId, sv: sessionVersion, sid: await startUserSession(db(), userId) };
}

/** Whether the live streams of this viewer may go on (the heartbeat's batched check, for one viewer). */
async function isLiveViewerAllowed(viewer: LiveViewer): Promise<boolean> {
  return (await allowedLiveViewers(db(), [viewer])).has(viewerKey(viewer));
}

describe("sessions", () => {
  it("signing out ends that session for any copy of its cookie; the user's other sessions go on", async () => {
    const ws = await makeWorkspace(db());
    const m = await makeMember(db(), ws, { role: "AGENT" });
    const laptop = await signedIn(m.userId);
    const phone = await signedIn(m.userId);
    expect((await resolveSessionUser(db(), laptop))?.id).toBe(m.userId);

    const copied = { ...laptop };
    await endUserSession(db(), laptop);
    expect(await resolveSessionUser(db(), copied)).toBeNull();
    expect((await resolveSessionUser(db(), phone))?.id).toBe(m.userId);
  });

  it("refuses a cookie without a session id, from before sessions were recorded", async () => {
    const ws = await makeWorkspace(db());
    const m = await makeMember(db(), ws, { role: "AGENT" });
    expect(await resolveSessionUser(db(), { uid: m.userId, sv: 0 })).toBeNull();
    expect(await resolveSessionUser(db(), { uid: m.userId, sv: 0, sid: "not-a-uuid" })).toBeNull();
  });

  it("sign out everywhere ends every session and the open live streams; signing in again works", async () => {
    const ws = await makeWorkspace(db());
    const m = await makeMember(db(), ws, { role: "AGENT" });
    const [a, b] = [await signedIn(m.userId), await signedIn(m.userId)];
    const viewer = { memberId: m.memberId, userId: m.userId, workspaceId: ws.id, sessionVersion: a.sv };
    expect(await isLiveViewerAllowed(viewer)).toBe(true);

    await signOutEverywhere(db(), m.userId);
    expect(await resolveSessionUser(db(), a)).toBeNull();
    expect(await resolveSessionUser(db(), b)).toBeNull();
    expect(await isLiveViewerAllowed(viewer)).toBe(false);
    expect((await resolveSessionUser(db(), await signedIn(m.userId)))?.id).toBe(m.userId);
  });

  it("deactivation from the last workspace ends the person's sessions; from one of several, it leaves them", async () => {
    const ws = await makeWorkspace(db());
    const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
    const only = await makeMember(db(), ws, { role: "AGENT" });
    const onlySession = await signedIn(only.userId);
    await deactivateMember(admin, { memberId: only.memberId });
    expect(await resolveSessionUser(db(), onlySession)).toBeNull();

    const other = await makeWorkspace(db());
    const both = await makeMember(db(), ws, { role: "AGENT" });
    await db().member.create({ data: { workspaceId: other.id, userId: both.userId, role: "AGENT" } });
    const bothSession = await signedIn(both.userId);
    await deactivateMember(admin, { memberId: both.memberId });
    // Still signed in, for the other workspace; this one is closed to them at once all the same.
    expect((await resolveSessionUser(db(), bothSession))?.id).toBe(both.userId);
  });

  it("changing the password ends every other session and their live streams; this browser gets a new session", async () => {
    const ws = await makeWorkspace(db());
    const m = await makeMember(db(), ws, { role: "AGENT" });
    const here = await signedIn(m.userId);
    const stolen = await signedIn(m.userId);
    const copyOfHere = { ...here };
    const viewer = { memberId: m.memberId, userId: m.userId, workspaceId: ws.id, sessionVersion: stolen.sv };
    const newPassword = "a brand new passphrase";

    const replacement = await changePassword(db(), silentLog, { id: m.userId, email: m.email }, { currentPassword: FACTORY_PASSWORD, newPassword, confirmPassword: newPassword }, "192.0.2.10");

    expect(await resolveSessionUser(db(), stolen)).toBeNull();
    expect(await resolveSessionUser(db(), copyOfHere)).toBeNull();
    expect(await isLiveViewerAllowed(viewer)).toBe(false);
    const fresh = { uid: m.userId, sv: replacement.sessionVersion, sid: replacement.sessionId };
    expect((await resolveSessionUser(db(), fresh))?.id).toBe(m.userId);
    expect(await signInWithPassword(db(), silentLog, { email: m.email, password: FACTORY_PASSWORD }, "192.0.2.11")).toBeNull();
    expect((await signInWithPassword(db(), silentLog, { email: m.email, password: newPassword }, "192.0.2.11"))?.id).toBe(m.userId);
  });

  it("a wrong current password changes nothing, and guesses stop at the sign-in limit", async () => {
    const ws = await makeWorkspace(db());
    const m = await makeMember(db(), ws, { role: "AGENT" });
    const other = await signedIn(m.userId);
    const user = { id: m.userId, email: m.email };
    const attempt = (currentPassword: string) =>
      changePassword(db(), silentLog, user, { currentPassword, newPassword: "another passphrase", confirmPassword: "another passphrase" }, "192.0.2.20").then(
        () => "changed",
        (e: unknown) => (isAppError(e) ? `${e.code}:${e.fieldIssues ? Object.values(e.fieldIssues)[0]!.code : ""}` : String(e)),
      );
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await attempt(`guess ${i}`));
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("VALIDATION:wrong"));
    expect(outcomes[5]).toBe("RATE_LIMITED:");
    // Locked from this address even with the right password; nothing was changed meanwhile.
    expect(await attempt(FACTORY_PASSWORD)).toBe("RATE_LIMITED:");
    expect((await resolveSessionUser(db(), other))?.id).toBe(m.userId);
    expect((await signInWithPassword(db(), silentLog, { email: m.email, password: FACTORY_PASSWORD }, "192.0.2.21"))?.id).toBe(m.userId);
  });

  it("checks the new password before anything else: length, confirmation, not the current one", async () => {
    const ws = await makeWorkspace(db());
    const m = await makeMember(db(), ws, { role: "AGENT" });
    const user = { id: m.userId, email: m.email };
    const issue = (input: { currentPassword: string; newPassword: string; confirmPassword: string }) =>
      changePassword(db(), silentLog, user, input, "192.0.2.30").then(
        () => null,
        (e: unknown) => (isAppError(e) && e.fieldIssues ? Object.entries(e.fieldIssues).map(([f, i]) => `${f}:${i.code}`).join() : String(e)),
      );
    expect(await issue({ currentPassword: "", newPassword: "long enough one", confirmPassword: "long enough one" })).toBe("currentPassword:required");
    expect(await issue({ currentPassword: FACTORY_PASSWORD, newPassword: "short", confirmPassword: "short" })).toBe("newPassword:tooShort");
    expect(await issue({ currentPassword: FACTORY_PASSWORD, newPassword: "long enough one", confirmPassword: "long enough two" })).toBe("confirmPassword:mismatch");
    expect(await issue({ currentPassword: FACTORY_PASSWORD, newPassword: FACTORY_PASSWORD, confirmPassword: FACTORY_PASSWORD })).toBe("newPassword:unchanged");
  });
});
