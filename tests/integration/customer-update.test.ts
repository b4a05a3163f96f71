// updateCustomer: agents correct a customer's details; email unique per workspace; tenancy and roles.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeWorkspace } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { updateCustomer } from "@/server/customers/update-customer";
import { searchCustomers } from "@/server/customers/customer.queries";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let agent: Ctx;
let admin: Ctx;
let light: Ctx;
let outsider: Ctx;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  outsider = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
});

describe("updateCustomer", () => {
  it("saves name, email (lower-cased), phone and language; empty fields clear", async () => {
    const c = await makeCustomer(db(), ws.id, { name: "Old Name", phone: "+30 210 000" });
    const result = await updateCustomer(agent, { customerId: c.id, name: "Μαρία Κ.", email: "  Maria.K@Example.GR ", phone: "", locale: "el" });
    expect(result).toEqual({ customerId: c.id, name: "Μαρία Κ.", email: "maria.k@example.gr", phone: null, locale: "el" });
    expect(await db().customer.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ email: "maria.k@example.gr", phone: null, locale: "el" });
  });

  it("leaves absent fields alone; admins may edit too", async () => {
    const c = await makeCustomer(db(), ws.id, { name: "Keep Me", phone: "+372 5555 1234" });
    await updateCustomer(admin, { customerId: c.id, phone: "+372 5555 9999" });
    expect(await db().customer.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ name: "Keep Me", phone: "+372 5555 9999", email: c.email });
  });

  it("refuses an email another customer of the workspace has", async () => {
    const a = await makeCustomer(db(), ws.id);
    const b = await makeCustomer(db(), ws.id);
    const e = await rejection(updateCustomer(agent, { customerId: b.id, email: a.email.toUpperCase() }));
    expect(e.code).toBe("VALIDATION");
    expect(e.fields).toEqual({ email: "already used by another customer" });
    expect(e.fieldIssues?.email?.code).toBe("taken");
    // The same address in another workspace is fine.
    const there = await makeCustomer(db(), other.id);
    await expect(updateCustomer(outsider, { customerId: there.id, email: a.email })).resolves.toMatchObject({ email: a.email });
  });

  it("rejects bad input per field", async () => {
    const c = await makeCustomer(db(), ws.id);
    const e = await rejection(updateCustomer(agent, { customerId: c.id, email: "not-an-email", locale: "fr", phone: "call me" }));
    expect(e.code).toBe("VALIDATION");
    expect(Object.keys(e.fields ?? {}).sort()).toEqual(["email", "locale", "phone"]);
  });

  it("another workspace's customer is NOT_FOUND; a light agent is FORBIDDEN", async () => {
    const c = await makeCustomer(db(), ws.id, { name: "Untouched" });
    expect((await rejection(updateCustomer(outsider, { customerId: c.id, name: "Hijacked" }))).code).toBe("NOT_FOUND");
    expect((await rejection(updateCustomer(light, { customerId: c.id, name: "Renamed" }))).code).toBe("FORBIDDEN");
    expect((await db().customer.findUniqueOrThrow({ where: { id: c.id } })).name).toBe("Untouched");
  });
});

describe("searchCustomers", () => {
  it("finds customers by part of the name or email, in the workspace only, at most 10", async () => {
    const tag = `zq${Date.now().toString(36)}`;
    const hit = await makeCustomer(db(), ws.id, { name: `Eleni ${tag}`, email: `eleni-${tag}@example.gr` });
    await makeCustomer(db(), other.id, { name: `Eleni ${tag}`, email: `eleni-${tag}@example.gr` });
    for (let i = 0; i < 11; i++) await makeCustomer(db(), ws.id, { email: `bulk${i}-${tag}@example.com` });
    expect((await searchCustomers(light, { q: `eleni ${tag}` })).map((c) => c.id)).toEqual([hit.id]);
    expect((await searchCustomers(agent, { q: `ELENI-${tag}@` })).map((c) => c.id)).toEqual([hit.id]);
    expect(await searchCustomers(agent, { q: tag })).toHaveLength(10);
    expect(await searchCustomers(agent, { q: `100%_${tag}` })).toEqual([]);
  });
});
