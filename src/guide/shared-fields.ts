import type { TemplateField } from '../lib/content-schemas';

/**
 * Fields every template may use without declaring them. The reader types them once and they
 * fill every template (they are kept in the browser under these names).
 */
export const SHARED_FIELDS: TemplateField[] = [
  {
    name: 'greeting',
    label: 'Greeting',
    hint: 'Match how they wrote to you: “Dear”, “Hi” or “Hello”.',
    example: 'Hi',
    multiline: false,
    fallback: 'Dear',
    suggestions: ['Dear', 'Hi', 'Hello'],
  },
  {
    name: 'yourName',
    label: 'Your name',
    hint: 'As you would sign an email to them.',
    example: 'Sam Taylor',
    multiline: false,
  },
  {
    name: 'theirName',
    label: 'Their name',
    hint: 'The person who interviewed you or sent the news. “Ms Patel” or a first name, as they wrote to you.',
    example: 'Ms Patel',
    multiline: false,
  },
  {
    name: 'company',
    label: 'Company or organisation',
    hint: 'The name they use themselves.',
    example: 'Northfield Housing Trust',
    multiline: false,
  },
  {
    name: 'role',
    label: 'The role',
    hint: 'The job title from the advert or your interview.',
    example: 'Operations Coordinator',
    multiline: false,
  },
];

// Marked pure: a script that needs only MAX_FIELD_LENGTH then leaves the fields out of its bundle.
export const SHARED_FIELD_NAMES = /* @__PURE__ */ SHARED_FIELDS.map((field) => field.name);

/** The longest value a field takes (typed or stored): a name, a company, a short phrase. */
export const MAX_FIELD_LENGTH = 200;

/** The longest whole message a reader can write when they edit it freely. */
export const MAX_MESSAGE_LENGTH = 3000;

/** Values used for fields left empty (e.g. the greeting "Dear"), by field name. */
export const fieldFallbacks = (fields: readonly TemplateField[]): Record<string, string> =>
  Object.fromEntries(fields.flatMap((field) => (field.fallback ? [[field.name, field.fallback]] : [])));
