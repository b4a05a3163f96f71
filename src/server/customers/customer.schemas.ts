import { z } from "zod";
import { EmailSchema, LocaleSchema, PersonNameSchema, text } from "@/lib/validation";

/** An empty form field clears the value. */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), schema.nullable());

export const PhoneSchema = text().trim().min(1).max(40).regex(/^[+()\d\s./-]+$/, "use digits, spaces and + ( ) - . /");

export const UpdateCustomerInput = z.object({
  customerId: z.uuid(),
  name: optional(PersonNameSchema).optional(),
  email: EmailSchema.optional(),
  phone: optional(PhoneSchema).optional(),
  locale: optional(LocaleSchema).optional(),
});
export type UpdateCustomerInput = z.input<typeof UpdateCustomerInput>;

export const SearchCustomersInput = z.object({ q: text().trim().max(200) });
export type SearchCustomersInput = z.input<typeof SearchCustomersInput>;
