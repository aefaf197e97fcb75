import { MAP_ROOT } from './map-urls';
import { GUIDE_ROOT } from './guide-urls';
import { allPaths } from './guide-model';
import secondRelease from '../../tests/fixtures/second-release-guide-urls.json' with { type: 'json' };

/**
 * Addresses of the first release's guide (recorded in tests/fixtures/legacy-guide-urls.json) that
 * the redesigned guide no longer has, each sent to its nearest equivalent. Counsellors shared these
 * links; written by hand because each is a judgement: the same advice where the old answers are
 * enough, otherwise the question that asks for the fact the old guide never asked.
 */
const STEPS: Record<string, string> = {
  'turned-down/still-interested': 'turned-down/employer/still-keen',
  'turned-down/not-interested': 'turned-down/employer/put-off',
  'turned-down/still-interested/no-reason': 'turned-down/employer/still-keen/no-reason',
  'turned-down/still-interested/came-close': 'turned-down/employer/still-keen/came-close',
  'turned-down/still-interested/role-changed': 'turned-down/employer/still-keen/role-changed',
  'turned-down/still-interested/overqualified': 'turned-down/employer/still-keen/overqualified',
  'turned-down/still-interested/not-a-fit': 'turned-down/employer/still-keen/closer-match',
  'turned-down/still-interested/no-reason/internship': 'turned-down/employer/still-keen/no-reason/a-programme',
  'turned-down/still-interested/no-reason/job': 'turned-down/employer/still-keen/no-reason/a-job',
  'turned-down/still-interested/no-reason/internship/same-internship': 'turned-down/employer/still-keen/no-reason/a-programme',
  'turned-down/still-interested/no-reason/internship/different-internship':
    'turned-down/employer/still-keen/no-reason/a-programme/first-try',
  'turned-down/still-interested/no-reason/job/by-email': 'turned-down/employer/still-keen/no-reason/a-job/by-email',
  'turned-down/still-interested/no-reason/job/by-phone': 'turned-down/employer/still-keen/no-reason/a-job/by-phone',
  // "Not filling the job" asked whether it was advertised again: both are first answers now.
  'not-filling': '',
  'not-filling/reposted': 'reposted',
  'not-filling/not-reposted': 'on-hold',
  'not-filling/not-reposted/not-replied': 'on-hold/not-replied',
  'not-filling/not-reposted/already-replied': 'on-hold/already-replied',
  // The old guide assumed interviews had happened, and never asked how long ago.
  'no-reply/date-passed': 'no-reply/interviews/date-passed',
  'no-reply/date-passed/not-since': 'no-reply/interviews/date-passed',
  'no-reply/date-passed/chased-since': 'no-reply/interviews/date-passed/under-six-weeks/chased-since',
  'no-reply/date-to-come': 'no-reply/interviews/date-to-come',
  'no-reply/no-date': 'no-reply/interviews/no-date',
  'no-reply/no-date/not-followed-up': 'no-reply/interviews/no-date',
  'no-reply/no-date/followed-up': 'no-reply/interviews/no-date/one-to-six-weeks/followed-up',
};

/**
 * The second release's addresses (tests/fixtures/second-release-guide-urls.json) in the third
 * pass's guide, answer by answer. The third pass asks how the news came instead of who told you,
 * and where you talk at the start instead of at the end; a programme question absorbed "applied
 * before". Where the old path said nothing about the channel, email is the honest default: the
 * second release assumed it too.
 */
export function thirdPassAnswers(answers: readonly string[]): string[] {
  const [first, second, ...rest] = answers;
  let channel = 'by-email';
  let easiest: string[] = [];
  // The last question of the second release's feedback routes was "where do you talk?".
  const tail = rest.flatMap((answer) => {
    if (answer === 'a-programme') return [];
    if (answer === 'by-email') return [];
    if (answer === 'by-phone') {
      channel = 'by-phone';
      easiest = ['phone-is-easiest'];
      return [];
    }
    if (answer === 'on-linkedin') {
      channel = 'on-linkedin';
      return [];
    }
    return [answer];
  });
  if (first === 'turned-down' && second === 'internal') return ['internal', ...tail];
  if (first === 'turned-down' && second === 'employer') return ['turned-down', channel, ...easiest, ...tail];
  if (first === 'turned-down' && second !== undefined) return ['turned-down', second, ...tail];
  if (first === 'no-reply' && second !== undefined && second !== 'applied') return ['no-reply', second, 'in-touch-by-email', ...tail];
  return [...answers.filter((answer): answer is string => answer !== undefined)];
}

/** Second-release outcome pages whose advice is now a channel of another message. */
const OUTCOME_CHANNELS: Record<string, string[]> = {
  'voicemail-script': ['turned-down', 'by-phone', 'phone-is-easiest', 'still-keen', 'no-reason', 'a-job'],
  'linkedin-note': ['turned-down', 'on-linkedin', 'still-keen', 'no-reason', 'a-job'],
};

/**
 * Every path of the second release, as its answers: the addresses recorded before the third pass
 * (the same record the tests check) are the list of what to redirect.
 */
const SECOND_RELEASE_PATHS: readonly string[][] = secondRelease.paths.map(({ url }) => url.slice(GUIDE_ROOT.length).split('/').filter(Boolean));

/** Outcomes that were renamed. */
const OUTCOMES: Record<string, string> = {
  'move-on-same-internship': 'move-on-same-programme',
};

const under = (root: string, answers: string) => (answers ? `${root}${answers}/` : root);

/** Every old address (guide steps, their map pages, renamed outcomes) and where it now leads. */
const third = (path: string) => thirdPassAnswers(path.split('/').filter(Boolean)).join('/');

/** Addresses the guide has now: an old address that is one of them stays where it is. */
const CURRENT = new Set(allPaths().map((path) => path.answers.join('/')));

/** Old answers → new answers: the first release's steps (through the second's), then the second's that changed. */
const STEP_MOVES: [string, string][] = [
  ...Object.entries(STEPS).map(([from, to]): [string, string] => [from, third(to)]),
  ...SECOND_RELEASE_PATHS.map((answers): [string, string] => [answers.join('/'), thirdPassAnswers(answers).join('/')]),
].filter(([from, to]) => from !== to && !CURRENT.has(from));

/** Every old address (guide steps, their map pages, renamed outcomes) and where it now leads. */
export const LEGACY_REDIRECTS: Readonly<Record<string, string>> = Object.fromEntries([
  ...STEP_MOVES.map(([from, to]) => [under(GUIDE_ROOT, from), under(GUIDE_ROOT, to)]),
  ...STEP_MOVES.map(([from, to]) => [under(MAP_ROOT, from), under(MAP_ROOT, to)]),
  ...Object.entries(OUTCOMES).map(([from, to]) => [`${GUIDE_ROOT}outcomes/${from}/`, `${GUIDE_ROOT}outcomes/${to}/`]),
  ...Object.entries(OUTCOME_CHANNELS).map(([from, answers]) => [`${GUIDE_ROOT}outcomes/${from}/`, under(GUIDE_ROOT, answers.join('/'))]),
]);
