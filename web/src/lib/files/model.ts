// A stored file as the API returns it (uploads, unit documents, job input and result files).
import { z } from 'zod';

export const fileSchema = z.object({
  id: z.number(),
  name: z.string(),
  size: z.number(),
  mime: z.string(),
  uploaded_at: z.string(),
  uploaded_by: z.string(),
  download_url: z.string(),
  /** Whether the signed-in user may delete it (the server decides; the button follows). */
  can_delete: z.boolean(),
});

export type StoredFile = z.infer<typeof fileSchema>;

export const fileResponseSchema = z.object({ file: fileSchema });

/** "1,2 MB", "340 KB", "12 B" in the UI language. */
export function formatBytes(bytes: number, lang: 'vi' | 'en'): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const fmt = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}
