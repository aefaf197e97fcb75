import { describe, expect, test } from 'vitest';
import { mailtoHref, messageAsText, textFileName } from '../../src/guide/message-export';

describe('a message as a mailto: link', () => {
  test('without a subject, only the body is given', () => {
    expect(mailtoHref(undefined, 'Hello')).toBe('mailto:?body=Hello');
    expect(mailtoHref('', 'Hello')).toBe('mailto:?body=Hello');
  });

  test('the subject comes first, then the body, joined by &', () => {
    expect(mailtoHref('Thanks', 'Hi there')).toBe('mailto:?subject=Thanks&body=Hi%20there');
  });

  test('every line break becomes an encoded CRLF, whichever kind was typed', () => {
    expect(mailtoHref(undefined, 'one\ntwo\r\nthree\nfour')).toBe('mailto:?body=one%0D%0Atwo%0D%0Athree%0D%0Afour');
  });

  test('a subject stays one line: no line break of any kind reaches it', () => {
    const href = mailtoHref('Data\r\nBcc: someone@example.com\nRole\rTwo\u2028Three', 'Hi\nthere');
    const subject = new URLSearchParams(href.slice('mailto:?'.length)).get('subject')!;
    expect(subject).toBe('Data Bcc: someone@example.com Role Two Three');
    expect(href).toMatch(/^mailto:\?subject=[^&]*&body=Hi%0D%0Athere$/);
    expect(href.slice(0, href.indexOf('&'))).not.toMatch(/%0[AD]|%E2%80%A[89]/i);
  });

  test('a lone surrogate (a broken emoji pasted in) does not break the link', () => {
    expect(mailtoHref('Hi \uD83C', 'Bye \uDFAF')).toBe('mailto:?subject=Hi%20%EF%BF%BD&body=Bye%20%EF%BF%BD');
  });
});

describe('a message as text', () => {
  test('the subject line, a blank line, then the body', () => {
    expect(messageAsText('Thanks', 'Dear Sam,\nThank you.', 'Subject:')).toBe('Subject: Thanks\n\nDear Sam,\nThank you.');
  });

  test('no subject line when there is no subject', () => {
    expect(messageAsText('', 'Just the body', 'Subject:')).toBe('Just the body');
  });
});

describe('a file name from a title', () => {
  test('lower-case words joined by hyphens', () => {
    expect(textFileName('Thank Them For Feedback', 'message')).toBe('thank-them-for-feedback.txt');
  });

  test('runs of spaces and punctuation become one hyphen, and none are left at the ends', () => {
    expect(textFileName('  “Ask,  then — wait”!  ', 'message')).toBe('ask-then-wait.txt');
    expect(textFileName('(Hi)', 'message')).toBe('hi.txt');
  });

  test('an accented letter keeps its base letter', () => {
    expect(textFileName('Merci, café', 'message')).toBe('merci-cafe.txt');
  });

  test('a title with no letters or digits uses the fallback', () => {
    expect(textFileName('— ✉ —', 'voicemail')).toBe('voicemail.txt');
    expect(textFileName('', 'note')).toBe('note.txt');
  });
});
