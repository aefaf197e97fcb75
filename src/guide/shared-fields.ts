import type { TemplateField } from '../lib/content-schemas';

/**
 * Fields every template may use without declaring them. The reader types them once and they
 * fill every template (they are kept in the browser under these names).
 */
export const SHARED_FIELDS: TemplateField[] = [
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

export const SHARED_FIELD_NAMES = SHARED_FIELDS.map((field) => field.name);
