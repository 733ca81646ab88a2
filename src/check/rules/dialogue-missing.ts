// Offentlighedslovens § 9, stk. 2, nr. 1: before refusing a request for the resources it would take (about
// 25 hours), the authority must offer the requester a dialogue about narrowing it (Aktindsigtshåndbogen;
// FOB 2019-16); the letter says that it did and what came of it.
import { checkCompanion } from '../companion-rule';
import type { Rule } from '../rule';
import { DIALOGUE_SENTENCES } from '../vocabulary';

export const rule: Rule = {
  meta: {
    id: 'dialogue-missing',
    severity: 'error',
    title: 'Dialog om afgrænsning ikke nævnt',
    enforces: 'Offentlighedslovens § 9, stk. 2, nr. 1 (dialog med den, der har anmodet om aktindsigt)',
    doc: 'A refusal under offentlighedslovens § 9, stk. 2, nr. 1 does not mention the dialogue offered to narrow the request.',
    kinds: ['decision'],
    outcomes: ['partial', 'refusal', 'dismissal'],
    messages: {
      missing:
        'Brevet afslår efter {grounds}, men nævner ikke, at ansøgeren er tilbudt en dialog om at afgrænse anmodningen.',
    },
  },
  check(ctx) {
    checkCompanion(ctx, {
      messageId: 'missing',
      companion: 'dialogue',
      citedAs: () => false,
      sentences: DIALOGUE_SENTENCES,
      refs: () => [],
    });
  },
};
