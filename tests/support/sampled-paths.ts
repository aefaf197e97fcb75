import { allPaths, shortestPathTo, type GuidePath } from '../../src/guide/guide-model';

/**
 * The guide's paths a page-by-page browser test visits: the shortest path to every step and
 * outcome, and every `every`-th path of the rest, most of which differ only in how the reader
 * talks. The build makes a page for every path, and the unit tests walk every one.
 */
export function sampledPaths(every = 5): GuidePath[] {
  return allPaths().filter((path, index) => index % every === 0 || shortestPathTo(path.stateId) === path);
}
