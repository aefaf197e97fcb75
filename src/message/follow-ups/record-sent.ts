import { MAX_SENT, readFollowUps, writeFollowUps } from './follow-ups-store';
import { newApplicationId } from './application-id';

export type RecordResult = 'recorded' | 'unreadable' | 'refused' | 'full';

/**
 * Notes that a message went (copied, shared or opened in the email app) for the application the
 * page's details belong to (`pageApp`), or for one made from the details if they belong to none
 * (or to one deleted meanwhile); it keeps the details and becomes current. The same message by
 * the same channel twice in a day is one. A stored list that can't be read is left as it is: the
 * message still goes, it just isn't noted.
 */
export function recordSent(
  sent: { template: string; channel: string; day: string },
  details: Record<string, string>,
  pageApp: string | undefined,
): { result: RecordResult; application?: string } {
  const { followUps, problem } = readFollowUps();
  if (problem) return { result: problem === 'refused' ? 'refused' : 'unreadable' };
  let application = followUps.applications.find((item) => item.id === pageApp);
  if (!application) {
    application = { id: newApplicationId(), details: {}, sent: [] };
    followUps.applications.push(application);
  }
  application.details = { ...details };
  const last = application.sent.at(-1);
  if (!(last && last.template === sent.template && last.channel === sent.channel && last.day === sent.day)) {
    application.sent = [...application.sent, sent].slice(-MAX_SENT);
  }
  if (!writeFollowUps({ current: application.id, applications: followUps.applications })) {
    // Refused by the browser, or more than the list may hold.
    return { result: readFollowUps().problem === 'refused' ? 'refused' : 'full' };
  }
  return { result: 'recorded', application: application.id };
}
