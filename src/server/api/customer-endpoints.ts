// Customers over the REST API: list (search by email or name) and get by id.
import { ApiCustomer, ApiCustomerList, CustomerParams, ListCustomersQuery } from "./api.schemas";
import { getApiCustomer, listApiCustomers } from "./api-customer.queries";
import { defineEndpoint } from "./route";

export const listCustomersEndpoint = defineEndpoint({
  method: "GET",
  path: "/customers",
  operationId: "listCustomers",
  summary: "List customers, newest first (keyset pagination)",
  tag: "Customers",
  auth: true,
  query: ListCustomersQuery,
  response: ApiCustomerList,
  errors: [422],
  handler: async ({ ctx, query }) => ({ data: await listApiCustomers(ctx, query) }),
});

export const getCustomerEndpoint = defineEndpoint({
  method: "GET",
  path: "/customers/{id}",
  operationId: "getCustomer",
  summary: "Get a customer by id",
  tag: "Customers",
  auth: true,
  params: CustomerParams,
  response: ApiCustomer,
  errors: [404],
  handler: async ({ ctx, params }) => ({ data: await getApiCustomer(ctx, params.id) }),
});
