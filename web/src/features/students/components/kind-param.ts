// The commitment kind in the address bar: ?loai=hoc-sinh | cha-me (Vietnamese, like the paths).
import type { CommitmentKind } from '../api/model';

export const KIND_SLUGS: Record<CommitmentKind, string> = { student: 'hoc-sinh', parent: 'cha-me' };

export function kindOfSlug(slug: string | null): CommitmentKind {
  return slug === KIND_SLUGS.parent ? 'parent' : 'student';
}
