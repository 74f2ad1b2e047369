// Assembles the UI dictionary: the shared strings of lib/i18n.ts plus every feature's messages.ts.
// Imported for its effect before anything renders (providers.tsx) and by the tests.
import { addMessages, type Dictionary } from '../lib/i18n';
import { messages as account } from '../features/account/messages';
import { messages as audit } from '../features/audit/messages';
import { messages as calendar } from '../features/calendar/messages';
import { messages as legal } from '../features/legal/messages';
import { messages as violations } from '../features/violations/messages';
import { messages as notices } from '../features/notices/messages';
import { messages as violationStats } from '../features/violation-stats/messages';
import { messages as accidents } from '../features/accidents/messages';
import { messages as privacy } from '../features/privacy/messages';
import { messages as breaches } from '../features/breaches/messages';
import { messages as privacyRegister } from '../features/privacy-register/messages';
import { messages as documents } from '../features/documents/messages';
import { messages as enrolments } from '../features/enrolments/messages';
import { messages as home } from '../features/home/messages';
import { messages as indicators } from '../features/indicators/messages';
import { messages as jobs } from '../features/jobs/messages';
import { messages as notifications } from '../features/notifications/messages';
import { messages as plans } from '../features/plans/messages';
import { messages as scheduler } from '../features/scheduler/messages';
import { messages as search } from '../features/search/messages';
import { messages as session } from '../features/session/messages';
import { messages as students } from '../features/students/messages';
import { messages as units } from '../features/units/messages';
import { messages as users } from '../features/users/messages';

/** Every feature's dictionary (the test checks that none is left out). */
export const FEATURE_MESSAGES: readonly Dictionary[] = [
  account,
  audit,
  calendar,
  legal,
  violations,
  notices,
  violationStats,
  accidents,
  privacy,
  breaches,
  privacyRegister,
  documents,
  enrolments,
  home,
  indicators,
  jobs,
  notifications,
  plans,
  scheduler,
  search,
  session,
  students,
  units,
  users,
];

for (const dictionary of FEATURE_MESSAGES) addMessages(dictionary);
