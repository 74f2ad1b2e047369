// A notification as the API returns it: title and body already filled from the template, a link
// into the app (e.g. /jobs/12) and read_at (null while unread).
import { z } from 'zod';

export const notificationSchema = z.object({
  id: z.number(),
  template: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  entity: z.string().nullable(),
  entity_id: z.string().nullable(),
  created_at: z.string(),
  read_at: z.string().nullable(),
});

export type Notification = z.infer<typeof notificationSchema>;

/** Only links inside the app are followed (a path, not another site). */
export function appLink(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  return link;
}
