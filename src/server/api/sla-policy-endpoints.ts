// SLA policies over the REST API (admin tokens only; an agent token gets 403): list, get, create,
// change, delete. Thin: the use cases (src/server/sla/) check the role and scope to the token's
// workspace; a policy's calendar must be one of the workspace's.
import { z } from "zod";
import { createSlaPolicy } from "@/server/sla/create-sla-policy";
import { deleteSlaPolicy } from "@/server/sla/delete-sla-policy";
import { SlaPolicyInput, SlaPolicyView, UpdateSlaPolicyBody } from "@/server/sla/sla-policy.schemas";
import { getSlaPolicy, listSlaPolicies } from "@/server/sla/sla-policy.queries";
import { updateSlaPolicy } from "@/server/sla/update-sla-policy";
import { defineEndpoint } from "./route";

const PolicyParams = z.object({ id: z.uuid() });

export const listSlaPoliciesEndpoint = defineEndpoint({
  method: "GET",
  path: "/sla-policies",
  operationId: "listSlaPolicies",
  summary: "List the workspace's SLA policies in the order they are tried (admin token)",
  tag: "SLA policies",
  auth: true,
  response: z.object({ data: z.array(SlaPolicyView) }),
  errors: [403],
  handler: async ({ ctx }) => ({ data: { data: await listSlaPolicies(ctx) } }),
});

export const createSlaPolicyEndpoint = defineEndpoint({
  method: "POST",
  path: "/sla-policies",
  operationId: "createSlaPolicy",
  summary:
    "Add an SLA policy: conditions (every one given must hold; any value of a list), a calendar, and targets per priority in business or calendar minutes; the first policy by position that matches a ticket applies (admin token)",
  tag: "SLA policies",
  auth: true,
  body: SlaPolicyInput,
  response: SlaPolicyView,
  status: 201,
  errors: [400, 403, 422],
  handler: async ({ ctx, body }) => {
    const created = await createSlaPolicy(ctx, body);
    return { data: created, headers: { Location: `/api/v1/sla-policies/${created.id}` } };
  },
});

export const getSlaPolicyEndpoint = defineEndpoint({
  method: "GET",
  path: "/sla-policies/{id}",
  operationId: "getSlaPolicy",
  summary: "Get an SLA policy (admin token)",
  tag: "SLA policies",
  auth: true,
  params: PolicyParams,
  response: SlaPolicyView,
  errors: [403, 404],
  handler: async ({ ctx, params }) => ({ data: await getSlaPolicy(ctx, { policyId: params.id }) }),
});

export const updateSlaPolicyEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/sla-policies/{id}",
  operationId: "updateSlaPolicy",
  summary: "Change an SLA policy; conditions and targets replace the stored ones when sent (admin token)",
  tag: "SLA policies",
  auth: true,
  params: PolicyParams,
  body: UpdateSlaPolicyBody,
  response: SlaPolicyView,
  errors: [400, 403, 404, 422],
  handler: async ({ ctx, params, body }) => ({ data: await updateSlaPolicy(ctx, { ...body, policyId: params.id }) }),
});

export const deleteSlaPolicyEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/sla-policies/{id}",
  operationId: "deleteSlaPolicy",
  summary: "Delete an SLA policy (admin token)",
  tag: "SLA policies",
  auth: true,
  params: PolicyParams,
  response: z.object({ id: z.uuid(), deleted: z.literal(true) }),
  errors: [403, 404],
  handler: async ({ ctx, params }) => {
    const { id } = await deleteSlaPolicy(ctx, { policyId: params.id });
    return { data: { id, deleted: true as const } };
  },
});
