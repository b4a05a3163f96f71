// The public OpenAPI document of the REST API (no token needed).
import { OpenApiDocument } from "./api.schemas";
import { REST_ENDPOINTS } from "./endpoints";
import { buildOpenApiDocument } from "./openapi";
import { defineEndpoint, type AnyEndpoint } from "./route";

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export const openApiEndpoint = defineEndpoint({
  method: "GET",
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This document",
  tag: "Meta",
  auth: false,
  response: OpenApiDocument,
  handler: async () => {
    cached ??= buildOpenApiDocument(apiEndpoints());
    return { data: cached, headers: { "Cache-Control": "public, max-age=300" } };
  },
});

/** Every endpoint of the API, this document's included. */
export function apiEndpoints(): AnyEndpoint[] {
  return [...REST_ENDPOINTS, openApiEndpoint as unknown as AnyEndpoint];
}
