// Every REST endpoint, in the order the OpenAPI document lists them. The route files under
// src/app/api/v1 wrap these same objects (tests/unit/api-openapi.test.ts checks both ways).
import { getAttachmentEndpoint } from "./attachment-endpoints";
import { createCalendarEndpoint, deleteCalendarEndpoint, getCalendarEndpoint, listCalendarsEndpoint, updateCalendarEndpoint } from "./calendar-endpoints";
import { getCustomerEndpoint, listCustomersEndpoint } from "./customer-endpoints";
import { getInboundMailEndpoint, postInboundMailEndpoint } from "./inbound-endpoints";
import {
  createMailboxEndpoint,
  deleteMailboxEndpoint,
  getMailboxEndpoint,
  listMailboxesEndpoint,
  testMailboxEndpoint,
  updateMailboxEndpoint,
} from "./mailbox-endpoints";
import { createMessageEndpoint, listMessagesEndpoint, moveMessageEndpoint, retryMessageDeliveryEndpoint } from "./message-endpoints";
import type { AnyEndpoint } from "./route";
import { createSlaPolicyEndpoint, deleteSlaPolicyEndpoint, getSlaPolicyEndpoint, listSlaPoliciesEndpoint, updateSlaPolicyEndpoint } from "./sla-policy-endpoints";
import { createTicketEndpoint, getTicketEndpoint, listTicketsEndpoint, updateTicketEndpoint } from "./ticket-endpoints";

export const REST_ENDPOINTS = [
  listTicketsEndpoint,
  createTicketEndpoint,
  getTicketEndpoint,
  updateTicketEndpoint,
  listMessagesEndpoint,
  createMessageEndpoint,
  retryMessageDeliveryEndpoint,
  moveMessageEndpoint,
  getAttachmentEndpoint,
  listCustomersEndpoint,
  getCustomerEndpoint,
  listMailboxesEndpoint,
  createMailboxEndpoint,
  getMailboxEndpoint,
  updateMailboxEndpoint,
  deleteMailboxEndpoint,
  testMailboxEndpoint,
  listCalendarsEndpoint,
  createCalendarEndpoint,
  getCalendarEndpoint,
  updateCalendarEndpoint,
  deleteCalendarEndpoint,
  listSlaPoliciesEndpoint,
  createSlaPolicyEndpoint,
  getSlaPolicyEndpoint,
  updateSlaPolicyEndpoint,
  deleteSlaPolicyEndpoint,
  postInboundMailEndpoint,
  getInboundMailEndpoint,
] as unknown as AnyEndpoint[];
