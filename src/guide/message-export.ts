/** Ways a filled-in message leaves the page: as a mailto: link or as plain text. */
import { wellFormed } from '../lib/well-formed';
import { oneLine } from './one-line';

/** RFC 6068: line breaks in a mailto body are CRLF, percent-encoded like everything else. */
export function mailtoHref(subject: string | undefined, body: string): string {
  const params: string[] = [];
  // wellFormed: a lone surrogate (pasted or stored) would make encodeURIComponent throw.
  // A subject is one header line: a line break in it would end it.
  if (subject) params.push(`subject=${encodeURIComponent(oneLine(wellFormed(subject)))}`);
  params.push(`body=${encodeURIComponent(wellFormed(body).replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:?${params.join('&')}`;
}

/** The message as one text: the subject line first ("Subject: …", label from the page), when there is one. */
export function messageAsText(subject: string | undefined, body: string, subjectLabel: string): string {
  return subject ? `${subjectLabel} ${subject}\n\n${body}` : body;
}

/** A file name from the template title, e.g. "ask-for-feedback.txt" (`fallback` for a title with no letters). */
export function textFileName(title: string, fallback: string): string {
  const base = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents go, the letter stays (é → e)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || fallback}.txt`;
}
