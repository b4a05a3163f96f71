// Builds the OpenAPI 3.1 document from the endpoints' own zod schemas (z.toJSONSchema): request
// bodies as their input type, responses as their output type, each a named component. Nothing
// is written by hand except titles and the list of error responses.
import { z } from "zod";
import { ApiError } from "./api.schemas";
import type { AnyEndpoint } from "./route";

type JsonSchema = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Component names of an endpoint's request body and response. */
export function componentNames(e: AnyEndpoint): { body: string; response: string } {
  const op = pascal(e.operationId);
  return { body: `${op}Request`, response: `${op}Response` };
}

/** One schema as a JSON Schema 2020-12 object without `$schema`/`$id` (OpenAPI 3.1 dialect). */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = z.toJSONSchema(schema, { io, target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

function parametersOf(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];
  const js = jsonSchemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (js.required ?? []).includes(name),
    ...(typeof s.description === "string" ? { description: s.description } : {}),
    schema: s,
  }));
}

const ERROR_TEXT: Record<number, string> = {
  400: "Malformed request (for example a body that is not JSON)",
  401: "Missing, invalid or revoked API token",
  403: "The token may not do this (an agent token on an admin endpoint)",
  404: "Not found in the token's workspace",
  409: "The ticket changed since the version sent (details lists the changes), or it was merged into another ticket and is read-only (mergedInto is that ticket's number)",
  422: "Invalid fields (see `fields`)",
  429: "Rate limited; see Retry-After",
  500: "Unexpected error; quote the request id",
};

export function buildOpenApiDocument(endpoints: AnyEndpoint[], serverUrl = "/api/v1") {
  const schemas: Record<string, JsonSchema> = { Error: jsonSchemaOf(ApiError, "output") };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const names = componentNames(e);
    if (!e.binaryResponse) schemas[names.response] = jsonSchemaOf(e.response, "output");
    if (e.body) schemas[names.body] = jsonSchemaOf(e.body, "input");
    const status = e.status ?? 200;
    const errors = [...(e.auth ? [401, 429] : []), ...(e.errors ?? []), 500].sort();
    paths[e.path] ??= {};
    paths[e.path]![e.method.toLowerCase()] = {
      operationId: e.operationId,
      summary: e.summary,
      tags: [e.tag],
      security: e.auth ? [{ bearerAuth: [] }] : [],
      parameters: [...parametersOf(e.params, "path"), ...parametersOf(e.query, "query")],
      ...(e.body ? { requestBody: { required: true, content: { "application/json": { schema: ref(names.body) } } } } : {}),
      ...(e.rawBody ? { requestBody: { required: true, content: { [e.rawBody.contentType]: { schema: { type: "string", format: "binary" } } } } } : {}),
      responses: {
        [String(status)]: {
          description: status === 201 ? "Created" : status === 202 ? "Accepted" : "OK",
          content: e.binaryResponse ? { [e.binaryResponse]: { schema: { type: "string", format: "binary" } } } : { "application/json": { schema: ref(names.response) } },
        },
        ...Object.fromEntries(
          errors.map((s) => [String(s), { description: ERROR_TEXT[s], content: { "application/json": { schema: ref("Error") } } }]),
        ),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Shopdesk REST API",
      version: "1",
      description:
        "Tickets, messages and customers (any token) and mailboxes (admin tokens) of the workspace the Bearer token belongs to. JSON in camelCase, enums in lower case; tickets are addressed by number.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token (sd_...) from the workspace settings" } },
    },
  };
}
