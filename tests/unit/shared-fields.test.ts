import { describe, expect, test } from 'vitest';
import { fieldFallbacks, MAX_FIELD_LENGTH, SHARED_FIELD_NAMES, SHARED_FIELDS } from '../../src/guide/shared-fields';
import { templateFieldSchema } from '../../src/lib/content-schemas';

describe('fields every template may use', () => {
  test('are the greeting, both names, the company and the role, in the order the form shows them', () => {
    expect(SHARED_FIELD_NAMES).toEqual(['greeting', 'yourName', 'theirName', 'company', 'role']);
  });

  test('each is a complete field, as a template would declare it', () => {
    for (const field of SHARED_FIELDS) {
      const parsed = templateFieldSchema.safeParse(field);
      expect(parsed.success, `${field.name}: ${parsed.error?.message}`).toBe(true);
      // A short value (a name, a company): a one-line box, and an example that fits.
      expect(field.multiline, field.name).toBe(false);
      expect(field.example.length, field.name).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    }
  });

  test('only the greeting has a value for when it is left empty', () => {
    expect(Object.keys(fieldFallbacks(SHARED_FIELDS))).toEqual(['greeting']);
    expect(fieldFallbacks(SHARED_FIELDS).greeting).toMatch(/\S/);
  });

  test('the greeting offers common choices as the reader types, its fallback among them', () => {
    const greeting = SHARED_FIELDS.find((field) => field.name === 'greeting')!;
    expect(greeting.suggestions!.length).toBeGreaterThan(1);
    expect(greeting.suggestions).toContain(fieldFallbacks(SHARED_FIELDS).greeting);
  });
});

describe('fallback values', () => {
  const field = (name: string, fallback?: string) => ({ name, label: 'Label', hint: 'A hint here', example: 'e', multiline: false, fallback });

  test('are listed by field name, for the fields that have one', () => {
    expect(fieldFallbacks([field('greeting', 'Hello'), field('yourName'), field('signOff', 'Best wishes')])).toEqual({
      greeting: 'Hello',
      signOff: 'Best wishes',
    });
  });

  test('an empty fallback counts as none', () => {
    expect(fieldFallbacks([field('greeting', '')])).toEqual({});
    expect(fieldFallbacks([])).toEqual({});
  });
});
