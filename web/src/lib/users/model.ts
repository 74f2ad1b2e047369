// The User entity as the API returns it (session, users list, create/update responses).
import { z } from 'zod';

export const userSchema = z.object({
  id: z.number(),
  login: z.string(),
  full_name: z.string(),
  email: z.string().nullish().transform((v) => v ?? null),
  unit_id: z.number(),
  unit_code: z.string(),
  unit_name: z.string(),
  roles: z.array(z.string()),
  must_change_password: z.boolean(),
  disabled: z.boolean(),
  last_login_at: z.string().nullish().transform((v) => v ?? null),
});

export type User = z.infer<typeof userSchema>;

export const userResponseSchema = z.object({ user: userSchema });

/** Minimum password length the UI asks for (the server checks too). */
export const MIN_PASSWORD_LENGTH = 12;  // the server's PasswordPolicy::kMinLength (ASVS V2.1.1)
