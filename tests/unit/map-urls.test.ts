import { describe, expect, test } from 'vitest';
import { MAP_ROOT, mapNodeUrl, mapUrl } from '../../src/guide/map-urls';

describe('map addresses', () => {
  test('the map lives under the guide', () => {
    expect(MAP_ROOT).toBe('/guide/map/');
  });

  test('a reader’s path on the map reads like their answers', () => {
    expect(mapUrl([])).toBe('/guide/map/');
    expect(mapUrl(['no-reply'])).toBe('/guide/map/no-reply/');
    expect(mapUrl(['no-reply', 'interviews', 'no-date'])).toBe('/guide/map/no-reply/interviews/no-date/');
  });

  test('an outcome without a path links to its node on the map', () => {
    expect(mapNodeUrl('ask-feedback')).toBe('/guide/map/#map-ask-feedback');
  });
});
