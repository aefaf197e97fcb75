/**
 * The situations the Q&A index groups questions by. The content schema only accepts these ids,
 * and the index page lists groups in this order.
 */
export const QUESTION_GROUPS = [
  {
    id: 'no-reply',
    label: 'Silence, or no feedback',
    blurb: 'They stopped answering, or turned you down without saying why.',
  },
  {
    id: 'not-filled',
    label: 'The job was not filled, or it changed',
    blurb: 'The role was put on hold, reposted or reshaped while you were in the running.',
  },
  {
    id: 'internship',
    label: 'Students and internships',
    blurb: 'A first interview, a surprise technical round, and whether to try again.',
  },
  {
    id: 'not-a-fit',
    label: '“Not a fit” and close calls',
    blurb: 'You came close, or the message hinted you might suit something else.',
  },
] as const;

export type QuestionGroupId = (typeof QUESTION_GROUPS)[number]['id'];

export const QUESTION_GROUP_IDS = QUESTION_GROUPS.map((group) => group.id) as [
  QuestionGroupId,
  ...QuestionGroupId[],
];
