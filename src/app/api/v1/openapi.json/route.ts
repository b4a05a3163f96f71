// GET /api/v1/openapi.json: the OpenAPI 3.1 document, generated from the endpoints' zod schemas.
import { openApiEndpoint } from "@/server/api/openapi-endpoint";
import { apiRoute } from "@/server/api/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(openApiEndpoint);
