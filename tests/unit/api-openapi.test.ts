// The OpenAPI document lists every route file under src/app/api/v1 with each method it exports,
// and its schemas are generated from the very schemas those handlers parse and answer with.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apiEndpoints } from "@/server/api/openapi-endpoint";
import { buildOpenApiDocument, componentNames, jsonSchemaOf } from "@/server/api/openapi";
import type { ApiRouteHandler } from "@/server/api/route";

const root = fileURLToPath(new URL("../../src/app/api/v1", import.meta.url));
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

async function routeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : Promise.resolve(e.name === "route.ts" ? [path.join(dir, e.name)] : []))),
  );
  return nested.flat();
}

/** `src/app/api/v1/tickets/[number]/route.ts` -> `/tickets/{number}`. */
function openApiPath(file: string): string {
  const rel = path.relative(root, path.dirname(file)).split(path.sep).filter(Boolean);
  return `/${rel.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
}

type Operation = {
  operationId: string;
  security: unknown[];
  parameters: Array<{ name: string; in: string }>;
  requestBody?: { content: { "application/json": { schema: { $ref: string } } } };
  responses: Record<string, { content: { "application/json": { schema: { $ref: string } } } }>;
};

const doc = buildOpenApiDocument(apiEndpoints());
const paths = doc.paths as Record<string, Record<string, Operation>>;

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with a bearer scheme and an error schema", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.Error).toMatchObject({ type: "object", required: ["error"] });
  });

  it("lists every route file and method, built from the handler's own endpoint and schemas", async () => {
    const files = await routeFiles(root);
    expect(files.length).toBeGreaterThanOrEqual(6);
    const endpoints = apiEndpoints();
    let seen = 0;
    for (const file of files) {
      const mod = (await import(file)) as Record<string, unknown>;
      const p = openApiPath(file);
      for (const method of METHODS) {
        const handler = mod[method] as ApiRouteHandler | undefined;
        if (!handler) continue;
        seen++;
        const op = paths[p]?.[method.toLowerCase()];
        expect(op, `${method} ${p} is missing from the document`).toBeDefined();
        // The same endpoint object (not a copy) is what the route serves and what the document lists.
        expect(endpoints).toContain(handler.endpoint);
        const e = handler.endpoint;
        expect(e.path).toBe(p);
        expect(e.method).toBe(method);
        expect(op!.operationId).toBe(e.operationId);
        expect(op!.security).toEqual(e.auth ? [{ bearerAuth: [] }] : []);
        const names = componentNames(e);
        const okStatus = String(e.status ?? 200);
        if (e.binaryResponse) {
          // A file download: its bytes, no JSON component.
          expect((op!.responses[okStatus]!.content as Record<string, { schema: unknown }>)[e.binaryResponse]!.schema).toEqual({ type: "string", format: "binary" });
          expect(doc.components.schemas[names.response]).toBeUndefined();
        } else {
          expect(op!.responses[okStatus]!.content["application/json"].schema.$ref).toBe(`#/components/schemas/${names.response}`);
          expect(doc.components.schemas[names.response]).toEqual(jsonSchemaOf(e.response, "output"));
        }
        if (e.body) {
          expect(op!.requestBody!.content["application/json"].schema.$ref).toBe(`#/components/schemas/${names.body}`);
          expect(doc.components.schemas[names.body]).toEqual(jsonSchemaOf(e.body, "input"));
        } else if (e.rawBody) {
          // Raw bytes of the declared media type (raw MIME for inbound mail).
          expect((op!.requestBody!.content as Record<string, { schema: unknown }>)[e.rawBody.contentType]!.schema).toEqual({ type: "string", format: "binary" });
        } else {
          expect(op!.requestBody).toBeUndefined();
        }
        const pathParams = op!.parameters.filter((x) => x.in === "path").map((x) => x.name);
        expect(pathParams.sort()).toEqual([...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
        if (e.auth) expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(["401", "429"]));
      }
    }
    // Every operation in the document has a route file.
    const documented = Object.values(paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    expect(documented).toBe(seen);
    expect(seen).toBe(endpoints.length);
  });

  it("describes the shapes in lower-case enums and camelCase, with descriptions", () => {
    expect((paths["/tickets"]!.get!.parameters.find((x) => x.name === "assignee") as { description?: string }).description).toMatch(/none/);
    const ticket = doc.components.schemas.GetTicketResponse as { properties: Record<string, { enum?: string[] }>; required: string[] };
    expect(ticket.properties.status!.enum).toEqual(["open", "pending", "closed"]);
    expect(ticket.properties.priority!.enum).toEqual(["low", "normal", "high", "urgent"]);
    expect(ticket.required).toEqual(
      expect.arrayContaining(["id", "number", "subject", "assignee", "customer", "createdAt", "updatedAt", "lastMessageAt", "version"]),
    );
    const list = paths["/tickets"]!.get!;
    expect(list.parameters.map((x) => x.name)).toEqual(
      ["status", "assignee", "priority", "area", "tag", "channel", "q", "limit", "cursor"],
    );
  });
});
