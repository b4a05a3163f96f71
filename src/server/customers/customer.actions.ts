"use server";
// Server actions for customers: the ticket page's sidebar edit and the new-ticket form's picker.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { searchCustomers, type CustomerOption } from "./customer.queries";
import { SearchCustomersInput, UpdateCustomerInput } from "./customer.schemas";
import { updateCustomer, type UpdateCustomerResult } from "./update-customer";

const update = agentAction(UpdateCustomerInput, updateCustomer);
const search = agentAction(SearchCustomersInput, searchCustomers);

export async function updateCustomerAction(slug: string, input: UpdateCustomerInput): Promise<ActionResult<UpdateCustomerResult>> {
  const result = await update(slug, input);
  // Every ticket page of the customer shows the sidebar.
  if (result.ok) revalidatePath(`/${slug}/tickets`, "layout");
  return result;
}

export async function searchCustomersAction(slug: string, input: SearchCustomersInput): Promise<ActionResult<CustomerOption[]>> {
  return search(slug, input);
}
