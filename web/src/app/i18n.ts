// Assembles the UI dictionary: the shared strings of lib/i18n.ts plus every feature's messages.ts.
// Imported for its effect before anything renders (providers.tsx) and by the tests.
import { addMessages } from '../lib/i18n';
import { messages as audit } from '../features/audit/messages';
import { messages as calendar } from '../features/calendar/messages';
import { messages as enrolments } from '../features/enrolments/messages';
import { messages as indicators } from '../features/indicators/messages';
import { messages as units } from '../features/units/messages';
import { messages as users } from '../features/users/messages';

for (const dictionary of [units, users, audit, calendar, indicators, enrolments]) addMessages(dictionary);
