/**
 * The cycles of a graph in which each node points to at most one other (`supersedes`,
 * `partOf`), found in one pass: each node is visited once, so a chain of 100,000 revisions
 * costs linear time. Each cycle is reported once, starting from the node met first in `order`.
 *
 * @param order - the nodes, in document order
 * @param next - the node each one points to, if any
 * @returns each cycle as its nodes in order, the first repeated at the end
 */
export function findCycles(
  order: readonly string[],
  next: ReadonlyMap<string, string>,
): string[][] {
  // 1: on the walk in progress; 2: done (on a cycle already reported, or leading to none).
  const state = new Map<string, 1 | 2>();
  const cycles: string[][] = [];
  for (const start of order) {
    const walk: string[] = [];
    let node: string | undefined = start;
    while (node !== undefined && state.get(node) === undefined) {
      state.set(node, 1);
      walk.push(node);
      node = next.get(node);
    }
    if (node !== undefined && state.get(node) === 1) {
      const cycle = walk.slice(walk.indexOf(node));
      cycles.push([...cycle, node]);
    }
    for (const visited of walk) state.set(visited, 2);
  }
  return cycles;
}
