import dagre from '@dagrejs/dagre';
import { toDirectedGraph } from 'xstate/graph';
import { guideMachine } from './guide-machine';
import { allPaths, answerOf, outcomeKind, outcomeUrl, pathUrl, stateMeta } from './guide-model';
import { wrapText } from './text-wrap';

/**
 * The guide as a laid-out diagram, computed at build time from the machine (xstate/graph's
 * directed graph) with dagre: questions and outcomes as nodes, answers as labelled edges.
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
  /** The answer (event) that makes this transition. */
  answer: string;
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

/** The machine's states and transitions, straight from xstate/graph. */
export function machineGraph() {
  const root = toDirectedGraph(guideMachine);
  const nodes = root.children.map((child) => child.stateNode.key);
  const edges = root.children.flatMap((child) =>
    child.edges.map((edge) => ({ source: edge.source.key, target: edge.target.key, answer: edge.label.text })),
  );
  return { initial: String(guideMachine.config.initial), nodes, edges };
}

/** Where a node's link goes: a question's first page, or an outcome's canonical page. */
function nodeHref(id: string): string {
  if (stateMeta(id).kind === 'outcome') return outcomeUrl(id);
  const shortest = allPaths()
    .filter((path) => path.stateId === id)
    .sort((a, b) => a.answers.length - b.answers.length)[0]!;
  return pathUrl(shortest.answers);
}

export function layoutGuideMap(outcomeTitle: (id: string) => string): GuideMap {
  const { nodes, edges } = machineGraph();
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 40, edgesep: 8, marginx: MARGIN, marginy: MARGIN });
  graph.setDefaultEdgeLabel(() => ({}));

  const nodeText = new Map<string, { kind: MapNodeKind; lines: string[] }>();
  for (const id of nodes) {
    const meta = stateMeta(id);
    const kind: MapNodeKind = meta.kind === 'question' ? 'question' : outcomeKind(id);
    const lines = wrapText(meta.kind === 'question' ? meta.question : outcomeTitle(id), 24);
    nodeText.set(id, { kind, lines });
    graph.setNode(id, { width: NODE_WIDTH, height: lines.length * LINE_HEIGHT + 2 * NODE_PADDING + (kind === 'question' ? 0 : LINE_HEIGHT) });
  }
  const edgeLines = new Map<string, string[]>();
  for (const edge of edges) {
    const lines = wrapText(answerOf(edge.source, edge.answer).label, 22);
    const name = `${edge.source}:${edge.answer}`;
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
      const name = `${edge.source}:${edge.answer}`;
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
