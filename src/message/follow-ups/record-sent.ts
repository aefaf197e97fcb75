import { MAX_APPLICATIONS, MAX_SENT, newApplicationId, readFollowUps, writeFollowUps, type FollowUps } from './follow-ups-store';

export type RecordResult = 'recorded' | 'unreadable' | 'refused' | 'full';

/**
 * Notes that a message went (copied, shared or opened in the email app) for the current
 * application, made from the reader's details if there is none yet, whose details it keeps. The
 * same message by the same channel twice in a day is one. A stored list that can't be read is
 * left as it is: the message still goes, it just isn't noted.
 */
export function recordSent(template: string, channel: string, details: Record<string, string>, day: string): RecordResult {
  const { followUps, problem } = readFollowUps();
  if (problem) return problem === 'refused' ? 'refused' : 'unreadable';
  let application = followUps.applications.find((item) => item.id === followUps.current);
  if (!application) {
    if (followUps.applications.length >= MAX_APPLICATIONS) return 'full';
    application = { id: newApplicationId(), details: {}, sent: [] };
    followUps.applications.push(application);
  }
  application.details = { ...details };
  const last = application.sent.at(-1);
  if (!(last && last.template === template && last.channel === channel && last.day === day)) {
    application.sent = [...application.sent, { template, channel, day }].slice(-MAX_SENT);
  }
  const next: FollowUps = { current: application.id, applications: followUps.applications };
  return writeFollowUps(next) ? 'recorded' : 'refused';
}
