import { describe, expect, test } from 'vitest';
import { layoutGuideMap, type MapEdge, type MapNode } from '../../src/guide/guide-map';
import { STATE_IDS } from '../../src/guide/guide-model';

/** Words of our own (the map takes them from the page): one long label, the rest short. */
const nodeLabels: Record<string, string> = {
  'what-happened': 'What has happened to your application so far?',
  'ask-feedback': 'Ask them for feedback on your interview',
};
const answerLabels: Record<string, string> = {
  'what-happened:turned-down': 'Turned down by the employer',
};
const asked: string[] = [];
const map = layoutGuideMap({
  nodeLabel: (id) => nodeLabels[id] ?? 'Short',
  answerLabel: (question, slug) => {
    asked.push(`${question}:${slug}`);
    return answerLabels[`${question}:${slug}`] ?? 'Yes';
  },
});

const node = (id: string): MapNode => {
  const found = map.nodes.find((candidate) => candidate.id === id);
  expect(found, id).toBeDefined();
  return found!;
};
const edge = (source: string, answer: string): MapEdge => {
  const found = map.edges.find((candidate) => candidate.source === source && candidate.answers.includes(answer));
  expect(found, `${source}:${answer}`).toBeDefined();
  return found!;
};

describe('the guide map', () => {
  test('has one node per question and outcome, starting with the first question', () => {
    expect(map.nodes[0]!.id).toBe('what-happened');
    expect(new Set(map.nodes.map((n) => n.id)).size).toBe(map.nodes.length);
    expect(map.nodes.map((n) => n.id).sort()).toEqual([...STATE_IDS].sort());
  });

  test('tells questions, messages to send and advice to move on apart', () => {
    expect(node('what-happened').kind).toBe('question');
    expect(node('promised-date').kind).toBe('question');
    expect(node('ask-feedback').kind).toBe('template');
    expect(node('last-check-in').kind).toBe('template');
    expect(node('move-on-no-reply').kind).toBe('move-on');
    expect(node('move-on-automated').kind).toBe('move-on');
  });

  test('links a question to its first page and an outcome to its own page', () => {
    expect(node('what-happened').href).toBe('/guide/');
    expect(node('how-told').href).toBe('/guide/turned-down/');
    expect(node('met-anyone').href).toBe('/guide/turned-down/automated/');
    expect(node('promised-date').href).toBe('/guide/no-reply/screening-call/in-touch-by-email/');
    expect(node('ask-feedback').href).toBe('/guide/outcomes/ask-feedback/');
    expect(node('move-on-no-reply').href).toBe('/guide/outcomes/move-on-no-reply/');
  });

  test('wraps node labels at 24 characters', () => {
    expect(node('what-happened').lines).toEqual(['What has happened to', 'your application so far?']);
    expect(node('ask-feedback').lines).toEqual(['Ask them for feedback on', 'your interview']);
    expect(node('programme').lines).toEqual(['Short']);
  });

  test('nodes are 190 wide and as tall as their text, with a line more for an outcome’s kind', () => {
    // 17 px a line, 14 px padding above and below.
    expect(node('what-happened')).toMatchObject({ width: 190, height: 2 * 17 + 28 });
    expect(node('programme')).toMatchObject({ width: 190, height: 17 + 28 });
    expect(node('ask-feedback')).toMatchObject({ width: 190, height: 2 * 17 + 28 + 17 });
    expect(node('move-on-no-reply')).toMatchObject({ width: 190, height: 17 + 28 + 17 });
  });

  test('has one edge per answer, or per group of answers leading to the same place, labelled with their words wrapped at 22 characters', () => {
    expect(edge('what-happened', 'turned-down')).toMatchObject({
      target: 'how-told',
      lines: ['Turned down by the', 'employer'],
    });
    expect(edge('last-stage', 'applied')).toMatchObject({ target: 'move-on-automated', lines: ['Yes'] });
    expect(edge('followed-up', 'followed-up')).toMatchObject({ target: 'move-on-no-reply', lines: ['Yes'] });
    // Every answer's label was asked for once, by question and answer.
    expect(asked).toHaveLength(map.edges.reduce((sum, e) => sum + e.answers.length, 0));
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).toContain('their-reason:came-close');
    expect(new Set(map.edges.map((e) => `${e.source}:${e.target}`)).size).toBe(map.edges.length);
    // Ways of hearing the news that lead to the same next question share one arrow, each answer labelled.
    expect(edge('how-told', 'by-text')).toBe(edge('how-told', 'by-email'));
    expect(edge('how-told', 'by-text').answers).toEqual(['by-email', 'by-text', 'on-linkedin', 'in-person', 'on-job-board']);
    expect(edge('how-told', 'by-text').lines).toEqual(['Yes', 'Yes', 'Yes', 'Yes', 'Yes']);
    expect(edge('how-told', 'agency')).not.toBe(edge('how-told', 'by-email'));
  });

  test('reads left to right: the first question is leftmost and every answer leads rightwards', () => {
    const start = node('what-happened');
    for (const other of map.nodes.filter((n) => n.id !== 'what-happened')) expect(other.x, other.id).toBeGreaterThan(start.x);
    for (const e of map.edges) expect(node(e.target).x, `${e.source} → ${e.target}`).toBeGreaterThan(node(e.source).x);
  });

  test('everything fits inside the drawing, with a margin', () => {
    expect(Number.isInteger(map.width)).toBe(true);
    expect(Number.isInteger(map.height)).toBe(true);
    for (const n of map.nodes) {
      expect(n.x - n.width / 2, n.id).toBeGreaterThanOrEqual(16);
      expect(n.y - n.height / 2, n.id).toBeGreaterThanOrEqual(16);
      expect(n.x + n.width / 2, n.id).toBeLessThanOrEqual(map.width - 16);
      expect(n.y + n.height / 2, n.id).toBeLessThanOrEqual(map.height - 16);
    }
  });

  test('each edge is a line from its source to its target, with its label centred on it', () => {
    for (const e of map.edges) {
      const name = `${e.source}:${e.answers.join('+')}`;
      expect(e.points.length, name).toBeGreaterThanOrEqual(2);
      expect(e.labelX, name).toBeGreaterThan(node(e.source).x);
      expect(e.labelX, name).toBeLessThan(node(e.target).x);
      expect(e.labelY, name).toBeGreaterThan(0);
      expect(e.points.some((p) => p.x === e.labelX && p.y === e.labelY), name).toBe(true);
    }
  });
});

describe('a map with long answers', () => {
  // Every answer four lines long (at 22 characters a line), every node label one line.
  const long = layoutGuideMap({ nodeLabel: () => 'Short', answerLabel: () => 'Aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll' });
  const EDGE_LINE = 14;

  test('wraps each answer into lines of at most 22 characters', () => {
    for (const e of long.edges) expect(e.lines).toEqual(e.answers.flatMap(() => ['Aaaa bbbb cccc dddd', 'eeee ffff gggg hhhh', 'iiii jjjj kkkk llll']));
  });

  test('leaves room for every line of every label: no two labels overlap', () => {
    // A label is 150 wide and 14 px a line, with 3 px above and below.
    const boxes = long.edges.map((e) => ({
      name: `${e.source}:${e.answers.join('+')}`,
      left: e.labelX - 75,
      right: e.labelX + 75,
      top: e.labelY - (e.lines.length * EDGE_LINE + 6) / 2,
      bottom: e.labelY + (e.lines.length * EDGE_LINE + 6) / 2,
    }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${a.name} and ${b.name}`).toBe(false);
      }
    }
  });
});
