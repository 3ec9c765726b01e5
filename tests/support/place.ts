/** What tests put on the page themselves, to take off again after each test (`removePlaced`). */
const placed: ChildNode[] = [];

/** Keeps `node` to be removed after the test. */
export function keep<T extends ChildNode>(node: T): T {
  placed.push(node);
  return node;
}

/** Puts markup on the page as a CMS would (its scripts do not run), in a box of its own. */
export function place(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = markup;
  document.body.append(box);
  return keep(box);
}

/** Removes what the test placed or kept. */
export const removePlaced = (): void => placed.splice(0).forEach((node) => node.remove());
