import { describe, expect, test } from 'vitest';
import { checkPlaceholders, fillTemplate, parseTemplate, placeholdersOf, TemplateError } from '../../src/guide/template-text';
import { mailtoHref, messageAsText, textFileName } from '../../src/guide/message-export';

describe('template text', () => {
  test('finds placeholders in order of first use', () => {
    expect(placeholdersOf('Dear {theirName}, about {role}. {theirName} again')).toEqual(['theirName', 'role']);
  });

  test('fills values and shows gaps as [label]', () => {
    const text = 'Dear {theirName},\nThanks for the {role} interview.\n{yourName}';
    expect(fillTemplate(text, { theirName: 'Ms Patel', yourName: 'Sam' }, { role: 'The role' })).toBe(
      'Dear Ms Patel,\nThanks for the [The role] interview.\nSam',
    );
  });

  test('inserts values verbatim as text: markup is never interpreted or completed', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const filled = fillTemplate('Hi {theirName}, from {yourName}', { theirName: hostile, yourName: '{role}' });
    expect(filled).toBe(`Hi ${hostile}, from {role}`);
    // A value that looks like a placeholder is not filled a second time.
    expect(filled).not.toContain('[role]');
  });

  test('rejects placeholders the template does not declare', () => {
    expect(() => checkPlaceholders(['Hi {theirName}, {mystery}'], ['theirName'])).toThrow(TemplateError);
    expect(() => checkPlaceholders(['Hi {theirName}, {mystery}'], ['theirName'])).toThrow(/\{mystery\}/);
    expect(checkPlaceholders(['Hi {theirName}'], ['theirName', 'unused'])).toEqual(['unused']);
  });

  test('rejects malformed braces', () => {
    expect(() => parseTemplate('Hi {their name}')).toThrow(TemplateError);
    expect(() => parseTemplate('Hi {theirName')).toThrow(TemplateError);
    expect(() => parseTemplate('Hi theirName}')).toThrow(TemplateError);
  });
});

describe('message export', () => {
  test('mailto: encodes subject and body, with CRLF line breaks', () => {
    const href = mailtoHref('Thanks & a question?', 'Line one\nLine two: 100% sure #1');
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe('Thanks & a question?');
    expect(params.get('body')).toBe('Line one\r\nLine two: 100% sure #1');
    expect(href).not.toMatch(/[ \n&]body=.*[ \n]/);
  });

  test('text export puts the subject first', () => {
    expect(messageAsText('Hello', 'Body', 'Subject:')).toBe('Subject: Hello\n\nBody');
    expect(messageAsText(undefined, 'Script', 'Subject:')).toBe('Script');
    expect(textFileName('Ask for feedback!', 'message')).toBe('ask-for-feedback.txt');
    expect(textFileName('!!!', 'message')).toBe('message.txt');
  });
});

describe('parsing a template', () => {
  test('splits text and placeholders in order, with no empty pieces', () => {
    expect(parseTemplate('Hi {theirName}, thanks!')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'field', name: 'theirName' },
      { kind: 'text', text: ', thanks!' },
    ]);
    expect(parseTemplate('{greeting}{theirName}')).toEqual([
      { kind: 'field', name: 'greeting' },
      { kind: 'field', name: 'theirName' },
    ]);
    expect(parseTemplate('No placeholders here.')).toEqual([{ kind: 'text', text: 'No placeholders here.' }]);
    expect(parseTemplate('')).toEqual([]);
  });

  test('spaces inside the braces are forgiven', () => {
    expect(parseTemplate('{ theirName }')).toEqual([{ kind: 'field', name: 'theirName' }]);
  });

  test('a placeholder name is camelCase letters and digits, starting with a lower-case letter', () => {
    expect(parseTemplate('{step2}')).toEqual([{ kind: 'field', name: 'step2' }]);
    for (const bad of ['{}', '{ }', '{TheirName}', '{their-name}', '{their_name}', '{2nd}', '{theirName!}', '{!theirName}']) {
      expect(() => parseTemplate(bad), bad).toThrow(TemplateError);
    }
    expect(() => parseTemplate('Dear {their name},')).toThrow('“{their name}”');
  });

  test('a stray brace anywhere is an error', () => {
    for (const bad of ['}{theirName}', '{theirName}{', '{{theirName}}', 'a } b', 'a { b']) expect(() => parseTemplate(bad), bad).toThrow(TemplateError);
    expect(() => parseTemplate('Hi {theirName}}')).toThrow(/brace/);
  });
});

describe('declared fields', () => {
  test('names every undeclared placeholder, across subject and body', () => {
    expect(() => checkPlaceholders(['Re: {role}', 'Hi {theirName}, {mystery} and {other}'], ['role'])).toThrow(
      'uses {theirName}, {mystery}, {other} but does not declare them under "fields"',
    );
    expect(() => checkPlaceholders(['Hi {mystery}'], [])).toThrow('uses {mystery} but does not declare it under "fields"');
  });

  test('returns the declared fields no text uses, in declared order', () => {
    expect(checkPlaceholders(['Re: {role}', 'Hi {theirName}'], ['company', 'role', 'theirName', 'yourName'])).toEqual(['company', 'yourName']);
    expect(checkPlaceholders(['Hi {role}'], ['role'])).toEqual([]);
    expect(checkPlaceholders([], [])).toEqual([]);
  });
});

describe('filling a template', () => {
  test('values are trimmed; blank values show the label, or the name when there is no label', () => {
    expect(fillTemplate('{a}|{b}|{c}|{d}', { a: '  Sam  ', b: '   ', c: '' }, { b: 'Their name' })).toBe('Sam|[Their name]|[c]|[d]');
  });

  test('text without placeholders comes back unchanged', () => {
    expect(fillTemplate('Thank you.\n\nBest wishes', {})).toBe('Thank you.\n\nBest wishes');
  });
});
