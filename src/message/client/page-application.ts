import { readFollowUps } from '../follow-ups/follow-ups-store';

/**
 * Which application the details on this message page belong to. Writes go to it, never to
 * whatever another tab has made current since; the switcher and the recorder share it.
 */
export interface PageApplication {
  id: string | undefined;
}

export const pageApplication = (): PageApplication => ({ id: readFollowUps().followUps.current });
