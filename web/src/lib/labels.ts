// Label maps: the codes of an enumerated value the server sends (audit actions, levels, roles…)
// and the message prefix of their labels ("level" → "level.primary"). Each feature's messages.ts
// exports `labels: LabelList[]` next to its strings; src/app/labels.test.ts checks that every
// listed code has a label in both languages, so a code never reaches the screen for want of one.
export interface LabelList {
  prefix: string;
  codes: readonly string[];
}
