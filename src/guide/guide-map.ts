import dagre from '@dagrejs/dagre';
import { GUIDE_START, isQuestion, machineEdges, outcomeKind, outcomeUrl, pathUrl, shortestPathTo, STATE_IDS } from './guide-model';
import { wrapText } from './text-wrap';

/**
 * The guide as a laid-out diagram, computed at build time from the machine (its answers as
 * edges, read through guide-model) with dagre: questions and outcomes as nodes, answers as labelled edges.
 */

export type MapNodeKind = 'question' | 'template' | 'move-on';

export interface MapNode {
  id: string;
  kind: MapNodeKind;
  lines: string[];
  href: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapEdge {
  source: string;
  target: string;
  /** The answers (events) that make this transition: one arrow for all, as they lead to the same place (email, text, LinkedIn…). */
  answers: string[];
  lines: string[];
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
}

export interface GuideMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

const NODE_WIDTH = 190;
const LINE_HEIGHT = 17;
const NODE_PADDING = 14;
const EDGE_LINE_HEIGHT = 14;
const MARGIN = 16;

/** The words on the map: content, passed in by the page (the machine holds none). */
export interface MapWording {
  /** A question's text, or an outcome's title. */
  nodeLabel(stateId: string): string;
  answerLabel(questionId: string, slug: string): string;
}

/** Where a node's link goes: a question's first page, or an outcome's canonical page. */
const nodeHref = (id: string): string => (isQuestion(id) ? pathUrl(shortestPathTo(id).answers) : outcomeUrl(id));

export function layoutGuideMap(wording: MapWording): GuideMap {
  const nodes = [GUIDE_START, ...STATE_IDS.filter((id) => id !== GUIDE_START)];
  // Answers that lead to the same place share one arrow, labelled with each of them in turn.
  const byPair = new Map<string, { source: string; target: string; answers: string[] }>();
  for (const { source, target, answer } of machineEdges()) {
    const pair = byPair.get(`${source}>${target}`);
    if (pair) pair.answers.push(answer);
    else byPair.set(`${source}>${target}`, { source, target, answers: [answer] });
  }
  const edges = [...byPair.values()];
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 40, edgesep: 8, marginx: MARGIN, marginy: MARGIN });
  graph.setDefaultEdgeLabel(() => ({}));

  const nodeText = new Map<string, { kind: MapNodeKind; lines: string[] }>();
  for (const id of nodes) {
    const kind: MapNodeKind = isQuestion(id) ? 'question' : outcomeKind(id);
    const lines = wrapText(wording.nodeLabel(id), 24);
    nodeText.set(id, { kind, lines });
    graph.setNode(id, { width: NODE_WIDTH, height: lines.length * LINE_HEIGHT + 2 * NODE_PADDING + (kind === 'question' ? 0 : LINE_HEIGHT) });
  }
  const edgeLines = new Map<string, string[]>();
  for (const edge of edges) {
    const lines = edge.answers.flatMap((answer) => wrapText(wording.answerLabel(edge.source, answer), 22));
    const name = `${edge.source}:${edge.answers.join('+')}`;
    edgeLines.set(name, lines);
    graph.setEdge(edge.source, edge.target, { width: 150, height: lines.length * EDGE_LINE_HEIGHT + 6, labelpos: 'c' }, name);
  }
  dagre.layout(graph);

  const size = graph.graph();
  return {
    width: Math.ceil(size.width ?? 0),
    height: Math.ceil(size.height ?? 0),
    nodes: nodes.map((id) => {
      const laid = graph.node(id);
      return { id, ...nodeText.get(id)!, href: nodeHref(id), x: laid.x, y: laid.y, width: laid.width, height: laid.height };
    }),
    edges: edges.map((edge) => {
      const name = `${edge.source}:${edge.answers.join('+')}`;
      const laid = graph.edge({ v: edge.source, w: edge.target, name });
      return {
        ...edge,
        lines: edgeLines.get(name)!,
        points: laid.points ?? [],
        labelX: laid.x ?? 0,
        labelY: laid.y ?? 0,
      };
    }),
  };
}
